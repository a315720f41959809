import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, lsmDepositOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { LsmDeposit } from "../types.js";

/** Parameters of {@link getHostChainLsmDeposits}. */
export interface GetHostChainLsmDepositsParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/** A host chain's LSM deposits still in flight (deposited with liquidStakeLsm, not yet redeemed on the host). */
export async function getHostChainLsmDeposits(
  client: Client,
  params: GetHostChainLsmDepositsParams,
): Promise<LsmDeposit[]> {
  paramsArg(params, "getHostChainLsmDeposits");
  const chainId = chainIdArg(params.chainId);
  const response = await ibcQuery(client, Query.method.lSMDeposits, { chainId }, queryOptions(params), chainId);
  return converted("/pstake.liquidstakeibc.v1beta1.Query/LSMDeposits", response.deposits, () =>
    response.deposits.map(lsmDepositOf),
  );
}
