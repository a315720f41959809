// The bonded set and validator status transitions (x/staking/keeper/val_state_change.go): each end block the top
// `max_validators` non-jailed validators by power become or stay BONDED, the rest of the last set begin UNBONDING,
// tokens move between the pools to match, and validators whose unbonding matured become UNBONDED (and are removed
// when no shares remain).
import { create } from "@bufbuild/protobuf";
import { TimestampSchema } from "@bufbuild/protobuf/wkt";
import { BondStatus, type Validator } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { ChainError, type Context } from "../../app/module.js";
import { bech32Bytes } from "./addresses.js";
import { StakingErrors } from "./errors.js";
import type { StakingDeps } from "./expected-keepers.js";
import { getStakingParams, unbondingTimeNs } from "./params.js";
import { bondedTokensToNotBonded, notBondedTokensToBonded } from "./pools.js";
import { dequeueMatureValidators, enqueueUnbondingValidator, removeUnbondingValidator } from "./queue-store.js";
import { consensusPower, potentialConsensusPower, validatorShares, validatorTokens } from "./shares.js";
import {
  consensusAddressOf,
  consensusPubKey,
  deleteLastValidatorPower,
  deleteValidator,
  getLastValidatorPowers,
  getValidator,
  iterateValidators,
  setLastTotalPower,
  setLastValidatorPower,
  setValidator,
} from "./validator-store.js";

/** A Timestamp for a virtual time in nanoseconds. */
export function timestampFromNs(ns: bigint) {
  return create(TimestampSchema, { seconds: ns / 1_000_000_000n, nanos: Number(ns % 1_000_000_000n) });
}

/** Nanoseconds of a Timestamp (absent = the Unix epoch, as Go's zero `time.Unix(0, 0)`). */
export function nsFromTimestamp(timestamp: { seconds: bigint; nanos: number } | undefined): bigint {
  return timestamp === undefined ? 0n : timestamp.seconds * 1_000_000_000n + BigInt(timestamp.nanos);
}

/** Byte-wise order, as Go's bytes.Compare. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return a[i]! - b[i]!;
  }
  return a.length - b.length;
}

/**
 * The power index as `ValidatorsPowerStoreIterator` walks it: non-jailed validators, highest potential power first,
 * ties broken by ascending operator address bytes.
 */
export function validatorsByPower(ctx: Context): Validator[] {
  const candidates: { validator: Validator; power: bigint; operator: Uint8Array }[] = [];
  for (const [, validator] of iterateValidators(ctx.store)) {
    if (validator.jailed) continue;
    candidates.push({
      validator,
      power: potentialConsensusPower(validator),
      operator: bech32Bytes(validator.operatorAddress),
    });
  }
  candidates.sort((a, b) => (a.power === b.power ? compareBytes(a.operator, b.operator) : a.power > b.power ? -1 : 1));
  return candidates.map((candidate) => candidate.validator);
}

function bondValidator(deps: StakingDeps, ctx: Context, validator: Validator): Validator {
  if (validator.status === BondStatus.UNBONDING) {
    removeUnbondingValidator(
      ctx.store,
      nsFromTimestamp(validator.unbondingTime),
      validator.unbondingHeight,
      validator.operatorAddress,
    );
  }
  const bonded = { ...validator, status: BondStatus.BONDED };
  setValidator(ctx.store, bonded);
  deps.hooks.afterValidatorBonded(ctx, consensusAddressOf(consensusPubKey(bonded)), bonded.operatorAddress);
  return bonded;
}

/** `BeginUnbondingValidator`: UNBONDING until now + unbonding_time, queued for maturity. */
export function beginUnbondingValidator(deps: StakingDeps, ctx: Context, validator: Validator): Validator {
  if (validator.status !== BondStatus.BONDED) {
    throw new Error(`should not already be unbonded or unbonding, validator: ${validator.operatorAddress}`);
  }
  const completionNs = ctx.time.ns + unbondingTimeNs(getStakingParams(ctx.store));
  const unbonding: Validator = {
    ...validator,
    status: BondStatus.UNBONDING,
    unbondingTime: timestampFromNs(completionNs),
    unbondingHeight: ctx.height,
  };
  setValidator(ctx.store, unbonding);
  enqueueUnbondingValidator(ctx.store, completionNs, ctx.height, unbonding.operatorAddress);
  deps.hooks.afterValidatorBeginUnbonding(
    ctx,
    consensusAddressOf(consensusPubKey(unbonding)),
    unbonding.operatorAddress,
  );
  return unbonding;
}

/**
 * `ApplyAndReturnValidatorSetUpdates`. Returns the CometBFT updates (consensus key, new power; 0 = removed) so the
 * chain can tell which validators changed.
 */
