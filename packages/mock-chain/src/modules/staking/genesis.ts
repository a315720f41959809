// Staking genesis in two forms. The devnet form creates validators like gentxs do (record, self-delegation from the
// operator's funded account, hooks firing so distribution tracks them) and then bonds the top set. The exported form
// is the SDK's `cosmos.staking.v1beta1.GenesisState` JSON, restored record by record without hooks (distribution
// restores its own state), which is what exportGenesis writes.
import { create, type JsonValue } from "@bufbuild/protobuf";
import { toBase64 } from "@cosmjs/encoding";
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
  readonly amount: bigint;
}

/** The devnet form of staking genesis. */
export interface StakingDevnetGenesis {
  /** Overrides of the default params (proto field names in camelCase, protobuf-es values). */
  readonly params?: Partial<Omit<Params, "$typeName">>;
  readonly validators: readonly GenesisValidator[];
  readonly delegations?: readonly GenesisDelegation[];
}

function isExportedForm(genesis: unknown): genesis is JsonValue & object {
  return (
    typeof genesis === "object" && genesis !== null && ("last_total_power" in genesis || "lastTotalPower" in genesis)
  );
}

function initDevnet(deps: StakingDeps, ctx: Context, genesis: StakingDevnetGenesis): void {
  setStakingParams(ctx.store, create(ParamsSchema, { ...defaultStakingParams(), ...genesis.params }));
  for (const validator of genesis.validators) createGenesisValidator(deps, ctx, validator);
  for (const delegation of genesis.delegations ?? []) {
    const validator = getValidator(ctx.store, delegation.validator);
    if (validator === undefined) throw new Error(`genesis delegation to unknown validator ${delegation.validator}`);
    delegate(deps, ctx, delegation.delegator, delegation.amount, BondStatus.UNBONDED, validator, true);
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
