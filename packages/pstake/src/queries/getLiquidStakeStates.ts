import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { converted, netAmountStateOf } from "../internal/convert.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import type { NetAmountState } from "../types.js";

/** Parameters of {@link getLiquidStakeStates}. */
export type GetLiquidStakeStatesParams = PstakeQueryOptions;

/**
 * x/liquidstake's NetAmountState: the stkXPRT supply, the XPRT behind it (`netAmount`, a `Dec`), the mint rate and
 * the proxy account's delegations, unbondings, balance and pending rewards. Every stkXPRT preview computes from it.
 */
export async function getLiquidStakeStates(
  client: Client,
  params: GetLiquidStakeStatesParams = {},
): Promise<NetAmountState> {
  const response = await query(client, Query.method.states, {}, queryOptions(params));
  return converted("/pstake.liquidstake.v1beta1.Query/States", response.netAmountState, () =>
    netAmountStateOf(response.netAmountState),
  );
}
