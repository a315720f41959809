// Delegate / undelegate / redelegate as pure state transitions (alliance-math.md §2). Each takes the state Go reads
// and returns the state Go writes. Rewards are not claimed here: Go claims them first (ClaimDelegationRewards for an
// existing delegation; in v0.3.6 also ClaimValidatorRewards for a new one), so apply allianceAddRewardsToPool and
// allianceClaimDelegationRewards to the state before calling these, as Go does.
import { Dec } from "../dec.js";
import { amountOf, checkPositiveAmount, fail, withAmount } from "./internal.js";
import {
  type AllianceAssetShareFields,
  allianceDelegationTokens,
  allianceNewDelegationShares,
  allianceNewValidatorShares,
  allianceSubtractSharesWithRounding,
  allianceValidateDelegatedAmount,
  allianceValidatorTokens,
} from "./shares.js";
import type { AllianceDuration, AllianceTimestamp } from "./time.js";
import type {
  AllianceCoin,
  AllianceDelegationState,
  AllianceRedelegationRecord,
  AllianceValidatorState,
} from "./types.js";
import { allianceUnbondingCompletionTime } from "./unbonding.js";
import type { AllianceMathOptions } from "./version.js";

function addShares<V extends AllianceValidatorState>(
  validator: V,
  denom: string,
  delegationShares: Dec,
  validatorShares: Dec,
): V {
  return Object.freeze({
    ...validator,
    totalDelegatorShares: withAmount(
      validator.totalDelegatorShares,
      denom,
      amountOf(validator.totalDelegatorShares, denom).add(delegationShares),
    ),
    validatorShares: withAmount(
      validator.validatorShares,
      denom,
      amountOf(validator.validatorShares, denom).add(validatorShares),
    ),
  });
}

/** `AllianceValidator.ReduceShares` (v0.3.6 types/validator.go:24-33) via SubtractDecCoinsWithRounding. */
function reduceShares<V extends AllianceValidatorState>(
  validator: V,
  denom: string,
  delegationShares: Dec,
  validatorShares: Dec,
): V {
  return Object.freeze({
    ...validator,
    totalDelegatorShares: allianceSubtractSharesWithRounding(
      validator.totalDelegatorShares,
      denom,
      delegationShares,
      "validator.totalDelegatorShares",
    ),
    validatorShares: allianceSubtractSharesWithRounding(
      validator.validatorShares,
      denom,
      validatorShares,
      "validator.validatorShares",
    ),
  });
}

/** `upsertDelegationWithNewTokens` (v0.3.6 keeper/delegation.go): a new delegation starts at the validator's indices. */
function upsertDelegation(
  delegation: AllianceDelegationState | undefined,
  validator: AllianceValidatorState,
  shares: Dec,
  blockHeight: bigint,
): AllianceDelegationState {
  if (delegation !== undefined) return Object.freeze({ ...delegation, shares: delegation.shares.add(shares) });
  if (typeof blockHeight !== "bigint" || blockHeight < 0n) {
    fail(
      "INVALID_ARGUMENT",
      "block height must be a non-negative bigint",
      "blockHeight",
      blockHeight,
      "Pass the height as a bigint, such as 1n.",
    );
  }
  return Object.freeze({
    shares,
    rewardHistory: validator.globalRewardHistory,
    lastRewardClaimHeight: blockHeight,
  });
}

function delegationAfterRemoving(
  delegation: AllianceDelegationState,
  shares: Dec,
): AllianceDelegationState | undefined {
  const left = delegation.shares.sub(shares);
  return left.isZero() ? undefined : Object.freeze({ ...delegation, shares: left });
}

export interface AllianceDelegateInput<A extends AllianceAssetShareFields, V extends AllianceValidatorState> {
  readonly asset: A;
  readonly validator: V;
  /** The delegator's delegation of `asset.denom` on this validator, after its rewards were claimed; absent if new. */
  readonly delegation?: AllianceDelegationState;
  readonly amount: bigint;
  /** Height stored as `lastRewardClaimHeight` of a new delegation. */
  readonly blockHeight: bigint;
}

export interface AllianceDelegateResult<A, V> {
  readonly asset: A;
  readonly validator: V;
  readonly delegation: AllianceDelegationState;
  /** Delegation shares added to the delegation and to the validator's totalDelegatorShares. */
  readonly delegationShares: Dec;
  /** Validator shares added; this is `DelegateAllianceEvent.newShares` and the return value of Go's Delegate. */
  readonly validatorShares: Dec;
}

