import { ClientError, type TxMessage, txMessage, validateAddress } from "@persistence-sdk/client";
import { Dec, validateDenom } from "@persistence-sdk/core";
import { MsgUpdateHostChainSchema } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import {
  accountArg,
  chainIdArg,
  chainOf,
  decArg,
  fractionArg,
  type HasChain,
  paramsArg,
} from "../internal/validate.js";
import { LIQUID_STAKE_IBC_MAX_FEE } from "./buildRegisterHostChain.js";

/** A new host validator for the `add_validator` update. */
export interface NewHostValidator {
  /** Its operator address on the host (the host's bech32 prefix). */
  readonly operatorAddress: string;
  /** Its host staking status, such as "BOND_STATUS_BONDED". */
  readonly status: string;
  /** Its share of new delegations, 0 to 1. */
  readonly weight: Dec;
  /** Its token/share rate on the host (default 1). */
  readonly exchangeRate?: Dec;
  /** Whether it takes delegations (default true). */
  readonly delegable?: boolean;
}

/**
 * One update of a host chain (MsgUpdateHostChain's KV pairs), typed: fees and limits as `Dec`, amounts as bigint,
 * switches as booleans. The builder writes each value the way the chain parses it.
 */
export type HostChainUpdate =
  | { readonly key: "deposit_fee" | "restake_fee" | "unstake_fee" | "redemption_fee"; readonly value: Dec }
  | { readonly key: "lsm_validator_cap"; readonly value: Dec }
  | { readonly key: "lsm_bond_factor"; readonly value: Dec }
  | { readonly key: "upper_c_value_limit" | "lower_c_value_limit"; readonly value: Dec }
  | { readonly key: "autocompound_factor"; readonly value: Dec }
  | { readonly key: "min_deposit" | "redelegation_acceptable_delta"; readonly value: bigint }
  | { readonly key: "max_entries"; readonly value: bigint }
  | { readonly key: "active"; readonly value: boolean }
  | { readonly key: "flags"; readonly value: { readonly lsm: boolean } }
  | { readonly key: "reward_params"; readonly value: { readonly denom: string; readonly destination: string } }
  | { readonly key: "validator_weight"; readonly value: { readonly validator: string; readonly weight: Dec } }
  | { readonly key: "add_validator"; readonly value: NewHostValidator }
  | {
      readonly key: "remove_validator" | "validator_update" | "force_update_validator";
      /** The host validator's operator address. */
      readonly value: string;
    }
  | { readonly key: "set_withdraw_address" | "force_transfer_deposits" }
  | { readonly key: "force_unbond" | "force_ica_transfer" | "force_ica_transfer_rewards"; readonly value: string };

/** Parameters of {@link buildUpdateHostChain}. */
export interface BuildUpdateHostChainParams {
  /** The module authority (gov) or the module admin; it signs the transaction. */
  readonly authority: string;
  /** The host chain to update. */
  readonly chainId: string;
  /** The updates, applied in order (at least one). */
  readonly updates: readonly HostChainUpdate[];
}

function bad(field: string, value: unknown, problem: string, fix: string): ClientError {
  return new ClientError("INVALID_ARGUMENT", problem, { field, value, fix });
}

/** An address of another chain (a host validator): any valid bech32 address, checked against its own prefix. */
function hostAddressArg(address: string, field: string): string {
  const prefix = typeof address === "string" && address.includes("1") ? address.slice(0, address.lastIndexOf("1")) : "";
  if (prefix === "") throw bad(field, address, "not a bech32 address", "Pass the host validator's operator address.");
  return validateAddress(address, { prefix, kind: "account", field });
}

function positive(value: bigint, field: string, example: string): string {
  if (typeof value !== "bigint" || value <= 0n) {
    throw bad(
      field,
      value,
      "must be a positive bigint",
      `Pass a whole number above 0 as a bigint, such as ${example}.`,
    );
  }
  return value.toString();
}

