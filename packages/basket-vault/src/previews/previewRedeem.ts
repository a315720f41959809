import type { Client } from "@persistence-sdk/client";
import type { BasketRedeemMode, BasketTimestamp, Dec } from "@persistence-sdk/core";
import { readBasketSnapshot } from "../internal/state.js";
import { idArg, modeArg, outDenomArg, paramsArg, positiveAmountArg, slippageArg } from "../internal/validate.js";
import type { RedeemPreview } from "../types.js";
import { addSeconds, computeRedeemPreview, laterOf } from "./compute.js";
import { DEFAULT_SLIPPAGE, withSlippage } from "./slippage.js";

/** Parameters of {@link previewRedeem}. */
export interface PreviewRedeemParams {
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares to redeem (positive bigint). */
  readonly shares: bigint;
  /** "PRO_RATA" (a slice of every constituent, no fee) or "SINGLE" (one constituent, a fee). */
  readonly mode: BasketRedeemMode;
  /** The constituent to be paid in, for "SINGLE". */
  readonly outDenom?: string;
  /** Tolerance for `minValueOut`, a fraction in [0, 1) (default 0.005). */
  readonly slippage?: Dec;
  /** Read the state at this height (default: the latest). */
  readonly height?: bigint;
}

/** What a request would pay if cut now, the guard to send with it, and when it could be claimed. */
export interface RedeemPreviewResult extends RedeemPreview {
  /** `floor(netValue·(1 − slippage))`: what `requestRedeem` sends as `min_value_out`. */
  readonly minValueOut: bigint;
  /** The tolerance used. */
  readonly slippage: Dec;
  /** Earliest time the open batch can be cut: max(lastCutTime + epochSeconds, now). */
  readonly earliestCutTime: BasketTimestamp;
  /** Earliest time the request becomes claimable: earliestCutTime + unbondingSeconds. */
  readonly earliestClaimTime: BasketTimestamp;
  /** The height of the state read. */
  readonly height: bigint;
  /** That block's time. */
  readonly time: BasketTimestamp;
}

/**
 * Previews `requestRedeem`: the price and (SINGLE) fee rate the request would lock and what it would pay if the
 * batch were cut now (P_eff = P), from core's `basketRequestRedeem` on queried state; equal to the chain's
 * PreviewRedeem. The cut pays at min(P_req, P_cut), so never more value than this.
 *
 * @example
 * const { out, minValueOut } = await previewRedeem(client, { basketId: 1n, shares, mode: "PRO_RATA" });
 */
export async function previewRedeem(client: Client, params: PreviewRedeemParams): Promise<RedeemPreviewResult> {
  paramsArg(params, "previewRedeem");
  const basketId = idArg(params.basketId, "basketId");
  const shares = positiveAmountArg(params.shares, "shares");
  const mode = modeArg(params.mode);
  const outDenom = outDenomArg(mode, params.outDenom);
  const slippage = slippageArg(params.slippage ?? DEFAULT_SLIPPAGE);
  const snapshot = await readBasketSnapshot(client, basketId, params.height);
  const preview = computeRedeemPreview(snapshot, { shares, mode, outDenom });
  const config = snapshot.basket.config;
  const earliestCutTime = laterOf(addSeconds(snapshot.basket.lastCutTime, config.epochSeconds), snapshot.time);
  return Object.freeze({
    ...preview,
    minValueOut: withSlippage(preview.netValue, slippage),
    slippage,
    earliestCutTime,
    earliestClaimTime: addSeconds(earliestCutTime, config.unbondingSeconds),
    height: snapshot.height,
    time: snapshot.time,
  });
}
