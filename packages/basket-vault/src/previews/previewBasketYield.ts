// The yield stack of a basket share, from queried state and core's yield functions: the constituents' LST yields
// weighted by the basket's composition, plus the Alliance restaking rewards of the part the vault restakes, minus
// the Alliance take rate on that part, minus the performance fee. The restaking layers are computed here with
// core's `yieldAllianceRewardsApr` / `yieldTakeRateLayer` on x/alliance, x/mint, x/bank, x/staking and
// x/distribution state read at one height (the same model as @persistence-sdk/alliance's `previewAllianceAprs`,
// without depending on that package).
import { sha256 } from "@cosmjs/crypto";
import { toBech32 } from "@cosmjs/encoding";
import { type Client, paginateAll, query } from "@persistence-sdk/client";
import {
  type AllianceDuration,
  Dec,
  parseInt256,
  positionYieldStack,
  type YieldFee,
  type YieldStack,
  yieldAllianceRewardsApr,
  yieldPerformanceFeeApr,
  yieldTakeRateLayer,
} from "@persistence-sdk/core";
import { Query as AllianceQuery } from "@persistence-sdk/proto/alliance/alliance";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { Query as DistributionQuery } from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import { Query as MintQuery } from "@persistence-sdk/proto/cosmos/mint/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { converted } from "../internal/convert.js";
import { type BasketSnapshot, readBasketSnapshot } from "../internal/state.js";
import { decArg, fractionArg, idArg, nonNegativeDecArg, paramsArg, positiveDecArg } from "../internal/validate.js";

/** Options of the yield stack (also taken by `getBasketPosition`). */
export interface BasketYieldOptions {
  /**
   * What one base unit of the underlying is worth in base units of the chain's bond denom (uxprt per uatom), from
   * your price source. Needed for the Alliance rewards APR (rewards are paid in the bond denom); without it the
   * restaking layer is left out (the take rate, a share of the restaked LSTs, is still shown).
   */
  readonly underlyingPrice?: Dec;
  /** Each LST's own yield by denom; default: the APRs the basket's feeders posted (MsgPostMetrics). */
  readonly lstAprs?: Readonly<Record<string, Dec>>;
  /** Commission of the validators the Alliance module delegates to (default 0). */
  readonly commission?: Dec;
  /** How often the net is reinvested a year, for `netApy` (default 365n). */
  readonly compoundingPeriodsPerYear?: bigint;
}

/** Parameters of {@link previewBasketYield}. */
export interface PreviewBasketYieldParams extends BasketYieldOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** Read the state at this height (default: the latest). */
  readonly height?: bigint;
}

/** One constituent's part of the yield. */
export interface ConstituentYield {
  /** The constituent's denom. */
  readonly denom: string;
  /** Its weight in the stack: the current weight (the targets while the basket holds nothing). */
  readonly weight: Dec;
  /** Its LST yield (APR). */
  readonly lstApr: Dec;
  /** Where `lstApr` came from: the feeders' posted metrics, or `lstAprs`. */
  readonly lstAprSource: "metrics" | "given";
  /** restaked / holdings: the part that earns Alliance rewards and pays the take rate. */
  readonly restakedFraction: Dec;
  /** Alliance rewards APR of the LST (undefined without `underlyingPrice`, or while nothing of it is restaked). */
  readonly restakingApr: Dec | undefined;
  /** The Alliance take rate of the LST as a yearly cost (0 if it is not an Alliance asset). */
  readonly annualTakeRate: Dec;
}

/** The yield of a basket share. */
export interface BasketYield {
  /** The basket's id. */
  readonly basketId: bigint;
  /** Per constituent, in listing order. */
  readonly constituents: readonly ConstituentYield[];
  /** The basket's Alliance rewards APR: Σ weight·restakedFraction·restakingApr (undefined without a price). */
  readonly restakingApr: Dec | undefined;
  /** The basket's yearly take-rate cost: Σ weight·restakedFraction·annualTakeRate. */
  readonly annualTakeRate: Dec;
  /** Performance fee φ times the price gain it is charged on (LST yield − take rate; rewards are paid apart). */
  readonly performanceFeeApr: Dec;
  /** Layers (one LST layer per constituent, Alliance rewards, take rate, performance fee) and the net. */
  readonly stack: YieldStack;
  /** The height of the state read. */
  readonly height: bigint;
}

