import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import type { BasketRateState } from "./guards.js";
import { basketApplyRatePost, basketDropWithinLimit, basketResolveRate, basketRiseAllowed } from "./guards.js";
import { basketNavRate } from "./rate.js";
import type { BasketTimestamp } from "./types.js";

const d = (text: string): Dec => Dec.fromString(text);
const at = (seconds: number, nanos = 0): BasketTimestamp => ({ seconds: BigInt(seconds), nanos });
const DAY = 86_400;
const config = { maxUpPerDay: d("0.01"), maxDown: d("0.05") };

const stored: BasketRateState = {
  direction: "UNDERLYING_PER_LST",
  status: "OK",
  rate: d("1"),
  raw: d("1"),
  sourceTime: at(1_000_000),
  updateTime: at(1_000_100),
};
const NOW = at(2_000_000);

describe("rise and drop tests (§4)", () => {
  it("allows v_new ≤ v_old·(1 + max_up_per_day·Δdays), Δdays from source times, exactly", () => {
    const half = at(1_000_000 + DAY / 2);
    // 1 · (1 + 0.01 · 0.5) = 1.005
    expect(basketRiseAllowed(d("1"), d("1.005"), stored.sourceTime, half, d("0.01"))).toBe(true);
    expect(basketRiseAllowed(d("1"), d("1.005000000000000001"), stored.sourceTime, half, d("0.01"))).toBe(false);
    // one nanosecond at 0.01/day allows 0.01 / (86,400 · 10^9) = 1.1574·10^-16 of growth: 115 atomics, not 116
    expect(basketRiseAllowed(d("1"), Dec.fromAtomics(10n ** 18n + 115n), at(0), at(0, 1), d("0.01"))).toBe(true);
    expect(basketRiseAllowed(d("1"), Dec.fromAtomics(10n ** 18n + 116n), at(0), at(0, 1), d("0.01"))).toBe(false);
  });

  it("applies drops down to v_old·(1 − max_down)", () => {
    expect(basketDropWithinLimit(d("1.2"), d("1.14"), d("0.05"))).toBe(true); // 1.2 · 0.95 = 1.14
    expect(basketDropWithinLimit(d("1.2"), d("1.139999999999999999"), d("0.05"))).toBe(false);
  });
});

