import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, unbondingOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { HostChainUnbonding } from "../types.js";

/** Parameters of {@link getHostChainUnbondings}. */
export interface GetHostChainUnbondingsParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/** A host chain's epoch unbondings (every user's unstakes of an unbonding epoch together), with state and dates. */
export async function getHostChainUnbondings(
  client: Client,
  params: GetHostChainUnbondingsParams,
): Promise<HostChainUnbonding[]> {
  paramsArg(params, "getHostChainUnbondings");
  const chainId = chainIdArg(params.chainId);
  const response = await ibcQuery(client, Query.method.unbondings, { chainId }, queryOptions(params));
  return converted("/pstake.liquidstakeibc.v1beta1.Query/Unbondings", response.unbondings, () =>
    response.unbondings.map((u, i) => unbondingOf(u, `unbondings[${i}]`)),
  );
}
