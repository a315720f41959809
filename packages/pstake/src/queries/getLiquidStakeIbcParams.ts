import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, liquidStakeIbcParamsOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import type { LiquidStakeIbcModuleParams } from "../types.js";

/** Parameters of {@link getLiquidStakeIbcParams}. */
export type GetLiquidStakeIbcParamsParams = PstakeQueryOptions;

/** x/liquidstakeibc's parameters: the admin and the fee address. */
export async function getLiquidStakeIbcParams(
  client: Client,
  params: GetLiquidStakeIbcParamsParams = {},
): Promise<LiquidStakeIbcModuleParams> {
  const response = await ibcQuery(client, Query.method.params, {}, queryOptions(params));
  return converted("/pstake.liquidstakeibc.v1beta1.Query/Params", response.params, () =>
    liquidStakeIbcParamsOf(response.params),
  );
}
