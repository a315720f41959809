// Alliance genesis: the SDK's alliance.alliance.GenesisState as genesis JSON (snake_case, LegacyDec as decimals),
// plus one mock-only field, `mock_math_version` ("v0.3.6" or "v0.3.4"), that selects the reward split and Rounder
// of the chain (absent: the module's default). Also the default devnet's part: the four ATOM LSTs as Alliance assets.
import { create, type JsonValue } from "@bufbuild/protobuf";
import { type AllianceMathVersion, Dec } from "@persistence-sdk/core";
import {
  AllianceAssetSchema,
  type GenesisState,
  GenesisStateSchema,
  ParamsSchema,
  type QueuedUndelegation,
  type RedelegationEntry,
  RedelegationStateSchema,
  UndelegationStateSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import type { Context } from "../../app/module.js";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { parseRfc3339Ns } from "../../genesis/genesis-document.js";
import type { Coin } from "../bank/coins.js";
import { fromGenesisJson, toGenesisJson } from "../staking/genesis-json.js";
import { nsOf, timeFromNs, timeOf, timestampOf } from "./convert.js";
import type { AllianceKeeper } from "./keeper.js";
import { AllianceKeys, completionOfQueueSuffix } from "./keys.js";
import {
  allAssets,
  allDelegations,
  allSnapshots,
  allValidatorInfos,
  defaultAllianceParams,
  emptyValidatorInfo,
  getMathVersion,
  getParams,
  setAsset,
  setDelegation,
  setMathVersion,
  setParams,
  setSnapshot,
  setValidatorInfo,
} from "./store.js";

/** The mock-only genesis field choosing the math version. */
export const MATH_VERSION_FIELD = "mock_math_version";

type JsonObject = { [key: string]: JsonValue };

function isMathVersion(value: unknown): value is AllianceMathVersion {
  return value === "v0.3.6" || value === "v0.3.4";
}

/** The genesis section as a GenesisState and the math version it names (if any). */
export function parseAllianceGenesis(section: unknown): { state: GenesisState; mathVersion?: AllianceMathVersion } {
  if (section === undefined || section === null) return { state: create(GenesisStateSchema) };
  if (typeof section === "object" && (section as { $typeName?: unknown }).$typeName === GenesisStateSchema.typeName) {
    return { state: section as GenesisState };
  }
  if (typeof section !== "object" || Array.isArray(section)) {
    throw new Error("alliance genesis must be a JSON object (alliance.alliance.GenesisState)");
  }
  const { [MATH_VERSION_FIELD]: version, ...rest } = section as JsonObject;
  if (version !== undefined && !isMathVersion(version)) {
    throw new Error(
      `alliance genesis: ${MATH_VERSION_FIELD} must be "v0.3.6" or "v0.3.4", got ${JSON.stringify(version)}`,
    );
  }
  const state = fromGenesisJson(GenesisStateSchema, rest);
  return version === undefined ? { state } : { state, mathVersion: version };
}

/** InitGenesis: params, assets, validator infos, snapshots, delegations, and the queued redelegations/unbondings. */
export function initAllianceGenesis(keeper: AllianceKeeper, ctx: Context, section: unknown): void {
  const { state, mathVersion } = parseAllianceGenesis(section);
  setParams(ctx.store, state.params ?? defaultAllianceParams());
  if (mathVersion !== undefined) setMathVersion(ctx.store, mathVersion);
  for (const asset of state.assets) setAsset(ctx.store, asset);
  for (const info of state.validatorInfos) {
    setValidatorInfo(ctx.store, info.validatorAddress, info.validator ?? emptyValidatorInfo());
  }
  for (const snapshot of state.rewardWeightChangeSnaphots) setSnapshot(ctx.store, snapshot);
  for (const delegation of state.delegations) setDelegation(ctx.store, delegation);
  for (const { completionTime, redelegation } of state.redelegations) {
    if (redelegation === undefined) continue;
    keeper.addRedelegation(
      ctx,
      redelegation.delegatorAddress,
      redelegation.srcValidatorAddress,
      redelegation.dstValidatorAddress,
      { denom: redelegation.balance?.denom ?? "", amount: BigInt(redelegation.balance?.amount ?? "0") },
      nsOf(timeOf(completionTime)),
    );
  }
  for (const { completionTime, undelegation } of state.undelegations) {
    for (const entry of undelegation?.entries ?? []) {
      keeper.queueUndelegation(
        ctx,
        entry.delegatorAddress,
        entry.validatorAddress,
        { denom: entry.balance?.denom ?? "", amount: BigInt(entry.balance?.amount ?? "0") },
        nsOf(timeOf(completionTime)),
      );
    }
  }
}

/** ExportGenesis as genesis JSON; `mock_math_version` is written only when it is not the default v0.3.6. */
export function exportAllianceGenesis(keeper: AllianceKeeper, ctx: Context): JsonValue {
  const redelegations = Array.from(ctx.store.iterate<RedelegationEntry>(AllianceKeys.redelegationPrefix), ([, entry]) =>
    create(RedelegationStateSchema, {
      completionTime: entry.completionTime,
      redelegation: {
        delegatorAddress: entry.delegatorAddress,
        srcValidatorAddress: entry.srcValidatorAddress,
        dstValidatorAddress: entry.dstValidatorAddress,
        balance: entry.balance,
      },
    }),
  );
  const undelegations = Array.from(
    ctx.store.iterate<QueuedUndelegation>(AllianceKeys.undelegationQueuePrefix),
    ([key, queued]) =>
      create(UndelegationStateSchema, {
        completionTime: timestampOf(
          timeFromNs(completionOfQueueSuffix(key.slice(AllianceKeys.undelegationQueuePrefix.length))),
        ),
        undelegation: queued,
      }),
  );
  const state = create(GenesisStateSchema, {
    params: getParams(ctx.store),
    assets: allAssets(ctx.store),
    validatorInfos: allValidatorInfos(ctx.store),
    rewardWeightChangeSnaphots: allSnapshots(ctx.store),
    delegations: allDelegations(ctx.store),
    redelegations,
    undelegations,
  });
  const json = toGenesisJson(GenesisStateSchema, state);
  const version = getMathVersion(ctx.store) ?? keeper.defaultMathVersion;
  return version === "v0.3.6" ? json : { ...json, [MATH_VERSION_FIELD]: version };
}

/** The devnet's Alliance settings per LST: distinct reward weights and per-5-minute take rates. */
export const DEVNET_ALLIANCE_ASSETS = [
  // take rate per 5-minute interval; a year is 105,120 intervals, so 0.000001 ≈ 10.0 %/year (1 − (1 − r)^105120).
  { lst: DEVNET_LSTS.stkAtom, rewardWeight: "0.25", takeRate: "0.000001" },
  { lst: DEVNET_LSTS.stAtom, rewardWeight: "0.3", takeRate: "0.000002" },
  { lst: DEVNET_LSTS.qAtom, rewardWeight: "0.2", takeRate: "0.0000005" },
  { lst: DEVNET_LSTS.dAtom, rewardWeight: "0.15", takeRate: "0.0000015" },
] as const;

export interface DevnetAllianceGenesisOptions {
  /** The chain's genesis time (default DEVNET.genesisTime): the assets' reward start. */
  readonly genesisTime?: string;
  /** "v0.3.4" selects the Persistence fork's reward split and Rounder; default v0.3.6. */
  readonly mathVersion?: AllianceMathVersion;
}

/**
 * The default devnet's alliance genesis: params with reward_delay_time 0 (assets created later by the authority earn
 * at once, as the genesis ones do) and the default 5-minute take-rate interval; the four ATOM LSTs as assets whose
 * rewards start at genesis (reward_start_time = genesis time), with no reward-weight decay (change rate 1).
 */
export function devnetAllianceGenesis(options: DevnetAllianceGenesisOptions = {}): JsonValue {
  const start = timestampOf(timeFromNs(parseRfc3339Ns(options.genesisTime ?? DEVNET.genesisTime)));
  const decimal = (text: string) => Dec.fromString(text).toProto();
  const state = create(GenesisStateSchema, {
    params: create(ParamsSchema, {
      rewardDelayTime: { seconds: 0n, nanos: 0 },
      takeRateClaimInterval: { seconds: 300n, nanos: 0 },
      lastTakeRateClaimTime: { seconds: -62_135_596_800n, nanos: 0 },
    }),
    assets: DEVNET_ALLIANCE_ASSETS.map(({ lst, rewardWeight, takeRate }) =>
      create(AllianceAssetSchema, {
        denom: lst.denom,
        rewardWeight: decimal(rewardWeight),
        takeRate: decimal(takeRate),
        totalTokens: "0",
        totalValidatorShares: "0",
        rewardStartTime: start,
        rewardChangeRate: decimal("1"),
        rewardChangeInterval: { seconds: 0n, nanos: 0 },
        lastRewardChangeTime: start,
        rewardWeightRange: { min: decimal("0"), max: decimal("1") },
        isInitialized: false,
      }),
    ),
  });
  const json = toGenesisJson(GenesisStateSchema, state);
  return options.mathVersion === undefined || options.mathVersion === "v0.3.6"
    ? json
    : { ...json, [MATH_VERSION_FIELD]: options.mathVersion };
}

/** 1,000 of each LST (6 decimals) for each of the devnet accounts 0..9. */
export const DEVNET_LST_BALANCE = 1_000n * 1_000_000n;

/** The LST balances the devnet's test accounts 0..9 hold at genesis (bank genesis). */
export function devnetLstBalances(): { readonly address: string; readonly coins: Coin[] }[] {
  return DEVNET.accounts.map((account) => ({
    address: account.address,
    coins: DEVNET_ALLIANCE_ASSETS.map(({ lst }) => ({ denom: lst.denom, amount: DEVNET_LST_BALANCE })),
  }));
}
