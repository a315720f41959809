import { create } from "@bufbuild/protobuf";
import { DurationSchema } from "@bufbuild/protobuf/wkt";
import { Dec } from "@persistence-sdk/core";
import { type Params, ParamsSchema } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { KVStore } from "../../app/module.js";
import { StakingKeys } from "./keys.js";

/** 21 days, Persistence core-1's unbonding time (chain-registry `lock_duration` "1814400s"). */
export const DEFAULT_UNBONDING_SECONDS = 1_814_400n;

/**
 * The devnet's staking params: bond denom uxprt, 21-day unbonding, 100 validators, 7 entries (the SDK defaults), and
 * 100 historical entries — the SDK keeps 10000, which only costs memory here since nothing verifies IBC headers.
 */
export function defaultStakingParams(): Params {
  return create(ParamsSchema, {
    unbondingTime: create(DurationSchema, { seconds: DEFAULT_UNBONDING_SECONDS, nanos: 0 }),
    maxValidators: 100,
    maxEntries: 7,
    historicalEntries: 100,
    bondDenom: "uxprt",
    minCommissionRate: Dec.ZERO.toProto(),
  });
}

/** The stored params; genesis always writes them. */
export function getStakingParams(store: KVStore): Params {
  const params = store.get<Params>(StakingKeys.params);
  if (params === undefined) throw new Error("staking params are not initialised (initGenesis has not run)");
  return params;
}

export function setStakingParams(store: KVStore, params: Params): void {
  store.set(StakingKeys.params, params);
}

/** The unbonding time in nanoseconds. */
export function unbondingTimeNs(params: Params): bigint {
  const duration = params.unbondingTime;
  return duration === undefined ? 0n : duration.seconds * 1_000_000_000n + BigInt(duration.nanos);
}
