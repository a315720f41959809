// Reward-weight change over time (decay or growth) with clamping (alliance-math.md §7).
import { Dec } from "../dec.js";
import { checkDec, fail } from "./internal.js";
import { type AllianceTimestamp, durationNanos, goTimeSub, timestampFromNanos, timestampNanos } from "./time.js";
import type { AllianceAssetState, AllianceRewardHistory, AllianceValidatorState } from "./types.js";

/** The asset fields the reward-weight change reads and writes. */
export type AllianceRewardWeightFields = Pick<
  AllianceAssetState,
  "rewardWeight" | "rewardChangeRate" | "rewardChangeInterval" | "lastRewardChangeTime" | "rewardWeightRange"
>;

export interface AllianceRewardWeightChangeResult<A> {
  readonly asset: A;
  /** Whole change intervals applied (0 when skipped). */
  readonly intervals: bigint;
  /**
   * True when `rewardWeight` changed. Go's `UpdateAllianceAsset` then claims every alliance validator's rewards
   * and stores a snapshot per validator ({@link allianceRewardWeightChangeSnapshot}) and queues a rebalance.
   */
  readonly rewardWeightChanged: boolean;
}

/**
 * One EndBlock of `RewardWeightChangeHook` for an asset (v0.3.6 keeper/asset.go:370-400): skipped if
 * `rewardChangeInterval == 0`, `rewardChangeRate == 1` or `lastRewardChangeTime + interval > blockTime`; else
 * `n = floor((blockTime − last) / interval)`, `rewardWeight = rewardWeight.Mul(rate.Power(n))` clamped to
 * [min, max] (below min → min, else above max → max) and `lastRewardChangeTime += n · interval`.
 */
export function allianceRewardWeightChange<A extends AllianceRewardWeightFields>(
  asset: A,
  blockTime: AllianceTimestamp,
): AllianceRewardWeightChangeResult<A> {
  checkDec(asset.rewardWeight, "asset.rewardWeight");
  checkDec(asset.rewardChangeRate, "asset.rewardChangeRate");
  const interval = durationNanos(asset.rewardChangeInterval, "asset.rewardChangeInterval");
  if (interval < 0n) {
    fail(
      "INVALID_ARGUMENT",
      "reward change interval must not be negative",
      "asset.rewardChangeInterval",
      asset.rewardChangeInterval,
      "MsgCreateAlliance/MsgUpdateAlliance require reward_change_interval ≥ 0.",
    );
  }
  const skipped = Object.freeze({ asset, intervals: 0n, rewardWeightChanged: false });
  if (interval === 0n || asset.rewardChangeRate.equals(Dec.ONE)) return skipped;
  const last = timestampNanos(asset.lastRewardChangeTime, "asset.lastRewardChangeTime");
  const now = timestampNanos(blockTime, "blockTime");
  if (last + interval > now) return skipped;
  const intervals = goTimeSub(now, last) / interval;
  let rewardWeight = asset.rewardWeight.mul(asset.rewardChangeRate.power(intervals));
  if (rewardWeight.lt(asset.rewardWeightRange.min)) rewardWeight = asset.rewardWeightRange.min;
  else if (rewardWeight.gt(asset.rewardWeightRange.max)) rewardWeight = asset.rewardWeightRange.max;
  return Object.freeze({
    asset: Object.freeze({
      ...asset,
      rewardWeight,
      lastRewardChangeTime: timestampFromNanos(last + intervals * interval),
    }),
    intervals,
    rewardWeightChanged: !rewardWeight.equals(asset.rewardWeight),
  });
}

/** Reward histories of one alliance asset, with the legacy entries (alliance "") that predate v0.3.4. */
export function allianceRewardHistoriesOf(
  histories: readonly AllianceRewardHistory[],
  assetDenom: string,
): AllianceRewardHistory[] {
  return histories.filter((history) => history.alliance === assetDenom || history.alliance === "");
}

/**
 * The snapshot Go stores per validator when an asset's reward weight changes. Mirrors
 * `NewRewardWeightChangeSnapshot` (v0.3.6 types/alliance.go:3-9): the weight before the change and the validator's
 * global reward histories of that asset (incl. legacy "" entries), taken after its rewards were claimed.
 */
export function allianceRewardWeightChangeSnapshot(
  asset: Pick<AllianceAssetState, "denom" | "rewardWeight">,
  validator: Pick<AllianceValidatorState, "globalRewardHistory">,
): { readonly prevRewardWeight: Dec; readonly rewardHistories: readonly AllianceRewardHistory[] } {
  return Object.freeze({
    prevRewardWeight: asset.rewardWeight,
    rewardHistories: Object.freeze(allianceRewardHistoriesOf(validator.globalRewardHistory, asset.denom)),
  });
}
