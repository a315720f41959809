// Validator records and their indexes: by operator, by consensus address, the last committed powers and total power.

import { create } from "@bufbuild/protobuf";
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { PubKeySchema as Ed25519PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/ed25519";
import {
  type LastValidatorPower,
  LastValidatorPowerSchema,
  type Validator,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { KVStore } from "../../app/module.js";
import { bech32Hex } from "./addresses.js";
import { StakingKeys } from "./keys.js";

/** Hex of the bytes behind any bech32 address (no prefix check: callers validated it already). */
export function hexOf(bech32Address: string): string {
  return bech32Hex(bech32Address);
}

// Store values are immutable, so a validator's Any is the same object until the record is rewritten with a new key.
const pubKeyCache = new WeakMap<object, Uint8Array>();

/** The 32-byte ed25519 consensus key inside a validator's `consensus_pubkey` Any. */
export function consensusPubKey(validator: Validator): Uint8Array {
  const any = validator.consensusPubkey;
  const cached = any === undefined ? undefined : pubKeyCache.get(any);
  if (cached !== undefined) return cached;
  const key = any === undefined ? undefined : anyUnpack(any, Ed25519PubKeySchema);
  if (any === undefined || key === undefined) {
    throw new Error(`validator ${validator.operatorAddress} has no ed25519 consensus key`);
  }
  pubKeyCache.set(any, key.key);
  return key.key;
}

const consensusAddressCache = new WeakMap<Uint8Array, Uint8Array>();

/** CometBFT's address of an ed25519 key: the first 20 bytes of its SHA-256. Do not mutate the result (shared). */
export function consensusAddressOf(pubKey: Uint8Array): Uint8Array {
  let address = consensusAddressCache.get(pubKey);
  if (address === undefined) {
    address = sha256(pubKey).slice(0, 20);
    consensusAddressCache.set(pubKey, address);
  }
  return address;
}

export function getValidator(store: KVStore, operator: string): Validator | undefined {
  return store.get<Validator>(StakingKeys.validator(hexOf(operator)));
}

export function setValidator(store: KVStore, validator: Validator): void {
  store.set(StakingKeys.validator(hexOf(validator.operatorAddress)), validator);
}

export function setValidatorByConsensusAddress(store: KVStore, validator: Validator): void {
  const consHex = toHex(consensusAddressOf(consensusPubKey(validator)));
  store.set(StakingKeys.validatorByConsAddr(consHex), validator.operatorAddress);
}

/** The operator address of the validator with this consensus address. */
export function getValidatorByConsensusAddress(store: KVStore, consensusAddress: Uint8Array): Validator | undefined {
  const operator = store.get<string>(StakingKeys.validatorByConsAddr(toHex(consensusAddress)));
  return operator === undefined ? undefined : getValidator(store, operator);
}

/** Deletes the record and its consensus-address index (hooks are the caller's business). */
export function deleteValidator(store: KVStore, validator: Validator): void {
  store.delete(StakingKeys.validator(hexOf(validator.operatorAddress)));
  store.delete(StakingKeys.validatorByConsAddr(toHex(consensusAddressOf(consensusPubKey(validator)))));
}

/** Every validator, in operator-address byte order, with its key suffix for pagination. */
export function* iterateValidators(store: KVStore): IterableIterator<[string, Validator]> {
  const prefixLength = StakingKeys.validatorPrefix.length;
  for (const [key, validator] of store.iterate<Validator>(StakingKeys.validatorPrefix)) {
    yield [key.slice(prefixLength), validator];
  }
}

/** The power each validator had in the last committed validator set (`LastValidatorPower`), by operator. */
export function getLastValidatorPowers(store: KVStore): Map<string, bigint> {
  const powers = new Map<string, bigint>();
  for (const [, entry] of store.iterate<LastValidatorPower>(StakingKeys.lastPowerPrefix)) {
    powers.set(entry.address, entry.power);
  }
  return powers;
}

export function setLastValidatorPower(store: KVStore, operator: string, power: bigint): void {
  store.set(StakingKeys.lastPower(hexOf(operator)), create(LastValidatorPowerSchema, { address: operator, power }));
}

export function deleteLastValidatorPower(store: KVStore, operator: string): void {
  store.delete(StakingKeys.lastPower(hexOf(operator)));
}

/** Total consensus power of the last committed set. */
export function getLastTotalPower(store: KVStore): bigint {
  return BigInt(store.get<string>(StakingKeys.lastTotalPower) ?? "0");
}

export function setLastTotalPower(store: KVStore, power: bigint): void {
  store.set(StakingKeys.lastTotalPower, power.toString());
}
