// Delegating, unbonding and completing unbondings (x/staking/keeper/delegation.go): hooks fire in the SDK's order so
// that distribution withdraws rewards before shares change and re-initialises the delegation after.
import { create } from "@bufbuild/protobuf";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { Dec } from "@persistence-sdk/core";
import {
  BondStatus,
  DelegationSchema,
  type UnbondingDelegation,
  type UnbondingDelegationEntry,
  UnbondingDelegationEntrySchema,
  UnbondingDelegationSchema,
  type Validator,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import {
  deleteDelegation,
  deleteUnbonding,
  getDelegation,
  getUnbonding,
  setDelegation,
  setUnbonding,
} from "./delegation-store.js";
import { StakingErrors } from "./errors.js";
import { BONDED_POOL, type Coin, NOT_BONDED_POOL, type StakingDeps } from "./expected-keepers.js";
import { getStakingParams, unbondingTimeNs } from "./params.js";
import { bondedTokensToNotBonded, notBondedTokensToBonded } from "./pools.js";
import { enqueueUnbonding } from "./queue-store.js";
import {
  addTokensFromDelegation,
  hasInvalidExchangeRate,
  isBonded,
  removeDelegatorShares,
  sharesFromTokens,
  sharesFromTokensTruncated,
  tokensFromShares,
  validatorShares,
} from "./shares.js";
import { jailValidator, nsFromTimestamp, removeValidator, timestampFromNs } from "./validator-set.js";
import { getValidator, hexOf, setValidator } from "./validator-store.js";

/**
 * `Delegate`: bonds `amount` to `validator` for `delegator` and returns the issued shares. With `subtractAccount` the
 * coins come from the delegator's balance into the pool matching the validator's status; otherwise (a redelegation)
 * they are already staked with status `tokenSource` and only move between pools if the statuses differ.
 */
export function delegate(
  deps: StakingDeps,
  ctx: Context,
  delegator: string,
  amount: bigint,
  tokenSource: BondStatus,
  validator: Validator,
  subtractAccount: boolean,
): Dec {
  if (hasInvalidExchangeRate(validator)) throw StakingErrors.delegatorShareExRateInvalid();

  let delegation = getDelegation(ctx.store, delegator, validator.operatorAddress);
  if (delegation !== undefined) {
    deps.hooks.beforeDelegationSharesModified(ctx, delegator, validator.operatorAddress);
  } else {
    delegation = create(DelegationSchema, {
      delegatorAddress: delegator,
      validatorAddress: validator.operatorAddress,
      shares: Dec.ZERO.toProto(),
    });
    deps.hooks.beforeDelegationCreated(ctx, delegator, validator.operatorAddress);
  }

  const bondDenom = getStakingParams(ctx.store).bondDenom;
  if (subtractAccount) {
    if (tokenSource === BondStatus.BONDED) throw new Error("delegation token source cannot be bonded");
    const pool = isBonded(validator) ? BONDED_POOL : NOT_BONDED_POOL;
    deps.bank.delegateCoinsFromAccountToModule(ctx, delegator, pool, [{ denom: bondDenom, amount }]);
  } else {
    const sourceBonded = tokenSource === BondStatus.BONDED;
    if (!sourceBonded && isBonded(validator)) notBondedTokensToBonded(deps.bank, ctx, amount);
    else if (sourceBonded && !isBonded(validator)) bondedTokensToNotBonded(deps.bank, ctx, amount);
  }

  // Re-read: a hook (distribution) may not change the validator, but another module's hook could have.
  const current = getValidator(ctx.store, validator.operatorAddress) ?? validator;
  const [updated, issued] = addTokensFromDelegation(current, amount);
  setValidator(ctx.store, updated);

  const shares = Dec.fromProto(delegation.shares).add(issued);
  setDelegation(ctx.store, { ...delegation, shares: shares.toProto() });
  deps.hooks.afterDelegationModified(ctx, delegator, validator.operatorAddress);
  return issued;
}

/**
 * `Unbond`: removes `shares` from the delegation and the validator, returning the tokens they were worth (truncated;
 * the last shares out take the dust). Jails an operator whose self-delegation falls below its minimum, and removes
 * an unbonded validator left without shares.
 */
export function unbond(deps: StakingDeps, ctx: Context, delegator: string, operator: string, shares: Dec): bigint {
  const delegation = getDelegation(ctx.store, delegator, operator);
  if (delegation === undefined) throw StakingErrors.noDelegatorForAddress();
  deps.hooks.beforeDelegationSharesModified(ctx, delegator, operator);

  const held = Dec.fromProto(delegation.shares);
  if (held.lt(shares)) throw StakingErrors.notEnoughDelegationShares(held.toString());

  let validator = getValidator(ctx.store, operator);
  if (validator === undefined) throw StakingErrors.noValidatorFound();

  const remaining = held.sub(shares);
  const isOperator = hexOf(delegator) === hexOf(operator);
  if (
    isOperator &&
    !validator.jailed &&
    tokensFromShares(validator, remaining).truncateInt() < BigInt(validator.minSelfDelegation)
  ) {
    validator = jailValidator(ctx, validator);
  }

  if (remaining.isZero()) {
    deps.hooks.beforeDelegationRemoved(ctx, delegator, operator);
    deleteDelegation(ctx.store, delegation);
  } else {
    setDelegation(ctx.store, { ...delegation, shares: remaining.toProto() });
    deps.hooks.afterDelegationModified(ctx, delegator, operator);
  }

  const [updated, amount] = removeDelegatorShares(getValidator(ctx.store, operator) ?? validator, shares);
  setValidator(ctx.store, updated);
  if (validatorShares(updated).isZero() && updated.status === BondStatus.UNBONDED) {
    removeValidator(deps, ctx, operator);
  }
  return amount;
}

/**
 * `ValidateUnbondAmount`: the shares worth `amount` tokens, capped at the delegation's shares so that a full exit
 * works despite rounding; rejects amounts whose truncated shares exceed the delegation.
 */
export function validateUnbondAmount(ctx: Context, delegator: string, operator: string, amount: bigint): Dec {
  const validator = getValidator(ctx.store, operator);
  if (validator === undefined) throw StakingErrors.noValidatorFound();
  const delegation = getDelegation(ctx.store, delegator, operator);
  if (delegation === undefined) throw StakingErrors.noDelegation();

  let shares = sharesFromTokens(validator, amount);
  const truncated = sharesFromTokensTruncated(validator, amount);
  const held = Dec.fromProto(delegation.shares);
  if (truncated.gt(held)) throw sdkError(18, "invalid shares amount");
  if (shares.gt(held)) shares = held;
  return shares;
}

/** Adds an entry, merging into one with the same creation height and completion time (SDK ≥ 0.47). */
function addUnbondingEntry(
  existing: UnbondingDelegation | undefined,
  delegator: string,
  operator: string,
  height: bigint,
  completionNs: bigint,
  balance: bigint,
): UnbondingDelegation {
  const entries = [...(existing?.entries ?? [])];
  const index = entries.findIndex(
    (entry) => entry.creationHeight === height && nsFromTimestamp(entry.completionTime) === completionNs,
  );
  if (index >= 0) {
    const entry = entries[index]!;
    entries[index] = {
      ...entry,
      balance: (BigInt(entry.balance) + balance).toString(),
      initialBalance: (BigInt(entry.initialBalance) + balance).toString(),
    };
  } else {
    entries.push(
      create(UnbondingDelegationEntrySchema, {
        creationHeight: height,
        completionTime: timestampFromNs(completionNs),
        initialBalance: balance.toString(),
        balance: balance.toString(),
      }),
    );
  }
  return create(UnbondingDelegationSchema, { delegatorAddress: delegator, validatorAddress: operator, entries });
}

/** `Undelegate`: unbonds and starts the unbonding period; returns the completion time (ns) and the tokens. */
export function undelegate(
  deps: StakingDeps,
  ctx: Context,
  delegator: string,
  operator: string,
  shares: Dec,
): { readonly completionNs: bigint; readonly amount: bigint } {
  const validator = getValidator(ctx.store, operator);
  if (validator === undefined) throw StakingErrors.noValidatorFound();

  const params = getStakingParams(ctx.store);
  const existing = getUnbonding(ctx.store, delegator, operator);
  if ((existing?.entries.length ?? 0) >= params.maxEntries) throw StakingErrors.maxUnbondingDelegationEntries();

  const amount = unbond(deps, ctx, delegator, operator, shares);
  // The tokens leave the bonded pool now; the unbonding entry keeps them in the not-bonded pool until maturity.
  if (isBonded(validator)) bondedTokensToNotBonded(deps.bank, ctx, amount);

  const completionNs = ctx.time.ns + unbondingTimeNs(params);
  setUnbonding(ctx.store, addUnbondingEntry(existing, delegator, operator, ctx.height, completionNs, amount));
  enqueueUnbonding(ctx.store, completionNs, delegator, operator);
  return { completionNs, amount };
}

/** An entry matures once its completion time is not after the block time (Go's `IsMature`). */
export function isEntryMature(entry: { readonly completionTime?: Timestamp | undefined }, nowNs: bigint): boolean {
  return nsFromTimestamp(entry.completionTime) <= nowNs;
}

/**
 * `CompleteUnbonding`: pays every matured entry out of the not-bonded pool and drops it. Returns the coins paid, or
 * undefined when the unbonding delegation no longer exists (a duplicate queue entry).
 */
export function completeUnbonding(
  deps: StakingDeps,
  ctx: Context,
  delegator: string,
  operator: string,
): Coin[] | undefined {
  const ubd = getUnbonding(ctx.store, delegator, operator);
  if (ubd === undefined) return undefined;
  const bondDenom = getStakingParams(ctx.store).bondDenom;
  let paid = 0n;
  const remaining: UnbondingDelegationEntry[] = [];
  for (const entry of ubd.entries) {
    if (!isEntryMature(entry, ctx.time.ns)) {
      remaining.push(entry);
      continue;
    }
    const balance = BigInt(entry.balance);
    if (balance > 0n) {
      deps.bank.undelegateCoinsFromModuleToAccount(ctx, NOT_BONDED_POOL, delegator, [
        { denom: bondDenom, amount: balance },
      ]);
      paid += balance;
    }
  }
  if (remaining.length === 0) deleteUnbonding(ctx.store, ubd);
  else setUnbonding(ctx.store, { ...ubd, entries: remaining });
  return paid > 0n ? [{ denom: bondDenom, amount: paid }] : [];
}
