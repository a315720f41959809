import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { converted, liquidStakeParamsOf } from "../internal/convert.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import type { LiquidStakeModuleParams } from "../types.js";

/** Parameters of {@link getLiquidStakeParams}. */
export type GetLiquidStakeParamsParams = PstakeQueryOptions;

/** x/liquidstake's parameters: denom, whitelist, fee rates (`Dec`), minimum (bigint), admin, pause. */
export async function getLiquidStakeParams(
  client: Client,
  params: GetLiquidStakeParamsParams = {},
): Promise<LiquidStakeModuleParams> {
  const response = await query(client, Query.method.params, {}, queryOptions(params));
  return converted("/pstake.liquidstake.v1beta1.Query/Params", response.params, () =>
    liquidStakeParamsOf(response.params),
  );
}