/** The KV value of one update, as the chain parses it. */
function kvValueOf(update: HostChainUpdate, field: string): string {
  const at = `${field}.value`;
  switch (update.key) {
    case "deposit_fee":
    case "restake_fee":
    case "unstake_fee":
    case "redemption_fee":
      return fractionArg(update.value, at, LIQUID_STAKE_IBC_MAX_FEE).toString();
    case "lsm_validator_cap":
      return fractionArg(update.value, at).toString();
    case "lsm_bond_factor": {
      const factor = decArg(update.value, at, "-1");
      if (factor.isNegative() && !factor.equals(Dec.fromInt(-1n))) {
        throw bad(
          at,
          factor.toString(),
          "must be −1 or at least 0",
          'Pass Dec.fromString("-1") to switch it off, or a factor ≥ 0.',
        );
      }
      return factor.toString();
    }
    case "upper_c_value_limit":
    case "lower_c_value_limit": {
      const limit = decArg(update.value, at, "1.01");
      if (limit.isNegative()) throw bad(at, limit.toString(), "must not be negative", "Pass a c-value limit ≥ 0.");
      return limit.toString();
    }
    case "autocompound_factor": {
      const factor = decArg(update.value, at, "20");
      if (!factor.isPositive())
        throw bad(at, factor.toString(), "must be above 0", "Pass the yearly cap in percent, such as 20.");
      return factor.toString();
    }
    case "min_deposit":
      return positive(update.value, at, "10000n");
    case "redelegation_acceptable_delta":
      return positive(update.value, at, "1000000n");
    case "max_entries": {
      if (typeof update.value !== "bigint" || update.value <= 0n || update.value > 0xffffffffn) {
        throw bad(at, update.value, "must be a bigint from 1 to 2^32 − 1", "Pass a whole number such as 7n.");
      }
      return update.value.toString();
    }
    case "active": {
      const value: unknown = update.value;
      if (typeof value !== "boolean") throw bad(at, value, "must be a boolean", "Pass true or false.");
      return String(value);
    }
    case "flags":
      if (typeof update.value?.lsm !== "boolean") {
        throw bad(at, update.value, "flags are { lsm: boolean }", "Pass { lsm: true } or { lsm: false }.");
      }
      return JSON.stringify({ lsm: update.value.lsm });
    case "reward_params": {
      const denom = validateDenom(update.value?.denom, `${at}.denom`);
      const destination = update.value.destination;
      if (typeof destination !== "string") {
        throw bad(`${at}.destination`, destination, "must be a string", "Pass the destination address.");
      }
      return JSON.stringify({ denom, destination });
    }
    case "validator_weight": {
      const validator = hostAddressArg(update.value?.validator, `${at}.validator`);
      return `${validator},${fractionArg(update.value.weight, `${at}.weight`).toString()}`;
    }
    case "add_validator": {
      const v = update.value;
      const operator = hostAddressArg(v?.operatorAddress, `${at}.operatorAddress`);
      if (typeof v.status !== "string" || v.status === "") {
        throw bad(
          `${at}.status`,
          v.status,
          "a status is required",
          'Pass the host status, such as "BOND_STATUS_BONDED".',
        );
      }
      return JSON.stringify({
        operator_address: operator,
        status: v.status,
        weight: fractionArg(v.weight, `${at}.weight`).toString(),
        delegated_amount: "0",
        exchange_rate: decArg(v.exchangeRate ?? Dec.ONE, `${at}.exchangeRate`, "1").toString(),
        unbonding_epoch: 0,
        delegable: v.delegable ?? true,
      });
    }
    case "remove_validator":
    case "validator_update":
    case "force_update_validator":
      return hostAddressArg(update.value, at);
    case "set_withdraw_address":
    case "force_transfer_deposits":
      return "";
    case "force_unbond":
    case "force_ica_transfer":
    case "force_ica_transfer_rewards": {
      const value: unknown = update.value;
      if (typeof value !== "string") throw bad(at, value, "must be a string", "Pass the value the chain expects.");
      return value;
    }
    default:
      throw bad(
        `${field}.key`,
        (update as { key?: unknown })?.key,
        "not a host chain update key",
        "Use one of the HostChainUpdate keys: deposit_fee, restake_fee, unstake_fee, redemption_fee, active, min_deposit, validator_weight, add_validator...",
      );
  }
}

/**
 * An x/liquidstakeibc `MsgUpdateHostChain` (authority or admin): KV updates of one host chain, applied in order.
 * Each typed update is checked first by the rules of the chain's ValidateBasic (fees 0–0.5, caps 0–1, positive
 * amounts, bech32 host addresses...) and written as the chain parses it (Decs as decimals, JSON for validators).
 *
 * @example
 * buildUpdateHostChain(client, { authority, chainId: "cosmoshub-4", updates: [{ key: "active", value: true }] })
 */
export function buildUpdateHostChain(
  context: HasChain,
  params: BuildUpdateHostChainParams,
): TxMessage<typeof MsgUpdateHostChainSchema> {
  const chain = chainOf(context, "buildUpdateHostChain");
  paramsArg(params, "buildUpdateHostChain");
  const authority = accountArg(chain, params.authority, "authority");
  const chainId = chainIdArg(params.chainId);
  if (!Array.isArray(params.updates) || params.updates.length === 0) {
    throw bad(
      "updates",
      params.updates,
      "at least one update is required",
      'Pass updates such as [{ key: "active", value: true }].',
    );
  }
  const updates = params.updates.map((update, i) => {
    const field = `updates[${i}]`;
    if (update === null || typeof update !== "object")
      throw bad(field, update, "not an update", "Pass { key, value }.");
    return { key: update.key, value: kvValueOf(update, field) };
  });
  return txMessage(MsgUpdateHostChainSchema, { authority, chainId, updates });
}
