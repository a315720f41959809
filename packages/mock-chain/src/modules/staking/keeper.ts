// The staking keeper other modules hold: the hook list to register on, reads of validators and delegations, and the
// state-changing operations (delegate, undelegate, redelegate, slash, jail) with the SDK's semantics. State lives in
// the context's store; the keeper only carries the bank, the hooks and the address prefixes.
import { Dec } from "@persistence-sdk/core";
import {
  BondStatus,
  type Delegation,
  type Params,
  type UnbondingDelegation,
  type Validator,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context, KVStore } from "../../app/module.js";
import type { Bech32Prefixes } from "./addresses.js";
import { delegate, undelegate } from "./delegation.js";
import { delegationsOf, delegationsTo, getDelegation, getUnbonding } from "./delegation-store.js";
import { StakingErrors } from "./errors.js";
import type { BankKeeper, StakingDeps } from "./expected-keepers.js";
import { StakingHookList } from "./hooks.js";
import { getStakingParams } from "./params.js";
import { totalBondedTokens } from "./pools.js";
import { beginRedelegation } from "./redelegation.js";
import { consensusPower, potentialConsensusPower } from "./shares.js";
import { slash } from "./slash.js";
import { jailValidator, unjailValidator } from "./validator-set.js";
import {
  consensusAddressOf,
  consensusPubKey,
  getLastTotalPower,
  getLastValidatorPowers,
  getValidator,
  getValidatorByConsensusAddress,
} from "./validator-store.js";

/** A member of the bonded set as CometBFT sees it. */
export interface BondedValidator {
  readonly validator: Validator;
  /** 20-byte consensus address. */
  readonly consensusAddress: Uint8Array;
  /** 32-byte ed25519 key. */
  readonly pubKey: Uint8Array;
  readonly power: bigint;
}

/** x/staking's keeper for this chain. */
export class StakingKeeper implements StakingDeps {
  /** Register hooks here (distribution does at creation; Alliance would add BeforeValidatorSlashed etc.). */
  readonly hooks = new StakingHookList();

  constructor(
    readonly bank: BankKeeper,
    readonly prefixes: Bech32Prefixes,
  ) {}

  params(store: KVStore): Params {
    return getStakingParams(store);
  }

  bondDenom(store: KVStore): string {
    return getStakingParams(store).bondDenom;
  }

  validator(store: KVStore, operator: string): Validator | undefined {
    return getValidator(store, operator);
  }

  validatorByConsensusAddress(store: KVStore, consensusAddress: Uint8Array): Validator | undefined {
    return getValidatorByConsensusAddress(store, consensusAddress);
  }

  delegation(store: KVStore, delegator: string, operator: string): Delegation | undefined {
    return getDelegation(store, delegator, operator);
  }

  delegatorDelegations(store: KVStore, delegator: string): Delegation[] {
    return Array.from(delegationsOf(store, delegator), ([, delegation]) => delegation);
  }

  validatorDelegations(store: KVStore, operator: string): Delegation[] {
    return Array.from(delegationsTo(store, operator), ([, delegation]) => delegation);
  }

  unbondingDelegation(store: KVStore, delegator: string, operator: string): UnbondingDelegation | undefined {
    return getUnbonding(store, delegator, operator);
  }

  /** The last committed bonded set with consensus power, in operator-address order. */
  bondedValidators(store: KVStore): BondedValidator[] {
    const result: BondedValidator[] = [];
    for (const [operator, power] of getLastValidatorPowers(store)) {
      const validator = getValidator(store, operator);
      if (validator === undefined) continue;
      const pubKey = consensusPubKey(validator);
      result.push({ validator, consensusAddress: consensusAddressOf(pubKey), pubKey, power });
    }
    return result;
  }

  /** Total consensus power of the last committed set. */
  lastTotalPower(store: KVStore): bigint {
    return getLastTotalPower(store);
  }

  totalBondedTokens(ctx: Context): bigint {
    return totalBondedTokens(this.bank, ctx);
  }

  /** bonded tokens / bond-denom supply, as mint reads it (`BondedRatio`). */
  bondedRatio(ctx: Context): Dec {
    const supply = this.bank.getSupply(ctx, this.bondDenom(ctx.store));
    return supply > 0n ? Dec.fromInt(this.totalBondedTokens(ctx)).quoInt(supply) : Dec.ZERO;
  }

  /** Delegates `amount` from the delegator's balance; returns the new shares (MsgDelegate without the checks). */
  delegate(ctx: Context, delegator: string, operator: string, amount: bigint): Dec {
    const validator = getValidator(ctx.store, operator);
    if (validator === undefined) throw StakingErrors.noValidatorFound();
    return delegate(this, ctx, delegator, amount, BondStatus.UNBONDED, validator, true);
  }

  /** Starts unbonding `shares`; returns the completion time (ns) and the tokens. */
  undelegate(ctx: Context, delegator: string, operator: string, shares: Dec) {
    return undelegate(this, ctx, delegator, operator, shares);
  }

  /** Redelegates `shares`; returns the completion time (ns). */
  beginRedelegation(ctx: Context, delegator: string, source: string, destination: string, shares: Dec): bigint {
    return beginRedelegation(this, ctx, delegator, source, destination, shares);
  }

  /** x/staking Slash at `infractionHeight` with the validator's current power; returns the tokens burned. */
  slash(ctx: Context, operator: string, fraction: Dec, infractionHeight = 0n): bigint {
    const validator = getValidator(ctx.store, operator);
    if (validator === undefined) throw StakingErrors.noValidatorFound();
    return slash(this, ctx, operator, infractionHeight, potentialConsensusPower(validator), fraction);
  }

  jail(ctx: Context, operator: string): void {
    const validator = getValidator(ctx.store, operator);
    if (validator === undefined) throw StakingErrors.noValidatorFound();
    jailValidator(ctx, validator);
  }

  unjail(ctx: Context, operator: string): void {
    const validator = getValidator(ctx.store, operator);
    if (validator === undefined) throw StakingErrors.noValidatorFound();
    unjailValidator(ctx, validator);
  }

  /** Consensus power a validator has in the bonded set now (0 unless bonded). */
  consensusPower(validator: Validator): bigint {
    return consensusPower(validator);
  }
}
