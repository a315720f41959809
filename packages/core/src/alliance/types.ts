import type { Dec } from "../dec.js";
import type { AllianceDuration, AllianceTimestamp } from "./time.js";

/** `sdk.DecCoins` keyed by denom. Absent means zero; the functions here never store zero entries. */
export type AllianceDecCoins = Readonly<Record<string, Dec>>;

/** `sdk.Coin`: a denom and a non-negative amount in base units. */
export interface AllianceCoin {
  readonly denom: string;
  readonly amount: bigint;
}

/** `RewardWeightRange` (alliance.proto). */
export interface AllianceRewardWeightRange {
  readonly min: Dec;
  readonly max: Dec;
}

/**
 * `AllianceAsset` (alliance.proto fields 1–11, camelCase). Times are {@link AllianceTimestamp}s
 * (google.protobuf.Timestamp), durations {@link AllianceDuration}s.
 */
export interface AllianceAssetState {
  readonly denom: string;
  readonly rewardWeight: Dec;
  readonly takeRate: Dec;
  readonly totalTokens: bigint;
  readonly totalValidatorShares: Dec;
  readonly rewardStartTime: AllianceTimestamp;
  readonly rewardChangeRate: Dec;
  readonly rewardChangeInterval: AllianceDuration;
  readonly lastRewardChangeTime: AllianceTimestamp;
  readonly rewardWeightRange: AllianceRewardWeightRange;
  readonly isInitialized?: boolean;
}

/** `RewardHistory` (params.proto): the reward index of one reward denom for one alliance asset ("" = legacy). */
export interface AllianceRewardHistory {
  readonly denom: string;
  readonly index: Dec;
  readonly alliance: string;
}

/** `AllianceValidatorInfo` (alliance.proto) of one validator. */
export interface AllianceValidatorState {
  readonly globalRewardHistory: readonly AllianceRewardHistory[];
  readonly totalDelegatorShares: AllianceDecCoins;
  readonly validatorShares: AllianceDecCoins;
}

/** The math-relevant fields of `Delegation` (delegations.proto) for one (delegator, validator, denom). */
export interface AllianceDelegationState {
  readonly shares: Dec;
  readonly rewardHistory: readonly AllianceRewardHistory[];
  readonly lastRewardClaimHeight: bigint;
}

/** `RewardWeightChangeSnapshot` (alliance.proto) with the block height of its store key. */
export interface AllianceRewardWeightChangeSnapshot {
  readonly height: bigint;
  readonly prevRewardWeight: Dec;
  readonly rewardHistories: readonly AllianceRewardHistory[];
}

/** A stored `Redelegation` (redelegations.proto) with the completion time of its key. */
export interface AllianceRedelegationRecord {
  readonly srcValidatorAddress: string;
  readonly dstValidatorAddress: string;
  readonly balance: AllianceCoin;
  readonly completionTime: AllianceTimestamp;
}

/** One `Undelegation` entry (delegations.proto) of a `QueuedUndelegation`. */
export interface AllianceUndelegationEntry {
  readonly delegatorAddress: string;
  readonly validatorAddress: string;
  readonly balance: AllianceCoin;
}
