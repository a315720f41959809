import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { basketPerformanceFee } from "./performance.js";

const d = (text: string): Dec => Dec.fromString(text);

describe("basketPerformanceFee (§7)", () => {
  const base = { virtualOffset: 3, performanceFee: d("0.1"), highWaterMark: d("0.001") };

  it("takes φ of the gain above the mark, as shares, and moves the mark to P", () => {
    const r = basketPerformanceFee({ ...base, navDown: 1_099_999n, shares: 1_000_000_000n });
    // P = trunc(1,100,000 / 1,000,001,000) = 0.001099998900001099
    expect(r.pricePerShare.toString()).toBe("0.001099998900001099");
    // floor(0.1 · 0.000099998900001099 · 10^9) = floor(9,999.89...)
    expect(r.feeValue).toBe(9_999n);
    // floor(9,999 · 1,000,001,000 / (1,100,000 − 9,999)) = floor(9,173,395.25...)
    expect(r.feeShares).toBe(9_173_395n);
    expect(r.highWaterMark.toString()).toBe("0.001099998900001099");
  });

  it("takes nothing at or below the mark and keeps the mark", () => {
    const at = basketPerformanceFee({ ...base, navDown: 999_999n, shares: 1_000_000_000n }); // P = 0.001 exactly
    expect([at.feeValue, at.feeShares]).toEqual([0n, 0n]);
    expect(at.highWaterMark).toBe(base.highWaterMark);
    const below = basketPerformanceFee({ ...base, navDown: 900_000n, shares: 1_000_000_000n });
    expect(below.highWaterMark).toBe(base.highWaterMark);
  });

  it("does not dilute holders below the mark: the price after the mint stays ≥ P_hwm", () => {
    const r = basketPerformanceFee({ ...base, navDown: 1_099_999n, shares: 1_000_000_000n });
    // (A_dn + 1) / (S + fee_shares + VS) = 1,100,000 / 1,009,174,395 ≈ 0.00108999 ≥ 0.001
    expect((1_100_000n * 10n ** 18n) / (1_000_000_000n + r.feeShares + 1000n)).toBeGreaterThanOrEqual(10n ** 15n);
  });

  it("rejects φ ≥ 1", () => {
    expect(() => basketPerformanceFee({ ...base, performanceFee: d("1"), navDown: 1n, shares: 1n })).toThrow(SdkError);
  });
});
