// The three maturity queues of x/staking: unbonding delegations and redelegations keyed by completion time, unbonding
// validators keyed by (time, height). Each slot holds the list the SDK stores there (DVPairs, DVVTriplets,
// ValAddresses); dequeueing removes every slot at or before the given time, as DequeueAllMature* do.
import { create } from "@bufbuild/protobuf";
import {
  type DVPair,
  DVPairSchema,
  type DVPairs,
  DVPairsSchema,
  type DVVTriplet,
  DVVTripletSchema,
  type DVVTriplets,
  DVVTripletsSchema,
  type ValAddresses,
  ValAddressesSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { KVStore } from "../../app/module.js";
import { StakingKeys, sortableNumber } from "./keys.js";

/** Keys of the slots at or before `timeNs` under a queue prefix whose next key part is the sortable time. */
function matureSlots(store: KVStore, prefix: string, timeNs: bigint): string[] {
  const limit = sortableNumber(timeNs);
  const keys: string[] = [];
  for (const [key] of store.iterate(prefix)) {
    if (key.slice(prefix.length, prefix.length + limit.length) > limit) break;
    keys.push(key);
  }
  return keys;
}

export function enqueueUnbonding(store: KVStore, timeNs: bigint, delegator: string, validator: string): void {
  const key = StakingKeys.unbondingQueue(timeNs);
  const pairs = store.get<DVPairs>(key)?.pairs ?? [];
  const pair = create(DVPairSchema, { delegatorAddress: delegator, validatorAddress: validator });
  store.set(key, create(DVPairsSchema, { pairs: [...pairs, pair] }));
}

/** Removes and returns every (delegator, validator) pair whose unbonding completes at or before `timeNs`. */
export function dequeueMatureUnbondings(store: KVStore, timeNs: bigint): DVPair[] {
  const mature: DVPair[] = [];
  for (const key of matureSlots(store, StakingKeys.unbondingQueuePrefix, timeNs)) {
    mature.push(...(store.get<DVPairs>(key)?.pairs ?? []));
    store.delete(key);
  }
  return mature;
}

export function enqueueRedelegation(
  store: KVStore,
  timeNs: bigint,
  delegator: string,
  source: string,
  destination: string,
): void {
  const key = StakingKeys.redelegationQueue(timeNs);
  const triplets = store.get<DVVTriplets>(key)?.triplets ?? [];
  const triplet = create(DVVTripletSchema, {
    delegatorAddress: delegator,
    validatorSrcAddress: source,
    validatorDstAddress: destination,
  });
  store.set(key, create(DVVTripletsSchema, { triplets: [...triplets, triplet] }));
}

export function dequeueMatureRedelegations(store: KVStore, timeNs: bigint): DVVTriplet[] {
  const mature: DVVTriplet[] = [];
  for (const key of matureSlots(store, StakingKeys.redelegationQueuePrefix, timeNs)) {
    mature.push(...(store.get<DVVTriplets>(key)?.triplets ?? []));
    store.delete(key);
  }
  return mature;
}

export function enqueueUnbondingValidator(store: KVStore, timeNs: bigint, height: bigint, operator: string): void {
  const key = StakingKeys.validatorQueue(timeNs, height);
  const addresses = store.get<ValAddresses>(key)?.addresses ?? [];
  store.set(key, create(ValAddressesSchema, { addresses: [...addresses, operator] }));
}

/** Takes a validator out of its unbonding slot (it re-bonded before maturing). */
export function removeUnbondingValidator(store: KVStore, timeNs: bigint, height: bigint, operator: string): void {
  const key = StakingKeys.validatorQueue(timeNs, height);
  const addresses = store.get<ValAddresses>(key)?.addresses;
  if (addresses === undefined) return;
  const remaining = addresses.filter((address) => address !== operator);
  if (remaining.length === 0) store.delete(key);
  else store.set(key, create(ValAddressesSchema, { addresses: remaining }));
}

/**
 * Removes and returns the validators whose unbonding time *and* height have both passed (UnbondAllMatureValidators
 * checks the height too, because the key orders by time first).
 */
export function dequeueMatureValidators(store: KVStore, timeNs: bigint, height: bigint): string[] {
  const prefix = StakingKeys.validatorQueuePrefix;
  const mature: string[] = [];
  for (const key of matureSlots(store, prefix, timeNs)) {
    const slotHeight = BigInt(key.slice(key.lastIndexOf("/") + 1));
    if (slotHeight > height) continue;
    mature.push(...(store.get<ValAddresses>(key)?.addresses ?? []));
    store.delete(key);
  }
  return mature;
}
