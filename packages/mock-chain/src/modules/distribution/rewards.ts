// The F1 fee distribution of x/distribution (keeper/validator.go, delegation.go): each validator accumulates the
// delegators' share of its rewards in a "current" period; ending a period adds current/tokens to a cumulative reward
// ratio stored per period. A delegation remembers the period it started after and its stake, so its rewards are
// stake × (ratio_end − ratio_start), with the stake reduced at each slash in between. Every division truncates, so
// the sum paid never exceeds what was allocated; the dust stays outstanding or goes to the community pool.
import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import {
  DelegatorStartingInfoSchema,
  ValidatorSlashEventSchema,
} from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import type { Delegation, Validator } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context, KVStore } from "../../app/module.js";
import { coinsString } from "../staking/events.js";
import type { BankKeeper, Coin } from "../staking/expected-keepers.js";
import { tokensFromShares, tokensFromSharesTruncated, validatorTokens } from "../staking/shares.js";
import {
  addDecCoins,
  type DecCoins,
  decCoinsFromCoins,
  EMPTY_DEC_COINS,
  intersectDecCoins,
  mulDecTruncate,
  quoDecTruncate,
  subDecCoins,
  truncateDecimal,
} from "./dec-coins.js";
import { DistributionErrors } from "./errors.js";
import {
  deleteHistoricalRewards,
  deleteStartingInfo,
  getAccumulatedCommission,
  getCommunityPool,
  getCurrentRewards,
  getHistoricalRewards,
  getOutstandingRewards,
  getStartingInfo,
  getWithdrawAddress,
  setAccumulatedCommission,
  setCommunityPool,
  setCurrentRewards,
  setHistoricalRewards,
  setOutstandingRewards,
  setSlashEvent,
  setStartingInfo,
  slashEventsBetween,
} from "./store.js";

/** The distribution module account, which holds every allocated but unpaid reward. */
export const DISTRIBUTION_MODULE = "distribution";

/** `initializeValidator`: period 0 with a zero ratio (referenced once by the current period), period 1 running. */
export function initializeValidator(store: KVStore, operator: string): void {
  setHistoricalRewards(store, operator, 0n, EMPTY_DEC_COINS, 1);
  setCurrentRewards(store, operator, EMPTY_DEC_COINS, 1n);
  setAccumulatedCommission(store, operator, EMPTY_DEC_COINS);
  setOutstandingRewards(store, operator, EMPTY_DEC_COINS);
}

function incrementReferenceCount(store: KVStore, operator: string, period: bigint): void {
  const historical = getHistoricalRewards(store, operator, period);
  if (historical === undefined) throw new Error(`no historical rewards for ${operator} period ${period}`);
  if (historical.referenceCount > 2) throw new Error("reference count should never exceed 2");
  setHistoricalRewards(store, operator, period, historical.ratio, historical.referenceCount + 1);
}

function decrementReferenceCount(store: KVStore, operator: string, period: bigint): void {
  const historical = getHistoricalRewards(store, operator, period);
  if (historical === undefined) throw new Error(`no historical rewards for ${operator} period ${period}`);
  if (historical.referenceCount === 0) throw new Error("cannot set negative reference count");
  if (historical.referenceCount === 1) deleteHistoricalRewards(store, operator, period);
  else setHistoricalRewards(store, operator, period, historical.ratio, historical.referenceCount - 1);
}

/** The ratio the current period would add if it ended now: current rewards / tokens, truncated (0 without tokens). */
function currentRatioIncrement(validator: Validator, current: DecCoins): DecCoins {
  const tokens = validatorTokens(validator);
  return tokens === 0n ? EMPTY_DEC_COINS : quoDecTruncate(current, Dec.fromInt(tokens));
}

/**
 * `IncrementValidatorPeriod`: closes the current period into a historical entry and opens the next one. A validator
 * without tokens cannot have a ratio, so its current rewards go to the community pool. Returns the closed period.
 */
