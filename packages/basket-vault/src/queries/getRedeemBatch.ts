import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { BasketVaultError, basketVaultQueryErrorOf } from "../errors.js";
import { batchOf, converted } from "../internal/convert.js";
import { type BasketQueryOptions, queryOptions } from "../internal/options.js";
import { idArg, paramsArg } from "../internal/validate.js";
import type { RedeemBatch } from "../types.js";

/** Parameters of {@link getRedeemBatch}. */
export interface GetRedeemBatchParams extends BasketQueryOptions {
  /** The batch's id (a request's `batchId`, a basket's `openBatchId`). */
  readonly batchId: bigint;
}

/** One redemption batch. Throws {@link BasketVaultError} (`BATCH_NOT_FOUND`) when there is none. */
export async function getRedeemBatch(client: Client, params: GetRedeemBatchParams): Promise<RedeemBatch> {
  paramsArg(params, "getRedeemBatch");
  const batchId = idArg(params.batchId, "batchId");
  const response = await query(client, Query.method.batch, { batchId }, queryOptions(params)).catch(
    (error: unknown) => {
      throw basketVaultQueryErrorOf(error, { reason: "BATCH_NOT_FOUND", field: "batchId", value: batchId });
    },
  );
  const batch = response.batch;
  if (batch === undefined) {
    throw new BasketVaultError("BATCH_NOT_FOUND", "the chain has none with this id", {
      field: "batchId",
      value: batchId,
    });
  }
  return converted("/persistence.basketvault.v1.Query/Batch", batch, () => batchOf(batch));
}
