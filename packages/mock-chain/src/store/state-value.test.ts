import { create } from "@bufbuild/protobuf";
import { BaseAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { describe, expect, it } from "vitest";
import { decodeStateValue, encodeStateValue } from "./state-value.js";

describe("state values", () => {
  it("round-trip bigints, bytes and protobuf messages through JSON", () => {
    const account = create(BaseAccountSchema, {
      address: "persistence1x",
      accountNumber: 3n,
      pubKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: new Uint8Array([1, 2, 3]) },
    });
    const value = { account, list: [1n, "a", true, null], nested: { bytes: new Uint8Array([255]) } };
    const json = JSON.parse(JSON.stringify(encodeStateValue(value)));
    expect(decodeStateValue(json)).toEqual(value);
  });

  it("rejects class instances with a message that says what to store instead", () => {
    class Dec {
      constructor(readonly atomics: bigint) {}
    }
    expect(() => encodeStateValue({ rate: new Dec(5n) }, "staking/params")).toThrow(
      /staking\/params\.rate is a Dec: store its string or bigint form instead/,
    );
  });
});

describe("canonical text", () => {
  it("is the JSON of the encoded value, without building it", async () => {
    const { canonicalStateText } = await import("./state-value.js");
    const value = { a: 1n, b: [new Uint8Array([1, 2]), 'x"y', null, false, 2.5], c: { d: undefined, e: {} } };
    expect(canonicalStateText(value)).toBe(JSON.stringify(encodeStateValue(value)));
  });
});
