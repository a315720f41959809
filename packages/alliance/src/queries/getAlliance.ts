import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { UnknownAssetError } from "../errors.js";
import { assetOf, converted } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import { denomArg, paramsArg } from "../internal/validate.js";
import type { AllianceAsset } from "../types.js";

/** Parameters of {@link getAlliance}. */
export interface GetAllianceParams extends AllianceQueryOptions {
  /** The asset's denom: "stk/uatom", "ibc/27394FB0..." (URL-encoded "ibc%2F27394FB0..." works too). */
  readonly denom: string;
}

/** One Alliance asset. Throws {@link UnknownAssetError} (`ALLIANCE_UNKNOWN_ASSET`) when the chain has none. */
export async function getAlliance(client: Client, params: GetAllianceParams): Promise<AllianceAsset> {
  paramsArg(params, "getAlliance");
  const denom = denomArg(params.denom, "denom");
  const response = await query(client, Query.method.alliance, { denom }, queryOptions(params)).catch(
    (error: unknown) => {
      throw UnknownAssetError.from(error, denom);
    },
  );
  const asset = response.alliance;
  if (asset === undefined) throw new UnknownAssetError(denom);
  return converted("/alliance.alliance.Query/Alliance", asset, () => assetOf(asset));
}
