// The settings of an Alliance asset as the authority messages and proposals carry them, checked as x/alliance's
// ValidateBasic and msg server check them (alliance-math.md §6: 0 ≤ take_rate < 1, reward_change_rate > 0,
// reward_change_interval ≥ 0, min ≤ reward_weight ≤ max), and converted to the protobuf form (Dec atomics).
import { ClientError } from "@persistence-sdk/client";
import { checkAllianceTakeRate, type Dec } from "@persistence-sdk/core";
import { decArg, nonNegativeDecArg, positiveDecArg, secondsArg } from "../internal/validate.js";

/** The settings of an Alliance asset, as governance sets them (MsgCreateAlliance, MsgUpdateAlliance, proposals). */
export interface AllianceAssetSettings {
  /** Share of staking rewards relative to the bond denom (which counts as 1), such as `Dec.fromString("0.1")`. */
  readonly rewardWeight: Dec;
  /**
   * Fraction of the staked asset removed every `take_rate_claim_interval` (default 5 minutes): `0 ≤ takeRate < 1`.
   * Per interval, not annual (`allianceAnnualTakeRate` converts it).
   */
  readonly takeRate: Dec;
  /** Factor applied to `rewardWeight` every `rewardChangeInterval`: above 0; 1 keeps the weight constant. */
  readonly rewardChangeRate: Dec;
  /** Seconds between two automatic reward weight changes, as a bigint; 0n turns them off. */
  readonly rewardChangeInterval: bigint;
  /** Bounds `rewardWeight` must stay within (also when it changes automatically). */
  readonly rewardWeightRange: { readonly min: Dec; readonly max: Dec };
}

/** The protobuf fields of {@link AllianceAssetSettings}. */
export interface AssetSettingsFields {
  /** `rewardWeight` as LegacyDec atomics. */
  readonly rewardWeight: string;
  /** `takeRate` as LegacyDec atomics. */
  readonly takeRate: string;
  /** `rewardChangeRate` as LegacyDec atomics. */
  readonly rewardChangeRate: string;
  /** `rewardChangeInterval` as a Duration. */
  readonly rewardChangeInterval: { readonly seconds: bigint; readonly nanos: number };
  /** The range's bounds as LegacyDec atomics. */
  readonly rewardWeightRange: { readonly min: string; readonly max: string };
}

/** Checks asset settings and returns their protobuf fields (Decs as atomics, the interval as a Duration). */
export function assetSettingsFields(settings: AllianceAssetSettings): AssetSettingsFields {
  const rewardWeight = nonNegativeDecArg(settings.rewardWeight, "rewardWeight", '"0.1"');
  const takeRate = checkAllianceTakeRate(decArg(settings.takeRate, "takeRate", "0.000005"), "takeRate");
  const rewardChangeRate = positiveDecArg(settings.rewardChangeRate, "rewardChangeRate", '"1" (no change)');
  const interval = secondsArg(settings.rewardChangeInterval, "rewardChangeInterval");
  const range = settings.rewardWeightRange;
  if (range === null || typeof range !== "object") {
    throw new ClientError("INVALID_ARGUMENT", "a reward weight range is { min, max }", {
      field: "rewardWeightRange",
      value: range,
      fix: 'Pass { min: Dec.fromString("0"), max: Dec.fromString("1") }.',
    });
  }
  const min = nonNegativeDecArg(range.min, "rewardWeightRange.min", '"0"');
  const max = nonNegativeDecArg(range.max, "rewardWeightRange.max", '"1"');
  if (min.gt(max)) {
    throw new ClientError("INVALID_ARGUMENT", "the range's min is above its max", {
      field: "rewardWeightRange",
      value: { min: min.toString(), max: max.toString() },
      fix: "Pass min ≤ max.",
    });
  }
  if (rewardWeight.lt(min) || rewardWeight.gt(max)) {
    throw new ClientError("INVALID_ARGUMENT", `reward weight must be within [${min}, ${max}]`, {
      field: "rewardWeight",
      value: rewardWeight.toString(),
      fix: "Pass a reward weight within rewardWeightRange, or widen the range.",
    });
  }
  return {
    rewardWeight: rewardWeight.toProto(),
    takeRate: takeRate.toProto(),
    rewardChangeRate: rewardChangeRate.toProto(),
    rewardChangeInterval: interval,
    rewardWeightRange: { min: min.toProto(), max: max.toProto() },
  };
}
