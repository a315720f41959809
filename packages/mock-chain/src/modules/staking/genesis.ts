// Staking genesis in two forms. The devnet form creates validators like gentxs do (record, self-delegation from the
// operator's funded account, hooks firing so distribution tracks them) and then bonds the top set. The exported form
// is the SDK's `cosmos.staking.v1beta1.GenesisState` JSON, restored record by record without hooks (distribution
// restores its own state), which is what exportGenesis writes.
import { create, type JsonValue } from "@bufbuild/protobuf";
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import {
  BondStatus,
  GenesisStateSchema,
  type Params,
  ParamsSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context } from "../../app/module.js";
import { createGenesisValidator, type GenesisValidator } from "./create-validator.js";
import { delegate } from "./delegation.js";
import {
  allDelegations,
  allRedelegations,
  allUnbondings,
  setDelegation,
  setRedelegation,
  setUnbonding,
} from "./delegation-store.js";
import type { StakingDeps } from "./expected-keepers.js";
import { fromGenesisJson, toGenesisJson } from "./genesis-json.js";
import { defaultStakingParams, getStakingParams, setStakingParams } from "./params.js";
import { enqueueRedelegation, enqueueUnbonding, enqueueUnbondingValidator } from "./queue-store.js";
import { applyValidatorSetUpdates, nsFromTimestamp } from "./validator-set.js";
import {
  getLastTotalPower,
  getLastValidatorPowers,
  getValidator,
  iterateValidators,
  setLastTotalPower,
  setLastValidatorPower,
  setValidator,
  setValidatorByConsensusAddress,
} from "./validator-store.js";

/** A delegation to make at genesis, from a funded account. */
export interface GenesisDelegation {
  readonly delegator: string;
  /** The validator's operator (`persistencevaloper…`) address. */
  readonly validator: string;
  /** Base units; in JSON, a decimal string. */
  readonly amount: bigint | string;
}

/** A `GenesisValidator` as JSON holds it (a genesis.json file): the key in base64, amounts as decimal strings. */
export interface GenesisValidatorJson {
  readonly operator: string;
  /** The 32-byte ed25519 consensus public key, base64. */
  readonly consensusPubKey: string;
  readonly moniker: string;
  readonly selfDelegation: string;
  readonly commissionRate?: string;
  readonly commissionMaxRate?: string;
  readonly commissionMaxChangeRate?: string;
  readonly minSelfDelegation?: string;
}

/** The devnet form of staking genesis, in code (bytes, bigints) or as JSON (`stakingDevnetGenesisJson`). */
export interface StakingDevnetGenesis {
  /** Overrides of the default params (proto field names in camelCase, protobuf-es values). */
  readonly params?: Partial<Omit<Params, "$typeName">>;
  readonly validators: readonly (GenesisValidator | GenesisValidatorJson)[];
  readonly delegations?: readonly GenesisDelegation[];
}

/**
 * The devnet form as JSON, so a genesis holding it can be written to a genesis.json file and read back (the
 * validators' keys in base64, amounts as decimal strings); `initGenesis` reads both forms.
 */
export function stakingDevnetGenesisJson(genesis: StakingDevnetGenesis): JsonValue {
  if (genesis.params !== undefined) {
    throw new Error("staking devnet genesis: params hold protobuf-es values and have no JSON form here");
  }
  return {
    validators: genesis.validators.map((validator) => {
      const { consensusPubKey, selfDelegation, minSelfDelegation, ...rest } = validator;
      return {
        ...rest,
        consensusPubKey: typeof consensusPubKey === "string" ? consensusPubKey : toBase64(consensusPubKey),
        selfDelegation: selfDelegation.toString(),
        ...(minSelfDelegation !== undefined ? { minSelfDelegation: minSelfDelegation.toString() } : {}),
      };
    }),
    ...(genesis.delegations !== undefined
      ? { delegations: genesis.delegations.map((d) => ({ ...d, amount: d.amount.toString() })) }
      : {}),
  };
}

/** A base-unit amount of the devnet form: a bigint, or its decimal text when the genesis came from JSON. */
function amountOf(value: unknown, field: string): bigint {
  if (typeof value === "bigint" && value >= 0n) return value;
  if (typeof value === "string" && /^[0-9]+$/.test(value)) return BigInt(value);
  throw new Error(`staking genesis: ${field} must be a non-negative integer, got ${String(value)}`);
}

function genesisValidatorOf(validator: GenesisValidator | GenesisValidatorJson, i: number): GenesisValidator {
  const key = validator.consensusPubKey;
  const consensusPubKey = typeof key === "string" ? fromBase64(key) : key;
  if (!(consensusPubKey instanceof Uint8Array) || consensusPubKey.length !== 32) {
    throw new Error(`staking genesis: validators[${i}].consensusPubKey must be a 32-byte ed25519 key`);
  }
  const { minSelfDelegation, ...rest } = validator;
  return {
    ...rest,
    consensusPubKey,
    selfDelegation: amountOf(validator.selfDelegation, `validators[${i}].selfDelegation`),
    ...(minSelfDelegation !== undefined
      ? { minSelfDelegation: amountOf(minSelfDelegation, `validators[${i}].minSelfDelegation`) }
      : {}),
  };
}

