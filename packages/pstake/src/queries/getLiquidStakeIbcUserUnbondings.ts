import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, userUnbondingOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { accountArg, paramsArg } from "../internal/validate.js";
import type { UserUnbonding } from "../types.js";

/** Parameters of {@link getLiquidStakeIbcUserUnbondings}. */
export interface GetLiquidStakeIbcUserUnbondingsParams extends PstakeQueryOptions {
  /** The user's account address. */
  readonly delegator: string;
}

/**
 * A user's liquidstakeibc unbondings on every host chain (`UserUnbondings`, queried over ABCI: the REST path it shares
 * with HostChainUserUnbondings does not matter here). Each is paid, in the host token's voucher, by the first block
 * after its epoch's unbonding turns claimable ({@link getHostChainUnbonding}, `expectedClaimTime`).
 */
export async function getLiquidStakeIbcUserUnbondings(
  client: Client,
  params: GetLiquidStakeIbcUserUnbondingsParams,
): Promise<UserUnbonding[]> {
  paramsArg(params, "getLiquidStakeIbcUserUnbondings");
  const address = accountArg(client.chain, params.delegator, "delegator");
  const response = await ibcQuery(client, Query.method.userUnbondings, { address }, queryOptions(params));
  return converted("/pstake.liquidstakeibc.v1beta1.Query/UserUnbondings", response.userUnbondings, () =>
    response.userUnbondings.map((u, i) => userUnbondingOf(u, `userUnbondings[${i}]`)),
  );
}
