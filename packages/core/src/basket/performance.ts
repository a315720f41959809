import type { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { checkBasketAmount, checkBasketNonNegativeDec, checkFraction, ONE_SQUARED, virtualShares } from "./internal.js";
import { basketPricePerShare } from "./nav.js";

/** Inputs of the performance fee: the basket's NAV (floored), supply, offset, φ and mark. */
export interface BasketPerformanceFeeInput {
  readonly navDown: bigint;
  readonly shares: bigint;
  readonly virtualOffset: number;
  /** φ, in [0, 1). */
  readonly performanceFee: Dec;
  /** P_hwm. */
  readonly highWaterMark: Dec;
}

/** What the performance fee takes. */
export interface BasketPerformanceFeeResult {
  /** P before the fee shares are minted. */
  readonly pricePerShare: Dec;
  /** `floor(φ·(P − P_hwm)·S)`, 0 at or below the mark. */
  readonly feeValue: bigint;
  /** Shares minted to the treasury. */
  readonly feeShares: bigint;
  /** New P_hwm: P when it was above the mark, else the old mark. */
  readonly highWaterMark: Dec;
}

/**
 * §7 Performance fee with a high-water mark: if `P > P_hwm`, `fee_value = floor(φ·(P − P_hwm)·S)` (one floor of
 * the exact product) and `fee_shares = floor(fee_value·(S + VS) / (A_dn + VA − fee_value))`, then `P_hwm = P` (the
 * price before the mint, so the gain the fee was charged on is never charged again). Nothing below the mark.
 */
export function basketPerformanceFee(input: BasketPerformanceFeeInput): BasketPerformanceFeeResult {
  const navDown = checkBasketAmount(input.navDown, "navDown");
  const shares = checkBasketAmount(input.shares, "shares");
  const phi = checkFraction(input.performanceFee, "performanceFee", true);
  const mark = checkBasketNonNegativeDec(input.highWaterMark, "highWaterMark");
  const price = basketPricePerShare(navDown, shares, input.virtualOffset);
  if (price.atomics <= mark) {
    return { pricePerShare: price, feeValue: 0n, feeShares: 0n, highWaterMark: input.highWaterMark };
  }
  const feeValue = (phi * (price.atomics - mark) * shares) / ONE_SQUARED;
  const remaining = navDown + 1n - feeValue;
  if (remaining <= 0n) {
    throw new SdkError("INVALID_ARGUMENT", "the performance fee would take the whole NAV", {
      field: "highWaterMark",
      value: input.highWaterMark.toString(),
      fix: "Check the mark and the fee: φ < 1 and a mark of at least the launch price keep the fee below the NAV.",
    });
  }
  const feeShares = (feeValue * (shares + virtualShares(input.virtualOffset))) / remaining;
  return { pricePerShare: price, feeValue, feeShares, highWaterMark: price };
}
