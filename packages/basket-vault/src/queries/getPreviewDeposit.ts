import { type Client, query } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { basketVaultQueryErrorOf } from "../errors.js";
import { converted, depositPreviewOf } from "../internal/convert.js";
import { type BasketQueryOptions, queryOptions } from "../internal/options.js";
import { coinArg, idArg, paramsArg } from "../internal/validate.js";
import type { DepositPreview } from "../types.js";

/** Parameters of {@link getPreviewDeposit}. */
export interface GetPreviewDepositParams extends BasketQueryOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** The LST to deposit (a constituent's denom) and a positive bigint amount in base units. */
  readonly amount: Coin;
}

/**
 * The chain's own PreviewDeposit query: what MsgDeposit would mint now, run by the chain on a throwaway branch. A
 * deposit the Msg would refuse throws {@link BasketVaultError} with the Msg's reason (`STALE_RATE`,
 * `WEIGHT_CAP_EXCEEDED`...). `previewDeposit` computes the same figures with core's math on queried state.
 */
export async function getPreviewDeposit(client: Client, params: GetPreviewDepositParams): Promise<DepositPreview> {
  paramsArg(params, "getPreviewDeposit");
  const basketId = idArg(params.basketId, "basketId");
  const amount = coinArg(params.amount, "amount");
  const response = await query(
    client,
    Query.method.previewDeposit,
    { basketId, amount: coinToProto(amount) },
    queryOptions(params),
  ).catch((error: unknown) => {
    throw basketVaultQueryErrorOf(error, { reason: "BASKET_NOT_FOUND", field: "basketId", value: basketId });
  });
  return converted("/persistence.basketvault.v1.Query/PreviewDeposit", response, () => depositPreviewOf(response));
}
