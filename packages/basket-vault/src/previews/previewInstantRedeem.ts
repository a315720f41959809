import type { Client } from "@persistence-sdk/client";
import type { BasketTimestamp, Dec } from "@persistence-sdk/core";
import { readBasketSnapshot } from "../internal/state.js";
import { denomArg, idArg, paramsArg, positiveAmountArg, slippageArg } from "../internal/validate.js";
import type { RedeemPreview } from "../types.js";
import { computeInstantRedeemPreview } from "./compute.js";
import { DEFAULT_SLIPPAGE, withSlippage } from "./slippage.js";

/** Parameters of {@link previewInstantRedeem}. */
export interface PreviewInstantRedeemParams {
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares to redeem (positive bigint). */
  readonly shares: bigint;
  /** The constituent to be paid in, from its idle buffer. */
  readonly outDenom: string;
  /** Tolerance for `minOut`, a fraction in [0, 1) (default 0.005). */
  readonly slippage?: Dec;
  /** Read the state at this height (default: the latest). */
  readonly height?: bigint;
}

/** What an instant redemption would pay now, and the guard to send with it. */
export interface InstantRedeemPreviewResult extends RedeemPreview {
  /** `floor(out·(1 − slippage))`: what `instantRedeem` sends as `min_out`. */
  readonly minOut: bigint;
  /** The tolerance used. */
  readonly slippage: Dec;
  /** The height of the state read. */
  readonly height: bigint;
  /** That block's time. */
  readonly time: BasketTimestamp;
}

/**
 * Previews `instantRedeem`: w = floor(s·P), the instant fee, and the LST paid from the idle buffer, from core's
 * `basketInstantRedeem` on queried state (every check: paused, halted, stale, idle liquidity); equal to the chain's
 * PreviewRedeem with `instant`.
 */
export async function previewInstantRedeem(
  client: Client,
  params: PreviewInstantRedeemParams,
): Promise<InstantRedeemPreviewResult> {
  paramsArg(params, "previewInstantRedeem");
  const basketId = idArg(params.basketId, "basketId");
  const shares = positiveAmountArg(params.shares, "shares");
  const outDenom = denomArg(params.outDenom, "outDenom");
  const slippage = slippageArg(params.slippage ?? DEFAULT_SLIPPAGE);
  const snapshot = await readBasketSnapshot(client, basketId, params.height);
  const preview = computeInstantRedeemPreview(snapshot, { shares, outDenom });
  return Object.freeze({
    ...preview,
    minOut: withSlippage(preview.out[0]?.amount ?? 0n, slippage),
    slippage,
    height: snapshot.height,
    time: snapshot.time,
  });
}
