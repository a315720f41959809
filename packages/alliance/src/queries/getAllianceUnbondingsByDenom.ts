import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, unbondingOf } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import { accountArg, denomArg, paramsArg } from "../internal/validate.js";
import type { AllianceUnbonding } from "../types.js";

/** Parameters of {@link getAllianceUnbondingsByDenom}. */
export interface GetAllianceUnbondingsByDenomParams extends AllianceListOptions {
  /** The delegator's account address. */
  readonly delegator: string;
  /** The asset's denom. */
  readonly denom: string;
}

/** The pending undelegations of one asset by one delegator, from every validator (every x/alliance version). */
export async function getAllianceUnbondingsByDenom(
  client: Client,
  params: GetAllianceUnbondingsByDenomParams,
): Promise<AllianceUnbonding[]> {
  paramsArg(params, "getAllianceUnbondingsByDenom");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const denom = denomArg(params.denom, "denom");
  const items = await paginateAll(
    client,
    Query.method.allianceUnbondingsByDenomAndDelegator,
    { denom, delegatorAddr },
    (r) => r.unbondings,
    listOptions(params),
  );
  return converted("/alliance.alliance.Query/AllianceUnbondingsByDenomAndDelegator", items, () =>
    items.map((u) => unbondingOf(u, denom)),
  );
}