describe("basketApplyRatePost (§4)", () => {
  it("applies the first rate without any guard", () => {
    const first = { ...stored, rate: Dec.ZERO, raw: Dec.ZERO, sourceTime: at(0), updateTime: at(0) };
    const r = basketApplyRatePost(first, { raw: d("1000"), sourceTime: at(5) }, config, NOW);
    expect(r.outcome).toBe("APPLIED");
    expect(r.constituent.rate.toString()).toBe("1000.000000000000000000");
    expect(r.constituent.updateTime).toBe(NOW);
  });

  it("skips a post whose source_time is equal or older, and any post to a HALTED constituent", () => {
    expect(basketApplyRatePost(stored, { raw: d("1.001"), sourceTime: stored.sourceTime }, config, NOW).outcome).toBe(
      "SKIPPED",
    );
    const older = basketApplyRatePost(stored, { raw: d("1.001"), sourceTime: at(999_999) }, config, NOW);
    expect(older.outcome).toBe("SKIPPED");
    expect(older.constituent).toBe(stored);
    expect(older.postedRate.toString()).toBe("1.001000000000000000");
    const halted = { ...stored, status: "HALTED" as const };
    expect(basketApplyRatePost(halted, { raw: d("1"), sourceTime: at(2_000_000) }, config, NOW).outcome).toBe(
      "SKIPPED",
    );
  });

  it("rejects a rise faster than max_up_per_day and keeps the old rate (and its update time)", () => {
    const r = basketApplyRatePost(stored, { raw: d("1.011"), sourceTime: at(1_000_000 + DAY) }, config, NOW);
    expect(r.outcome).toBe("REJECTED");
    expect(r.rate.toString()).toBe("1.000000000000000000");
    expect(r.postedRate.toString()).toBe("1.011000000000000000");
    expect(r.constituent).toBe(stored);
    const ok = basketApplyRatePost(stored, { raw: d("1.01"), sourceTime: at(1_000_000 + DAY) }, config, NOW);
    expect(ok.outcome).toBe("APPLIED");
    expect(ok.constituent.sourceTime).toEqual(at(1_000_000 + DAY));
  });

  it("applies a small drop at once and halts on a large one, NAV then using min(v_old, v_new)", () => {
    const small = basketApplyRatePost(stored, { raw: d("0.95"), sourceTime: at(1_000_001) }, config, NOW);
    expect(small.outcome).toBe("APPLIED");
    expect(small.rate.toString()).toBe("0.950000000000000000");

    const large = basketApplyRatePost(stored, { raw: d("0.9"), sourceTime: at(1_000_001) }, config, NOW, "feeder1");
    expect(large.outcome).toBe("HALTED");
    expect(large.rate.toString()).toBe("1.000000000000000000");
    expect(large.constituent.status).toBe("HALTED");
    expect(large.constituent.rate.toString()).toBe("1.000000000000000000");
    expect(large.constituent.sourceTime).toBe(stored.sourceTime);
    expect(large.constituent.halt).toMatchObject({ feeder: "feeder1", statusBefore: "OK", haltedAt: NOW });
    expect(large.constituent.halt?.pendingRate.toString()).toBe("0.900000000000000000");
    expect(basketNavRate(large.constituent).toString()).toBe("0.900000000000000000");
  });

  it("normalises LST-per-underlying posts before guarding them", () => {
    const lst = { ...stored, direction: "LST_PER_UNDERLYING" as const, rate: d("1.25"), raw: d("0.8") };
    // raw 0.79 → v = 1.265822784810126582, a 1.27 % rise in one day at 1 %/day: rejected
    const r = basketApplyRatePost(lst, { raw: d("0.79"), sourceTime: at(1_000_000 + DAY) }, config, NOW);
    expect(r.outcome).toBe("REJECTED");
    expect(r.postedRate.toString()).toBe("1.265822784810126582");
    // raw 0.8 → 1.25 again, a week later: no change, applied
    expect(basketApplyRatePost(lst, { raw: d("0.8"), sourceTime: at(1_000_000 + 7 * DAY) }, config, NOW).outcome).toBe(
      "APPLIED",
    );
  });

  it("rejects a raw ≤ 0 outright", () => {
    expect(() => basketApplyRatePost(stored, { raw: d("0"), sourceTime: at(2_000_000) }, config, NOW)).toThrow(
      SdkError,
    );
  });
});

describe("basketResolveRate (§4)", () => {
  const halted = basketApplyRatePost(
    { ...stored, status: "WINDING_DOWN" },
    { raw: d("0.5"), sourceTime: at(1_000_500) },
    config,
    NOW,
  ).constituent;

  it("accepts the pending rate and restores the status before the halt", () => {
    const later = at(3_000_000);
    const accepted = basketResolveRate(halted, true, later);
    expect(accepted.status).toBe("WINDING_DOWN");
    expect(accepted.halt).toBeUndefined();
    expect(accepted.rate.toString()).toBe("0.500000000000000000");
    expect(accepted.sourceTime).toEqual(at(1_000_500));
    expect(accepted.updateTime).toBe(later);
  });

  it("rejects it and keeps the old rate", () => {
    const rejected = basketResolveRate(halted, false, at(3_000_000));
    expect(rejected.status).toBe("WINDING_DOWN");
    expect(rejected.rate.toString()).toBe("1.000000000000000000");
    expect(rejected.updateTime).toBe(stored.updateTime);
  });

  it("refuses a constituent that is not halted", () => {
    expect(() => basketResolveRate(stored, true, NOW)).toThrow(SdkError);
  });
});
