import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, redelegationOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { HostRedelegation } from "../types.js";

/** Parameters of {@link getHostChainRedelegations}. */
export interface GetHostChainRedelegationsParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/** The redelegations pSTAKE's delegation account has in flight on the host (empty when none). */
export async function getHostChainRedelegations(
  client: Client,
  params: GetHostChainRedelegationsParams,
): Promise<HostRedelegation[]> {
  paramsArg(params, "getHostChainRedelegations");
  const chainId = chainIdArg(params.chainId);
  const response = await ibcQuery(client, Query.method.redelegations, { chainId }, queryOptions(params), chainId);
  const list = response.redelegations?.redelegations ?? [];
  return converted("/pstake.liquidstakeibc.v1beta1.Query/Redelegations", list, () =>
    list.map((r, i) => redelegationOf(r, `redelegations[${i}]`)),
  );
}
