// From the generated protobuf messages to the SDK shapes: LegacyDec atomics strings to `Dec` (`Dec.fromProto`),
// integer strings to bigint, Timestamp/Duration to core's exact shapes. An answer that does not convert is the
// node's fault: `InvalidResponseError`, naming the query.
import type { Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import { InvalidResponseError } from "@persistence-sdk/client";
import {
  ALLIANCE_ZERO_TIME,
  type AllianceDecCoins,
  type AllianceDuration,
  type AllianceRewardHistory,
  type AllianceTimestamp,
  type Coin,
  coinFromProto,
  Dec,
  parseInt256,
} from "@persistence-sdk/core";
import type {
  AllianceAsset as ProtoAsset,
  DelegationResponse as ProtoDelegationResponse,
  Params as ProtoParams,
  RedelegationEntry as ProtoRedelegation,
  RewardHistory as ProtoRewardHistory,
  UnbondingDelegation as ProtoUnbonding,
  QueryAllianceValidatorResponse as ProtoValidator,
} from "@persistence-sdk/proto/alliance/alliance";
import type { DecCoin, Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import type {
  AllianceAsset,
  AllianceDelegation,
  AllianceParams,
  AllianceRedelegation,
  AllianceUnbonding,
  AllianceValidator,
} from "../types.js";

/** Runs a conversion; a failure becomes `InvalidResponseError` for `path`. */
export function converted<T>(path: string, value: unknown, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    throw new InvalidResponseError(path, value, error);
  }
}

/** A Timestamp; absent is Go's zero time (an unset non-nullable stdtime). */
export function timestampOf(time: Timestamp | undefined): AllianceTimestamp {
  return time === undefined ? ALLIANCE_ZERO_TIME : Object.freeze({ seconds: time.seconds, nanos: time.nanos });
}

/** A Duration; absent is 0. */
export function durationOf(duration: Duration | undefined): AllianceDuration {
  return Object.freeze({ seconds: duration?.seconds ?? 0n, nanos: duration?.nanos ?? 0 });
}

/** A coin that must be there (non-nullable in the proto). */
export function coinOf(coin: ProtoCoin | undefined, field: string): Coin {
  return coinFromProto(coin ?? { denom: "", amount: "" }, field);
}

/** DecCoins as a record denom → Dec (zero entries dropped, as sdk.DecCoins never holds them). */
export function decCoinsOf(coins: readonly DecCoin[], field: string): AllianceDecCoins {
  const record: Record<string, Dec> = {};
  coins.forEach((coin, i) => {
    const amount = Dec.fromProto(coin.amount, `${field}[${i}].amount`);
    if (!amount.isZero()) record[coin.denom] = amount;
  });
  return Object.freeze(record);
}

function rewardHistoryOf(history: ProtoRewardHistory, field: string): AllianceRewardHistory {
  return Object.freeze({
    denom: history.denom,
    index: Dec.fromProto(history.index, `${field}.index`),
    alliance: history.alliance,
  });
}

/** An `AllianceAsset` as core's state. */
export function assetOf(asset: ProtoAsset): AllianceAsset {
  return Object.freeze({
    denom: asset.denom,
    rewardWeight: Dec.fromProto(asset.rewardWeight, "rewardWeight"),
    takeRate: Dec.fromProto(asset.takeRate, "takeRate"),
    totalTokens: parseInt256(asset.totalTokens === "" ? "0" : asset.totalTokens, "totalTokens"),
    totalValidatorShares: Dec.fromProto(asset.totalValidatorShares, "totalValidatorShares"),
    rewardStartTime: timestampOf(asset.rewardStartTime),
    rewardChangeRate: Dec.fromProto(asset.rewardChangeRate, "rewardChangeRate"),
    rewardChangeInterval: durationOf(asset.rewardChangeInterval),
    lastRewardChangeTime: timestampOf(asset.lastRewardChangeTime),
    rewardWeightRange: Object.freeze({
      min: Dec.fromProto(asset.rewardWeightRange?.min ?? "", "rewardWeightRange.min"),
      max: Dec.fromProto(asset.rewardWeightRange?.max ?? "", "rewardWeightRange.max"),
    }),
    isInitialized: asset.isInitialized,
  });
}

/** Module parameters. */
export function paramsOf(params: ProtoParams | undefined): AllianceParams {
  return Object.freeze({
    rewardDelayTime: durationOf(params?.rewardDelayTime),
    takeRateClaimInterval: durationOf(params?.takeRateClaimInterval),
    lastTakeRateClaimTime: timestampOf(params?.lastTakeRateClaimTime),
  });
}

/** A validator's Alliance bookkeeping. */
export function validatorOf(validator: ProtoValidator): AllianceValidator {
  return Object.freeze({
    validatorAddress: validator.validatorAddr,
    totalDelegatorShares: decCoinsOf(validator.totalDelegationShares, "totalDelegationShares"),
    validatorShares: decCoinsOf(validator.validatorShares, "validatorShares"),
    totalStaked: decCoinsOf(validator.totalStaked, "totalStaked"),
  });
}

/** A delegation and its balance. */
export function delegationOf(response: ProtoDelegationResponse): AllianceDelegation {
  const delegation = response.delegation;
  const denom = delegation?.denom || response.balance?.denom || "";
  return Object.freeze({
    delegatorAddress: delegation?.delegatorAddress ?? "",
    validatorAddress: delegation?.validatorAddress ?? "",
    denom,
    shares: Dec.fromProto(delegation?.shares ?? "", "delegation.shares"),
    rewardHistory: Object.freeze(
      (delegation?.rewardHistory ?? []).map((h, i) => rewardHistoryOf(h, `delegation.rewardHistory[${i}]`)),
    ),
    lastRewardClaimHeight: delegation?.lastRewardClaimHeight ?? 0n,
    balance: parseInt256(response.balance?.amount || "0", "balance.amount"),
  });
}

/** An unbonding; `denom` fills in what v0.3.4 chains leave out. */
export function unbondingOf(unbonding: ProtoUnbonding, denom?: string): AllianceUnbonding {
  return Object.freeze({
    validatorAddress: unbonding.validatorAddress,
    denom: unbonding.denom || denom || "",
    amount: parseInt256(unbonding.amount || "0", "amount"),
    completionTime: timestampOf(unbonding.completionTime),
  });
}

/** A redelegation entry. */
export function redelegationOf(entry: ProtoRedelegation): AllianceRedelegation {
  return Object.freeze({
    delegatorAddress: entry.delegatorAddress,
    srcValidatorAddress: entry.srcValidatorAddress,
    dstValidatorAddress: entry.dstValidatorAddress,
    balance: coinOf(entry.balance, "balance"),
    completionTime: timestampOf(entry.completionTime),
  });
}
