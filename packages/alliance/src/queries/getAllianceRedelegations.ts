import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, redelegationOf } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import { accountArg, denomArg, paramsArg } from "../internal/validate.js";
import type { AllianceRedelegation } from "../types.js";

/** Parameters of {@link getAllianceRedelegations}. */
export interface GetAllianceRedelegationsParams extends AllianceListOptions {
  /** The delegator's account address. */
  readonly delegator: string;
  /** The asset's denom. */
  readonly denom: string;
}

/**
 * The redelegations of one asset by one delegator still in their lock period (every x/alliance version). Tokens
 * that arrived at a validator this way cannot be redelegated from it before `completionTime`.
 */
export async function getAllianceRedelegations(
  client: Client,
  params: GetAllianceRedelegationsParams,
): Promise<AllianceRedelegation[]> {
  paramsArg(params, "getAllianceRedelegations");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const denom = denomArg(params.denom, "denom");
  const items = await paginateAll(
    client,
    Query.method.allianceRedelegations,
    { denom, delegatorAddr },
    (r) => r.redelegations,
    listOptions(params),
  );
  return converted("/alliance.alliance.Query/AllianceRedelegations", items, () => items.map(redelegationOf));
}
