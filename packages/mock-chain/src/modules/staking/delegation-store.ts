// Delegations, unbonding delegations and redelegations with the secondary indexes the SDK keeps (by validator, by
// source and destination validator). Values are the protobuf records; iteration yields key suffixes for pagination.
import type { Delegation, Redelegation, UnbondingDelegation } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { KVStore } from "../../app/module.js";
import { StakingKeys } from "./keys.js";
import { hexOf } from "./validator-store.js";

function* withSuffix<T>(store: KVStore, prefix: string): IterableIterator<[string, T]> {
  for (const [key, value] of store.iterate<T>(prefix)) yield [key.slice(prefix.length), value];
}

/** Follows an index whose keys end in the primary record's address parts, yielding the primary records. */
function* followIndex<T>(
  store: KVStore,
  indexPrefix: string,
  primaryKey: (suffix: string) => string,
): IterableIterator<[string, T]> {
  for (const [suffix] of withSuffix<string>(store, indexPrefix)) {
    const value = store.get<T>(primaryKey(suffix));
    if (value !== undefined) yield [suffix, value];
  }
}

// Delegations.

export function getDelegation(store: KVStore, delegator: string, validator: string): Delegation | undefined {
  return store.get<Delegation>(StakingKeys.delegation(hexOf(delegator), hexOf(validator)));
}

export function setDelegation(store: KVStore, delegation: Delegation): void {
  const delHex = hexOf(delegation.delegatorAddress);
  const valHex = hexOf(delegation.validatorAddress);
  store.set(StakingKeys.delegation(delHex, valHex), delegation);
  store.set(StakingKeys.delegationByVal(valHex, delHex), "");
}

export function deleteDelegation(store: KVStore, delegation: Delegation): void {
  const delHex = hexOf(delegation.delegatorAddress);
  const valHex = hexOf(delegation.validatorAddress);
  store.delete(StakingKeys.delegation(delHex, valHex));
  store.delete(StakingKeys.delegationByVal(valHex, delHex));
}

export function delegationsOf(store: KVStore, delegator: string): IterableIterator<[string, Delegation]> {
  return withSuffix(store, StakingKeys.delegationsOf(hexOf(delegator)));
}

export function delegationsTo(store: KVStore, validator: string): IterableIterator<[string, Delegation]> {
  const valHex = hexOf(validator);
  return followIndex(store, StakingKeys.delegationsTo(valHex), (delHex) => StakingKeys.delegation(delHex, valHex));
}

export function allDelegations(store: KVStore): IterableIterator<[string, Delegation]> {
  return withSuffix(store, StakingKeys.delegationPrefix);
}

// Unbonding delegations.

export function getUnbonding(store: KVStore, delegator: string, validator: string): UnbondingDelegation | undefined {
  return store.get<UnbondingDelegation>(StakingKeys.unbonding(hexOf(delegator), hexOf(validator)));
}

export function setUnbonding(store: KVStore, ubd: UnbondingDelegation): void {
  const delHex = hexOf(ubd.delegatorAddress);
  const valHex = hexOf(ubd.validatorAddress);
  store.set(StakingKeys.unbonding(delHex, valHex), ubd);
  store.set(StakingKeys.unbondingByVal(valHex, delHex), "");
}

export function deleteUnbonding(store: KVStore, ubd: UnbondingDelegation): void {
  const delHex = hexOf(ubd.delegatorAddress);
  const valHex = hexOf(ubd.validatorAddress);
  store.delete(StakingKeys.unbonding(delHex, valHex));
  store.delete(StakingKeys.unbondingByVal(valHex, delHex));
}

export function unbondingsOf(store: KVStore, delegator: string): IterableIterator<[string, UnbondingDelegation]> {
  return withSuffix(store, StakingKeys.unbondingsOf(hexOf(delegator)));
}

export function unbondingsFrom(store: KVStore, validator: string): IterableIterator<[string, UnbondingDelegation]> {
  const valHex = hexOf(validator);
  return followIndex(store, StakingKeys.unbondingsFrom(valHex), (delHex) => StakingKeys.unbonding(delHex, valHex));
}

export function allUnbondings(store: KVStore): IterableIterator<[string, UnbondingDelegation]> {
  return withSuffix(store, StakingKeys.unbondingPrefix);
}

// Redelegations.

export function getRedelegation(
  store: KVStore,
  delegator: string,
  source: string,
  destination: string,
): Redelegation | undefined {
  return store.get<Redelegation>(StakingKeys.redelegation(hexOf(delegator), hexOf(source), hexOf(destination)));
}

export function setRedelegation(store: KVStore, red: Redelegation): void {
  const delHex = hexOf(red.delegatorAddress);
  const srcHex = hexOf(red.validatorSrcAddress);
  const dstHex = hexOf(red.validatorDstAddress);
  store.set(StakingKeys.redelegation(delHex, srcHex, dstHex), red);
  store.set(StakingKeys.redelegationBySrc(srcHex, delHex, dstHex), "");
  store.set(StakingKeys.redelegationByDst(dstHex, delHex, srcHex), "");
}

export function deleteRedelegation(store: KVStore, red: Redelegation): void {
  const delHex = hexOf(red.delegatorAddress);
  const srcHex = hexOf(red.validatorSrcAddress);
  const dstHex = hexOf(red.validatorDstAddress);
  store.delete(StakingKeys.redelegation(delHex, srcHex, dstHex));
  store.delete(StakingKeys.redelegationBySrc(srcHex, delHex, dstHex));
  store.delete(StakingKeys.redelegationByDst(dstHex, delHex, srcHex));
}

export function redelegationsOf(store: KVStore, delegator: string): IterableIterator<[string, Redelegation]> {
  return withSuffix(store, StakingKeys.redelegationsOf(hexOf(delegator)));
}

export function redelegationsFromSource(store: KVStore, source: string): IterableIterator<[string, Redelegation]> {
  const srcHex = hexOf(source);
  return followIndex(store, StakingKeys.redelegationsFromSrc(srcHex), (suffix) => {
    const [delHex = "", dstHex = ""] = suffix.split("/");
    return StakingKeys.redelegation(delHex, srcHex, dstHex);
  });
}

export function allRedelegations(store: KVStore): IterableIterator<[string, Redelegation]> {
  return withSuffix(store, StakingKeys.redelegationPrefix);
}

/** Whether `delegator` has a redelegation still maturing *into* `validator` (the transitive-redelegation rule). */
export function hasReceivingRedelegation(store: KVStore, delegator: string, validator: string): boolean {
  return !store.iterate(StakingKeys.redelegationsInto(hexOf(validator), hexOf(delegator))).next().done;
}
