// Reads and writes of the alliance module's records. Values are the module's protobuf messages (plain data), so the
// state saves, hashes and exports like every other module's.
import { create } from "@bufbuild/protobuf";
import type { AllianceMathVersion } from "@persistence-sdk/core";
import {
  type AllianceAsset,
  type AllianceValidatorInfo,
  AllianceValidatorInfoSchema,
  type Delegation,
  type Params,
  ParamsSchema,
  type QueuedRedelegation,
  type QueuedUndelegation,
  type RedelegationEntry,
  type RewardWeightChangeSnapshotState,
  type ValidatorInfoState,
  ValidatorInfoStateSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import type { KVStore } from "../../app/module.js";
import { AllianceKeys, completionOfQueueSuffix } from "./keys.js";

/** x/alliance DefaultParams (v0.3.6 types/params.go): 7-day reward delay, 5-minute take-rate interval, zero time. */
export function defaultAllianceParams(): Params {
  return create(ParamsSchema, {
    rewardDelayTime: { seconds: 7n * 24n * 3600n, nanos: 0 },
    takeRateClaimInterval: { seconds: 300n, nanos: 0 },
    lastTakeRateClaimTime: { seconds: -62_135_596_800n, nanos: 0 },
  });
}

export function getParams(store: KVStore): Params {
  return store.get<Params>(AllianceKeys.params) ?? defaultAllianceParams();
}

export function setParams(store: KVStore, params: Params): void {
  store.set(AllianceKeys.params, params);
}

export function getMathVersion(store: KVStore): AllianceMathVersion | undefined {
  return store.get<AllianceMathVersion>(AllianceKeys.mathVersion);
}

export function setMathVersion(store: KVStore, version: AllianceMathVersion): void {
  store.set(AllianceKeys.mathVersion, version);
}

export function queueRebalance(store: KVStore): void {
  store.set(AllianceKeys.rebalance, true);
}

/** ConsumeAssetRebalanceEvent: whether a rebalance was queued, clearing the flag. */
export function consumeRebalance(store: KVStore): boolean {
  if (!store.has(AllianceKeys.rebalance)) return false;
  store.delete(AllianceKeys.rebalance);
  return true;
}

// Assets

export function getAsset(store: KVStore, denom: string): AllianceAsset | undefined {
  return store.get<AllianceAsset>(AllianceKeys.asset(denom));
}

export function setAsset(store: KVStore, asset: AllianceAsset): void {
  store.set(AllianceKeys.asset(asset.denom), asset);
}

export function deleteAsset(store: KVStore, denom: string): void {
  store.delete(AllianceKeys.asset(denom));
}

/** GetAllAssets, in store order. */
export function allAssets(store: KVStore): AllianceAsset[] {
  return Array.from(store.iterate<AllianceAsset>(AllianceKeys.assetPrefix), ([, asset]) => asset);
}

// Validator infos (stored with their operator address, as the genesis ValidatorInfoState)

export function getValidatorInfo(store: KVStore, operator: string): AllianceValidatorInfo | undefined {
  return store.get<ValidatorInfoState>(AllianceKeys.validator(operator))?.validator;
}

export function setValidatorInfo(store: KVStore, operator: string, info: AllianceValidatorInfo): void {
  store.set(
    AllianceKeys.validator(operator),
    create(ValidatorInfoStateSchema, { validatorAddress: operator, validator: info }),
  );
}

export function deleteValidatorInfo(store: KVStore, operator: string): void {
  store.delete(AllianceKeys.validator(operator));
}

export function emptyValidatorInfo(): AllianceValidatorInfo {
  return create(AllianceValidatorInfoSchema);
}

/** IterateAllianceValidatorInfo: operator addresses with their info, in address-byte order. */
export function allValidatorInfos(store: KVStore): ValidatorInfoState[] {
  return Array.from(store.iterate<ValidatorInfoState>(AllianceKeys.validatorPrefix), ([, state]) => state);
}

// Delegations

export function getDelegation(
  store: KVStore,
  delegator: string,
  operator: string,
  denom: string,
): Delegation | undefined {
  return store.get<Delegation>(AllianceKeys.delegation(delegator, operator, denom));
}

export function setDelegation(store: KVStore, delegation: Delegation): void {
  store.set(
    AllianceKeys.delegation(delegation.delegatorAddress, delegation.validatorAddress, delegation.denom),
    delegation,
  );
}

export function deleteDelegation(store: KVStore, delegator: string, operator: string, denom: string): void {
  store.delete(AllianceKeys.delegation(delegator, operator, denom));
}

export function allDelegations(store: KVStore): Delegation[] {
  return Array.from(store.iterate<Delegation>(AllianceKeys.delegationPrefix), ([, delegation]) => delegation);
}

// Redelegations

export function getRedelegation(store: KVStore, key: string): RedelegationEntry | undefined {
  return store.get<RedelegationEntry>(key);
}

/** The delegator's redelegation records (all denoms), as core's transitive-redelegation check takes them. */
export function redelegationsOf(store: KVStore, delegator: string): RedelegationEntry[] {
  return Array.from(store.iterate<RedelegationEntry>(AllianceKeys.redelegationsOf(delegator)), ([, entry]) => entry);
}

/** The queued redelegations completing before `nowNs` (strictly), with their keys. */
export function* maturedRedelegationQueue(
  store: KVStore,
  nowNs: bigint,
): IterableIterator<[string, bigint, QueuedRedelegation]> {
  for (const [key, queued] of Array.from(store.iterate<QueuedRedelegation>(AllianceKeys.redelegationQueuePrefix))) {
    const completion = completionOfQueueSuffix(key.slice(AllianceKeys.redelegationQueuePrefix.length));
    if (completion >= nowNs) break;
    yield [key, completion, queued];
  }
}

/** The queued undelegations completing before `nowNs` (strictly: Go's iterator ends at the key of `nowNs`). */
export function* maturedUndelegationQueue(
  store: KVStore,
  nowNs: bigint,
): IterableIterator<[string, bigint, QueuedUndelegation]> {
  for (const [key, queued] of Array.from(store.iterate<QueuedUndelegation>(AllianceKeys.undelegationQueuePrefix))) {
    const completion = completionOfQueueSuffix(key.slice(AllianceKeys.undelegationQueuePrefix.length));
    if (completion >= nowNs) break;
    yield [key, completion, queued];
  }
}

/** What the unbonding index by validator holds for one (validator, completion, denom, delegator). */
export interface UndelegationIndexEntry {
  readonly validator: string;
  readonly completionNs: bigint;
  readonly denom: string;
  readonly delegator: string;
}

export function undelegationIndexEntries(store: KVStore, prefix: string): UndelegationIndexEntry[] {
  return Array.from(store.iterate<UndelegationIndexEntry>(prefix), ([, entry]) => entry);
}

/** What the redelegation index by source holds: the record's key and its completion time. */
export interface RedelegationIndexEntry {
  readonly recordKey: string;
  readonly completionNs: bigint;
}

// Reward-weight change snapshots

export function setSnapshot(store: KVStore, state: RewardWeightChangeSnapshotState): void {
  store.set(AllianceKeys.snapshot(state.denom, state.validator, state.height), state);
}

/** IterateWeightChangeSnapshot: the snapshots of (denom, validator) at heights ≥ `fromHeight`, in height order. */
export function snapshotsFrom(
  store: KVStore,
  denom: string,
  operator: string,
  fromHeight: bigint,
): RewardWeightChangeSnapshotState[] {
  return Array.from(
    store.iterate<RewardWeightChangeSnapshotState>(AllianceKeys.snapshotsOf(denom, operator)),
    ([, state]) => state,
  ).filter((state) => state.height >= fromHeight);
}

export function allSnapshots(store: KVStore): RewardWeightChangeSnapshotState[] {
  return Array.from(store.iterate<RewardWeightChangeSnapshotState>(AllianceKeys.snapshotPrefix), ([, state]) => state);
}
