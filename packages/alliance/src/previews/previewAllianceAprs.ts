import { type Client, ClientError, paginateAll, query } from "@persistence-sdk/client";
import {
  allianceRewardsStarted,
  Dec,
  parseInt256,
  type YieldLayer,
  type YieldStack,
  yieldAllianceRewardsApr,
  yieldStack,
  yieldTakeRateLayer,
} from "@persistence-sdk/core";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { Query as DistributionQuery } from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import { Query as MintQuery } from "@persistence-sdk/proto/cosmos/mint/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { converted } from "../internal/convert.js";
import { moduleAddress } from "../internal/moduleAddress.js";
import { latestBlock } from "../internal/state.js";
import { decArg, denomArg, paramsArg } from "../internal/validate.js";
import { getAllianceParams } from "../queries/getAllianceParams.js";
import { getAlliances } from "../queries/getAlliances.js";

/** Parameters of {@link previewAllianceAprs}. */
export interface PreviewAllianceAprsParams {
  /**
   * What one base unit of each asset is worth in base units of the bond denom, by denom (from your price source):
   * `{ "stk/uatom": Dec.fromString("12.5") }`. Only assets with a price get an APR.
   */
  readonly prices: Readonly<Record<string, Dec>>;
  /** The asset's own yield (an LST's staking APR), by denom; adds an `lst` layer to the stack. */
  readonly lstAprs?: Readonly<Record<string, Dec>>;
  /** The commission of the validators the module delegates to (default 0). */
  readonly commission?: Dec;
  /** How often the net is reinvested a year, for `netApy` (default 365n). */
  readonly compoundingPeriodsPerYear?: bigint;
}

/** The yield of restaking one asset. */
export interface AllianceAprPreview {
  /** The asset's denom. */
  readonly denom: string;
  /** The asset's reward weight. */
  readonly rewardWeight: Dec;
  /** False before the asset's reward start: it earns nothing yet (the APR is what it will earn at this state). */
  readonly rewardsStarted: boolean;
  /**
   * Alliance rewards a year per unit of asset value (`yieldAllianceRewardsApr`); undefined while nothing of the asset
   * is staked (the first delegator would take all of it).
   */
  readonly rewardsApr: Dec | undefined;
  /** The per-interval take rate as a yearly cost (`allianceAnnualTakeRate`). */
  readonly annualTakeRate: Dec;
  /** Layers (asset yield, Alliance rewards, take rate as its own cost line) and the net; undefined with `rewardsApr`. */
  readonly stack: YieldStack | undefined;
}

