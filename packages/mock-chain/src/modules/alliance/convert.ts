// The protobuf records the store holds (LegacyDec as 10^18-scaled integer strings, math.Int as decimal strings) and
// the state shapes core's alliance math takes (Dec, bigint). Every formula runs in core; this file only converts.
import { create } from "@bufbuild/protobuf";
import { type Duration, DurationSchema, type Timestamp, TimestampSchema } from "@bufbuild/protobuf/wkt";
import {
  ALLIANCE_ZERO_TIME,
  type AllianceAssetState,
  type AllianceDecCoins,
  type AllianceDelegationState,
  type AllianceDuration,
  type AllianceRewardHistory,
  type AllianceTimestamp,
  type AllianceValidatorState,
  Dec,
} from "@persistence-sdk/core";
import {
  type AllianceAsset,
  AllianceAssetSchema,
  type AllianceValidatorInfo,
  AllianceValidatorInfoSchema,
  type Delegation,
  DelegationSchema,
  type RewardHistory,
  RewardHistorySchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { type DecCoin, DecCoinSchema } from "@persistence-sdk/proto/cosmos/base/v1beta1";

const NS = 1_000_000_000n;

/** A LegacyDec field of a stored or received message; "" (an unset field, Go's nil Dec) reads as zero. */
export function decOf(atomics: string): Dec {
  return atomics === "" ? Dec.ZERO : Dec.fromProto(atomics);
}

/** An unset stdtime field is Go's zero time.Time (year 1), not the Unix epoch. */
export function timeOf(timestamp: Timestamp | undefined): AllianceTimestamp {
  return timestamp === undefined ? ALLIANCE_ZERO_TIME : { seconds: timestamp.seconds, nanos: timestamp.nanos };
}

export function timestampOf(time: AllianceTimestamp): Timestamp {
  return create(TimestampSchema, { seconds: time.seconds, nanos: time.nanos });
}

export function nsOf(time: AllianceTimestamp): bigint {
  return time.seconds * NS + BigInt(time.nanos);
}

/** A time from nanoseconds since the epoch, with non-negative nanos as google.protobuf.Timestamp wants. */
export function timeFromNs(ns: bigint): AllianceTimestamp {
  let seconds = ns / NS;
  let nanos = ns - seconds * NS;
  if (nanos < 0n) {
    seconds -= 1n;
    nanos += NS;
  }
  return { seconds, nanos: Number(nanos) };
}

export function durationOf(duration: Duration | undefined): AllianceDuration {
  return duration === undefined ? { seconds: 0n, nanos: 0 } : { seconds: duration.seconds, nanos: duration.nanos };
}

export function durationProto(duration: AllianceDuration): Duration {
  return create(DurationSchema, { seconds: duration.seconds, nanos: duration.nanos });
}

export function durationNs(duration: Duration | AllianceDuration | undefined): bigint {
  return duration === undefined ? 0n : duration.seconds * NS + BigInt(duration.nanos);
}

export function assetState(asset: AllianceAsset): AllianceAssetState {
  return {
    denom: asset.denom,
    rewardWeight: decOf(asset.rewardWeight),
    takeRate: decOf(asset.takeRate),
    totalTokens: asset.totalTokens === "" ? 0n : BigInt(asset.totalTokens),
    totalValidatorShares: decOf(asset.totalValidatorShares),
    rewardStartTime: timeOf(asset.rewardStartTime),
    rewardChangeRate: decOf(asset.rewardChangeRate),
    rewardChangeInterval: durationOf(asset.rewardChangeInterval),
    lastRewardChangeTime: timeOf(asset.lastRewardChangeTime),
    rewardWeightRange: {
      min: decOf(asset.rewardWeightRange?.min ?? ""),
      max: decOf(asset.rewardWeightRange?.max ?? ""),
    },
    isInitialized: asset.isInitialized,
  };
}

export function assetProto(state: AllianceAssetState): AllianceAsset {
  return create(AllianceAssetSchema, {
    denom: state.denom,
    rewardWeight: state.rewardWeight.toProto(),
    takeRate: state.takeRate.toProto(),
    totalTokens: state.totalTokens.toString(),
    totalValidatorShares: state.totalValidatorShares.toProto(),
    rewardStartTime: timestampOf(state.rewardStartTime),
    rewardChangeRate: state.rewardChangeRate.toProto(),
    rewardChangeInterval: durationProto(state.rewardChangeInterval),
    lastRewardChangeTime: timestampOf(state.lastRewardChangeTime),
    rewardWeightRange: {
      min: state.rewardWeightRange.min.toProto(),
      max: state.rewardWeightRange.max.toProto(),
    },
    isInitialized: state.isInitialized ?? false,
  });
}

export function rewardHistoryState(history: RewardHistory): AllianceRewardHistory {
  return { denom: history.denom, index: decOf(history.index), alliance: history.alliance };
}

export function rewardHistoryProto(history: AllianceRewardHistory): RewardHistory {
  return create(RewardHistorySchema, {
    denom: history.denom,
    index: history.index.toProto(),
    alliance: history.alliance,
  });
}

export function decCoinsState(coins: readonly DecCoin[]): AllianceDecCoins {
  const out: Record<string, Dec> = {};
  for (const coin of coins) {
    const amount = decOf(coin.amount);
    if (!amount.isZero()) out[coin.denom] = (out[coin.denom] ?? Dec.ZERO).add(amount);
  }
  return out;
}

/** sdk.DecCoins: sorted by denom, no zero entries. */
export function decCoinsProto(coins: AllianceDecCoins): DecCoin[] {
  return Object.keys(coins)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((denom) => !(coins[denom] as Dec).isZero())
    .map((denom) => create(DecCoinSchema, { denom, amount: (coins[denom] as Dec).toProto() }));
}

export function validatorState(info: AllianceValidatorInfo): AllianceValidatorState {
  return {
    globalRewardHistory: info.globalRewardHistory.map(rewardHistoryState),
    totalDelegatorShares: decCoinsState(info.totalDelegatorShares),
    validatorShares: decCoinsState(info.validatorShares),
  };
}

export function validatorProto(state: AllianceValidatorState): AllianceValidatorInfo {
  return create(AllianceValidatorInfoSchema, {
    globalRewardHistory: state.globalRewardHistory.map(rewardHistoryProto),
    totalDelegatorShares: decCoinsProto(state.totalDelegatorShares),
    validatorShares: decCoinsProto(state.validatorShares),
  });
}

export function delegationState(delegation: Delegation): AllianceDelegationState {
  return {
    shares: decOf(delegation.shares),
    rewardHistory: delegation.rewardHistory.map(rewardHistoryState),
    lastRewardClaimHeight: delegation.lastRewardClaimHeight,
  };
}

export function delegationProto(
  delegator: string,
  operator: string,
  denom: string,
  state: AllianceDelegationState,
): Delegation {
  return create(DelegationSchema, {
    delegatorAddress: delegator,
    validatorAddress: operator,
    denom,
    shares: state.shares.toProto(),
    rewardHistory: state.rewardHistory.map(rewardHistoryProto),
    lastRewardClaimHeight: state.lastRewardClaimHeight,
  });
}
