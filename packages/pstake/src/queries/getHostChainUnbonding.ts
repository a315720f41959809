import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { isNotFound } from "../errors.js";
import { converted, unbondingOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, counterArg, paramsArg } from "../internal/validate.js";
import type { HostChainUnbonding } from "../types.js";

/** Parameters of {@link getHostChainUnbonding}. */
export interface GetHostChainUnbondingParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
  /** The unbonding epoch. */
  readonly epoch: bigint;
}

/**
 * The unbonding of one host chain for one unbonding epoch, or `undefined` when there is none (no unstake joined the
 * epoch yet, or it was fully claimed: the chain deletes it then).
 */
export async function getHostChainUnbonding(
  client: Client,
  params: GetHostChainUnbondingParams,
): Promise<HostChainUnbonding | undefined> {
  paramsArg(params, "getHostChainUnbonding");
  const chainId = chainIdArg(params.chainId);
  const epoch = counterArg(params.epoch, "epoch", "12n");
  const response = await ibcQuery(client, Query.method.unbonding, { chainId, epoch }, queryOptions(params)).catch(
    (error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    },
  );
  if (response?.unbonding === undefined) return undefined;
  const unbonding = response.unbonding;
  return converted("/pstake.liquidstakeibc.v1beta1.Query/Unbonding", unbonding, () =>
    unbondingOf(unbonding, "unbonding"),
  );
}
