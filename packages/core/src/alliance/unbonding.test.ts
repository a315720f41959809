import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { allianceRewardWeightChange } from "./rewardWeight.js";
import {
  ALLIANCE_ZERO_TIME,
  type AllianceTimestamp,
  allianceTimeAdd,
  allianceTimeCompare,
  durationFromNanos,
  durationNanos,
  goTimeSub,
  timestampFromNanos,
} from "./time.js";
import { allianceIsUnbondingComplete, allianceUnbondingCompletionTime } from "./unbonding.js";

const NOW: AllianceTimestamp = { seconds: 1_700_000_000n, nanos: 500 };
const DAYS_21 = { seconds: 1_814_400n, nanos: 0 }; // chain-registry lock_duration of Persistence

describe("unbonding completion (alliance-math.md §3)", () => {
  it("completes at BlockTime + UnbondingTime (tests/delegation_test.go TestSuccessfulRedelegation: 0001-01-22)", () => {
    expect(allianceUnbondingCompletionTime(ALLIANCE_ZERO_TIME, DAYS_21)).toEqual({
      seconds: -62_135_596_800n + 1_814_400n,
      nanos: 0,
    });
    expect(allianceUnbondingCompletionTime(NOW, DAYS_21)).toEqual({ seconds: 1_701_814_400n, nanos: 500 });
  });

  it("pays out only in a block strictly after the completion time (exclusive queue iterator end)", () => {
    const completion = allianceUnbondingCompletionTime(NOW, DAYS_21);
    expect(allianceIsUnbondingComplete(completion, completion)).toBe(false);
    expect(allianceIsUnbondingComplete(completion, { ...completion, nanos: completion.nanos + 1 })).toBe(true);
    // tests/delegation_test.go TestSuccessfulUndelegation: immediately not complete, after UnbondingTime + 1 min complete
    expect(allianceIsUnbondingComplete(completion, NOW)).toBe(false);
    expect(allianceIsUnbondingComplete(completion, allianceTimeAdd(completion, { seconds: 60n, nanos: 0 }))).toBe(true);
  });
});

describe("time helpers", () => {
  it("normalises nanos and orders times", () => {
    expect(timestampFromNanos(-1n)).toEqual({ seconds: -1n, nanos: 999_999_999 });
    expect(allianceTimeAdd(NOW, { seconds: -1n, nanos: -600 })).toEqual({
      seconds: 1_699_999_998n,
      nanos: 999_999_900,
    });
    expect(allianceTimeCompare(NOW, ALLIANCE_ZERO_TIME)).toBe(1);
    expect(durationFromNanos(-1_500_000_000n)).toEqual({ seconds: -1n, nanos: -500_000_000 });
  });

  it("refuses malformed timestamps and durations beyond Go's int64", () => {
    expect(() => allianceTimeAdd({ seconds: 0n, nanos: 1e9 }, DAYS_21)).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "time" }),
    );
    expect(() => durationNanos({ seconds: 9_300_000_000n, nanos: 0 }, "d")).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "d" }),
    );
    expect(() => durationNanos({ seconds: 1n, nanos: -1 }, "d")).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });

  it("saturates time differences like Go's Time.Sub", () => {
    expect(goTimeSub(10n ** 30n, 0n)).toBe(2n ** 63n - 1n);
    expect(goTimeSub(0n, 10n ** 30n)).toBe(-(2n ** 63n));
    // a reward-weight change whose last change is Go's zero time: 2023 − year 1 saturates to ~292 years, so Go
    // applies floor(MaxInt64 ns / 30 days) = 3558 intervals, not the 24 000-odd that have passed
    const result = allianceRewardWeightChange(
      {
        rewardWeight: Dec.ONE,
        rewardChangeRate: Dec.fromString("0.5"),
        rewardChangeInterval: { seconds: 2_592_000n, nanos: 0 },
        lastRewardChangeTime: ALLIANCE_ZERO_TIME,
        rewardWeightRange: { min: Dec.ZERO, max: Dec.ONE },
      },
      NOW,
    );
    expect(result.intervals).toBe(3558n);
    expect(result.asset.rewardWeight).toEqual(Dec.ZERO);
  });
});
