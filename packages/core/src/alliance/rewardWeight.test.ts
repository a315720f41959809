import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { allianceRewardWeightChange, allianceRewardWeightChangeSnapshot } from "./rewardWeight.js";
import { ALLIANCE_ZERO_TIME, type AllianceDuration, type AllianceTimestamp, allianceTimeAdd } from "./time.js";

const d = (text: string): Dec => Dec.fromString(text);
const START: AllianceTimestamp = { seconds: 1_700_000_000n, nanos: 0 };
const days = (n: number): AllianceDuration => ({ seconds: BigInt(n) * 86_400n, nanos: 0 });
const minutes = (n: number): AllianceDuration => ({ seconds: BigInt(n) * 60n, nanos: 0 });
const DELAY = days(7); // Params.reward_delay_time default

/** An asset as CreateAlliance stores it: LastRewardChangeTime = RewardStartTime = BlockTime + delay. */
function created(rewardWeight: string, rate: string, interval: AllianceDuration, range = { min: "0", max: "5" }) {
  const rewardStartTime = allianceTimeAdd(START, DELAY);
  return {
    rewardWeight: d(rewardWeight),
    rewardChangeRate: d(rate),
    rewardChangeInterval: interval,
    lastRewardChangeTime: rewardStartTime,
    rewardStartTime,
    rewardWeightRange: { min: d(range.min), max: d(range.max) },
  };
}

describe("allianceRewardWeightChange", () => {
  it("reproduces tests/asset_test.go TestRewardWeightDecay", () => {
    const asset = created("1", "0.5", days(30));
    // "Running the decay hook now should do nothing"
    expect(allianceRewardWeightChange(asset, START).rewardWeightChanged).toBe(false);
    const blockTime = allianceTimeAdd(asset.rewardStartTime, days(30));
    const result = allianceRewardWeightChange(asset, blockTime);
    expect(result.asset.rewardWeight).toEqual(d("0.5"));
    expect(result.asset.lastRewardChangeTime).toEqual(blockTime);
    expect(result.rewardWeightChanged).toBe(true);
  });

  it("reproduces tests/asset_test.go TestRewardRangeWithChangeRateOverTime (clamped to the range)", () => {
    // genesis assets without times: both at Go's zero time; the block is two intervals later
    const base = {
      rewardWeight: d("0.075"),
      rewardChangeInterval: days(30),
      lastRewardChangeTime: ALLIANCE_ZERO_TIME,
      rewardWeightRange: { min: d("0.05"), max: d("0.10") },
    };
    const blockTime = allianceTimeAdd(ALLIANCE_ZERO_TIME, days(60));
    const growing = allianceRewardWeightChange({ ...base, rewardChangeRate: d("1.5") }, blockTime);
    expect(growing.asset.rewardWeight).toEqual(d("0.10"));
    expect(growing.asset.lastRewardChangeTime).toEqual(blockTime);
    expect(growing.intervals).toBe(2n);
    const decaying = allianceRewardWeightChange({ ...base, rewardChangeRate: d("0.5") }, blockTime);
    expect(decaying.asset.rewardWeight).toEqual(d("0.05"));
    expect(decaying.asset.lastRewardChangeTime).toEqual(blockTime);
  });

  it("reproduces tests/asset_test.go TestRewardWeightDecayOverTime (10 days of 20 s blocks)", () => {
    const decayRate = d("0.99998");
    let asset = created("1", "0.99998", minutes(1));
    let blockTime = START;
    for (let i = 0n; i <= 10n * 86_400n; i += 20n) {
      blockTime = allianceTimeAdd(blockTime, { seconds: 20n, nanos: 0 });
      asset = allianceRewardWeightChange(asset, blockTime).asset;
    }
    const intervals = 3n * 24n * 60n; // (10 days − reward delay) / 1 minute
    expect(asset.lastRewardChangeTime).toEqual(allianceTimeAdd(allianceTimeAdd(START, DELAY), minutes(4320)));
    expect(decayRate.power(intervals).sub(asset.rewardWeight).lt(d("0.0000000001"))).toBe(true);
  });

  it("reproduces the decay of tests/reward_test.go TestRewardClaimingAfterRatesDecay (1 → 0.25)", () => {
    const asset = created("1", "0.5", minutes(1));
    const blockTime = allianceTimeAdd(allianceTimeAdd(START, minutes(2)), DELAY);
    expect(allianceRewardWeightChange(asset, blockTime).asset.rewardWeight).toEqual(d("0.25"));
  });

  it("skips assets without a schedule and reports unchanged clamped weights", () => {
    const later = allianceTimeAdd(START, days(400));
    expect(allianceRewardWeightChange(created("1", "0.5", days(0)), later).intervals).toBe(0n);
    expect(allianceRewardWeightChange(created("1", "1", days(1)), later).intervals).toBe(0n);
    // already at the minimum: time moves on, the weight does not
    const atMin = created("0.05", "0.5", days(1), { min: "0.05", max: "1" });
    const result = allianceRewardWeightChange(atMin, allianceTimeAdd(atMin.lastRewardChangeTime, days(3)));
    expect(result.intervals).toBe(3n);
    expect(result.rewardWeightChanged).toBe(false);
    expect(result.asset.lastRewardChangeTime).toEqual(allianceTimeAdd(atMin.lastRewardChangeTime, days(3)));
  });

  it("refuses a negative interval", () => {
    expect(() => allianceRewardWeightChange(created("1", "0.5", { seconds: -1n, nanos: 0 }), START)).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "asset.rewardChangeInterval" }),
    );
  });
});

describe("allianceRewardWeightChangeSnapshot", () => {
  it("keeps the asset's histories and the legacy ones (types/alliance.go:3-9)", () => {
    const histories = [
      { denom: "stake", index: d("0.5"), alliance: "" },
      { denom: "stake", index: d("2"), alliance: "alliance" },
      { denom: "stake", index: d("8"), alliance: "alliance2" },
    ];
    const snapshot = allianceRewardWeightChangeSnapshot(
      { denom: "alliance", rewardWeight: d("2") },
      { globalRewardHistory: histories },
    );
    expect(snapshot.prevRewardWeight).toEqual(d("2"));
    expect(snapshot.rewardHistories).toEqual(histories.slice(0, 2));
  });
});
