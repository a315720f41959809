import { type Client, queryAtHeight } from "@persistence-sdk/client";
import { liquidStakeMintRate, liquidStakeRedemptionRate } from "@persistence-sdk/core";
import { Query } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { converted, netAmountStateOf } from "../internal/convert.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import type { LiquidStakeRates } from "../types.js";

/** Parameters of {@link getLiquidStakeRates}. */
export type GetLiquidStakeRatesParams = PstakeQueryOptions;

/**
 * stkXPRT's exchange rate both ways, from the `States` query with core's math: `mintRate` (stkXPRT per XPRT,
 * `supply.QuoTruncate(netAmount)`, the chain's c-value) and `redemptionRate` (XPRT per stkXPRT, `netAmount.Quo(supply)`).
 * Both are 0 before anything is staked.
 *
 * @example
 * const { mintRate, redemptionRate } = await getLiquidStakeRates(client); // 0.98…, 1.02…
 */
export async function getLiquidStakeRates(
  client: Client,
  params: GetLiquidStakeRatesParams = {},
): Promise<LiquidStakeRates> {
  const { response, height } = await queryAtHeight(client, Query.method.states, {}, queryOptions(params));
  return converted("/pstake.liquidstake.v1beta1.Query/States", response.netAmountState, () => {
    const state = netAmountStateOf(response.netAmountState);
    const supply = { stkxprtTotalSupply: state.stkxprtTotalSupply, netAmount: state.netAmount };
    return Object.freeze({
      mintRate: liquidStakeMintRate(supply),
      redemptionRate: liquidStakeRedemptionRate(supply),
      height: height > 0n ? height : BigInt(params.height ?? 0),
    });
  });
}
