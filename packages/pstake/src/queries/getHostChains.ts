import type { Client } from "@persistence-sdk/client";
import { allHostChains } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import type { HostChain } from "../types.js";

/** Parameters of {@link getHostChains}. */
export type GetHostChainsParams = PstakeQueryOptions;

/**
 * Every registered host chain (cosmoshub-4 for stkATOM...), with its IBC voucher (`ibcDenom`, what liquidStakeIbc
 * takes), its stkASSET (`mintDenom`), c-value and redemption rate, fees, validators, and whether it is active.
 */
export async function getHostChains(client: Client, params: GetHostChainsParams = {}): Promise<HostChain[]> {
  return allHostChains(client, queryOptions(params));
}