/**
 * Delegates `amount` of `asset.denom`. Mirrors `Keeper.Delegate` (v0.3.6 keeper/delegation.go:20-74): both share
 * amounts are computed on the pre-update state, then `totalTokens += amount`, `totalValidatorShares += newValShares`,
 * validator `totalDelegatorShares += newDelShares`, `validatorShares += newValShares`.
 */
export function allianceDelegate<A extends AllianceAssetShareFields, V extends AllianceValidatorState>(
  input: AllianceDelegateInput<A, V>,
): AllianceDelegateResult<A, V> {
  const { asset, validator, amount } = input;
  checkPositiveAmount(amount, "amount");
  const delegationShares = allianceNewDelegationShares(validator, asset, amount);
  const delegation = upsertDelegation(input.delegation, validator, delegationShares, input.blockHeight);
  const validatorShares = allianceNewValidatorShares(asset, amount);
  return Object.freeze({
    asset: Object.freeze({
      ...asset,
      totalTokens: asset.totalTokens + amount,
      totalValidatorShares: asset.totalValidatorShares.add(validatorShares),
    }),
    validator: addShares(validator, asset.denom, delegationShares, validatorShares),
    delegation,
    delegationShares,
    validatorShares,
  });
}

export interface AllianceClearDustInput<A extends AllianceAssetShareFields, V extends AllianceValidatorState> {
  readonly asset: A;
  readonly validator: V;
  readonly delegation?: AllianceDelegationState;
}

export interface AllianceClearDustResult<A, V> {
  readonly asset: A;
  readonly validator: V;
  /** Absent if the delegation was deleted (or was absent). */
  readonly delegation?: AllianceDelegationState;
  /**
   * True when the asset has no tokens left: Go's `ResetAssetAndValidators` then zeroes `totalValidatorShares` and
   * removes `asset.denom` from the validator shares of every validator. This validator is done; apply
   * {@link allianceResetValidatorShares} to every other validator holding the denom.
   */
  readonly resetValidatorShares: boolean;
}

/**
 * Removes dust after shares left a validator. Mirrors `ClearDustDelegation` and `ResetAssetAndValidators`
 * (v0.3.6 keeper/delegation.go:570-620): a delegation whose token value truncates to 0 is deleted with its shares;
 * a validator holding 0 tokens of the asset loses its validator shares of it; an asset with 0 tokens loses all
 * validator shares.
 */
export function allianceClearDustDelegation<A extends AllianceAssetShareFields, V extends AllianceValidatorState>(
  input: AllianceClearDustInput<A, V>,
  options?: AllianceMathOptions,
): AllianceClearDustResult<A, V> {
  const { asset } = input;
  let { validator, delegation } = input;
  let delegatorSharesToRemove = Dec.ZERO;
  let validatorSharesToRemove = Dec.ZERO;
  if (delegation !== undefined && allianceDelegationTokens(delegation.shares, validator, asset, options) === 0n) {
    delegatorSharesToRemove = delegation.shares;
    delegation = undefined;
  }
  if (allianceValidatorTokens(validator, asset).isZero()) {
    validatorSharesToRemove = amountOf(validator.validatorShares, asset.denom);
  }
  validator = reduceShares(validator, asset.denom, delegatorSharesToRemove, validatorSharesToRemove);
  if (asset.totalTokens !== 0n) {
    return Object.freeze({ asset, validator, delegation, resetValidatorShares: false });
  }
  return Object.freeze({
    asset: Object.freeze({ ...asset, totalValidatorShares: Dec.ZERO }),
    validator: allianceResetValidatorShares(validator, asset.denom),
    delegation,
    resetValidatorShares: true,
  });
}

/**
 * One validator's part of `ResetAssetAndValidators` (v0.3.6 keeper/delegation.go:570-620): drops `denom` from its
 * validator shares. Apply to every validator when a transition returns `resetValidatorShares: true`.
 */
export function allianceResetValidatorShares<V extends AllianceValidatorState>(validator: V, denom: string): V {
  return Object.freeze({ ...validator, validatorShares: withAmount(validator.validatorShares, denom, Dec.ZERO) });
}

