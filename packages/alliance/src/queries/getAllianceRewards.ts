import { type Client, query } from "@persistence-sdk/client";
import { type Coin, coinFromProto } from "@persistence-sdk/core";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { UnknownAssetError } from "../errors.js";
import { converted } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import { accountArg, denomArg, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link getAllianceRewards}. */
export interface GetAllianceRewardsParams extends AllianceQueryOptions {
  /** The delegator's account address. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** The asset's denom. */
  readonly denom: string;
}

/**
 * The rewards one delegation would be paid if claimed now: exactly what `claimRewards` pays at this height, because
 * the chain answers by running the claim in a throw-away context (a heavy query). Empty before the asset's reward
 * start. Throws `NOT_FOUND`-style `QueryError` when there is no such delegation, {@link UnknownAssetError} for an
 * unknown asset.
 */
export async function getAllianceRewards(client: Client, params: GetAllianceRewardsParams): Promise<Coin[]> {
  paramsArg(params, "getAllianceRewards");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const validatorAddr = validatorArg(client.chain, params.validator, "validator");
  const denom = denomArg(params.denom, "denom");
  const response = await query(
    client,
    Query.method.allianceDelegationRewards,
    { delegatorAddr, validatorAddr, denom },
    queryOptions(params),
  ).catch((error: unknown) => {
    throw UnknownAssetError.from(error, denom);
  });
  return converted("/alliance.alliance.Query/AllianceDelegationRewards", response.rewards, () =>
    response.rewards.map((coin, i) => coinFromProto(coin, `rewards[${i}]`)),
  );
}
