// The app hash writes canonical state text as bytes; they must be exactly the UTF-8 of `canonicalStateText`, and the
// hash exactly the one of the text form (one SHA-256 over the previous hash and each change's text).
import { createHash } from "node:crypto";
import { create } from "@bufbuild/protobuf";
import { BaseAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { HistoricalInfoSchema, ValidatorSchema } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { describe, expect, it } from "vitest";
import { nextAppHash } from "./app-hash.js";
import { ByteSink, writeCanonicalState } from "./canonical-bytes.js";
import { DELETED } from "./merge-iterator.js";
import { canonicalStateText } from "./state-value.js";

const validator = create(ValidatorSchema, {
  operatorAddress: "persistencevaloper1xyz",
  tokens: "1000000",
  description: { moniker: 'val <&> "one" é 🚀', details: "x".repeat(600) },
});

const values: unknown[] = [
  "plain",
  'quote " backslash \\ tab \t newline \n nul \u0000 del \u007f',
  "é ü 中文 🚀 lone \ud800 surrogate \udfff end",
  "",
  0,
  -0,
  1.5,
  -2e-7,
  1e21,
  Number.MAX_SAFE_INTEGER,
  0n,
  -123456789012345678901234567890n,
  true,
  false,
  null,
  new Uint8Array([]),
  new Uint8Array([0, 255, 1, 2, 3]),
  [],
  [1, "a", [2n, null], { b: new Uint8Array([9]) }],
  // biome-ignore lint/suspicious/noSparseArray: holes are part of what must match
  [1, , 3],
  { a: undefined, b: 1, 'weird key "é"': 2, nested: { deeper: [true] } },
  Object.assign(Object.create(null), { z: 1, a: 2 }),
  create(BaseAccountSchema, {
    address: "persistence1x",
    accountNumber: 3n,
    pubKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: new Uint8Array([1, 2, 3]) },
  }),
  create(HistoricalInfoSchema, { valset: [validator, validator] }),
  { $typeName: "not.a.Registered", big: validator },
];

function bytesOf(value: unknown, path = "value"): Uint8Array {
  const sink = new ByteSink();
  writeCanonicalState(sink, value, path);
  return sink.view().slice();
}

describe("canonical state bytes", () => {
  it("are the UTF-8 of the canonical text, every time (cached large messages included)", () => {
    for (let round = 0; round < 3; round++) {
      for (const value of values) {
        expect(Buffer.from(bytesOf(value)).toString("hex")).toBe(
          Buffer.from(canonicalStateText(value), "utf8").toString("hex"),
        );
      }
    }
  });

  it("fail as the text does for values that are not plain data", () => {
    class Dec {
      constructor(readonly atomics: bigint) {}
    }
    for (const bad of [{ rate: new Dec(5n) }, [Number.NaN], new Map(), [undefined], () => 1]) {
      let expected: unknown;
      try {
        canonicalStateText(bad, "staking/params");
      } catch (error) {
        expected = error;
      }
      expect(expected).toBeInstanceOf(Error);
      expect(() => bytesOf(bad, "staking/params")).toThrow((expected as Error).message);
    }
  });

  it("hash the changes exactly as the text form does", () => {
    const changes = new Map<string, unknown>(values.map((value, i) => [`module/key/${i}`, value]));
    changes.set("a/deleted", DELETED);
    changes.set("ключ/é", "unicode key");
    const previous = new Uint8Array(32).fill(7);
    const text = createHash("sha256").update(previous);
    for (const key of [...changes.keys()].sort()) {
      const value = changes.get(key);
      text.update(`${key.length}:${key}`);
      text.update(value === DELETED ? "\u0000" : `\u0001${canonicalStateText(value, key)}\u0000`);
    }
    expect(Buffer.from(nextAppHash(previous, changes)).toString("hex")).toBe(text.digest("hex"));
    expect(nextAppHash(previous, new Map())).toBe(previous);
  });
});
