import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { converted, paramsOf } from "../internal/convert.js";
import { type BasketQueryOptions, queryOptions } from "../internal/options.js";
import type { BasketVaultParams } from "../types.js";

/** Parameters of {@link getBasketVaultParams}. */
export type GetBasketVaultParamsParams = BasketQueryOptions;

/**
 * The module params: constituent limit, default virtual offset, shortest epoch, largest claim.
 *
 * @example
 * const { maxClaimRequestIds } = await getBasketVaultParams(client);
 */
export async function getBasketVaultParams(
  client: Client,
  params: GetBasketVaultParamsParams = {},
): Promise<BasketVaultParams> {
  const response = await query(client, Query.method.params, {}, queryOptions(params));
  return converted("/persistence.basketvault.v1.Query/Params", response, () => paramsOf(response.params));
}
