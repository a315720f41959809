import type { Client, TxResult } from "@persistence-sdk/client";
import type { BasketTimestamp, Coin, Dec } from "@persistence-sdk/core";
import {
  EventBatchCutSchema,
  EventPerformanceFeeSchema,
  EventRequestReturnedSchema,
  MsgCutBatchResponseSchema,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildCutBatch } from "../builders/buildCutBatch.js";
import {
  type ActionOptions,
  eventOf,
  eventsOfMessage,
  responseOf,
  sendBasketTx,
  signerAddressOf,
} from "../internal/actions.js";
import { coinsOf, converted, decOf, intOf, timeOf } from "../internal/convert.js";
import { type PerformanceFeeTaken, performanceFeeOf } from "../internal/performanceFee.js";
import { idArg, paramsArg } from "../internal/validate.js";
import { type CutBatchPreviewResult, previewCutBatch } from "../previews/previewCutBatch.js";

/** Parameters of {@link cutBatch}. */
export interface CutBatchParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
}

/** A request the cut returned to its owner. */
export interface ReturnedRequest {
  /** The request's id. */
  readonly requestId: bigint;
  /** The owner (holder) of the shares or request. */
  readonly owner: string;
  /** Shares (base units of the share denom). */
  readonly shares: bigint;
  /** "min_value_out" (net value below the owner's minimum) or "insufficient_holdings" (out_denom could not cover it). */
  readonly reason: string;
}

/** What {@link cutBatch} did. */
export interface CutBatchResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The signer: the client's signer. */
  readonly sender: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The batch cut, and the new open batch. */
  readonly batchId: bigint;
  /** The new open batch. */
  readonly openBatchId: bigint;
  /** When the batch completes (claims open at the first block at or after it). */
  readonly completionTime: BasketTimestamp;
  /** P_cut. */
  readonly priceAtCut: Dec;
  /** Shares burned. */
  readonly shares: bigint;
  /** LSTs the batch owes, and the part undelegated from Alliance. */
  readonly expected: readonly Coin[];
  /** Part of `expected` undelegated from Alliance. */
  readonly undelegated: readonly Coin[];
  /** Requests executed, and those returned (with why). */
  readonly requestIds: readonly bigint[];
  /** Requests returned to their owners, with why. */
  readonly returned: readonly ReturnedRequest[];
  /** The performance fee the cut took first, if any. */
  readonly performanceFee: PerformanceFeeTaken | undefined;
  /** What was previewed before signing (`previewCutBatch`). */
  readonly preview: CutBatchPreviewResult;
}

/**
 * Cuts a basket's open batch (§3): runs the performance fee, fixes P_cut, executes or returns every pending
 * request, and starts the unbonding. Anyone may sign. Before signing it previews the cut with core's math and
 * refuses as the chain would: `EPOCH_NOT_ELAPSED` before lastCutTime + epochSeconds, `BASKET_PAUSED`,
 * `CONSTITUENT_HALTED`, `STALE_RATE`. A cut that undelegates from many Alliance delegations takes a lot of gas: the
 * fee is simulated (use a `gasMultiplier` of 2 or more, or an explicit fee).
 */
export async function cutBatch(client: Client, params: CutBatchParams): Promise<CutBatchResult> {
  paramsArg(params, "cutBatch");
  const basketId = idArg(params.basketId, "basketId");
  const sender = await signerAddressOf(client, "cutBatch");
  const preview = await previewCutBatch(client, { basketId });
  const tx = await sendBasketTx(client, [buildCutBatch(client, { sender, basketId })], params);
  const response = responseOf(tx, MsgCutBatchResponseSchema, 0);
  const event = eventOf(tx, EventBatchCutSchema, 0);
  const returned = eventsOfMessage(tx, EventRequestReturnedSchema, 0);
  const fee = eventsOfMessage(tx, EventPerformanceFeeSchema, 0)[0];
  return converted(`the cut transaction ${tx.hash}`, response, () =>
    Object.freeze({
      tx,
      sender,
      basketId,
      batchId: response.batchId,
      openBatchId: response.openBatchId,
      completionTime: timeOf(response.completionTime),
      priceAtCut: decOf(event.priceAtCut, "EventBatchCut.priceAtCut"),
      shares: intOf(event.shares, "EventBatchCut.shares"),
      expected: Object.freeze(coinsOf(event.expected, "EventBatchCut.expected")),
      undelegated: Object.freeze(coinsOf(event.undelegated, "EventBatchCut.undelegated")),
      requestIds: Object.freeze([...response.requestIds]),
      returned: Object.freeze(
        returned.map((r) =>
          Object.freeze({
            requestId: r.requestId,
            owner: r.owner,
            shares: intOf(r.shares, "EventRequestReturned.shares"),
            reason: r.reason,
          }),
        ),
      ),
      performanceFee: fee === undefined ? undefined : performanceFeeOf(fee),
      preview,
    }),
  );
}
