import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { isUnknownQuery, UnsupportedQueryError } from "../errors.js";
import { converted, unbondingOf } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import { accountArg, paramsArg } from "../internal/validate.js";
import type { AllianceUnbonding } from "../types.js";

/** Parameters of {@link getAllianceUnbondingsByDelegator}. */
export interface GetAllianceUnbondingsByDelegatorParams extends AllianceQueryOptions {
  /** The delegator's account address. */
  readonly delegator: string;
}

/**
 * Every pending undelegation of one delegator, over all assets and validators (one answer; the chain does not
 * paginate it). Needs x/alliance v0.3.5+ (not v0.3.4, the Persistence fork, nor v0.4.0): on older chains it throws
 * {@link UnsupportedQueryError}; use {@link getAllianceUnbondingsByDenom} per asset there.
 */
export async function getAllianceUnbondingsByDelegator(
  client: Client,
  params: GetAllianceUnbondingsByDelegatorParams,
): Promise<AllianceUnbonding[]> {
  paramsArg(params, "getAllianceUnbondingsByDelegator");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const response = await query(
    client,
    Query.method.allianceUnbondingsByDelegator,
    { delegatorAddr },
    queryOptions(params),
  ).catch((error: unknown) => {
    if (!isUnknownQuery(error)) throw error;
    throw new UnsupportedQueryError(
      error.path,
      "This chain's x/alliance predates AllianceUnbondingsByDelegator (v0.3.5): call getAllianceUnbondingsByDenom(client, { delegator, denom }) for each asset of getAlliances(client).",
      error,
    );
  });
  return converted("/alliance.alliance.Query/AllianceUnbondingsByDelegator", response.unbondings, () =>
    response.unbondings.map((u) => unbondingOf(u)),
  );
}
