import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { isUnknownQuery, UnsupportedQueryError } from "../errors.js";
import { converted, redelegationOf } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import { accountArg, paramsArg } from "../internal/validate.js";
import type { AllianceRedelegation } from "../types.js";

/** Parameters of {@link getAllianceRedelegationsByDelegator}. */
export interface GetAllianceRedelegationsByDelegatorParams extends AllianceListOptions {
  /** The delegator's account address. */
  readonly delegator: string;
}

/**
 * Every redelegation of one delegator still in its lock period, over all assets. Needs x/alliance v0.3.5+ (not
 * v0.3.4, the Persistence fork): on older chains it throws {@link UnsupportedQueryError}; use
 * {@link getAllianceRedelegations} per asset there.
 */
export async function getAllianceRedelegationsByDelegator(
  client: Client,
  params: GetAllianceRedelegationsByDelegatorParams,
): Promise<AllianceRedelegation[]> {
  paramsArg(params, "getAllianceRedelegationsByDelegator");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const items = await paginateAll(
    client,
    Query.method.allianceRedelegationsByDelegator,
    { delegatorAddr },
    (r) => r.redelegations,
    listOptions(params),
  ).catch((error: unknown) => {
    if (!isUnknownQuery(error)) throw error;
    throw new UnsupportedQueryError(
      error.path,
      "This chain's x/alliance predates AllianceRedelegationsByDelegator (v0.3.5): call getAllianceRedelegations(client, { delegator, denom }) for each asset of getAlliances(client).",
      error,
    );
  });
  return converted("/alliance.alliance.Query/AllianceRedelegationsByDelegator", items, () => items.map(redelegationOf));
}
