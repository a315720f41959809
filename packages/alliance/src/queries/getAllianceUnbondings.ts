import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, unbondingOf } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import { accountArg, denomArg, paramsArg, validatorArg } from "../internal/validate.js";
import type { AllianceUnbonding } from "../types.js";

/** Parameters of {@link getAllianceUnbondings}. */
export interface GetAllianceUnbondingsParams extends AllianceListOptions {
  /** The delegator's account address. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** The asset's denom. */
  readonly denom: string;
}

/** The pending undelegations of one asset by one delegator from one validator (every x/alliance version). */
export async function getAllianceUnbondings(
  client: Client,
  params: GetAllianceUnbondingsParams,
): Promise<AllianceUnbonding[]> {
  paramsArg(params, "getAllianceUnbondings");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const validatorAddr = validatorArg(client.chain, params.validator, "validator");
  const denom = denomArg(params.denom, "denom");
  const items = await paginateAll(
    client,
    Query.method.allianceUnbondings,
    { denom, delegatorAddr, validatorAddr },
    (r) => r.unbondings,
    listOptions(params),
  );
  return converted("/alliance.alliance.Query/AllianceUnbondings", items, () => items.map((u) => unbondingOf(u, denom)));
}
