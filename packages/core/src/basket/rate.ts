import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { basketTimestampNanos, checkBasketAmount, decAtomics, NANOS_PER_SECOND, ONE } from "./internal.js";
import type { BasketConstituent, BasketRateDirection, BasketState, BasketTimestamp } from "./types.js";

/**
 * §1 Normalised rate `v` (underlying per one base unit of LST) from a source's raw rate: `raw` for
 * UNDERLYING_PER_LST, `QuoTruncate(1, raw)` for LST_PER_UNDERLYING. Throws `INVALID_RATE` for `raw ≤ 0` or for a raw
 * so large that `v` truncates to 0, and `INVALID_RATE_DIRECTION` for anything but the two directions.
 */
export function basketNormalizeRate(raw: Dec, direction: BasketRateDirection, field = "raw"): Dec {
  const rawAtomics = decAtomics(raw, field);
  if (rawAtomics <= 0n) {
    throw new SdkError("INVALID_RATE", "a raw rate must be positive", {
      field,
      value: raw.toString(),
      fix: "Post the source's exchange rate as a positive decimal.",
    });
  }
  if (direction === "UNDERLYING_PER_LST") return raw;
  if (direction !== "LST_PER_UNDERLYING") {
    throw new SdkError("INVALID_RATE_DIRECTION", "the rate direction must be set", {
      field: "direction",
      value: direction,
      fix: 'Set "UNDERLYING_PER_LST" (Stride, Quicksilver, Drop) or "LST_PER_UNDERLYING" (pSTAKE c-value, MilkyWay).',
    });
  }
  const rate = (ONE * ONE) / rawAtomics;
  if (rate === 0n) {
    throw new SdkError("INVALID_RATE", "1 / raw truncates to 0 at 18 decimals", {
      field,
      value: raw.toString(),
      fix: "Check the direction: an LST-per-underlying rate this large is not plausible.",
    });
  }
  return Dec.fromAtomics(rate);
}

/** §2 step 1 Seconds since a rate was accepted, `now − update_time`, floored; 0 if update_time is in the future. */
export function basketRateAgeSeconds(updateTime: BasketTimestamp, now: BasketTimestamp): bigint {
  const age = basketTimestampNanos(now, "now") - basketTimestampNanos(updateTime, "updateTime");
  return age <= 0n ? 0n : age / NANOS_PER_SECOND;
}

/**
 * §2 step 1 Freshness: `now − update_time ≤ max_staleness_seconds`, compared to the nanosecond. A constituent that
 * never had a rate (rate 0) is never fresh.
 */
export function basketIsRateFresh(
  constituent: Pick<BasketConstituent, "rate" | "updateTime">,
  now: BasketTimestamp,
  maxStalenessSeconds: bigint,
): boolean {
  checkBasketAmount(maxStalenessSeconds, "maxStalenessSeconds");
  if (decAtomics(constituent.rate, "rate") <= 0n) return false;
  const age = basketTimestampNanos(now, "now") - basketTimestampNanos(constituent.updateTime, "updateTime");
  return age <= maxStalenessSeconds * NANOS_PER_SECOND;
}

/** §2 step 1, §4 Throws `STALE_RATE` naming the first constituent whose rate is not fresh. */
export function basketCheckRatesFresh(
  constituents: readonly Pick<BasketConstituent, "denom" | "rate" | "updateTime">[],
  now: BasketTimestamp,
  maxStalenessSeconds: bigint,
): void {
  constituents.forEach((constituent, i) => {
    if (!basketIsRateFresh(constituent, now, maxStalenessSeconds)) {
      throw new SdkError("STALE_RATE", `the rate of ${constituent.denom} is stale`, {
        field: `constituents[${i}].updateTime`,
        value: { denom: constituent.denom, ageSeconds: basketRateAgeSeconds(constituent.updateTime, now) },
        fix: `Wait for a feeder to post a rate newer than ${maxStalenessSeconds} s (MsgPostRates), then retry.`,
      });
    }
  });
}

/**
 * §4 Rate the NAV uses: the rate in force, or `min(rate, pending_rate)` while the constituent is HALTED.
 */
export function basketNavRate(constituent: Pick<BasketConstituent, "status" | "rate" | "halt">): Dec {
  if (constituent.status === "HALTED") {
    if (constituent.halt === undefined) {
      throw new SdkError("INVALID_ARGUMENT", "a HALTED constituent has no halt record", {
        field: "halt",
        value: undefined,
        fix: "Pass the constituent's RateHalt (pendingRate) along with its HALTED status.",
      });
    }
    return Dec.min(constituent.rate, constituent.halt.pendingRate);
  }
  return constituent.rate;
}

/**
 * §2 step 1, §3, §4 What deposits, instant redemptions and cuts need: the basket ACTIVE, no constituent HALTED and
 * every rate fresh. Throws `BASKET_PAUSED`, `CONSTITUENT_HALTED` or `STALE_RATE`.
 */
export function basketCheckOperable(
  basket: Pick<BasketState, "status"> & {
    readonly constituents: readonly Pick<BasketConstituent, "denom" | "status" | "rate" | "updateTime">[];
    readonly config: { readonly maxStalenessSeconds: bigint };
  },
  now: BasketTimestamp,
): void {
  if (basket.status !== "ACTIVE") {
    throw new SdkError("BASKET_PAUSED", "the basket is not active", {
      field: "status",
      value: basket.status,
      fix: "Wait until the authority unpauses the basket (MsgUnpause); redeem requests are still accepted.",
    });
  }
  basket.constituents.forEach((constituent, i) => {
    if (constituent.status === "HALTED") {
      throw new SdkError("CONSTITUENT_HALTED", `${constituent.denom} is halted by a large rate drop`, {
        field: `constituents[${i}].status`,
        value: constituent.denom,
        fix: "Wait for governance to resolve the rate (MsgResolveRate); redeem requests are still accepted.",
      });
    }
  });
  basketCheckRatesFresh(basket.constituents, now, basket.config.maxStalenessSeconds);
}

/** §2, §3 Index of the constituent with `denom` (deposit and redemption denoms); throws `UNKNOWN_CONSTITUENT`. */
export function basketConstituentIndex(
  constituents: readonly Pick<BasketConstituent, "denom">[],
  denom: string,
  field = "denom",
): number {
  const index = constituents.findIndex((c) => c.denom === denom);
  if (index < 0) {
    throw new SdkError("UNKNOWN_CONSTITUENT", "not a constituent of this basket", {
      field,
      value: denom,
      fix: `Use one of: ${constituents.map((c) => c.denom).join(", ") || "(the basket has no constituents)"}.`,
    });
  }
  return index;
}
