// Distribution genesis in two forms. The devnet form holds params and an optional starting community pool; validator
// and delegation records then come from staking's genesis through the hooks, as with gentxs. The exported form is the
// SDK's x/distribution GenesisState JSON (fee pool, withdraw addresses, and every F1 record), which exportGenesis
// writes so that a chain restarted from an exported genesis keeps its rewards.
import { create, type JsonValue } from "@bufbuild/protobuf";
import { fromHex, toBech32 } from "@cosmjs/encoding";
import {
  type DelegatorStartingInfo,
  DelegatorStartingInfoSchema,
  FeePoolSchema,
  type Params,
  ParamsSchema,
  ValidatorAccumulatedCommissionSchema,
  type ValidatorCurrentRewards,
  ValidatorCurrentRewardsSchema,
  type ValidatorHistoricalRewards,
  ValidatorHistoricalRewardsSchema,
  ValidatorOutstandingRewardsSchema,
  type ValidatorSlashEvent,
  ValidatorSlashEventSchema,
} from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import type { Context } from "../../app/module.js";
import type { Bech32Prefixes } from "../staking/addresses.js";
import type { Coin } from "../staking/expected-keepers.js";
import { fromGenesisJson, toGenesisJson } from "../staking/genesis-json.js";
import { decCoinsFromCoins, decCoinsFromProto, decCoinsToProto } from "./dec-coins.js";
import { DistributionKeys } from "./keys.js";
import { defaultDistributionParams, getDistributionParams, setDistributionParams } from "./params.js";
import {
  getAccumulatedCommission,
  getCommunityPool,
  getOutstandingRewards,
  setAccumulatedCommission,
  setCommunityPool,
  setCurrentRewards,
  setHistoricalRewards,
  setOutstandingRewards,
  setSlashEvent,
  setStartingInfo,
  setWithdrawAddress,
} from "./store.js";

/** The devnet form of distribution genesis. */
export interface DistributionGenesis {
  /** Overrides of the default params (protobuf-es values: Decs as 10^18-scaled atomics strings). */
  readonly params?: Partial<Omit<Params, "$typeName">>;
  /** Coins the distribution module account must already hold (the bank genesis funds it). */
  readonly communityPool?: readonly Coin[];
}

type JsonObject = { [key: string]: JsonValue };
type Row = Record<string, JsonValue>;

function isExportedForm(genesis: unknown): genesis is JsonObject {
  return typeof genesis === "object" && genesis !== null && ("fee_pool" in genesis || "outstanding_rewards" in genesis);
}

function rows(json: JsonObject, key: string): Row[] {
  const value = json[key];
  return Array.isArray(value) ? (value as Row[]) : [];
}

function initExported(ctx: Context, json: JsonObject): void {
  setDistributionParams(ctx.store, fromGenesisJson(ParamsSchema, json.params ?? {}));
  setCommunityPool(ctx.store, decCoinsFromProto(fromGenesisJson(FeePoolSchema, json.fee_pool ?? {}).communityPool));
  for (const row of rows(json, "delegator_withdraw_infos")) {
    setWithdrawAddress(ctx.store, String(row.delegator_address), String(row.withdraw_address));
  }
  for (const row of rows(json, "outstanding_rewards")) {
    const rewards = fromGenesisJson(ValidatorOutstandingRewardsSchema, { rewards: row.outstanding_rewards ?? [] });
    setOutstandingRewards(ctx.store, String(row.validator_address), decCoinsFromProto(rewards.rewards));
  }
  for (const row of rows(json, "validator_accumulated_commissions")) {
    const accumulated = fromGenesisJson(ValidatorAccumulatedCommissionSchema, row.accumulated ?? {});
    setAccumulatedCommission(ctx.store, String(row.validator_address), decCoinsFromProto(accumulated.commission));
  }
  for (const row of rows(json, "validator_historical_rewards")) {
    const rewards: ValidatorHistoricalRewards = fromGenesisJson(ValidatorHistoricalRewardsSchema, row.rewards ?? {});
    setHistoricalRewards(
      ctx.store,
      String(row.validator_address),
      BigInt(String(row.period)),
      decCoinsFromProto(rewards.cumulativeRewardRatio),
      rewards.referenceCount,
    );
  }
  for (const row of rows(json, "validator_current_rewards")) {
    const rewards: ValidatorCurrentRewards = fromGenesisJson(ValidatorCurrentRewardsSchema, row.rewards ?? {});
    setCurrentRewards(ctx.store, String(row.validator_address), decCoinsFromProto(rewards.rewards), rewards.period);
  }
  for (const row of rows(json, "delegator_starting_infos")) {
    const info: DelegatorStartingInfo = fromGenesisJson(DelegatorStartingInfoSchema, row.starting_info ?? {});
    setStartingInfo(ctx.store, String(row.validator_address), String(row.delegator_address), info);
  }
  for (const row of rows(json, "validator_slash_events")) {
    const event: ValidatorSlashEvent = fromGenesisJson(ValidatorSlashEventSchema, row.validator_slash_event ?? {});
    setSlashEvent(ctx.store, String(row.validator_address), BigInt(String(row.height)), event);
  }
}

