import { fromBech32, toBech32 } from "@cosmjs/encoding";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { persistenceCore1 } from "./chains.js";
import { ClientError } from "./errors.js";
import { validateAddress, validateAmount, validateCoin, validateCoins } from "./validation.js";

const ACCOUNT = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";
const data = fromBech32(ACCOUNT, 1023).data;
const VALOPER = toBech32("persistencevaloper", data);
const COSMOS = toBech32("cosmos", data);
const MAX = (1n << 256n) - 1n;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as ClientError).code;
  }
}

describe("validateAddress", () => {
  it("accepts an account address of the chain and returns it", () => {
    expect(validateAddress(ACCOUNT, { prefix: "persistence" })).toBe(ACCOUNT);
    expect(validateAddress(ACCOUNT, { prefix: persistenceCore1.bech32, kind: "account" })).toBe(ACCOUNT);
  });

  it("accepts a validator operator address where one is asked for", () => {
    expect(validateAddress(VALOPER, { prefix: "persistence", kind: "validator" })).toBe(VALOPER);
    expect(validateAddress(VALOPER, { prefix: persistenceCore1.bech32, kind: "validator" })).toBe(VALOPER);
  });

  it("accepts 32-byte (module, contract) addresses", () => {
    const long = toBech32("persistence", new Uint8Array(32).fill(1));
    expect(validateAddress(long, { prefix: "persistence" })).toBe(long);
  });

  it("refuses a validator address where an account is needed, saying so", () => {
    try {
      validateAddress(VALOPER, { prefix: "persistence", field: "delegatorAddress" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ClientError);
      expect(error).toMatchObject({ code: "WRONG_ADDRESS_PREFIX", field: "delegatorAddress", value: VALOPER });
      expect((error as Error).message).toContain("validator operator address");
      expect((error as ClientError).fix).toContain("persistence1");
    }
  });

  it("refuses an account address where a validator is needed, saying so", () => {
    try {
      validateAddress(ACCOUNT, { prefix: "persistence", kind: "validator", field: "validatorAddress" });
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: "WRONG_ADDRESS_PREFIX", field: "validatorAddress" });
      expect((error as ClientError).fix).toContain("persistencevaloper1");
    }
  });

  it("refuses another chain's address", () => {
    expect(codeOf(() => validateAddress(COSMOS, { prefix: "persistence" }))).toBe("WRONG_ADDRESS_PREFIX");
    expect(() => validateAddress(COSMOS, { prefix: "persistence" })).toThrow(/prefix "cosmos"/);
  });

  it.each([
    ["a changed character", `${ACCOUNT.slice(0, 20)}${ACCOUNT[20] === "q" ? "p" : "q"}${ACCOUNT.slice(21)}`],
    ["upper case", ACCOUNT.toUpperCase()],
    ["mixed case", `P${ACCOUNT.slice(1)}`],
    ["no separator", "persistence"],
    ["empty", ""],
    ["a hex string", "0x1234567890abcdef1234567890abcdef12345678"],
    ["empty data", toBech32("persistence", new Uint8Array())],
  ])("refuses %s as INVALID_ADDRESS", (_name, address) => {
    expect(codeOf(() => validateAddress(address, { prefix: "persistence" }))).toBe("INVALID_ADDRESS");
  });

  it("refuses non-strings", () => {
    expect(codeOf(() => validateAddress(42 as unknown as string, { prefix: "persistence" }))).toBe("INVALID_ADDRESS");
  });

  it("property: every 20-byte address of the prefix passes; any single-character change fails", () => {
    const charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.nat(), fc.nat(), (bytes, at, by) => {
        const address = toBech32("persistence", bytes);
        expect(validateAddress(address, { prefix: "persistence" })).toBe(address);
        const index = 12 + (at % (address.length - 12));
        const current = charset.indexOf(address[index]!);
        const replacement = charset[(current + 1 + (by % (charset.length - 1))) % charset.length]!;
        const mutated = address.slice(0, index) + replacement + address.slice(index + 1);
        expect(codeOf(() => validateAddress(mutated, { prefix: "persistence" }))).toBe("INVALID_ADDRESS");
      }),
    );
  });
});

describe("validateAmount", () => {
  it("accepts positive bigints up to 2^256 − 1", () => {
    expect(validateAmount(1n)).toBe(1n);
    expect(validateAmount(MAX)).toBe(MAX);
  });

  it.each([
    [0n, "INVALID_AMOUNT"],
    [-1n, "NEGATIVE_AMOUNT"],
    [MAX + 1n, "INT_OUT_OF_RANGE"],
    [-(MAX + 1n), "INT_OUT_OF_RANGE"],
    [1 as unknown as bigint, "INVALID_AMOUNT"],
    ["1" as unknown as bigint, "INVALID_AMOUNT"],
  ])("refuses %s with %s", (amount, code) => {
    expect(codeOf(() => validateAmount(amount, "amount"))).toBe(code);
  });

  it("names the field", () => {
    expect(() => validateAmount(0n, "msgs[0].amount")).toThrow(/^msgs\[0\]\.amount: /);
  });

  it("accepts zero when asked to", () => {
    expect(validateAmount(0n, "fee", { allowZero: true })).toBe(0n);
  });

  it("property: exactly the positive values within 256 bits pass", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(MAX + 10n), max: MAX + 10n }), (amount) => {
        const ok = amount > 0n && amount <= MAX;
        expect(codeOf(() => validateAmount(amount)) === undefined).toBe(ok);
      }),
    );
  });
});

describe("validateCoin / validateCoins", () => {
  it("checks the denom with core's rule and the amount", () => {
    expect(validateCoin({ denom: "uxprt", amount: 5n })).toEqual({ denom: "uxprt", amount: 5n });
    expect(
      validateCoin({ denom: "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2", amount: 1n }),
    ).toBeDefined();
    expect(codeOf(() => validateCoin({ denom: "1x", amount: 5n }))).toBe("INVALID_DENOM");
    expect(codeOf(() => validateCoin({ denom: "uxprt", amount: 0n }))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => validateCoin(null as never))).toBe("INVALID_ARGUMENT");
    expect(() => validateCoin({ denom: "uxprt", amount: 0n }, "amount[2]")).toThrow(/^amount\[2\]\.amount/);
  });

  it("refuses duplicates, empty lists (unless allowed) and non-lists", () => {
    expect(
      validateCoins([
        { denom: "uxprt", amount: 1n },
        { denom: "stk/uxprt", amount: 2n },
      ]),
    ).toHaveLength(2);
    expect(
      codeOf(() =>
        validateCoins([
          { denom: "uxprt", amount: 1n },
          { denom: "uxprt", amount: 2n },
        ]),
      ),
    ).toBe("INVALID_DENOM");
    expect(codeOf(() => validateCoins([]))).toBe("INVALID_ARGUMENT");
    expect(validateCoins([], "fee", { allowEmpty: true })).toEqual([]);
    expect(codeOf(() => validateCoins("uxprt" as never))).toBe("INVALID_ARGUMENT");
  });
});
