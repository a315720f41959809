import { Dec } from "@persistence-sdk/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { feeAmount, gasLimitOf, parseGasMultiplier, parseGasPrice } from "./gas.js";

describe("parseGasPrice", () => {
  it("reads amount and denom", () => {
    const price = parseGasPrice("0.025uxprt");
    expect(price.denom).toBe("uxprt");
    expect(price.amount.equals(Dec.fromString("0.025"))).toBe(true);
    expect(parseGasPrice("1ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2").denom).toMatch(
      /^ibc\//,
    );
  });

  it("passes a GasPrice object through after checking it", () => {
    const price = { denom: "uxprt", amount: Dec.fromString("0.1") };
    expect(parseGasPrice(price)).toBe(price);
    expect(() => parseGasPrice({ denom: "uxprt", amount: Dec.fromString("-1") })).toThrow(/non-negative/);
    expect(() => parseGasPrice({ denom: "x", amount: Dec.ONE })).toThrow(/denom/);
  });

  it.each(["", "uxprt", "0.025", "-0.025uxprt", "0.025 uxprt", "0,025uxprt", ".5uxprt"])("refuses %j", (text) => {
    expect(() => parseGasPrice(text)).toThrow(expect.objectContaining({ code: expect.stringMatching(/INVALID_/) }));
  });
});

describe("feeAmount", () => {
  it("is ceil(gas × price)", () => {
    expect(feeAmount(200_000n, parseGasPrice("0.025uxprt"))).toEqual({ denom: "uxprt", amount: 5000n });
    expect(feeAmount(200_001n, parseGasPrice("0.025uxprt"))).toEqual({ denom: "uxprt", amount: 5001n });
    expect(feeAmount(1n, parseGasPrice("0.000000000000000001uxprt")).amount).toBe(1n);
    expect(feeAmount(123_456n, parseGasPrice("0uxprt")).amount).toBe(0n);
  });

  it("property: never one unit short of what CheckTx requires, never one unit more", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 10n ** 20n }), (gas, atomics) => {
        const fee = feeAmount(gas, { denom: "uxprt", amount: Dec.fromAtomics(atomics) }).amount;
        const required = gas * atomics; // in 10^-18 units
        expect(fee * 10n ** 18n >= required).toBe(true);
        expect((fee - 1n) * 10n ** 18n < required || fee === 0n).toBe(true);
      }),
    );
  });
});

describe("gasLimitOf and parseGasMultiplier", () => {
  it("gas = ceil(simulated × multiplier)", () => {
    expect(gasLimitOf(100_000n, parseGasMultiplier(1.4))).toBe(140_000n);
    expect(gasLimitOf(100_001n, parseGasMultiplier(1.4))).toBe(140_002n);
    expect(gasLimitOf(3n, parseGasMultiplier("0.5"))).toBe(2n);
  });

  it("reads multipliers from their decimal text, never binary floats", () => {
    expect(parseGasMultiplier(1.1).toString()).toBe("1.100000000000000000");
    expect(parseGasMultiplier(Dec.fromString("1.3")).toString()).toBe("1.300000000000000000");
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e-7, "1.4x", "", "-2"])("refuses %j", (value) => {
    expect(() => parseGasMultiplier(value as number)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
