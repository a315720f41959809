import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { isUnknownQuery, UnknownAssetError, UnsupportedQueryError } from "../errors.js";
import { converted, delegationOf } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import { accountArg, ibcHashArg, paramsArg, validatorArg } from "../internal/validate.js";
import type { AllianceDelegation } from "../types.js";

/** Parameters of {@link getIbcAllianceDelegation}. */
export interface GetIbcAllianceDelegationParams extends AllianceQueryOptions {
  /** The delegator's account address. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** The hash of the asset's `ibc/<hash>` denom. */
  readonly hash: string;
}

/**
 * A delegation of an IBC asset by the hash of its denom (Query/IBCAllianceDelegation).
 *
 * @deprecated Served by x/alliance v0.3.4 and v0.4.0 only; {@link getAllianceDelegation} with the full denom works on
 * every version. Throws {@link UnsupportedQueryError} on chains without it.
 */
export async function getIbcAllianceDelegation(
  client: Client,
  params: GetIbcAllianceDelegationParams,
): Promise<AllianceDelegation> {
  paramsArg(params, "getIbcAllianceDelegation");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const validatorAddr = validatorArg(client.chain, params.validator, "validator");
  const hash = ibcHashArg(params.hash, "hash");
  const denom = `ibc/${hash}`;
  const response = await query(
    client,
    Query.method.iBCAllianceDelegation,
    { delegatorAddr, validatorAddr, hash },
    queryOptions(params),
  ).catch((error: unknown) => {
    if (isUnknownQuery(error)) {
      throw new UnsupportedQueryError(
        error.path,
        `Call getAllianceDelegation(client, { delegator, validator, denom: "${denom}" }).`,
        error,
      );
    }
    throw UnknownAssetError.from(error, denom);
  });
  return converted("/alliance.alliance.Query/IBCAllianceDelegation", response, () => {
    const delegation = delegationOf(response.delegation ?? { $typeName: "alliance.alliance.DelegationResponse" });
    return Object.freeze({
      ...delegation,
      delegatorAddress: delegation.delegatorAddress || delegatorAddr,
      validatorAddress: delegation.validatorAddress || validatorAddr,
      denom: delegation.denom || denom,
    });
  });
}