/** `initGenesis` of distribution: the devnet form or the SDK's exported JSON. */
export function initDistributionGenesis(ctx: Context, genesis: unknown): void {
  if (isExportedForm(genesis)) {
    initExported(ctx, genesis);
    return;
  }
  const input = (genesis ?? {}) as DistributionGenesis;
  setDistributionParams(ctx.store, create(ParamsSchema, { ...defaultDistributionParams(), ...input.params }));
  setCommunityPool(ctx.store, decCoinsFromCoins(input.communityPool ?? []));
}

/** Entries under a prefix with the address parts of their keys turned back into bech32. */
function* keyed<T>(ctx: Context, prefix: string): IterableIterator<[string[], T]> {
  for (const [key, value] of ctx.store.iterate<T>(prefix)) yield [key.slice(prefix.length).split("/"), value];
}

/** The SDK's x/distribution GenesisState JSON of the current state. */
export function exportDistributionGenesis(ctx: Context, prefixes: Bech32Prefixes): JsonValue {
  const valoper = (hex: string) => toBech32(prefixes.validator, fromHex(hex));
  const account = (hex: string) => toBech32(prefixes.account, fromHex(hex));
  const decCoinsJson = (coins: ReturnType<typeof getCommunityPool>) =>
    toGenesisJson(FeePoolSchema, create(FeePoolSchema, { communityPool: decCoinsToProto(coins) })).community_pool!;

  const validators = Array.from(keyed<unknown>(ctx, DistributionKeys.outstandingPrefix), ([[hex]]) => valoper(hex!));
  return {
    params: toGenesisJson(ParamsSchema, getDistributionParams(ctx.store)),
    fee_pool: { community_pool: decCoinsJson(getCommunityPool(ctx.store)) },
    delegator_withdraw_infos: Array.from(
      keyed<string>(ctx, DistributionKeys.withdrawAddressPrefix),
      ([[hex], withdraw]) => ({
        delegator_address: account(hex!),
        withdraw_address: withdraw,
      }),
    ),
    previous_proposer: "",
    outstanding_rewards: validators.map((validator) => ({
      validator_address: validator,
      outstanding_rewards: decCoinsJson(getOutstandingRewards(ctx.store, validator)),
    })),
    validator_accumulated_commissions: validators.map((validator) => ({
      validator_address: validator,
      accumulated: { commission: decCoinsJson(getAccumulatedCommission(ctx.store, validator)) },
    })),
    validator_historical_rewards: Array.from(
      keyed<ValidatorHistoricalRewards>(ctx, DistributionKeys.historicalRewardsPrefix),
      ([[hex, period], rewards]) => ({
        validator_address: valoper(hex!),
        period: BigInt(period!).toString(),
        rewards: toGenesisJson(ValidatorHistoricalRewardsSchema, rewards),
      }),
    ),
    validator_current_rewards: Array.from(
      keyed<ValidatorCurrentRewards>(ctx, DistributionKeys.currentRewardsPrefix),
      ([[hex], rewards]) => ({
        validator_address: valoper(hex!),
        rewards: toGenesisJson(ValidatorCurrentRewardsSchema, rewards),
      }),
    ),
    delegator_starting_infos: Array.from(
      keyed<DelegatorStartingInfo>(ctx, DistributionKeys.startingInfoPrefix),
      ([[valHex, delHex], info]) => ({
        delegator_address: account(delHex!),
        validator_address: valoper(valHex!),
        starting_info: toGenesisJson(DelegatorStartingInfoSchema, info),
      }),
    ),
    validator_slash_events: Array.from(
      keyed<ValidatorSlashEvent>(ctx, DistributionKeys.slashEventPrefix),
      ([[hex, height], event]) => ({
        validator_address: valoper(hex!),
        height: BigInt(height!).toString(),
        period: event.validatorPeriod.toString(),
        validator_slash_event: toGenesisJson(ValidatorSlashEventSchema, event),
      }),
    ),
  };
}