export function incrementValidatorPeriod(store: KVStore, validator: Validator): bigint {
  const operator = validator.operatorAddress;
  const { rewards, period } = getCurrentRewards(store, operator);
  let increment: DecCoins;
  if (validatorTokens(validator) === 0n) {
    setCommunityPool(store, addDecCoins(getCommunityPool(store), rewards));
    setOutstandingRewards(store, operator, subDecCoins(getOutstandingRewards(store, operator), rewards));
    increment = EMPTY_DEC_COINS;
  } else {
    increment = currentRatioIncrement(validator, rewards);
  }
  const previous = getHistoricalRewards(store, operator, period - 1n);
  if (previous === undefined) throw new Error(`no historical rewards for ${operator} period ${period - 1n}`);
  decrementReferenceCount(store, operator, period - 1n);
  setHistoricalRewards(store, operator, period, addDecCoins(previous.ratio, increment), 1);
  setCurrentRewards(store, operator, EMPTY_DEC_COINS, period + 1n);
  return period;
}

/** `initializeDelegation`: remembers the period the delegation starts after and its stake in tokens (truncated). */
export function initializeDelegation(ctx: Context, validator: Validator, delegation: Delegation): void {
  const previousPeriod = getCurrentRewards(ctx.store, validator.operatorAddress).period - 1n;
  incrementReferenceCount(ctx.store, validator.operatorAddress, previousPeriod);
  const stake = tokensFromSharesTruncated(validator, Dec.fromProto(delegation.shares));
  setStartingInfo(
    ctx.store,
    validator.operatorAddress,
    delegation.delegatorAddress,
    create(DelegatorStartingInfoSchema, { previousPeriod, stake: stake.toProto(), height: ctx.height }),
  );
}

/** The cumulative ratio of a period: stored ones from the store, or the hypothetical end of the running one. */
type RatioLookup = (period: bigint) => DecCoins;

function storedRatio(store: KVStore, operator: string): RatioLookup {
  return (period) => {
    const historical = getHistoricalRewards(store, operator, period);
    if (historical === undefined) throw new Error(`no historical rewards for ${operator} period ${period}`);
    return historical.ratio;
  };
}

/** `calculateDelegationRewardsBetween`: stake × (ratio_end − ratio_start), truncated. */
function rewardsBetween(ratio: RatioLookup, start: bigint, end: bigint, stake: Dec): DecCoins {
  if (stake.isNegative()) throw new Error("stake should not be negative");
  const difference = subDecCoins(ratio(end), ratio(start));
  return mulDecTruncate(difference, stake);
}

/**
 * `CalculateDelegationRewards` up to `endingPeriod`: splits the range at each slash event since the delegation
 * started, shrinking the stake by (1 − fraction) each time, then checks the stake against the delegation's current
 * worth (allowing Go's 3-atto margin of error).
 */
function calculateRewards(
  ctx: Context,
  ratio: RatioLookup,
  validator: Validator,
  delegation: Delegation,
  endingPeriod: bigint,
): DecCoins {
  const info = getStartingInfo(ctx.store, validator.operatorAddress, delegation.delegatorAddress);
  if (info === undefined) throw DistributionErrors.emptyDelegationDistInfo();
  if (info.height === ctx.height) return EMPTY_DEC_COINS; // started this block: nothing accrued yet

  let rewards = EMPTY_DEC_COINS;
  let startingPeriod = info.previousPeriod;
  let stake = Dec.fromProto(info.stake);
  if (ctx.height > info.height) {
    for (const { event } of slashEventsBetween(ctx.store, validator.operatorAddress, info.height, ctx.height)) {
      const slashPeriod = event.validatorPeriod;
      if (slashPeriod > startingPeriod) {
        rewards = addDecCoins(rewards, rewardsBetween(ratio, startingPeriod, slashPeriod, stake));
        stake = stake.mulTruncate(Dec.ONE.sub(Dec.fromProto(event.fraction)));
        startingPeriod = slashPeriod;
      }
    }
  }

  const currentStake = tokensFromShares(validator, Dec.fromProto(delegation.shares));
  if (stake.gt(currentStake)) {
    const marginOfError = Dec.fromAtomics(3n);
    if (stake.lte(currentStake.add(marginOfError))) stake = currentStake;
    else {
      throw new Error(
        `calculated final stake for delegator ${delegation.delegatorAddress} greater than current stake: ${stake} > ${currentStake}`,
      );
    }
  }
  return addDecCoins(rewards, rewardsBetween(ratio, startingPeriod, endingPeriod, stake));
}