/** The chain-wide figures Alliance rewards are estimated from. */
interface AprInputs {
  /** x/mint's annual inflation. */
  readonly inflation: Dec;
  /** Bank supply of the bond denom. */
  readonly bondDenomSupply: bigint;
  /** x/staking's bonded tokens. */
  readonly bondedTokens: bigint;
  /** The Alliance module's own bonded delegations. */
  readonly allianceBond: bigint;
  /** x/distribution's community tax. */
  readonly communityTax: Dec;
}

interface AllianceAssetInfo {
  /** The asset's reward weight. */
  readonly rewardWeight: Dec;
  /** The asset's per-interval take rate. */
  readonly takeRate: Dec;
  /** Tokens of the asset staked through Alliance. */
  readonly totalTokens: bigint;
}

function moduleAddress(prefix: string, name: string): string {
  return toBech32(prefix, sha256(new TextEncoder().encode(name)).slice(0, 20));
}

async function aprInputs(client: Client, height: bigint | undefined): Promise<AprInputs> {
  const at = height === undefined ? {} : { height };
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
    return {
      inflation: Dec.fromProto(new TextDecoder().decode(inflation.inflation) || "0", "inflation"),
      bondDenomSupply: parseInt256(supply.amount?.amount || "0", "supply"),
      bondedTokens: parseInt256(pool.pool?.bondedTokens || "0", "bondedTokens"),
      allianceBond,
      communityTax: Dec.fromProto(distribution.params?.communityTax || "0", "communityTax"),
    };
  });
}

async function allianceState(
  client: Client,
  height: bigint | undefined,
): Promise<{ assets: Map<string, AllianceAssetInfo>; interval: AllianceDuration } | undefined> {
  const at = height === undefined ? {} : { height };
  try {
    const [assets, params] = await Promise.all([
      paginateAll(client, AllianceQuery.method.alliances, {}, (r) => r.alliances, at),
      query(client, AllianceQuery.method.params, {}, at),
    ]);
    return converted("/alliance.alliance.Query/Alliances", assets, () => ({
      assets: new Map(
        assets.map((a) => [
          a.denom,
          {
            rewardWeight: Dec.fromProto(a.rewardWeight || "0", "rewardWeight"),
            takeRate: Dec.fromProto(a.takeRate || "0", "takeRate"),
            totalTokens: parseInt256(a.totalTokens || "0", "totalTokens"),
          },
        ]),
      ),
      interval: {
        seconds: params.params?.takeRateClaimInterval?.seconds ?? 0n,
        nanos: params.params?.takeRateClaimInterval?.nanos ?? 0,
      },
    }));
  } catch {
    // A chain without x/alliance: the vault cannot restake there, so there is no restaking layer.
    return undefined;
  }
}

function fraction(part: bigint, whole: bigint): Dec {
  return whole === 0n ? Dec.ZERO : Dec.fromInt(part).quoTruncate(Dec.fromInt(whole));
}

