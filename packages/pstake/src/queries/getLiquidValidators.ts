import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { converted, liquidValidatorOf } from "../internal/convert.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import type { LiquidValidator } from "../types.js";

/** Parameters of {@link getLiquidValidators}. */
export type GetLiquidValidatorsParams = PstakeQueryOptions;

/** Every liquid validator with its weight, status, and the proxy account's shares and tokens with it (store order). */
export async function getLiquidValidators(
  client: Client,
  params: GetLiquidValidatorsParams = {},
): Promise<LiquidValidator[]> {
  const response = await query(client, Query.method.liquidValidators, {}, queryOptions(params));
  return converted("/pstake.liquidstake.v1beta1.Query/LiquidValidators", response.liquidValidators, () =>
    response.liquidValidators.map(liquidValidatorOf),
  );
}
