import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, delegationOf } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import type { AllianceDelegation } from "../types.js";

/** Parameters of {@link getAllAllianceDelegations}. */
export type GetAllAllianceDelegationsParams = AllianceListOptions;

/** Every Alliance delegation of every delegator (all pages, read at one height): for indexers and dashboards. */
export async function getAllAllianceDelegations(
  client: Client,
  params: GetAllAllianceDelegationsParams = {},
): Promise<AllianceDelegation[]> {
  const items = await paginateAll(
    client,
    Query.method.allAlliancesDelegations,
    {},
    (r) => r.delegations,
    listOptions(params),
  );
  return converted("/alliance.alliance.Query/AllAlliancesDelegations", items, () => items.map(delegationOf));
}
