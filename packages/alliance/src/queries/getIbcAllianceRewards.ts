import { type Client, query } from "@persistence-sdk/client";
import { type Coin, coinFromProto } from "@persistence-sdk/core";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { isUnknownQuery, UnknownAssetError, UnsupportedQueryError } from "../errors.js";
import { converted } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import { accountArg, ibcHashArg, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link getIbcAllianceRewards}. */
export interface GetIbcAllianceRewardsParams extends AllianceQueryOptions {
  /** The delegator's account address. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** The hash of the asset's `ibc/<hash>` denom. */
  readonly hash: string;
}

/**
 * The claimable rewards of a delegation of an IBC asset, by the hash of its denom
 * (Query/IBCAllianceDelegationRewards).
 *
 * @deprecated Served by x/alliance v0.3.4–v0.3.6 and v0.4.0 only; {@link getAllianceRewards} with the full denom
 * works on every version. Throws {@link UnsupportedQueryError} on chains without it.
 */
export async function getIbcAllianceRewards(client: Client, params: GetIbcAllianceRewardsParams): Promise<Coin[]> {
  paramsArg(params, "getIbcAllianceRewards");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const validatorAddr = validatorArg(client.chain, params.validator, "validator");
  const hash = ibcHashArg(params.hash, "hash");
  const denom = `ibc/${hash}`;
  const response = await query(
    client,
    Query.method.iBCAllianceDelegationRewards,
    { delegatorAddr, validatorAddr, hash },
    queryOptions(params),
  ).catch((error: unknown) => {
    if (isUnknownQuery(error)) {
      throw new UnsupportedQueryError(
        error.path,
        `Call getAllianceRewards(client, { delegator, validator, denom: "${denom}" }).`,
        error,
      );
    }
    throw UnknownAssetError.from(error, denom);
  });
  return converted("/alliance.alliance.Query/IBCAllianceDelegationRewards", response.rewards, () =>
    response.rewards.map((coin, i) => coinFromProto(coin, `rewards[${i}]`)),
  );
}
