import { Dec } from "@persistence-sdk/core";
import { describe, expect, it } from "vitest";
import { jsonReplacer, toJsonString } from "./json.js";

describe("bigint-safe JSON", () => {
  it("writes bigints as strings and bytes as hex, leaves the rest", () => {
    const value = { a: 1n, b: [2n, { c: -3n }], d: new Uint8Array([0, 255, 16]), e: "x", f: Dec.fromString("1.5") };
    expect(JSON.parse(JSON.stringify(value, jsonReplacer))).toEqual({
      a: "1",
      b: ["2", { c: "-3" }],
      d: "00ff10",
      e: "x",
      f: "1.500000000000000000",
    });
    expect(toJsonString({ gas: 10n ** 30n })).toBe('{"gas":"1000000000000000000000000000000"}');
    expect(toJsonString(undefined)).toBe("undefined");
  });
});
