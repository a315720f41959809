import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { basketVaultQueryErrorOf } from "../errors.js";
import { batchOf, converted } from "../internal/convert.js";
import { type BasketListOptions, listOptions, type Page, type PageRequest } from "../internal/options.js";
import { pageOf } from "../internal/page.js";
import { idArg, paramsArg } from "../internal/validate.js";
import type { RedeemBatch } from "../types.js";

/** Parameters of {@link getRedeemBatches}. */
export interface GetRedeemBatchesParams extends BasketListOptions {
  /** The basket's id. */
  readonly basketId: bigint;
}

/** Parameters of {@link getRedeemBatchesPage}. */
export interface GetRedeemBatchesPageParams extends PageRequest {
  /** The basket's id. */
  readonly basketId: bigint;
}

const PATH = "/persistence.basketvault.v1.Query/Batches";

/** Every redemption batch of a basket (the open one included), by id, all pages read at one height. */
export async function getRedeemBatches(client: Client, params: GetRedeemBatchesParams): Promise<RedeemBatch[]> {
  paramsArg(params, "getRedeemBatches");
  const basketId = idArg(params.basketId, "basketId");
  const items = await paginateAll(
    client,
    Query.method.batches,
    { basketId },
    (r) => r.batches,
    listOptions(params),
  ).catch((error: unknown) => {
    throw basketVaultQueryErrorOf(error, { reason: "BASKET_NOT_FOUND", field: "basketId", value: basketId });
  });
  return converted(PATH, items, () => items.map(batchOf));
}

/** One page of a basket's batches; pass `nextKey` (and `height`) for the next. */
export async function getRedeemBatchesPage(
  client: Client,
  params: GetRedeemBatchesPageParams,
): Promise<Page<RedeemBatch>> {
  paramsArg(params, "getRedeemBatchesPage");
  const basketId = idArg(params.basketId, "basketId");
  return pageOf(
    client,
    Query.method.batches,
    { basketId },
    (r) => r.batches,
    params,
    (items) => items.map(batchOf),
  ).catch((error: unknown) => {
    throw basketVaultQueryErrorOf(error, { reason: "BASKET_NOT_FOUND", field: "basketId", value: basketId });
  });
}
