import type { Client } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { converted, validatorUnbondingOf } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { ValidatorUnbonding } from "../types.js";

/** Parameters of {@link getHostChainValidatorUnbondings}. */
export interface GetHostChainValidatorUnbondingsParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/** Host validators being fully unbonded (removed from the set), with amounts and dates. */
export async function getHostChainValidatorUnbondings(
  client: Client,
  params: GetHostChainValidatorUnbondingsParams,
): Promise<ValidatorUnbonding[]> {
  paramsArg(params, "getHostChainValidatorUnbondings");
  const chainId = chainIdArg(params.chainId);
  const response = await ibcQuery(client, Query.method.validatorUnbondings, { chainId }, queryOptions(params));
  return converted("/pstake.liquidstakeibc.v1beta1.Query/ValidatorUnbondings", response.validatorUnbondings, () =>
    response.validatorUnbondings.map((u, i) => validatorUnbondingOf(u, `validatorUnbondings[${i}]`)),
  );
}
