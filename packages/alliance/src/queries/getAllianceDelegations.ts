import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, delegationOf } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import { accountArg, paramsArg } from "../internal/validate.js";
import type { AllianceDelegation } from "../types.js";

/** Parameters of {@link getAllianceDelegations}. */
export interface GetAllianceDelegationsParams extends AllianceListOptions {
  /** The delegator's account address. */
  readonly delegator: string;
}

/** Every Alliance delegation of one delegator (all validators and assets), with its current balance. */
export async function getAllianceDelegations(
  client: Client,
  params: GetAllianceDelegationsParams,
): Promise<AllianceDelegation[]> {
  paramsArg(params, "getAllianceDelegations");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const items = await paginateAll(
    client,
    Query.method.alliancesDelegation,
    { delegatorAddr },
    (r) => r.delegations,
    listOptions(params),
  );
  return converted("/alliance.alliance.Query/AlliancesDelegation", items, () => items.map(delegationOf));
}
