import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, delegationOf } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import { accountArg, paramsArg, validatorArg } from "../internal/validate.js";
import type { AllianceDelegation } from "../types.js";

/** Parameters of {@link getAllianceDelegationsByValidator}. */
export interface GetAllianceDelegationsByValidatorParams extends AllianceListOptions {
  /** The delegator's account address. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
}

/** The Alliance delegations of one delegator with one validator (every asset), with their current balances. */
export async function getAllianceDelegationsByValidator(
  client: Client,
  params: GetAllianceDelegationsByValidatorParams,
): Promise<AllianceDelegation[]> {
  paramsArg(params, "getAllianceDelegationsByValidator");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const validatorAddr = validatorArg(client.chain, params.validator, "validator");
  const items = await paginateAll(
    client,
    Query.method.alliancesDelegationByValidator,
    { delegatorAddr, validatorAddr },
    (r) => r.delegations,
    listOptions(params),
  );
  return converted("/alliance.alliance.Query/AlliancesDelegationByValidator", items, () => items.map(delegationOf));
}
