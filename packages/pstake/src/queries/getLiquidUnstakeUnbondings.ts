import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { converted, unbondingEntryOf } from "../internal/convert.js";
import { listOptions, type PstakeListOptions } from "../internal/options.js";
import { accountArg, paramsArg } from "../internal/validate.js";
import type { LiquidUnstakeUnbonding } from "../types.js";

/** Parameters of {@link getLiquidUnstakeUnbondings}. */
export interface GetLiquidUnstakeUnbondingsParams extends PstakeListOptions {
  /** The user's account address. */
  readonly delegator: string;
}

/**
 * The user's pending unbondings after liquid unstakes: x/liquidstake hands each unstake to the user as their own
 * delegation and undelegates it, so they are the user's x/staking unbonding delegations (cosmos.staking
 * `DelegatorUnbondingDelegations`, every page), one entry per (validator, unbonding), sorted by completion time. The
 * chain does not mark which came from a liquid unstake: a plain undelegation of the user shows here too.
 */
export async function getLiquidUnstakeUnbondings(
  client: Client,
  params: GetLiquidUnstakeUnbondingsParams,
): Promise<LiquidUnstakeUnbonding[]> {
  paramsArg(params, "getLiquidUnstakeUnbondings");
  const delegatorAddr = accountArg(client.chain, params.delegator, "delegator");
  const unbondings = await paginateAll(
    client,
    StakingQuery.method.delegatorUnbondingDelegations,
    { delegatorAddr },
    (r) => r.unbondingResponses,
    listOptions(params),
  );
  return converted("/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations", unbondings, () =>
    unbondings
      .flatMap((ubd, i) =>
        ubd.entries.map((entry, j) =>
          unbondingEntryOf(ubd.validatorAddress, entry, `unbondingResponses[${i}].entries[${j}]`),
        ),
      )
      .sort((a, b) =>
        a.completionTime.seconds !== b.completionTime.seconds
          ? a.completionTime.seconds < b.completionTime.seconds
            ? -1
            : 1
          : a.completionTime.nanos - b.completionTime.nanos,
      ),
  );
}
