import type { Client } from "@persistence-sdk/client";
import type { BasketTimestamp } from "@persistence-sdk/core";
import { readBasketSnapshot } from "../internal/state.js";
import { idArg, paramsArg } from "../internal/validate.js";
import { getRedeemBatch } from "../queries/getRedeemBatch.js";
import { getRedeemRequest } from "../queries/getRedeemRequest.js";
import type { RedeemRequest } from "../types.js";
import { addSeconds, type CutPreview, computeCutPreview } from "./compute.js";

/** Parameters of {@link previewCutBatch}. */
export interface PreviewCutBatchParams {
  /** The basket's id. */
  readonly basketId: bigint;
  /**
   * Estimate even when the cut is not allowed now (epoch not passed, paused, halted, stale): what a cut at the
   * current rates would pay. Default false: refuse as MsgCutBatch would.
   */
  readonly estimate?: boolean;
  /** Read the state at this height (default: the latest). */
  readonly height?: bigint;
}

/** What `cutBatch` would do now. */
export interface CutBatchPreviewResult extends CutPreview {
  /** The batch the cut closes (the basket's open batch). */
  readonly batchId: bigint;
  /** When the batch would complete if cut now: now + unbondingSeconds. */
  readonly completionTime: BasketTimestamp;
  /** The height of the state read. */
  readonly height: bigint;
  /** That block's time. */
  readonly time: BasketTimestamp;
}

/**
 * Previews `cutBatch`: the performance fee, P_cut, and for every PENDING request of the open batch whether it is
 * executed or returned and what it is owed, with core's math on the basket, the batch and its requests queried at
 * one height. Equal to what MsgCutBatch does while the state does not change.
 */
export async function previewCutBatch(client: Client, params: PreviewCutBatchParams): Promise<CutBatchPreviewResult> {
  paramsArg(params, "previewCutBatch");
  const basketId = idArg(params.basketId, "basketId");
  const snapshot = await readBasketSnapshot(client, basketId, params.height);
  const at = snapshot.height === 0n ? {} : { height: snapshot.height };
  const batch = await getRedeemBatch(client, { batchId: snapshot.basket.openBatchId, ...at });
  const requests: RedeemRequest[] = await Promise.all(
    batch.requestIds.map((requestId) => getRedeemRequest(client, { requestId, ...at })),
  );
  const cut = computeCutPreview(
    {
      state: snapshot.state,
      time: snapshot.time,
      lastCutTime: snapshot.basket.lastCutTime,
      epochSeconds: snapshot.basket.config.epochSeconds,
      highWaterMark: snapshot.basket.highWaterMark,
      navDown: snapshot.nav.navDown,
    },
    requests,
    { checks: params.estimate !== true },
  );
  return Object.freeze({
    ...cut,
    batchId: batch.id,
    completionTime: addSeconds(snapshot.time, snapshot.basket.config.unbondingSeconds),
    height: snapshot.height,
    time: snapshot.time,
  });
}
