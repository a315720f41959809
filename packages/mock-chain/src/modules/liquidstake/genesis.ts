// x/liquidstake genesis: the proto GenesisState (params, liquid validators) as genesis.json carries it (proto field
// names, LegacyDec as decimals), plus two mock-only keys: `genesis_liquid_stakes`, liquid stakes made from funded
// accounts while the chain initialises (so minted stkXPRT, the proxy account's delegations and the stakers'
// balances agree from block 1), and `mock_epochs`, the module's epoch infos (see epochs.ts) so that an exported
// genesis resumes the same epoch numbers. A real chain's genesis (without them) imports unchanged.
import { create, type JsonValue } from "@bufbuild/protobuf";
import {
  GenesisStateSchema,
  LiquidValidatorSchema,
  ParamsSchema,
  WhitelistedValidatorSchema,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import type { Context } from "../../app/module.js";
import { DEVNET } from "../../genesis/devnet.js";
import { convertBech32 } from "../staking/addresses.js";
import { fromGenesisJson, toGenesisJson } from "../staking/genesis-json.js";
import { liquidStakeDummyFeeAddress, wasmContractAddress } from "./addresses.js";
import type { EpochInfo, EpochTracker } from "./epochs.js";
import type { LiquidStakeKeeper } from "./keeper.js";
import { defaultLiquidStakeParams, validateLiquidStakeParams } from "./params.js";

/** The epoch identifiers x/liquidstake hooks into (`day` would drive rebalancing, which the module has disabled). */
export const LIQUID_STAKE_EPOCHS = ["hour"] as const;

/** A liquid stake performed at genesis from an account funded in bank genesis. */
export interface GenesisLiquidStake {
  readonly delegator: string;
  /** uxprt, as a decimal string. */
  readonly amount: string;
}

/** The devnet's genesis liquid stake: account 1 staked 10,000 XPRT. */
export const DEVNET_GENESIS_LIQUID_STAKE = { delegator: DEVNET.accounts[1]!.address, amount: 10_000_000_000n } as const;

type JsonObject = { [key: string]: JsonValue };

function epochToJson(info: EpochInfo): JsonObject {
  return {
    identifier: info.identifier,
    start_time_ns: info.startTimeNs.toString(),
    duration_ns: info.durationNs.toString(),
    current_epoch: info.currentEpoch.toString(),
    current_epoch_start_time_ns: info.currentEpochStartTimeNs.toString(),
    epoch_counting_started: info.epochCountingStarted,
    current_epoch_start_height: info.currentEpochStartHeight.toString(),
  };
}

/** Reads the `mock_epochs` entries written by `epochToJson`. */
export function epochFromJson(json: JsonValue): EpochInfo {
  const o = json as Record<string, JsonValue>;
  return {
    identifier: String(o.identifier),
    startTimeNs: BigInt(String(o.start_time_ns)),
    durationNs: BigInt(String(o.duration_ns)),
    currentEpoch: BigInt(String(o.current_epoch)),
    currentEpochStartTimeNs: BigInt(String(o.current_epoch_start_time_ns)),
    epochCountingStarted: o.epoch_counting_started === true,
    currentEpochStartHeight: BigInt(String(o.current_epoch_start_height)),
  };
}

export function epochsToJson(infos: readonly EpochInfo[]): JsonValue[] {
  return infos.map(epochToJson);
}

/** Splits a genesis section into the proto GenesisState JSON and the mock-only keys. */
function split(section: unknown): { state: JsonObject; stakes: GenesisLiquidStake[]; epochs: JsonValue[] | undefined } {
  const { genesis_liquid_stakes, mock_epochs, ...state } = section as JsonObject;
  return {
    state,
    stakes: (Array.isArray(genesis_liquid_stakes) ? genesis_liquid_stakes : []) as unknown as GenesisLiquidStake[],
    epochs: Array.isArray(mock_epochs) ? mock_epochs : undefined,
  };
}

export function initLiquidStakeGenesis(
  keeper: LiquidStakeKeeper,
  epochs: EpochTracker,
  ctx: Context,
  section: unknown,
): void {
  if (section === undefined || section === null) {
    keeper.setParams(ctx, defaultLiquidStakeParams(keeper.bech32Prefix));
    epochs.init(ctx, LIQUID_STAKE_EPOCHS, ctx.time.ns);
    return;
  }
  const { state, stakes, epochs: savedEpochs } = split(section);
  const genesis = fromGenesisJson(GenesisStateSchema, state);
  const params = genesis.params ?? defaultLiquidStakeParams(keeper.bech32Prefix);
  const invalid = validateLiquidStakeParams(params, keeper.bech32Prefix);
  if (invalid !== undefined) throw new Error(`liquidstake genesis: ${invalid}`);
  keeper.setParams(ctx, params);
  for (const lv of genesis.liquidValidators) keeper.setLiquidValidator(ctx.store, lv.operatorAddress);

  if (savedEpochs !== undefined) for (const info of savedEpochs) epochs.set(ctx.store, epochFromJson(info));
  epochs.init(ctx, LIQUID_STAKE_EPOCHS, ctx.time.ns);

  const bondDenom = keeper.deps.staking.bondDenom(ctx.store);
  for (const stake of stakes) {
    keeper.liquidStake(ctx, stake.delegator, { denom: bondDenom, amount: BigInt(stake.amount) });
  }
}

export function exportLiquidStakeGenesis(keeper: LiquidStakeKeeper, epochs: EpochTracker, ctx: Context): JsonValue {
  const state = create(GenesisStateSchema, {
    params: keeper.params(ctx.store),
    liquidValidators: keeper.liquidValidators(ctx.store),
  });
  return { ...toGenesisJson(GenesisStateSchema, state), mock_epochs: epochsToJson(epochs.all(ctx.store)) };
}

/** The devnet's four validators' operator addresses. */
function devnetValoperAddresses(): string[] {
  return DEVNET.validatorOperators.map((operator) => convertBech32(operator.address, `${DEVNET.bech32Prefix}valoper`));
}

/**
 * x/liquidstake's part of the default devnet: stk/uxprt with the four devnet validators whitelisted at 2500 each
 * (all four liquid validators from genesis), the Go defaults for fees and the minimum (no unstake fee, 5%
 * autocompound fee, 1000 uxprt), the derived dummy fee account, the devnet authority as whitelist admin, the module
 * running, an LP contract address (wasmd's address of code 1, instance 1; see keeper.lockOnLp) and account 1's
 * 10,000 XPRT liquid stake (DEVNET_GENESIS_LIQUID_STAKE).
 */
export function devnetLiquidStakeGenesis(): JsonValue {
  const prefix = DEVNET.bech32Prefix;
  const validators = devnetValoperAddresses();
  const params = create(ParamsSchema, {
    ...defaultLiquidStakeParams(prefix),
    whitelistedValidators: validators.map((validatorAddress) =>
      create(WhitelistedValidatorSchema, { validatorAddress, targetWeight: "2500" }),
    ),
    cwLockedPoolAddress: wasmContractAddress(prefix, 1n, 1n),
    feeAccountAddress: liquidStakeDummyFeeAddress(prefix),
    whitelistAdminAddress: DEVNET.authority.address,
    modulePaused: false,
  });
  const state = create(GenesisStateSchema, {
    params,
    liquidValidators: validators.map((operatorAddress) => create(LiquidValidatorSchema, { operatorAddress })),
  });
  return {
    ...toGenesisJson(GenesisStateSchema, state),
    genesis_liquid_stakes: [
      {
        delegator: DEVNET_GENESIS_LIQUID_STAKE.delegator,
        amount: DEVNET_GENESIS_LIQUID_STAKE.amount.toString(),
      },
    ],
  };
}
