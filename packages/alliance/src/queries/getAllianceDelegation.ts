import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { UnknownAssetError } from "../errors.js";
import { converted, delegationOf } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import { accountArg, denomArg, paramsArg, validatorArg } from "../internal/validate.js";
import type { AllianceDelegation } from "../types.js";

/** Parameters of {@link getAllianceDelegation}. */
export interface GetAllianceDelegationParams extends AllianceQueryOptions {
  /** The delegator's account address. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** The asset's denom. */
  readonly denom: string;
}

/**
 * The delegation of one asset by one delegator with one validator, and its current balance. A delegation that does
 * not exist comes back with zero shares and balance (as the chain answers); an unknown asset throws
 * {@link UnknownAssetError}.
 */
export async function getAllianceDelegation(
  client: Client,
  params: GetAllianceDelegationParams,
): Promise<AllianceDelegation> {
  paramsArg(params, "getAllianceDelegation");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const validatorAddr = validatorArg(client.chain, params.validator, "validator");
  const denom = denomArg(params.denom, "denom");
  const response = await query(
    client,
    Query.method.allianceDelegation,
    { delegatorAddr, validatorAddr, denom },
    queryOptions(params),
  ).catch((error: unknown) => {
    throw UnknownAssetError.from(error, denom);
  });
  return converted("/alliance.alliance.Query/AllianceDelegation", response, () => {
    const delegation = delegationOf(response.delegation ?? { $typeName: "alliance.alliance.DelegationResponse" });
    // A missing delegation is answered with an empty one: name it by what was asked.
    return Object.freeze({
      ...delegation,
      delegatorAddress: delegation.delegatorAddress || delegatorAddr,
      validatorAddress: delegation.validatorAddress || validatorAddr,
      denom: delegation.denom || denom,
    });
  });
}
