import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { isUnknownQuery, UnknownAssetError, UnsupportedQueryError } from "../errors.js";
import { assetOf, converted } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import { ibcHashArg, paramsArg } from "../internal/validate.js";
import type { AllianceAsset } from "../types.js";

/** Parameters of {@link getIbcAlliance}. */
export interface GetIbcAllianceParams extends AllianceQueryOptions {
  /** The hash of the `ibc/<hash>` denom (with or without the `ibc/` prefix). */
  readonly hash: string;
}

/**
 * One Alliance asset by the hash of its IBC denom (Query/IBCAlliance).
 *
 * @deprecated Served by x/alliance v0.3.4 and v0.4.0 only; {@link getAlliance} with the full `ibc/<hash>` denom
 * works on every version. Throws {@link UnsupportedQueryError} on chains without it.
 */
export async function getIbcAlliance(client: Client, params: GetIbcAllianceParams): Promise<AllianceAsset> {
  paramsArg(params, "getIbcAlliance");
  const hash = ibcHashArg(params.hash, "hash");
  const response = await query(client, Query.method.iBCAlliance, { hash }, queryOptions(params)).catch(
    (error: unknown) => {
      if (isUnknownQuery(error)) {
        throw new UnsupportedQueryError(error.path, `Call getAlliance(client, { denom: "ibc/${hash}" }).`, error);
      }
      throw UnknownAssetError.from(error, `ibc/${hash}`);
    },
  );
  const asset = response.alliance;
  if (asset === undefined) throw new UnknownAssetError(`ibc/${hash}`);
  return converted("/alliance.alliance.Query/IBCAlliance", asset, () => assetOf(asset));
}