export interface AllianceUndelegateInput<A extends AllianceAssetShareFields, V extends AllianceValidatorState> {
  readonly asset: A;
  readonly validator: V;
  /** The delegation after its rewards were claimed. */
  readonly delegation: AllianceDelegationState;
  readonly amount: bigint;
  readonly blockTime: AllianceTimestamp;
  /** x/staking `UnbondingTime` (21 days on Persistence). */
  readonly unbondingTime: AllianceDuration;
}

export interface AllianceUndelegateResult<A, V> extends AllianceClearDustResult<A, V> {
  /** Delegation shares removed (the whole delegation on a full exit). */
  readonly delegationShares: Dec;
  /** Validator shares removed from the validator and the asset. */
  readonly validatorShares: Dec;
  /** The queued entry pays the requested amount, not a recomputed one. */
  readonly undelegation: AllianceCoin;
  readonly completionTime: AllianceTimestamp;
}

/**
 * Undelegates `amount`. Mirrors `Keeper.Undelegate` (v0.3.6 keeper/delegation.go:169-235): shares from
 * ValidateDelegatedAmount; `amount` must not exceed their token value (else `ALLIANCE_INSUFFICIENT_TOKENS`,
 * ErrInsufficientTokens); `totalTokens −= amount`, `totalValidatorShares −= GetValidatorShares(amount)`; the
 * delegation loses the shares (deleted at 0); the validator loses both with SubtractDecCoinsWithRounding; then
 * ClearDustDelegation. The unbonding completes at `blockTime + unbondingTime`.
 */
export function allianceUndelegate<A extends AllianceAssetShareFields, V extends AllianceValidatorState>(
  input: AllianceUndelegateInput<A, V>,
  options?: AllianceMathOptions,
): AllianceUndelegateResult<A, V> {
  const { asset, validator, delegation, amount } = input;
  checkPositiveAmount(amount, "amount");
  const delegationShares = allianceValidateDelegatedAmount(delegation.shares, amount, validator, asset, options);
  checkTokensCovered(amount, allianceDelegationTokens(delegationShares, validator, asset, options));
  const validatorShares = allianceNewValidatorShares(asset, amount);
  const nextAsset: A = Object.freeze({
    ...asset,
    totalTokens: asset.totalTokens - amount,
    totalValidatorShares: asset.totalValidatorShares.sub(validatorShares),
  });
  const cleared = allianceClearDustDelegation(
    {
      asset: nextAsset,
      validator: reduceShares(validator, asset.denom, delegationShares, validatorShares),
      delegation: delegationAfterRemoving(delegation, delegationShares),
    },
    options,
  );
  return Object.freeze({
    ...cleared,
    delegationShares,
    validatorShares,
    undelegation: Object.freeze({ denom: asset.denom, amount }),
    completionTime: allianceUnbondingCompletionTime(input.blockTime, input.unbondingTime),
  });
}

function checkTokensCovered(amount: bigint, available: bigint): void {
  if (amount > available) {
    fail(
      "ALLIANCE_INSUFFICIENT_TOKENS",
      `wanted ${amount} but have ${available}`,
      "amount",
      amount,
      "Ask for at most the delegation's balance (allianceDelegationTokens); the chain answers ErrInsufficientTokens.",
    );
  }
}

export interface AllianceRedelegationCheckInput {
  readonly srcValidatorAddress: string;
  readonly dstValidatorAddress: string;
  readonly denom: string;
  /** The delegator's stored redelegations (all denoms and validators), as the chain holds them now. */
  readonly delegatorRedelegations: readonly AllianceRedelegationRecord[];
}

/**
 * Throws unless a redelegation may start. Mirrors the checks of `Keeper.Redelegate` (v0.3.6
 * keeper/delegation.go:77-165): `ALLIANCE_SELF_REDELEGATION` if src == dst; `ALLIANCE_TRANSITIVE_REDELEGATION`
 * (ErrTransitiveRedelegation) if the delegator still has a stored redelegation of this denom *into* src
 * (`HasRedelegation(delegator, src, denom)`). A record exists until the EndBlocker of the first block whose time is
 * after its completion time (see allianceIsUnbondingComplete).
 */