/** The yield of a basket from a snapshot already read (what `getBasketPosition` uses). */
export async function basketYieldOf(
  client: Client,
  snapshot: BasketSnapshot,
  options: BasketYieldOptions,
): Promise<BasketYield> {
  const price =
    options.underlyingPrice === undefined
      ? undefined
      : positiveDecArg(options.underlyingPrice, "underlyingPrice", "12.5");
  const commission =
    options.commission === undefined ? Dec.ZERO : fractionArg(options.commission, "commission", "0.05", false);
  const given = options.lstAprs ?? {};
  for (const [denom, apr] of Object.entries(given)) decArg(apr, `lstAprs["${denom}"]`, "0.15");
  const height = snapshot.height === 0n ? undefined : snapshot.height;
  const restakes = snapshot.nav.constituents.some((c) => c.restaked > 0n);
  const alliance = await allianceState(client, height);
  const inputs =
    price !== undefined && restakes && alliance !== undefined ? await aprInputs(client, height) : undefined;
  const nativeBond =
    inputs === undefined
      ? 0n
      : inputs.bondedTokens > inputs.allianceBond
        ? inputs.bondedTokens - inputs.allianceBond
        : 0n;

  const empty = snapshot.nav.nav.isZero();
  const constituents = snapshot.basket.constituents.map((c, i): ConstituentYield => {
    const line = snapshot.nav.constituents[i]!;
    const weight = empty ? c.targetWeight : line.weight;
    const givenApr = given[c.denom];
    const restakedFraction = fraction(line.restaked, line.holdings);
    const asset = alliance?.assets.get(c.denom);
    const annualTakeRate =
      asset === undefined || alliance === undefined
        ? Dec.ZERO
        : yieldTakeRateLayer(asset.takeRate, alliance.interval).apr;
    const restakingApr =
      inputs === undefined || asset === undefined || asset.totalTokens === 0n || price === undefined
        ? undefined
        : yieldAllianceRewardsApr({
            inflation: inputs.inflation,
            bondDenomSupply: inputs.bondDenomSupply,
            bondedTokens: inputs.bondedTokens,
            communityTax: inputs.communityTax,
            commission,
            nativeBond,
            rewardWeight: asset.rewardWeight,
            assetTotalTokens: asset.totalTokens,
            assetPriceInNative: line.rate.mul(price),
          });
    return Object.freeze({
      denom: c.denom,
      weight,
      lstApr: givenApr ?? c.apr,
      lstAprSource: givenApr === undefined ? "metrics" : "given",
      restakedFraction,
      restakingApr,
      annualTakeRate,
    });
  });

  let totalWeight = Dec.ZERO;
  for (const c of constituents) totalWeight = totalWeight.add(c.weight);
  const weighted = (pick: (c: ConstituentYield) => Dec | undefined): Dec => {
    if (totalWeight.isZero()) return Dec.ZERO;
    let sum = Dec.ZERO;
    for (const c of constituents) {
      const value = pick(c);
      if (value !== undefined) sum = sum.add(c.weight.mul(c.restakedFraction).mul(value));
    }
    return sum.quo(totalWeight);
  };
  const restakingApr = price === undefined || inputs === undefined ? undefined : weighted((c) => c.restakingApr);
  const annualTakeRate = weighted((c) => c.annualTakeRate);
  let lstApr = Dec.ZERO;
  if (!totalWeight.isZero()) {
    for (const c of constituents) lstApr = lstApr.add(c.weight.mul(c.lstApr).quo(totalWeight));
  }
  const phi = snapshot.basket.config.fees.performanceFee;
  const performanceFeeApr = yieldPerformanceFeeApr(lstApr.sub(annualTakeRate), phi);
  const fees: YieldFee[] = phi.isZero() ? [] : [{ name: "performance fee", apr: performanceFeeApr }];
  const stack = totalWeight.isZero()
    ? positionYieldStack(
        { kind: "basketShare", constituents: [{ name: "no holdings", weight: Dec.ONE, lstApr: Dec.ZERO }] },
        options.compoundingPeriodsPerYear === undefined
          ? {}
          : { compoundingPeriodsPerYear: options.compoundingPeriodsPerYear },
      )
    : positionYieldStack(
        {
          kind: "basketShare",
          constituents: constituents.map((c) => ({ name: `${c.denom} yield`, weight: c.weight, lstApr: c.lstApr })),
          ...(restakingApr === undefined ? {} : { restakingApr }),
          annualTakeRate,
          fees,
        },
        options.compoundingPeriodsPerYear === undefined
          ? {}
          : { compoundingPeriodsPerYear: options.compoundingPeriodsPerYear },
      );
  return Object.freeze({
    basketId: snapshot.basket.id,
    constituents: Object.freeze(constituents),
    restakingApr,
    annualTakeRate,
    performanceFeeApr,
    stack,
    height: snapshot.height,
  });
}

/**
 * The yield stack of a basket share, estimated from chain state with core's yield functions: each constituent's
 * LST yield (posted metrics, or `lstAprs`) weighted by its share of the basket's value, the Alliance rewards of the
 * restaked part (with `underlyingPrice`), the take rate on it as a cost line, and the performance fee. An estimate,
 * not a promise: rates, inflation and the composition move.
 *
 * @example
 * const { stack } = await previewBasketYield(client, { basketId: 1n, underlyingPrice: Dec.fromString("25") });
 * stack.layers.map((l) => `${l.name}: ${l.apr}`); stack.netApr;
 */
export async function previewBasketYield(client: Client, params: PreviewBasketYieldParams): Promise<BasketYield> {
  paramsArg(params, "previewBasketYield");
  const basketId = idArg(params.basketId, "basketId");
  if (params.commission !== undefined) nonNegativeDecArg(params.commission, "commission", "0.05");
  const snapshot = await readBasketSnapshot(client, basketId, params.height);
  return basketYieldOf(client, snapshot, params);
}