/** The chain-wide figures every asset's APR is computed from. */
export interface AllianceAprInputs {
  /** x/mint's current inflation (annual). */
  readonly inflation: Dec;
  /** x/bank's supply of the bond denom. */
  readonly bondDenomSupply: bigint;
  /** x/staking's bonded tokens (native stake plus the Alliance module's virtual stake). */
  readonly bondedTokens: bigint;
  /** The Alliance module's own delegations to bonded validators: its virtual stake. */
  readonly allianceBond: bigint;
  /** x/distribution's community tax. */
  readonly communityTax: Dec;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/** What {@link previewAllianceAprs} returns. */
export interface AllianceAprsPreview {
  /** The chain-wide figures every APR below was computed from. */
  readonly inputs: AllianceAprInputs;
  /** One entry per priced asset, in the order of `getAlliances`. */
  readonly assets: AllianceAprPreview[];
}

/** Reads inflation (x/mint), supply (x/bank), bonded tokens (x/staking pool), community tax and the module's stake. */
async function aprInputs(client: Client, height: bigint): Promise<AllianceAprInputs> {
  const at = { height };
  const module = moduleAddress(client.chain.bech32.account, "alliance");
  const [inflation, supply, pool, distribution, bonded, moduleDelegations] = await Promise.all([
    query(client, MintQuery.method.inflation, {}, at),
    query(client, BankQuery.method.supplyOf, { denom: client.chain.bondDenom }, at),
    query(client, StakingQuery.method.pool, {}, at),
    query(client, DistributionQuery.method.params, {}, at),
    paginateAll(client, StakingQuery.method.validators, { status: "BOND_STATUS_BONDED" }, (r) => r.validators, at),
    paginateAll(
      client,
      StakingQuery.method.delegatorDelegations,
      { delegatorAddr: module },
      (r) => r.delegationResponses,
      at,
    ),
  ]);
  return converted("APR inputs (mint, bank, staking, distribution)", { inflation, supply, pool }, () => {
    const bondedSet = new Set(bonded.map((v) => v.operatorAddress));
    let allianceBond = 0n;
    for (const d of moduleDelegations) {
      if (bondedSet.has(d.delegation?.validatorAddress ?? "")) allianceBond += parseInt256(d.balance?.amount || "0");
    }
    return Object.freeze({
      inflation: Dec.fromProto(new TextDecoder().decode(inflation.inflation), "inflation"),
      bondDenomSupply: parseInt256(supply.amount?.amount || "0", "supply"),
      bondedTokens: parseInt256(pool.pool?.bondedTokens || "0", "bondedTokens"),
      allianceBond,
      communityTax: Dec.fromProto(distribution.params?.communityTax ?? "", "communityTax"),
      height,
    });
  });
}

/**
 * The APR of restaking each priced Alliance asset, estimated from chain state with core's yield functions: the
 * asset's Alliance rewards (reward weight × native bond share of the inflation, `yieldAllianceRewardsApr`), minus the
 * take rate converted to a year (`allianceAnnualTakeRate`) as its own cost line, plus the asset's own yield when
 * given. An estimate, not a promise: inflation, fees and stake move every block.
 */
export async function previewAllianceAprs(
  client: Client,
  params: PreviewAllianceAprsParams,
): Promise<AllianceAprsPreview> {
  paramsArg(params, "previewAllianceAprs");
  if (params.prices === null || typeof params.prices !== "object") {
    throw new ClientError("INVALID_ARGUMENT", "prices is a record denom → Dec", {
      field: "prices",
      value: params.prices,
      fix: 'Pass { "stk/uatom": Dec.fromString("12.5") }: bond-denom base units per asset base unit.',
    });
  }
  const prices = new Map(
    Object.entries(params.prices).map(([denom, price]) => [
      denomArg(denom, "prices"),
      decArg(price, `prices["${denom}"]`, "12.5"),
    ]),
  );
  const commission = params.commission === undefined ? Dec.ZERO : decArg(params.commission, "commission", "0.05");
  const block = await latestBlock(client);
  const [inputs, assets, allianceParams] = await Promise.all([
    aprInputs(client, block.height),
    getAlliances(client, { height: block.height }),
    getAllianceParams(client, { height: block.height }),
  ]);
  const nativeBond = inputs.bondedTokens - inputs.allianceBond;
  const previews = assets
    .filter((asset) => prices.has(asset.denom))
    .map((asset): AllianceAprPreview => {
      const takeRateLayer = yieldTakeRateLayer(asset.takeRate, allianceParams.takeRateClaimInterval);
      const rewardsApr =
        asset.totalTokens === 0n
          ? undefined
          : yieldAllianceRewardsApr({
              inflation: inputs.inflation,
              bondDenomSupply: inputs.bondDenomSupply,
              bondedTokens: inputs.bondedTokens,
              communityTax: inputs.communityTax,
              commission,
              nativeBond: nativeBond < 0n ? 0n : nativeBond,
              rewardWeight: asset.rewardWeight,
              assetTotalTokens: asset.totalTokens,
              assetPriceInNative: prices.get(asset.denom)!,
            });
      const lstApr = params.lstAprs?.[asset.denom];
      const layers: YieldLayer[] = [
        ...(lstApr === undefined
          ? []
          : [
              {
                kind: "lst" as const,
                name: `${asset.denom} yield`,
                apr: decArg(lstApr, `lstAprs["${asset.denom}"]`, "0.15"),
              },
            ]),
        ...(rewardsApr === undefined
          ? []
          : [{ kind: "restaking" as const, name: "Alliance rewards", apr: rewardsApr }]),
        takeRateLayer,
      ];
      return Object.freeze({
        denom: asset.denom,
        rewardWeight: asset.rewardWeight,
        rewardsStarted: allianceRewardsStarted(asset, block.time),
        rewardsApr,
        annualTakeRate: takeRateLayer.apr,
        stack:
          rewardsApr === undefined
            ? undefined
            : yieldStack(
                layers,
                params.compoundingPeriodsPerYear === undefined
                  ? {}
                  : { compoundingPeriodsPerYear: params.compoundingPeriodsPerYear },
              ),
      });
    });
  return Object.freeze({ inputs, assets: previews });
}
