import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, paramsOf } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import type { AllianceParams } from "../types.js";

/** Parameters of {@link getAllianceParams}. */
export type GetAllianceParamsParams = AllianceQueryOptions;

/** The x/alliance module parameters: reward delay, take-rate interval and the last take-rate charge. */
export async function getAllianceParams(client: Client, params: GetAllianceParamsParams = {}): Promise<AllianceParams> {
  const response = await query(client, Query.method.params, {}, queryOptions(params));
  return converted("/alliance.alliance.Query/Params", response.params, () => paramsOf(response.params));
}
