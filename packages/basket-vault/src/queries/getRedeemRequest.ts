import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { BasketVaultError, basketVaultQueryErrorOf } from "../errors.js";
import { converted, requestOf } from "../internal/convert.js";
import { type BasketQueryOptions, queryOptions } from "../internal/options.js";
import { idArg, paramsArg } from "../internal/validate.js";
import type { RedeemRequest } from "../types.js";

/** Parameters of {@link getRedeemRequest}. */
export interface GetRedeemRequestParams extends BasketQueryOptions {
  /** The request's id (from `requestRedeem`, or `getRedeemRequestsByOwner`). */
  readonly requestId: bigint;
}

/** One redemption request. Throws {@link BasketVaultError} (`REQUEST_NOT_FOUND`) when there is none. */
export async function getRedeemRequest(client: Client, params: GetRedeemRequestParams): Promise<RedeemRequest> {
  paramsArg(params, "getRedeemRequest");
  const requestId = idArg(params.requestId, "requestId");
  const response = await query(client, Query.method.request, { requestId }, queryOptions(params)).catch(
    (error: unknown) => {
      throw basketVaultQueryErrorOf(error, { reason: "REQUEST_NOT_FOUND", field: "requestId", value: requestId });
    },
  );
  const request = response.request;
  if (request === undefined) {
    throw new BasketVaultError("REQUEST_NOT_FOUND", "the chain has none with this id", {
      field: "requestId",
      value: requestId,
    });
  }
  return converted("/persistence.basketvault.v1.Query/Request", request, () => requestOf(request));
}
