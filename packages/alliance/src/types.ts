// The SDK shapes of what the Alliance queries return: amounts as bigint, LegacyDec fields as `Dec`, times and
// durations as core's `AllianceTimestamp` / `AllianceDuration` (exact to the nanosecond). Assets are core's
// `AllianceAssetState`, so a queried asset goes straight into core's Alliance math.
import type {
  AllianceAssetState,
  AllianceDecCoins,
  AllianceDelegationState,
  AllianceDuration,
  AllianceTimestamp,
  Coin,
} from "@persistence-sdk/core";

/**
 * An Alliance asset: core's `AllianceAssetState` (what every core Alliance function reads) plus whether its rewards
 * have been initialised.
 */
export interface AllianceAsset extends AllianceAssetState {
  /** Whether the chain has initialised the asset's rewards (set once its rewards started). */
  readonly isInitialized: boolean;
}

/** x/alliance module parameters. */
export interface AllianceParams {
  /** Time between an asset's creation and the start of its rewards. */
  readonly rewardDelayTime: AllianceDuration;
  /** Time between two take-rate deductions (default 5 minutes). */
  readonly takeRateClaimInterval: AllianceDuration;
  /** When take rate was last charged (Go's zero time, `ALLIANCE_ZERO_TIME`, before the first charge). */
  readonly lastTakeRateClaimTime: AllianceTimestamp;
}

/** A validator's Alliance bookkeeping (`QueryAllianceValidatorResponse`), per asset denom. */
export interface AllianceValidator {
  /** The validator's operator address. */
  readonly validatorAddress: string;
  /** Delegation shares of each asset held by the validator's delegators together. */
  readonly totalDelegatorShares: AllianceDecCoins;
  /** The validator's share of each asset (the first of the two share layers). */
  readonly validatorShares: AllianceDecCoins;
  /** Tokens of each asset staked with the validator. */
  readonly totalStaked: AllianceDecCoins;
}

/** One delegation of one asset with one validator, and what it is worth now. */
export interface AllianceDelegation extends AllianceDelegationState {
  /** The delegator's account address. */
  readonly delegatorAddress: string;
  /** The validator's operator address. */
  readonly validatorAddress: string;
  /** The asset's denom. */
  readonly denom: string;
  /** The tokens the delegation's shares are worth now, as the chain reports it (take rate and slashes included). */
  readonly balance: bigint;
}

/** A pending undelegation: `amount` of `denom` returns to the delegator after `completionTime`. */
export interface AllianceUnbonding {
  /** The validator's operator address. */
  readonly validatorAddress: string;
  /** The asset. v0.3.4 chains do not report it; the SDK fills in the denom it asked for. */
  readonly denom: string;
  /** The tokens that return, in base units. */
  readonly amount: bigint;
  /** When it completes (paid or released by the first block after it). */
  readonly completionTime: AllianceTimestamp;
}

/** A redelegation still in its lock period: these tokens cannot be redelegated again before `completionTime`. */
export interface AllianceRedelegation {
  /** The delegator's account address. */
  readonly delegatorAddress: string;
  /** The operator address the tokens left. */
  readonly srcValidatorAddress: string;
  /** The operator address the tokens went to (and are locked at). */
  readonly dstValidatorAddress: string;
  /** The tokens redelegated. */
  readonly balance: Coin;
  /** When it completes (paid or released by the first block after it). */
  readonly completionTime: AllianceTimestamp;
}