/**
 * What a delegation could withdraw now, computed without writing (the DelegationRewards query runs the SDK's
 * IncrementValidatorPeriod on a throwaway branch; here the running period's end is computed instead).
 */
export function pendingRewards(ctx: Context, validator: Validator, delegation: Delegation): DecCoins {
  const operator = validator.operatorAddress;
  const { rewards, period } = getCurrentRewards(ctx.store, operator);
  const stored = storedRatio(ctx.store, operator);
  const endOfRunningPeriod = () => addDecCoins(stored(period - 1n), currentRatioIncrement(validator, rewards));
  const ratio: RatioLookup = (p) => (p === period ? endOfRunningPeriod() : stored(p));
  return calculateRewards(ctx, ratio, validator, delegation, period);
}

/**
 * `withdrawDelegationRewards`: ends the period, pays the whole-coin part of the rewards to the withdraw address
 * (fractions go to the community pool), drops the starting info, and emits `withdraw_rewards`. The caller
 * re-initialises the delegation if it continues.
 */
export function withdrawDelegationRewards(
  bank: BankKeeper,
  ctx: Context,
  validator: Validator,
  delegation: Delegation,
  bondDenom: string,
): Coin[] {
  const operator = validator.operatorAddress;
  const delegator = delegation.delegatorAddress;
  const info = getStartingInfo(ctx.store, operator, delegator);
  if (info === undefined) throw DistributionErrors.emptyDelegationDistInfo();

  const endingPeriod = incrementValidatorPeriod(ctx.store, validator);
  const raw = calculateRewards(ctx, storedRatio(ctx.store, operator), validator, delegation, endingPeriod);
  const outstanding = getOutstandingRewards(ctx.store, operator);
  // Defensive, as in Go: never pay more than the validator has outstanding, whatever the rounding did.
  const rewards = intersectDecCoins(raw, outstanding);
  const { whole, change } = truncateDecimal(rewards);
  if (whole.length > 0) {
    bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, getWithdrawAddress(ctx.store, delegator), whole);
  }
  setOutstandingRewards(ctx.store, operator, subDecCoins(outstanding, rewards));
  setCommunityPool(ctx.store, addDecCoins(getCommunityPool(ctx.store), change));

  decrementReferenceCount(ctx.store, operator, info.previousPeriod);
  deleteStartingInfo(ctx.store, operator, delegator);

  // Go keeps a zero coin of the bond denom here so the event always names an amount.
  const paid = whole.length > 0 ? whole : [{ denom: bondDenom, amount: 0n }];
  ctx.events.emit("withdraw_rewards", { amount: coinsString(paid), validator: operator, delegator });
  return whole;
}

/** `WithdrawValidatorCommission`: pays the whole part of the accumulated commission; the fractions stay. */
export function withdrawValidatorCommission(
  bank: BankKeeper,
  ctx: Context,
  operator: string,
  operatorAccount: string,
): Coin[] {
  const accumulated = getAccumulatedCommission(ctx.store, operator);
  if (accumulated.length === 0) throw DistributionErrors.noValidatorCommission();
  const { whole, change } = truncateDecimal(accumulated);
  setAccumulatedCommission(ctx.store, operator, change);
  setOutstandingRewards(
    ctx.store,
    operator,
    subDecCoins(getOutstandingRewards(ctx.store, operator), decCoinsFromCoins(whole)),
  );
  if (whole.length > 0) {
    bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, getWithdrawAddress(ctx.store, operatorAccount), whole);
  }
  ctx.events.emit("withdraw_commission", { amount: coinsString(whole) });
  return whole;
}

/** `updateValidatorSlashFraction` (BeforeValidatorSlashed): ends the period and records the slash against it. */
export function recordSlash(ctx: Context, validator: Validator, fraction: Dec): void {
  if (fraction.gt(Dec.ONE) || fraction.isNegative())
    throw new Error(`fraction must be >=0 and <=1, current fraction: ${fraction}`);
  const newPeriod = incrementValidatorPeriod(ctx.store, validator);
  incrementReferenceCount(ctx.store, validator.operatorAddress, newPeriod);
  setSlashEvent(
    ctx.store,
    validator.operatorAddress,
    ctx.height,
    create(ValidatorSlashEventSchema, { validatorPeriod: newPeriod, fraction: fraction.toProto() }),
  );
}
