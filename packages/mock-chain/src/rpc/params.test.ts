import { describe, expect, it } from "vitest";
import { RpcError, RpcErrorCode } from "./json-rpc.js";
import { params, paramsFromJson, paramsFromUri } from "./params.js";

const abciQuery = params(["path", "string"], ["data", "hexbytes"], ["height", "int64"], ["prove", "bool"]);
const broadcast = params(["tx", "bytes"]);
const search = params(["query", "string"], ["page", "int"]);

function invalidParams(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).code).toBe(RpcErrorCode.invalidParams);
    return (error as RpcError).message;
  }
  throw new Error("expected an invalid-params error");
}

describe("paramsFromJson", () => {
  it("reads named params with CometBFT's encodings", () => {
    const args = paramsFromJson(abciQuery, {
      path: "/cosmos.bank.v1beta1.Query/Balance",
      data: "0a0B",
      height: "7",
      prove: false,
    });
    expect(args.string("path")).toBe("/cosmos.bank.v1beta1.Query/Balance");
    expect(args.bytes("data")).toEqual(new Uint8Array([0x0a, 0x0b]));
    expect(args.int64("height")).toBe(7n);
    expect(args.bool("prove")).toBe(false);
  });

  it("reads positional params in the declared order and leaves absent ones undefined", () => {
    const args = paramsFromJson(search, ["tx.height=5"]);
    expect(args.string("query")).toBe("tx.height=5");
    expect(args.int("page")).toBeUndefined();
  });

  it("accepts 64-bit integers as strings or numbers and bytes as base64", () => {
    expect(paramsFromJson(abciQuery, { height: 9 }).int64("height")).toBe(9n);
    expect(paramsFromJson(broadcast, { tx: "AQID" }).bytes("tx")).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("rejects values of the wrong type with Go's error prefix", () => {
    expect(invalidParams(() => paramsFromJson(abciQuery, { height: "tall" }))).toMatch(
      /^error converting json params to arguments: height/,
    );
    expect(invalidParams(() => paramsFromJson(broadcast, { tx: "%%%" }))).toMatch(/illegal base64/);
    expect(invalidParams(() => paramsFromJson(abciQuery, { data: "xyz" }))).toMatch(/encoding\/hex/);
    expect(invalidParams(() => paramsFromJson(abciQuery, { path: 5 }))).toMatch(/path/);
    expect(invalidParams(() => paramsFromJson(search, ["a", 1, "extra"]))).toMatch(/expected 2 parameters/);
    expect(invalidParams(() => paramsFromJson(search, "query"))).toMatch(/Expected map or array/);
  });
});

describe("paramsFromUri (GET /method?arg=...)", () => {
  it("reads quoted strings, 0x-hex bytes and bare integers", () => {
    const args = paramsFromUri(
      abciQuery,
      new URLSearchParams('path="/cosmos.auth.v1beta1.Query/Params"&data=0x0a01&height=3&prove=true'),
    );
    expect(args.string("path")).toBe("/cosmos.auth.v1beta1.Query/Params");
    expect(args.bytes("data")).toEqual(new Uint8Array([0x0a, 0x01]));
    expect(args.int64("height")).toBe(3n);
    expect(args.bool("prove")).toBe(true);
  });

  it("takes a quoted string's characters as bytes and a 0x string as text", () => {
    expect(paramsFromUri(broadcast, new URLSearchParams('tx="abc"')).bytes("tx")).toEqual(
      new TextEncoder().encode("abc"),
    );
    expect(paramsFromUri(abciQuery, new URLSearchParams("path=0x2f78")).string("path")).toBe("/x");
  });

  it("rejects what CometBFT rejects", () => {
    expect(invalidParams(() => paramsFromUri(abciQuery, new URLSearchParams("path=/unquoted")))).toMatch(
      /^error converting http params to arguments: path/,
    );
    expect(invalidParams(() => paramsFromUri(abciQuery, new URLSearchParams("height=0x10")))).toMatch(
      /got a hex string arg, but expected 'int64'/,
    );
  });
});
