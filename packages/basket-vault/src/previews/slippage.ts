import { Dec } from "@persistence-sdk/core";
import { nonNegativeAmountArg, slippageArg } from "../internal/validate.js";

/** The slippage tolerance actions use when none is given: 0.5 %. */
export const DEFAULT_SLIPPAGE: Dec = Dec.fromString("0.005");

const ONE = 10n ** 18n;

/**
 * The smallest outcome a guard should accept for a previewed `amount` with a `slippage` tolerance in [0, 1):
 * `floor(amount·(1 − slippage))`, rounded down, in the user's disfavour, so that the guard never fails when the
 * state did not change (with slippage 0 it is the preview itself). Fills `minSharesOut`, `minValueOut` and `minOut`.
 *
 * @example
 * withSlippage(1_000_000n, Dec.fromString("0.005")) // 995_000n
 */
export function withSlippage(amount: bigint, slippage: Dec): bigint {
  nonNegativeAmountArg(amount, "amount");
  const s = slippageArg(slippage);
  return (amount * (ONE - s.atomics)) / ONE;
}
