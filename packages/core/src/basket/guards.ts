import type { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { basketTimestampNanos, checkBasketNonNegativeDec, checkFraction, NANOS_PER_SECOND, ONE } from "./internal.js";
import { basketNormalizeRate } from "./rate.js";
import type { BasketConfig, BasketConstituent, BasketRateHalt, BasketRateOutcome, BasketTimestamp } from "./types.js";

const NANOS_PER_DAY = 86_400n * NANOS_PER_SECOND;

/** The rate fields of a constituent that a rate post reads and writes. */
export type BasketRateState = Pick<
  BasketConstituent,
  "direction" | "status" | "rate" | "raw" | "sourceTime" | "updateTime" | "halt"
>;

/** One posted rate (proto `RateUpdate`, without the denom). */
export interface BasketRatePost {
  readonly raw: Dec;
  readonly sourceTime: BasketTimestamp;
}

/** What a rate post did (proto `RateResult`) and the constituent's rate fields after it. */
export interface BasketRatePostResult<T extends BasketRateState> {
  readonly outcome: BasketRateOutcome;
  /** The normalised rate posted, v_new. */
  readonly postedRate: Dec;
  /** Rate in force after the post. */
  readonly rate: Dec;
  /** The constituent with its rate fields updated (the same object when nothing changed). */
  readonly constituent: T;
}

/**
 * §4 Rise guard: `v_new ≤ v_old·(1 + max_up_per_day·Δdays)`, Δdays measured between the two posts' source times
 * (to the nanosecond), compared exactly with no rounding.
 */
export function basketRiseAllowed(
  oldRate: Dec,
  newRate: Dec,
  oldSourceTime: BasketTimestamp,
  newSourceTime: BasketTimestamp,
  maxUpPerDay: Dec,
): boolean {
  const maxUp = checkBasketNonNegativeDec(maxUpPerDay, "maxUpPerDay");
  const elapsed =
    basketTimestampNanos(newSourceTime, "sourceTime") - basketTimestampNanos(oldSourceTime, "oldSourceTime");
  // v_new·day·10^18 ≤ v_old·(day·10^18 + max_up_atomics·elapsed)
  return newRate.atomics * NANOS_PER_DAY * ONE <= oldRate.atomics * (NANOS_PER_DAY * ONE + maxUp * elapsed);
}

/** §4 Small-drop test: `v_new ≥ v_old·(1 − max_down)`, exact. A drop that fails it halts the constituent. */
export function basketDropWithinLimit(oldRate: Dec, newRate: Dec, maxDown: Dec): boolean {
  const down = checkFraction(maxDown, "maxDown", false);
  return newRate.atomics * ONE >= oldRate.atomics * (ONE - down);
}

/**
 * §4 One rate post against one constituent. In order: normalise (raw ≤ 0 throws `INVALID_RATE`); HALTED, or
 * `source_time` not newer (an equal one included) → SKIPPED; the first rate (stored rate 0) → APPLIED without guard; a rise beyond
 * `max_up_per_day·Δdays` → REJECTED (old rate kept); a drop within `max_down` (or no change) → APPLIED; a larger
 * drop → HALTED, with `pending_rate = v_new` while the rate in force stays (the NAV then uses min(v_old, v_new)).
 */
export function basketApplyRatePost<T extends BasketRateState>(
  constituent: T,
  post: BasketRatePost,
  config: Pick<BasketConfig, "maxUpPerDay" | "maxDown">,
  now: BasketTimestamp,
  feeder = "",
): BasketRatePostResult<T> {
  const posted = basketNormalizeRate(post.raw, constituent.direction);
  const newTime = basketTimestampNanos(post.sourceTime, "sourceTime");
  basketTimestampNanos(now, "now");
  if (
    constituent.status === "HALTED" ||
    newTime <= basketTimestampNanos(constituent.sourceTime, "constituent.sourceTime")
  ) {
    return { outcome: "SKIPPED", postedRate: posted, rate: constituent.rate, constituent };
  }
  const apply = (): BasketRatePostResult<T> => ({
    outcome: "APPLIED",
    postedRate: posted,
    rate: posted,
    constituent: { ...constituent, rate: posted, raw: post.raw, sourceTime: post.sourceTime, updateTime: now },
  });
  const old = constituent.rate;
  if (old.atomics <= 0n) return apply();
  if (posted.atomics > old.atomics) {
    if (basketRiseAllowed(old, posted, constituent.sourceTime, post.sourceTime, config.maxUpPerDay)) return apply();
    return { outcome: "REJECTED", postedRate: posted, rate: old, constituent };
  }
  if (basketDropWithinLimit(old, posted, config.maxDown)) return apply();
  const halt: BasketRateHalt = {
    pendingRate: posted,
    pendingRaw: post.raw,
    pendingSourceTime: post.sourceTime,
    haltedAt: now,
    feeder,
    statusBefore: constituent.status,
  };
  return { outcome: "HALTED", postedRate: posted, rate: old, constituent: { ...constituent, status: "HALTED", halt } };
}

/**
 * §4 MsgResolveRate: `accept` puts the pending rate in force (raw and source time with it, update time = now);
 * rejecting keeps the old rate. Either way the status before the halt comes back and the halt record goes.
 * Throws `INVALID_ARGUMENT` for a constituent that is not HALTED.
 */
export function basketResolveRate<T extends BasketRateState>(constituent: T, accept: boolean, now: BasketTimestamp): T {
  const halt = constituent.halt;
  if (constituent.status !== "HALTED" || halt === undefined) {
    throw new SdkError("INVALID_ARGUMENT", "the constituent is not halted", {
      field: "status",
      value: constituent.status,
      fix: "Only a HALTED constituent has a pending rate to resolve.",
    });
  }
  basketTimestampNanos(now, "now");
  const resolved = { ...constituent, status: halt.statusBefore, halt: undefined };
  if (!accept) return resolved;
  return {
    ...resolved,
    rate: halt.pendingRate,
    raw: halt.pendingRaw,
    sourceTime: halt.pendingSourceTime,
    updateTime: now,
  };
}
