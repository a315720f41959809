// x/liquidstake params: defaults, the Go validation (types/params.go, with its error wording) and storage.
import { create } from "@bufbuild/protobuf";
import {
  Dec,
  LIQUID_STAKE_DEFAULT_AUTOCOMPOUND_FEE_RATE,
  LIQUID_STAKE_DEFAULT_MIN_AMOUNT,
} from "@persistence-sdk/core";
import {
  type Params,
  ParamsSchema,
  type WhitelistedValidator,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import type { KVStore } from "../../app/module.js";
import { denomError } from "../bank/coins.js";
import { decodeBech32 } from "../staking/addresses.js";
import { liquidStakeDummyFeeAddress } from "./addresses.js";

export const LIQUID_STAKE_MODULE = "liquidstake";
/** `DefaultLiquidBondDenom`. */
export const DEFAULT_LIQUID_BOND_DENOM = "stk/uxprt";

const PARAMS_KEY = "liquidstake/params";

/**
 * types/params.go DefaultParams: stk/uxprt, no validators, no unstake fee, 1000 minimum, 5% autocompound fee, the
 * derived dummy fee account, no LP contract, no admin, and the module paused (governance unpauses it).
 */
export function defaultLiquidStakeParams(prefix = "persistence"): Params {
  return create(ParamsSchema, {
    liquidBondDenom: DEFAULT_LIQUID_BOND_DENOM,
    whitelistedValidators: [],
    unstakeFeeRate: Dec.ZERO.toProto(),
    lsmDisabled: false,
    minLiquidStakeAmount: LIQUID_STAKE_DEFAULT_MIN_AMOUNT.toString(),
    cwLockedPoolAddress: "",
    feeAccountAddress: liquidStakeDummyFeeAddress(prefix),
    autocompoundFeeRate: LIQUID_STAKE_DEFAULT_AUTOCOMPOUND_FEE_RATE.toProto(),
    whitelistAdminAddress: "",
    modulePaused: true,
  });
}

export function getLiquidStakeParams(store: KVStore, prefix = "persistence"): Params {
  return store.get<Params>(PARAMS_KEY) ?? defaultLiquidStakeParams(prefix);
}

export function setLiquidStakeParams(store: KVStore, params: Params): void {
  store.set(PARAMS_KEY, params);
}

/** A LegacyDec field of the wire form; undefined for the empty string, which Go reads as a nil Dec. */
export function decField(atomics: string): Dec | undefined {
  return atomics === "" ? undefined : Dec.fromProto(atomics);
}

/** A math.Int field; undefined when empty (a nil Int in Go). */
export function intField(text: string): bigint | undefined {
  return /^-?[0-9]+$/.test(text) ? BigInt(text) : undefined;
}

function validateRate(value: string, name: string): string | undefined {
  const rate = decField(value);
  if (rate === undefined) return `${name} must not be nil`;
  if (rate.isNegative()) return `${name} must not be negative: ${rate}`;
  if (rate.gt(Dec.ONE)) return `${name} too large: ${rate}`;
  return undefined;
}

function validateAddress(value: string, prefix: string, what: string, optional: boolean): string | undefined {
  if (optional && value.length === 0) return undefined;
  const decoded = decodeBech32(value, prefix);
  if (typeof decoded === "string") {
    return `cannot convert ${what} address to bech32, invalid address: ${value}, err: ${decoded}`;
  }
  return undefined;
}

function validateWhitelist(validators: readonly WhitelistedValidator[], prefix: string): string | undefined {
  const seen = new Set<string>();
  for (const wv of validators) {
    const decoded = decodeBech32(wv.validatorAddress, `${prefix}valoper`);
    if (typeof decoded === "string") return decoded;
    const weight = intField(wv.targetWeight);
    if (weight === undefined) return "liquidstake validator target weight must not be nil";
    if (weight <= 0n) return `liquidstake validator target weight must be positive: ${weight}`;
    if (seen.has(wv.validatorAddress)) return `liquidstake validator cannot be duplicated: ${wv.validatorAddress}`;
    seen.add(wv.validatorAddress);
  }
  return undefined;
}

/** Params.Validate(): the first error text, in Go's order, or undefined. */
export function validateLiquidStakeParams(params: Params, prefix = "persistence"): string | undefined {
  if (params.liquidBondDenom.trim() === "") return "liquid bond denom cannot be blank";
  const checks: (() => string | undefined)[] = [
    () => denomError(params.liquidBondDenom),
    () => validateWhitelist(params.whitelistedValidators, prefix),
    () => validateRate(params.unstakeFeeRate, "unstake fee rate"),
    () => {
      const min = intField(params.minLiquidStakeAmount);
      if (min === undefined) return "min liquid stake amount must not be nil";
      return min < 0n ? `min liquid stake amount must not be negative: ${min}` : undefined;
    },
    () => validateRate(params.autocompoundFeeRate, "autocompound fee rate"),
    () => validateAddress(params.feeAccountAddress, prefix, "fee account", false),
    () => validateAddress(params.cwLockedPoolAddress, prefix, "cw contract", true),
    () => validateAddress(params.whitelistAdminAddress, prefix, "whitelist admin", true),
  ];
  for (const check of checks) {
    const error = check();
    if (error !== undefined) return error;
  }
  return undefined;
}

/** The whitelist as a map by operator address (types.GetWhitelistedValsMap). */
export function whitelistedMap(params: Params): Map<string, WhitelistedValidator> {
  return new Map(params.whitelistedValidators.map((wv) => [wv.validatorAddress, wv]));
}

/**
 * `Params.String()`, which pstake-native defines as `json.MarshalIndent(p, "", "")`: Go's encoding/json over the
 * gogoproto struct (json tags with omitempty; math.Int and LegacyDec marshal as quoted strings), one element per
 * line without indentation. It is what the `update_params` event carries.
 */
export function paramsGoString(params: Params): string {
  const entries: [string, string][] = [];
  const quote = (text: string) => JSON.stringify(text);
  if (params.liquidBondDenom !== "") entries.push(["liquid_bond_denom", quote(params.liquidBondDenom)]);
  if (params.whitelistedValidators.length > 0) {
    const items = params.whitelistedValidators.map((wv) => {
      const fields: string[] = [];
      if (wv.validatorAddress !== "") fields.push(`"validator_address": ${quote(wv.validatorAddress)}`);
      fields.push(`"target_weight": ${quote(intField(wv.targetWeight)?.toString() ?? "<nil>")}`);
      return `{\n${fields.join(",\n")}\n}`;
    });
    entries.push(["whitelisted_validators", `[\n${items.join(",\n")}\n]`]);
  }
  entries.push(["unstake_fee_rate", quote(decField(params.unstakeFeeRate)?.toString() ?? "<nil>")]);
  if (params.lsmDisabled) entries.push(["lsm_disabled", "true"]);
  entries.push(["min_liquid_stake_amount", quote(intField(params.minLiquidStakeAmount)?.toString() ?? "<nil>")]);
  if (params.cwLockedPoolAddress !== "") entries.push(["cw_locked_pool_address", quote(params.cwLockedPoolAddress)]);
  if (params.feeAccountAddress !== "") entries.push(["fee_account_address", quote(params.feeAccountAddress)]);
  entries.push(["autocompound_fee_rate", quote(decField(params.autocompoundFeeRate)?.toString() ?? "<nil>")]);
  if (params.whitelistAdminAddress !== "") {
    entries.push(["whitelist_admin_address", quote(params.whitelistAdminAddress)]);
  }
  if (params.modulePaused) entries.push(["module_paused", "true"]);
  return `{\n${entries.map(([key, value]) => `${quote(key)}: ${value}`).join(",\n")}\n}`;
}

/** `json.Marshal([]WhitelistedValidator)`: compact Go JSON, for the update_whitelisted_validators event. */
export function whitelistGoJson(validators: readonly WhitelistedValidator[]): string {
  if (validators.length === 0) return "null";
  return `[${validators
    .map((wv) => {
      const fields: string[] = [];
      if (wv.validatorAddress !== "") fields.push(`"validator_address":${JSON.stringify(wv.validatorAddress)}`);
      fields.push(`"target_weight":${JSON.stringify(intField(wv.targetWeight)?.toString() ?? "<nil>")}`);
      return `{${fields.join(",")}}`;
    })
    .join(",")}]`;
}
