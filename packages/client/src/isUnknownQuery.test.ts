import { describe, expect, it } from "vitest";
import { isUnknownQuery, QueryError } from "./errors.js";

const error = (codespace: string, abciCode: number, log: string) =>
  new QueryError({ path: "/alliance.alliance.Query/AllianceUnbondingsByDelegator", codespace, abciCode, log });

describe("isUnknownQuery", () => {
  it.each([
    ["sdk 6 unknown query path", error("sdk", 6, "unknown query path: unknown request")],
    ["gRPC Unimplemented", error("undefined", 1, "rpc error: code = Unimplemented desc = unknown method")],
    ["unknown service", error("sdk", 6, "unknown service alliance.alliance.Query")],
  ])("recognises %s", (_name, e) => {
    expect(isUnknownQuery(e)).toBe(true);
  });

  it("is false for a missing item, another query failure, or a non-query error", () => {
    expect(isUnknownQuery(error("sdk", 22, "rpc error: code = NotFound desc = key not found"))).toBe(false);
    expect(isUnknownQuery(error("sdk", 18, "invalid request"))).toBe(false);
    expect(isUnknownQuery(new Error("unknown query path"))).toBe(false);
  });
});
