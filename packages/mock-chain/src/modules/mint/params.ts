import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import { type Minter, MinterSchema, type Params, ParamsSchema } from "@persistence-sdk/proto/cosmos/mint/v1beta1";
import type { KVStore } from "../../app/module.js";

const PARAMS_KEY = "mint/params";
const MINTER_KEY = "mint/minter";

/** 5-second blocks: 365.25 days × 24 h × 720 blocks an hour (the SDK's default blocks_per_year). */
export const DEFAULT_BLOCKS_PER_YEAR = 6_311_520n;

/**
 * The devnet's mint params: a constant 5% yearly inflation of uxprt (min = max = 0.05, so the SDK's bonded-ratio
 * adjustment never moves it), the SDK's 0.67 bonded goal and blocks_per_year. Per-block provisions are
 * annual provisions / blocks_per_year, independent of the virtual block time, exactly as x/mint computes them; set
 * inflation_min/max/rate_change in genesis for the SDK's dynamic inflation.
 */
export function defaultMintParams(): Params {
  return create(ParamsSchema, {
    mintDenom: "uxprt",
    inflationRateChange: Dec.ZERO.toProto(),
    inflationMax: Dec.fromString("0.05").toProto(),
    inflationMin: Dec.fromString("0.05").toProto(),
    goalBonded: Dec.fromString("0.67").toProto(),
    blocksPerYear: DEFAULT_BLOCKS_PER_YEAR,
  });
}

/** Starts at the inflation floor with no provisions yet (the first begin block computes them). */
export function defaultMinter(): Minter {
  return create(MinterSchema, { inflation: Dec.fromString("0.05").toProto(), annualProvisions: Dec.ZERO.toProto() });
}

export function getMintParams(store: KVStore): Params {
  return store.get<Params>(PARAMS_KEY) ?? defaultMintParams();
}

export function setMintParams(store: KVStore, params: Params): void {
  store.set(PARAMS_KEY, params);
}

export function getMinter(store: KVStore): Minter {
  return store.get<Minter>(MINTER_KEY) ?? defaultMinter();
}

export function setMinter(store: KVStore, minter: Minter): void {
  store.set(MINTER_KEY, minter);
}
