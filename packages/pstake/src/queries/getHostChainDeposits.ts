import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, depositOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { HostChainDeposit } from "../types.js";

/** Parameters of {@link getHostChainDeposits}. */
export interface GetHostChainDepositsParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/**
 * A host chain's deposit records: per `day` epoch, the vouchers liquid staked and where they are (pending on
 * Persistence, sent, received on the host, delegating). The pending ones pay instant redeems; the newest epoch's is
 * the current `day` epoch.
 */
export async function getHostChainDeposits(
  client: Client,
  params: GetHostChainDepositsParams,
): Promise<HostChainDeposit[]> {
  paramsArg(params, "getHostChainDeposits");
  const chainId = chainIdArg(params.chainId);
  const response = await ibcQuery(client, Query.method.deposits, { chainId }, queryOptions(params), chainId);
  return converted("/pstake.liquidstakeibc.v1beta1.Query/Deposits", response.deposits, () =>
    response.deposits.map(depositOf),
  );
}
