// HistoricalInfo (x/staking/keeper/historical_info.go TrackHistoricalInfo): each begin block stores the header and
// the bonded set, keeping the last `historical_entries` heights. The mock's context carries no full header, so the
// stored header holds the chain id, height and time — what IBC light clients of this chain would read first.
import { create } from "@bufbuild/protobuf";
import {
  type HistoricalInfo,
  HistoricalInfoSchema,
  type Validator,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { HeaderSchema } from "@persistence-sdk/proto/tendermint/types";
import type { Context, KVStore } from "../../app/module.js";
import { StakingKeys } from "./keys.js";
import { getStakingParams } from "./params.js";
import { consensusPower } from "./shares.js";
import { compareBytes, timestampFromNs } from "./validator-set.js";
import { consensusAddressOf, consensusPubKey, getLastValidatorPowers, getValidator } from "./validator-store.js";

/** The last committed bonded set, sorted as `NewHistoricalInfo` sorts it: power descending, then consensus address. */
export function lastValidatorSetByPower(store: KVStore): Validator[] {
  const entries: { validator: Validator; power: bigint; consensusAddress: Uint8Array }[] = [];
  for (const operator of getLastValidatorPowers(store).keys()) {
    const validator = getValidator(store, operator);
    if (validator === undefined) continue;
    const consensusAddress = consensusAddressOf(consensusPubKey(validator));
    entries.push({ validator, power: consensusPower(validator), consensusAddress });
  }
  entries.sort((a, b) =>
    a.power !== b.power ? (a.power > b.power ? -1 : 1) : compareBytes(a.consensusAddress, b.consensusAddress),
  );
  return entries.map((entry) => entry.validator);
}

/** Prunes entries older than `historical_entries` and records this height's. */
export function trackHistoricalInfo(ctx: Context): void {
  const entries = BigInt(getStakingParams(ctx.store).historicalEntries);
  for (let height = ctx.height - entries; height >= 0n; height--) {
    const key = StakingKeys.historicalInfo(height);
    if (!ctx.store.has(key)) break;
    ctx.store.delete(key);
  }
  if (entries === 0n) return;
  const header = create(HeaderSchema, { chainId: ctx.chainId, height: ctx.height, time: timestampFromNs(ctx.time.ns) });
  ctx.store.set(
    StakingKeys.historicalInfo(ctx.height),
    create(HistoricalInfoSchema, { header, valset: lastValidatorSetByPower(ctx.store) }),
  );
}

export function getHistoricalInfo(store: KVStore, height: bigint): HistoricalInfo | undefined {
  return store.get<HistoricalInfo>(StakingKeys.historicalInfo(height));
}