function isExportedForm(genesis: unknown): genesis is JsonValue & object {
  return (
    typeof genesis === "object" && genesis !== null && ("last_total_power" in genesis || "lastTotalPower" in genesis)
  );
}

function initDevnet(deps: StakingDeps, ctx: Context, genesis: StakingDevnetGenesis): void {
  setStakingParams(ctx.store, create(ParamsSchema, { ...defaultStakingParams(), ...genesis.params }));
  for (const [i, validator] of genesis.validators.entries()) {
    createGenesisValidator(deps, ctx, genesisValidatorOf(validator, i));
  }
  for (const [i, delegation] of (genesis.delegations ?? []).entries()) {
    const validator = getValidator(ctx.store, delegation.validator);
    if (validator === undefined) throw new Error(`genesis delegation to unknown validator ${delegation.validator}`);
    const amount = amountOf(delegation.amount, `delegations[${i}].amount`);
    delegate(deps, ctx, delegation.delegator, amount, BondStatus.UNBONDED, validator, true);
  }
  applyValidatorSetUpdates(deps, ctx);
}

/** The SDK writes last_total_power (a math.Int in a bytes field) as its decimal text; protobuf JSON wants base64. */
function withBase64TotalPower(json: JsonValue & object): JsonValue {
  const record = json as Record<string, JsonValue>;
  const key = "last_total_power" in record ? "last_total_power" : "lastTotalPower";
  const value = record[key];
  if (typeof value !== "string" || !/^[0-9]+$/.test(value)) return json;
  return { ...record, [key]: toBase64(new TextEncoder().encode(value)) };
}

function initExported(ctx: Context, json: JsonValue & object): void {
  const state = fromGenesisJson(GenesisStateSchema, withBase64TotalPower(json));
  setStakingParams(ctx.store, state.params ?? defaultStakingParams());
  setLastTotalPower(ctx.store, BigInt(new TextDecoder().decode(state.lastTotalPower) || "0"));
  for (const validator of state.validators) {
    setValidator(ctx.store, validator);
    setValidatorByConsensusAddress(ctx.store, validator);
    if (validator.status === BondStatus.UNBONDING) {
      enqueueUnbondingValidator(
        ctx.store,
        nsFromTimestamp(validator.unbondingTime),
        validator.unbondingHeight,
        validator.operatorAddress,
      );
    }
  }
  for (const delegation of state.delegations) setDelegation(ctx.store, delegation);
  for (const ubd of state.unbondingDelegations) {
    setUnbonding(ctx.store, ubd);
    for (const entry of ubd.entries) {
      enqueueUnbonding(ctx.store, nsFromTimestamp(entry.completionTime), ubd.delegatorAddress, ubd.validatorAddress);
    }
  }
  for (const red of state.redelegations) {
    setRedelegation(ctx.store, red);
    for (const entry of red.entries) {
      enqueueRedelegation(
        ctx.store,
        nsFromTimestamp(entry.completionTime),
        red.delegatorAddress,
        red.validatorSrcAddress,
        red.validatorDstAddress,
      );
    }
  }
  for (const power of state.lastValidatorPowers) setLastValidatorPower(ctx.store, power.address, power.power);
}

/** `initGenesis` of the staking module: the devnet form or the SDK's exported JSON. */
export function initStakingGenesis(deps: StakingDeps, ctx: Context, genesis: unknown): void {
  if (isExportedForm(genesis)) initExported(ctx, genesis);
  else initDevnet(deps, ctx, (genesis ?? { validators: [] }) as StakingDevnetGenesis);
}

/** The SDK's staking GenesisState as its genesis JSON (snake_case, Decs as decimals), with `exported: true`. */
export function exportStakingGenesis(ctx: Context): JsonValue {
  const state = create(GenesisStateSchema, {
    params: getStakingParams(ctx.store),
    // gogoproto stores math.Int bytes as its decimal text.
    lastTotalPower: new TextEncoder().encode(getLastTotalPower(ctx.store).toString()),
    lastValidatorPowers: [...getLastValidatorPowers(ctx.store)].map(([address, power]) => ({
      $typeName: "cosmos.staking.v1beta1.LastValidatorPower" as const,
      address,
      power,
    })),
    validators: Array.from(iterateValidators(ctx.store), ([, validator]) => validator),
    delegations: Array.from(allDelegations(ctx.store), ([, delegation]) => delegation),
    unbondingDelegations: Array.from(allUnbondings(ctx.store), ([, ubd]) => ubd),
    redelegations: Array.from(allRedelegations(ctx.store), ([, red]) => red),
    exported: true,
  });
  return { ...toGenesisJson(GenesisStateSchema, state), last_total_power: getLastTotalPower(ctx.store).toString() };
}
