import type { Client, TxResult } from "@persistence-sdk/client";
import type { BasketRedeemMode, BasketTimestamp, Dec } from "@persistence-sdk/core";
import {
  EventRedeemRequestedSchema,
  MsgRequestRedeemResponseSchema,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildRequestRedeem } from "../builders/buildRequestRedeem.js";
import { type ActionOptions, eventOf, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { converted, decOf } from "../internal/convert.js";
import { checkShareBalance } from "../internal/shares.js";
import { readBasketSnapshot } from "../internal/state.js";
import {
  idArg,
  modeArg,
  nonNegativeAmountArg,
  optionalAccountArg,
  outDenomArg,
  paramsArg,
  positiveAmountArg,
  slippageArg,
} from "../internal/validate.js";
import { addSeconds, computeRedeemPreview, laterOf } from "../previews/compute.js";
import { DEFAULT_SLIPPAGE, withSlippage } from "../previews/slippage.js";
import type { RedeemPreview } from "../types.js";

/** Parameters of {@link requestRedeem}. The owner is the client's signer. */
export interface RequestRedeemParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares to redeem (positive bigint, at most the owner's balance). */
  readonly shares: bigint;
  /** "PRO_RATA" (a slice of every constituent, no fee) or "SINGLE" (one constituent, the single-redeem fee). */
  readonly mode: BasketRedeemMode;
  /** The constituent to be paid in, for "SINGLE". */
  readonly outDenom?: string;
  /** The account paid at the claim (default: the owner). */
  readonly receiver?: string;
  /** Tolerance for `minValueOut`, a fraction in [0, 1) (default 0.005). */
  readonly slippage?: Dec;
  /** The guard itself (net value in underlying base units), instead of one from the preview and `slippage`. */
  readonly minValueOut?: bigint;
}

/** What {@link requestRedeem} did. */
export interface RequestRedeemResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The owner: the client's signer. */
  readonly owner: string;
  /** The account paid. */
  readonly receiver: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The new request and the batch it joined. */
  readonly requestId: bigint;
  /** The batch's id. */
  readonly batchId: bigint;
  /** Shares (base units of the share denom). */
  readonly shares: bigint;
  /** PRO_RATA or SINGLE. */
  readonly mode: BasketRedeemMode;
  /** The constituent paid for SINGLE; "" for PRO_RATA. */
  readonly outDenom: string;
  /** The guard sent (the chain applies it to SINGLE requests at the cut). */
  readonly minValueOut: bigint;
  /** P_req and the fee rate locked by the request (EventRedeemRequested). */
  readonly priceAtRequest: Dec;
  /** The single-redeem fee rate locked (0 for PRO_RATA). */
  readonly feeRate: Dec;
  /** What the request would pay if cut now, previewed before signing. */
  readonly preview: RedeemPreview;
  /** Earliest cut of its batch, and earliest claim (cut + unbonding). */
  readonly earliestCutTime: BasketTimestamp;
  /** Earliest claim: earliestCutTime + unbondingSeconds. */
  readonly earliestClaimTime: BasketTimestamp;
}

/**
 * Escrows shares in the basket's open batch for an asynchronous redemption (§3), signed by the client's signer.
 * Allowed while the basket is paused, halted or stale (the cut waits for it). Before signing it checks the owner's
 * share balance (`INSUFFICIENT_SHARES`) and previews the payout with core's math; `min_value_out` is the preview's
 * net value less `slippage`, rounded down. Claim with `claim` once the batch is CLAIMABLE.
 *
 * @example
 * const { requestId, earliestClaimTime } = await requestRedeem(client, { basketId: 1n, shares, mode: "PRO_RATA" });
 */
export async function requestRedeem(client: Client, params: RequestRedeemParams): Promise<RequestRedeemResult> {
  paramsArg(params, "requestRedeem");
  const basketId = idArg(params.basketId, "basketId");
  const shares = positiveAmountArg(params.shares, "shares");
  const mode = modeArg(params.mode);
  const outDenom = outDenomArg(mode, params.outDenom);
  const receiver = optionalAccountArg(client.chain, params.receiver, "receiver");
  const slippage = slippageArg(params.slippage ?? DEFAULT_SLIPPAGE);
  const explicitMin =
    params.minValueOut === undefined ? undefined : nonNegativeAmountArg(params.minValueOut, "minValueOut");
  const owner = await signerAddressOf(client, "requestRedeem");

  const snapshot = await readBasketSnapshot(client, basketId);
  await checkShareBalance(client, snapshot, owner, shares);
  const preview = computeRedeemPreview(snapshot, { shares, mode, outDenom });
  const minValueOut = explicitMin ?? withSlippage(preview.netValue, slippage);

  const message = buildRequestRedeem(client, {
    owner,
    basketId,
    shares,
    mode,
    outDenom,
    minValueOut,
    ...(receiver === "" ? {} : { receiver }),
  });
  const tx = await sendBasketTx(client, [message], params);
  const response = responseOf(tx, MsgRequestRedeemResponseSchema, 0);
  const event = eventOf(tx, EventRedeemRequestedSchema, 0);
  const config = snapshot.basket.config;
  const earliestCutTime = laterOf(addSeconds(snapshot.basket.lastCutTime, config.epochSeconds), snapshot.time);
  return converted(`the request transaction ${tx.hash}`, event, () =>
    Object.freeze({
      tx,
      owner,
      receiver: event.receiver || owner,
      basketId,
      requestId: response.requestId,
      batchId: response.batchId,
      shares,
      mode,
      outDenom,
      minValueOut,
      priceAtRequest: decOf(event.priceAtRequest, "EventRedeemRequested.priceAtRequest"),
      feeRate: decOf(event.feeRate, "EventRedeemRequested.feeRate"),
      preview,
      earliestCutTime,
      earliestClaimTime: addSeconds(earliestCutTime, config.unbondingSeconds),
    }),
  );
}