export function applyValidatorSetUpdates(
  deps: StakingDeps,
  ctx: Context,
): { readonly pubKey: Uint8Array; readonly power: bigint }[] {
  const params = getStakingParams(ctx.store);
  const last = getLastValidatorPowers(ctx.store);
  const updates: { pubKey: Uint8Array; power: bigint }[] = [];
  let totalPower = 0n;
  let notBondedToBonded = 0n;
  let bondedToNotBonded = 0n;

  let count = 0;
  for (let validator of validatorsByPower(ctx)) {
    if (count >= params.maxValidators) break;
    // The first validator without power ends the bonded set: nobody after it has any either.
    if (potentialConsensusPower(validator) === 0n) break;
    if (validator.status !== BondStatus.BONDED) {
      validator = bondValidator(deps, ctx, validator);
      notBondedToBonded += validatorTokens(validator);
    }
    const newPower = consensusPower(validator);
    if (last.get(validator.operatorAddress) !== newPower) {
      updates.push({ pubKey: consensusPubKey(validator), power: newPower });
      setLastValidatorPower(ctx.store, validator.operatorAddress, newPower);
    }
    last.delete(validator.operatorAddress);
    count++;
    totalPower += newPower;
  }

  // Whoever was in the last set and is no more (jailed, out-powered, emptied) starts unbonding, in address order.
  const noLongerBonded = [...last.keys()].sort((a, b) => compareBytes(bech32Bytes(a), bech32Bytes(b)));
  for (const operator of noLongerBonded) {
    const validator = getValidator(ctx.store, operator);
    if (validator === undefined) throw new Error(`validator record not found for address: ${operator}`);
    const unbonding = beginUnbondingValidator(deps, ctx, validator);
    bondedToNotBonded += validatorTokens(unbonding);
    deleteLastValidatorPower(ctx.store, operator);
    updates.push({ pubKey: consensusPubKey(unbonding), power: 0n });
  }

  // One transfer for the net movement, as the SDK does.
  if (notBondedToBonded > bondedToNotBonded)
    notBondedTokensToBonded(deps.bank, ctx, notBondedToBonded - bondedToNotBonded);
  else if (bondedToNotBonded > notBondedToBonded)
    bondedTokensToNotBonded(deps.bank, ctx, bondedToNotBonded - notBondedToBonded);

  if (updates.length > 0) setLastTotalPower(ctx.store, totalPower);
  return updates;
}

/** `RemoveValidator`: only an UNBONDED validator without tokens can go; fires AfterValidatorRemoved. */
export function removeValidator(deps: StakingDeps, ctx: Context, operator: string): void {
  const validator = getValidator(ctx.store, operator);
  if (validator === undefined) return;
  if (validator.status !== BondStatus.UNBONDED)
    throw new Error("cannot call RemoveValidator on bonded or unbonding validators");
  if (validatorTokens(validator) > 0n) throw new Error("attempting to remove a validator which still contains tokens");
  deleteValidator(ctx.store, validator);
  deps.hooks.afterValidatorRemoved(ctx, consensusAddressOf(consensusPubKey(validator)), operator);
}

/** `UnbondAllMatureValidators`: UNBONDING → UNBONDED once both time and height have passed; empty ones removed. */
export function unbondMatureValidators(deps: StakingDeps, ctx: Context): void {
  for (const operator of dequeueMatureValidators(ctx.store, ctx.time.ns, ctx.height)) {
    const validator = getValidator(ctx.store, operator);
    if (validator === undefined) continue;
    if (validator.status !== BondStatus.UNBONDING) {
      throw new Error("unexpected validator in unbonding queue; status was not unbonding");
    }
    setValidator(ctx.store, { ...validator, status: BondStatus.UNBONDED });
    if (validatorShares(validator).isZero()) removeValidator(deps, ctx, operator);
  }
}

/** Sends a validator to jail: it leaves the power index now and the bonded set at the next end block. */
export function jailValidator(ctx: Context, validator: Validator): Validator {
  if (validator.jailed) {
    throw StakingErrors.validatorJailed(
      `cannot jail already jailed validator, validator: ${validator.operatorAddress}`,
    );
  }
  const jailed = { ...validator, jailed: true };
  setValidator(ctx.store, jailed);
  return jailed;
}

/** Releases a validator from jail: it competes for the bonded set again at the next end block. */
export function unjailValidator(ctx: Context, validator: Validator): Validator {
  if (!validator.jailed) {
    // x/slashing's ErrValidatorNotJailed: what MsgUnjail answers for a free validator.
    throw new ChainError("slashing", 5, "validator not jailed; cannot be unjailed", validator.operatorAddress);
  }
  const free = { ...validator, jailed: false };
  setValidator(ctx.store, free);
  return free;
}
