import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { basketAccrueRewardIndex, basketPendingRewards, basketSettleRewards } from "./rewards.js";

const d = (text: string): Dec => Dec.fromString(text);

describe("reward index (§5)", () => {
  it("adds QuoTruncate(amount, S) per harvest", () => {
    const r = basketAccrueRewardIndex(d("1"), 1_000n, 3n);
    expect(r.indexIncrease.toString()).toBe("333.333333333333333333");
    expect(r.rewardIndex.toString()).toBe("334.333333333333333333");
  });

  it("credits nothing when there are no shares, and says so", () => {
    const r = basketAccrueRewardIndex(d("2"), 1_000n, 0n);
    expect(r.indexIncrease.isZero()).toBe(true);
    expect(r.rewardIndex.toString()).toBe("2.000000000000000000");
  });

  it("settles floor(shares·Δindex) into owed before a balance change", () => {
    const snapshot = { shares: 3n, rewardIndex: d("1"), owed: 5n };
    // 3 · 333.333333333333333333 = 999.999999999999999999 → 999; the unit of dust stays in the pool
    expect(basketPendingRewards(snapshot, d("334.333333333333333333"))).toBe(1_004n);
    const settled = basketSettleRewards(snapshot, d("334.333333333333333333"), 10n);
    expect(settled).toEqual({ shares: 10n, rewardIndex: d("334.333333333333333333"), owed: 1_004n });
    // settling again at the same index adds nothing
    expect(basketPendingRewards(settled, d("334.333333333333333333"))).toBe(1_004n);
  });

  it("refuses an index below the snapshot", () => {
    expect(() => basketPendingRewards({ shares: 1n, rewardIndex: d("2"), owed: 0n }, d("1"))).toThrow(SdkError);
  });
});
