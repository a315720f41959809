// Typed access to distribution's records: the F1 bookkeeping per validator (current and historical rewards,
// outstanding rewards, accumulated commission, slash events), per delegation (starting info), the fee pool and
// withdraw addresses. Amounts are read as `DecCoins` and written back in their protobuf form.
import { create } from "@bufbuild/protobuf";
import {
  type DelegatorStartingInfo,
  type FeePool,
  FeePoolSchema,
  type ValidatorAccumulatedCommission,
  ValidatorAccumulatedCommissionSchema,
  type ValidatorCurrentRewards,
  ValidatorCurrentRewardsSchema,
  type ValidatorHistoricalRewards,
  ValidatorHistoricalRewardsSchema,
  type ValidatorOutstandingRewards,
  ValidatorOutstandingRewardsSchema,
  type ValidatorSlashEvent,
} from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import type { KVStore } from "../../app/module.js";
import { hexOf } from "../staking/validator-store.js";
import { type DecCoins, decCoinsFromProto, decCoinsToProto } from "./dec-coins.js";
import { DistributionKeys } from "./keys.js";

// Fee pool (the community pool).

export function getCommunityPool(store: KVStore): DecCoins {
  return decCoinsFromProto(store.get<FeePool>(DistributionKeys.feePool)?.communityPool ?? []);
}

export function setCommunityPool(store: KVStore, coins: DecCoins): void {
  store.set(DistributionKeys.feePool, create(FeePoolSchema, { communityPool: decCoinsToProto(coins) }));
}

// Withdraw addresses: absent means the delegator itself.

export function getWithdrawAddress(store: KVStore, delegator: string): string {
  return store.get<string>(DistributionKeys.withdrawAddress(hexOf(delegator))) ?? delegator;
}

export function setWithdrawAddress(store: KVStore, delegator: string, withdrawAddress: string): void {
  store.set(DistributionKeys.withdrawAddress(hexOf(delegator)), withdrawAddress);
}

// Per-validator records.

export function getOutstandingRewards(store: KVStore, validator: string): DecCoins {
  const record = store.get<ValidatorOutstandingRewards>(DistributionKeys.outstanding(hexOf(validator)));
  return decCoinsFromProto(record?.rewards ?? []);
}

export function setOutstandingRewards(store: KVStore, validator: string, rewards: DecCoins): void {
  store.set(
    DistributionKeys.outstanding(hexOf(validator)),
    create(ValidatorOutstandingRewardsSchema, { rewards: decCoinsToProto(rewards) }),
  );
}

export function getAccumulatedCommission(store: KVStore, validator: string): DecCoins {
  const record = store.get<ValidatorAccumulatedCommission>(DistributionKeys.commission(hexOf(validator)));
  return decCoinsFromProto(record?.commission ?? []);
}

export function setAccumulatedCommission(store: KVStore, validator: string, commission: DecCoins): void {
  store.set(
    DistributionKeys.commission(hexOf(validator)),
    create(ValidatorAccumulatedCommissionSchema, { commission: decCoinsToProto(commission) }),
  );
}

/** The rewards of the running period and its number. */
export function getCurrentRewards(store: KVStore, validator: string): { rewards: DecCoins; period: bigint } {
  const record = store.get<ValidatorCurrentRewards>(DistributionKeys.currentRewards(hexOf(validator)));
  return { rewards: decCoinsFromProto(record?.rewards ?? []), period: record?.period ?? 0n };
}

export function setCurrentRewards(store: KVStore, validator: string, rewards: DecCoins, period: bigint): void {
  store.set(
    DistributionKeys.currentRewards(hexOf(validator)),
    create(ValidatorCurrentRewardsSchema, { rewards: decCoinsToProto(rewards), period }),
  );
}

/** The cumulative reward ratio at the end of `period` and how many records still point at it. */
export function getHistoricalRewards(
  store: KVStore,
  validator: string,
  period: bigint,
): { ratio: DecCoins; referenceCount: number } | undefined {
  const record = store.get<ValidatorHistoricalRewards>(DistributionKeys.historicalRewards(hexOf(validator), period));
  return record === undefined
    ? undefined
    : { ratio: decCoinsFromProto(record.cumulativeRewardRatio), referenceCount: record.referenceCount };
}

export function setHistoricalRewards(
  store: KVStore,
  validator: string,
  period: bigint,
  ratio: DecCoins,
  referenceCount: number,
): void {
  store.set(
    DistributionKeys.historicalRewards(hexOf(validator), period),
    create(ValidatorHistoricalRewardsSchema, { cumulativeRewardRatio: decCoinsToProto(ratio), referenceCount }),
  );
}

export function deleteHistoricalRewards(store: KVStore, validator: string, period: bigint): void {
  store.delete(DistributionKeys.historicalRewards(hexOf(validator), period));
}

// Per-delegation starting info.

export function getStartingInfo(
  store: KVStore,
  validator: string,
  delegator: string,
): DelegatorStartingInfo | undefined {
  return store.get<DelegatorStartingInfo>(DistributionKeys.startingInfo(hexOf(validator), hexOf(delegator)));
}

export function setStartingInfo(
  store: KVStore,
  validator: string,
  delegator: string,
  info: DelegatorStartingInfo,
): void {
  store.set(DistributionKeys.startingInfo(hexOf(validator), hexOf(delegator)), info);
}

export function deleteStartingInfo(store: KVStore, validator: string, delegator: string): void {
  store.delete(DistributionKeys.startingInfo(hexOf(validator), hexOf(delegator)));
}

// Slash events, by height then period.

export function setSlashEvent(store: KVStore, validator: string, height: bigint, event: ValidatorSlashEvent): void {
  store.set(DistributionKeys.slashEvent(hexOf(validator), height, event.validatorPeriod), event);
}

/** Slash events with `startHeight ≤ height ≤ endHeight`, by height then period (IterateValidatorSlashEventsBetween). */
export function slashEventsBetween(
  store: KVStore,
  validator: string,
  startHeight: bigint,
  endHeight: bigint,
): { height: bigint; event: ValidatorSlashEvent }[] {
  const prefix = DistributionKeys.slashEventsOf(hexOf(validator));
  const events: { height: bigint; event: ValidatorSlashEvent }[] = [];
  for (const [key, event] of store.iterate<ValidatorSlashEvent>(prefix)) {
    const height = BigInt(key.slice(prefix.length, prefix.length + 20));
    if (height < startHeight) continue;
    if (height > endHeight) break;
    events.push({ height, event });
  }
  return events;
}

/** Every slash event of a validator with its key suffix (for the ValidatorSlashes query and cleanup). */
export function* slashEventsOf(store: KVStore, validator: string): IterableIterator<[string, ValidatorSlashEvent]> {
  const prefix = DistributionKeys.slashEventsOf(hexOf(validator));
  for (const [key, event] of store.iterate<ValidatorSlashEvent>(prefix)) yield [key.slice(prefix.length), event];
}

/** Removes every record of a validator (AfterValidatorRemoved). */
export function deleteValidatorRecords(store: KVStore, validator: string): void {
  const valHex = hexOf(validator);
  store.delete(DistributionKeys.outstanding(valHex));
  store.delete(DistributionKeys.commission(valHex));
  store.delete(DistributionKeys.currentRewards(valHex));
  for (const prefix of [DistributionKeys.historicalRewardsOf(valHex), DistributionKeys.slashEventsOf(valHex)]) {
    for (const key of Array.from(store.iterate(prefix), ([k]) => k)) store.delete(key);
  }
}
