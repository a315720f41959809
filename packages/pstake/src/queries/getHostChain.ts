import type { Client } from "@persistence-sdk/client";
import { hostChainById } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { HostChain } from "../types.js";

/** Parameters of {@link getHostChain}. */
export interface GetHostChainParams extends PstakeQueryOptions {
  /** The host chain id, "cosmoshub-4". */
  readonly chainId: string;
}

/** One host chain; `UnknownHostChainError` (listing the registered ones) when none has this id. */
export async function getHostChain(client: Client, params: GetHostChainParams): Promise<HostChain> {
  paramsArg(params, "getHostChain");
  return hostChainById(client, chainIdArg(params.chainId), queryOptions(params));
}
