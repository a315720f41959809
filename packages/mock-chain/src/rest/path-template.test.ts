import { describe, expect, it } from "vitest";
import { compareSpecificity, matchPathTemplate, parsePathTemplate } from "./path-template.js";

describe("path templates", () => {
  it("binds single-segment variables", () => {
    const template = parsePathTemplate("/cosmos/bank/v1beta1/balances/{address}/by_denom");
    expect(matchPathTemplate(template, "/cosmos/bank/v1beta1/balances/persistence1abc/by_denom")).toEqual(
      new Map([["address", "persistence1abc"]]),
    );
    expect(matchPathTemplate(template, "/cosmos/bank/v1beta1/balances/persistence1abc")).toBeUndefined();
    expect(matchPathTemplate(template, "/cosmos/bank/v1beta1/balances//by_denom")).toBeUndefined();
  });

  it("decodes each segment, so an encoded slash stays inside one variable", () => {
    const template = parsePathTemplate("/cosmos/bank/v1beta1/denoms_metadata/{denom}");
    expect(matchPathTemplate(template, "/cosmos/bank/v1beta1/denoms_metadata/stk%2Fuxprt")?.get("denom")).toBe(
      "stk/uxprt",
    );
  });

  it("lets {field=**} take the rest of the path and binds nested field paths", () => {
    const template = parsePathTemplate("/ibc/apps/transfer/v1/denom_traces/{hash=**}");
    expect(matchPathTemplate(template, "/ibc/apps/transfer/v1/denom_traces/ibc/27394FB0")?.get("hash")).toBe(
      "ibc/27394FB0",
    );
    const nested = parsePathTemplate("/v1/{pagination.key}/items/{name=shelves/*}");
    expect(matchPathTemplate(nested, "/v1/abc/items/shelves/7")).toEqual(
      new Map([
        ["pagination.key", "abc"],
        ["name", "shelves/7"],
      ]),
    );
  });

  it("supports verbs and rejects malformed templates", () => {
    const template = parsePathTemplate("/v1/{name}:cancel");
    expect(matchPathTemplate(template, "/v1/op1:cancel")?.get("name")).toBe("op1");
    expect(matchPathTemplate(template, "/v1/op1")).toBeUndefined();
    expect(() => parsePathTemplate("no/slash")).toThrow();
    expect(() => parsePathTemplate("/a/**/b")).toThrow();
    expect(() => parsePathTemplate("/a/{b")).toThrow();
  });

  it("orders literal segments before variables", () => {
    const params = parsePathTemplate("/terra/alliances/params");
    const byDenom = parsePathTemplate("/terra/alliances/{denom}");
    expect(compareSpecificity(params, byDenom)).toBeLessThan(0);
    expect(compareSpecificity(byDenom, params)).toBeGreaterThan(0);
  });
});
