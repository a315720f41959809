// Take rate: the per-interval deduction of alliance assets (alliance-math.md §6, known-problems.md 4 and 10).
import { Dec } from "../dec.js";
import { addCoins, checkAmount, checkDec, fail } from "./internal.js";
import { allianceRewardsStarted } from "./rewardsStarted.js";
import {
  ALLIANCE_ZERO_TIME,
  type AllianceDuration,
  type AllianceTimestamp,
  durationNanos,
  goTimeSub,
  timestampFromNanos,
  timestampNanos,
} from "./time.js";
import type { AllianceAssetState, AllianceCoin } from "./types.js";

/** The asset fields the take-rate deduction reads. */
export type AllianceTakeRateAssetFields = Pick<
  AllianceAssetState,
  "denom" | "takeRate" | "totalTokens" | "rewardStartTime"
>;

/** Checks `0 ≤ takeRate < 1`, the bound MsgCreateAlliance/MsgUpdateAlliance enforce (v0.3.6 types/msg.go:203-292). */
export function checkAllianceTakeRate(takeRate: Dec, field = "takeRate"): Dec {
  checkDec(takeRate, field);
  if (takeRate.isNegative() || takeRate.gte(Dec.ONE)) {
    fail(
      "RATE_OUT_OF_RANGE",
      "take rate must be at least 0 and below 1",
      field,
      takeRate.toString(),
      "Pass the per-interval take rate as a decimal in [0, 1), such as 0.0000005.",
    );
  }
  return takeRate;
}

export interface AllianceTakeRateInput<A extends AllianceTakeRateAssetFields> {
  readonly assets: readonly A[];
  /** `Params.last_take_rate_claim_time`; {@link ALLIANCE_ZERO_TIME} when never set. */
  readonly lastTakeRateClaimTime: AllianceTimestamp;
  /** `Params.take_rate_claim_interval` (default 5 minutes). */
  readonly takeRateClaimInterval: AllianceDuration;
  readonly blockTime: AllianceTimestamp;
}

export interface AllianceTakeRateResult<A> {
  /** The assets, in input order, with their new `totalTokens`. */
  readonly assets: readonly A[];
  /** Coins sent from the alliance module to the fee collector (`DeductAllianceAssetsEvent.coins`), sorted by denom. */
  readonly deducted: readonly AllianceCoin[];
  /** The new `Params.last_take_rate_claim_time`. */
  readonly lastTakeRateClaimTime: AllianceTimestamp;
  /** Whole intervals charged in this block (0 when nothing ran). */
  readonly intervals: bigint;
}

/**
 * One EndBlock of take-rate deduction. Mirrors `DeductAssetsHook` → `DeductAssetsWithTakeRate` (v0.3.6
 * keeper/asset.go:266-335):
 * - runs only if `blockTime` is strictly after `last + interval` (with blocks as long as the interval, every second
 *   block charges n = 2);
 * - if `last` is Go's zero time, only sets `last = blockTime` (no retroactive charge, alliance#101);
 * - `n = floor((blockTime − last) / interval)`; for every asset with tokens, a positive take rate and started
 *   rewards: `new = (1 − takeRate).Power(n).MulInt(totalTokens)`; skipped if `new ≤ 1`; else
 *   `totalTokens = TruncateInt(new)` and the difference is deducted;
 * - `last = blockTime` if no asset qualified; `last += n · interval` if coins were deducted; unchanged otherwise.
 * Validator and delegation shares are untouched, so every balance of the asset shrinks in proportion.
 */
