import type { Client } from "@persistence-sdk/client";
import { Dec, liquidStakeIbcRedemptionRate } from "@persistence-sdk/core";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, decOf } from "../internal/convert.js";
import { ibcQueryAtHeight } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { HostChainExchangeRate } from "../types.js";

/** Parameters of {@link getHostChainExchangeRate}. */
export interface GetHostChainExchangeRateParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/**
 * A stkASSET's exchange rate both ways (the `ExchangeRate` query): `cValue`, stkASSET per host token (what a liquid
 * stake multiplies by), and `redemptionRate`, host token per stkASSET (`1.Quo(cValue)`, what an unstake multiplies by).
 */
export async function getHostChainExchangeRate(
  client: Client,
  params: GetHostChainExchangeRateParams,
): Promise<HostChainExchangeRate> {
  paramsArg(params, "getHostChainExchangeRate");
  const chainId = chainIdArg(params.chainId);
  const { response, height } = await ibcQueryAtHeight(
    client,
    Query.method.exchangeRate,
    { chainId },
    queryOptions(params),
    chainId,
  );
  return converted("/pstake.liquidstakeibc.v1beta1.Query/ExchangeRate", response.rate, () => {
    const cValue = decOf(response.rate, "rate");
    return Object.freeze({
      chainId,
      cValue,
      redemptionRate: cValue.isPositive() ? liquidStakeIbcRedemptionRate(cValue) : Dec.ZERO,
      height: height > 0n ? height : BigInt(params.height ?? 0),
    });
  });
}
