import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, redelegationTxOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { RedelegationTx } from "../types.js";

/** Parameters of {@link getHostChainRedelegationTxs}. */
export interface GetHostChainRedelegationTxsParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/** The redelegation interchain transactions of a host chain and whether each was acknowledged (`RedelegationTx`). */
export async function getHostChainRedelegationTxs(
  client: Client,
  params: GetHostChainRedelegationTxsParams,
): Promise<RedelegationTx[]> {
  paramsArg(params, "getHostChainRedelegationTxs");
  const chainId = chainIdArg(params.chainId);
  const response = await ibcQuery(client, Query.method.redelegationTx, { chainId }, queryOptions(params), chainId);
  return converted("/pstake.liquidstakeibc.v1beta1.Query/RedelegationTx", response.redelegationTx, () =>
    response.redelegationTx.map(redelegationTxOf),
  );
}