export function allianceDeductTakeRate<A extends AllianceTakeRateAssetFields>(
  input: AllianceTakeRateInput<A>,
): AllianceTakeRateResult<A> {
  const last = timestampNanos(input.lastTakeRateClaimTime, "lastTakeRateClaimTime");
  const now = timestampNanos(input.blockTime, "blockTime");
  const interval = durationNanos(input.takeRateClaimInterval, "takeRateClaimInterval");
  for (const [i, asset] of input.assets.entries()) {
    checkAllianceTakeRate(asset.takeRate, `assets[${i}].takeRate`);
    checkAmount(asset.totalTokens, `assets[${i}].totalTokens`);
  }
  const unchanged = { assets: input.assets, deducted: [], lastTakeRateClaimTime: input.lastTakeRateClaimTime };
  if (!(now > last + interval)) return Object.freeze({ ...unchanged, intervals: 0n });
  if (last === timestampNanos(ALLIANCE_ZERO_TIME, "ALLIANCE_ZERO_TIME")) {
    return Object.freeze({ ...unchanged, lastTakeRateClaimTime: input.blockTime, intervals: 0n });
  }
  if (interval <= 0n) {
    fail(
      "DIVISION_BY_ZERO",
      "take rate claim interval must be positive",
      "takeRateClaimInterval",
      input.takeRateClaimInterval,
      "Go divides the elapsed time by this interval and panics on 0; pass the chain's Params.take_rate_claim_interval.",
    );
  }
  const intervals = goTimeSub(now, last) / interval;
  let deducted: AllianceCoin[] = [];
  let anyTakeRate = false;
  const assets = input.assets.map((asset) => {
    if (asset.totalTokens <= 0n || !asset.takeRate.isPositive() || !allianceRewardsStarted(asset, input.blockTime)) {
      return asset;
    }
    anyTakeRate = true;
    const remaining = Dec.ONE.sub(asset.takeRate).power(intervals).mulInt(asset.totalTokens);
    if (remaining.lte(Dec.ONE)) return asset;
    const totalTokens = remaining.truncateInt();
    deducted = addCoins(deducted, [{ denom: asset.denom, amount: asset.totalTokens - totalTokens }]);
    return Object.freeze({ ...asset, totalTokens });
  });
  let lastTakeRateClaimTime = input.lastTakeRateClaimTime;
  if (!anyTakeRate) lastTakeRateClaimTime = input.blockTime;
  if (deducted.length > 0) lastTakeRateClaimTime = timestampFromNanos(last + intervals * interval);
  return Object.freeze({
    assets: Object.freeze(assets),
    deducted: Object.freeze(deducted),
    lastTakeRateClaimTime,
    intervals,
  });
}

/** 365 days, the default year of {@link allianceAnnualTakeRate}. */
export const ALLIANCE_DEFAULT_YEAR: AllianceDuration = Object.freeze({ seconds: 31_536_000n, nanos: 0 });

/**
 * How many take-rate intervals fit in a year, which must be a whole number (it is for the default 5 minutes and a
 * 365-day or 365.25-day year). Throws `INVALID_ARGUMENT` otherwise rather than guessing a fractional exponent.
 */
export function allianceTakeRateIntervalsPerYear(
  takeRateClaimInterval: AllianceDuration,
  year: AllianceDuration = ALLIANCE_DEFAULT_YEAR,
): bigint {
  const interval = durationNanos(takeRateClaimInterval, "takeRateClaimInterval");
  const yearNanos = durationNanos(year, "year");
  if (interval <= 0n || yearNanos <= 0n || yearNanos % interval !== 0n) {
    fail(
      "INVALID_ARGUMENT",
      "the year is not a whole number of take-rate intervals",
      "takeRateClaimInterval",
      takeRateClaimInterval,
      "Pass a positive interval that divides the year exactly (e.g. 5 minutes), or pass a matching `year`.",
    );
  }
  return yearNanos / interval;
}

/**
 * The share of an asset removed over a year by a per-interval take rate: `1 − (1 − takeRate)^(year/interval)`,
 * with `Power` as Go computes it (derived in alliance-math.md §6, not in the Go code; known-problems.md 10: the
 * take rate is per `take_rate_claim_interval`, not annual). `year/interval` must be whole
 * ({@link allianceTakeRateIntervalsPerYear}). This is the rate a UI shows; the chain's own year of deductions
 * differs in the last digits because it truncates tokens and compounds `Power(n)` per claim.
 */
export function allianceAnnualTakeRate(
  takeRate: Dec,
  takeRateClaimInterval: AllianceDuration,
  year: AllianceDuration = ALLIANCE_DEFAULT_YEAR,
): Dec {
  checkAllianceTakeRate(takeRate);
  return Dec.ONE.sub(Dec.ONE.sub(takeRate).power(allianceTakeRateIntervalsPerYear(takeRateClaimInterval, year)));
}