export function allianceCheckRedelegation(input: AllianceRedelegationCheckInput): void {
  const { srcValidatorAddress, dstValidatorAddress, denom } = input;
  if (srcValidatorAddress === dstValidatorAddress) {
    fail(
      "ALLIANCE_SELF_REDELEGATION",
      "cannot redelegate to the same validator",
      "dstValidatorAddress",
      dstValidatorAddress,
      "Pick a destination validator other than the source.",
    );
  }
  const blocking = input.delegatorRedelegations.find(
    (record) => record.dstValidatorAddress === srcValidatorAddress && record.balance.denom === denom,
  );
  if (blocking !== undefined) {
    fail(
      "ALLIANCE_TRANSITIVE_REDELEGATION",
      `a redelegation of ${denom} into ${srcValidatorAddress} is still in progress`,
      "srcValidatorAddress",
      srcValidatorAddress,
      "Wait until that redelegation completes (its completionTime) before moving these tokens again.",
    );
  }
}

export interface AllianceRedelegateInput<A extends AllianceAssetShareFields, V extends AllianceValidatorState>
  extends AllianceRedelegationCheckInput {
  readonly asset: A;
  readonly srcValidator: V;
  readonly dstValidator: V;
  /** The source delegation after its rewards were claimed. */
  readonly srcDelegation: AllianceDelegationState;
  /** The destination delegation after its rewards were claimed; absent if new. */
  readonly dstDelegation?: AllianceDelegationState;
  readonly amount: bigint;
  readonly blockTime: AllianceTimestamp;
  readonly blockHeight: bigint;
  readonly unbondingTime: AllianceDuration;
}

export interface AllianceRedelegateResult<V> {
  readonly srcValidator: V;
  readonly dstValidator: V;
  /** Absent if the source delegation was emptied or cleared as dust. */
  readonly srcDelegation?: AllianceDelegationState;
  readonly dstDelegation: AllianceDelegationState;
  /** Delegation shares removed from the source delegation. */
  readonly srcDelegationShares: Dec;
  /** Delegation shares added to the destination delegation. */
  readonly dstDelegationShares: Dec;
  /** Validator shares moved from source to destination (GetValidatorShares of the amount). */
  readonly validatorShares: Dec;
  /** The record Go stores (keyed by completion time) to block transitive redelegations and to slash. */
  readonly redelegation: AllianceRedelegationRecord;
  readonly completionTime: AllianceTimestamp;
}

/**
 * Moves `amount` between validators. Mirrors `Keeper.Redelegate` (v0.3.6 keeper/delegation.go:77-165): src == dst
 * refused; shares from ValidateDelegatedAmount on the source; ErrInsufficientTokens if `amount` exceeds their value;
 * transitive redelegations refused; asset totals unchanged; `GetValidatorShares(amount)` validator shares leave the
 * source (with ClearDustDelegation) and join the destination with newly minted delegation shares. No tokens move.
 */
export function allianceRedelegate<A extends AllianceAssetShareFields, V extends AllianceValidatorState>(
  input: AllianceRedelegateInput<A, V>,
  options?: AllianceMathOptions,
): AllianceRedelegateResult<V> {
  const { asset, srcValidator, dstValidator, srcDelegation, amount } = input;
  checkPositiveAmount(amount, "amount");
  if (input.srcValidatorAddress === input.dstValidatorAddress) allianceCheckRedelegation(input);
  const srcDelegationShares = allianceValidateDelegatedAmount(
    srcDelegation.shares,
    amount,
    srcValidator,
    asset,
    options,
  );
  checkTokensCovered(amount, allianceDelegationTokens(srcDelegationShares, srcValidator, asset, options));
  allianceCheckRedelegation(input);
  const completionTime = allianceUnbondingCompletionTime(input.blockTime, input.unbondingTime);
  const validatorShares = allianceNewValidatorShares(asset, amount);
  const source = allianceClearDustDelegation(
    {
      asset,
      validator: reduceShares(srcValidator, asset.denom, srcDelegationShares, validatorShares),
      delegation: delegationAfterRemoving(srcDelegation, srcDelegationShares),
    },
    options,
  );
  const dstDelegationShares = allianceNewDelegationShares(dstValidator, asset, amount);
  return Object.freeze({
    srcValidator: source.validator,
    dstValidator: addShares(dstValidator, asset.denom, dstDelegationShares, validatorShares),
    srcDelegation: source.delegation,
    dstDelegation: upsertDelegation(input.dstDelegation, dstValidator, dstDelegationShares, input.blockHeight),
    srcDelegationShares,
    dstDelegationShares,
    validatorShares,
    redelegation: Object.freeze({
      srcValidatorAddress: input.srcValidatorAddress,
      dstValidatorAddress: input.dstValidatorAddress,
      balance: Object.freeze({ denom: asset.denom, amount }),
      completionTime,
    }),
    completionTime,
  });
}
