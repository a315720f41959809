/**
 * The yield stack of a position: each layer's annual rate and the net.
 *
 * All layer rates are fractions of the position's value per year. Earning layers (`staking`, `lst`, `restaking`) add;
 * cost layers (`takeRate`, `fee`) are given as positive rates and subtract:
 * `netApr = Σ earning − Σ cost`. Adding rates of different layers is the usual first-order model: it ignores that,
 * say, the take rate also shrinks the tokens that earn the LST yield (a product of two small rates, ~0.1% of 5%).
 * `netApy` compounds `netApr` a chosen number of times a year ({@link yieldAprToApy}, default 365: daily).
 */
import { type AllianceDuration, allianceAnnualTakeRate } from "../alliance/index.js";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { decArg, nonNegativeDecArg, positiveIntegerArg } from "../pstake/checks.js";
import { yieldAprToApy } from "./annualise.js";

/** What a layer of yield comes from. */
export type YieldLayerKind = "staking" | "lst" | "restaking" | "takeRate" | "fee";

/** One layer of a position's yield. */
export interface YieldLayer {
  readonly kind: YieldLayerKind;
  /** What the UI shows, e.g. "stkATOM staking", "Alliance rewards", "take rate". */
  readonly name: string;
  /** Annual rate as a fraction of the position's value; for `takeRate` and `fee`, the positive cost. */
  readonly apr: Dec;
}

/** Layers and their net. */
export interface YieldStack {
  readonly layers: readonly YieldLayer[];
  /** Σ earning layers − Σ cost layers. */
  readonly netApr: Dec;
  /** `netApr` compounded `compoundingPeriodsPerYear` times a year. */
  readonly netApy: Dec;
}

/** Options of the stack builders. */
export interface YieldStackOptions {
  /** How often the net is assumed to be reinvested a year (default 365n; 1n makes netApy = netApr). */
  readonly compoundingPeriodsPerYear?: bigint;
}

const COST_KINDS: ReadonlySet<YieldLayerKind> = new Set(["takeRate", "fee"]);
const KINDS: ReadonlySet<string> = new Set(["staking", "lst", "restaking", "takeRate", "fee"]);

/**
 * Combines layers into a stack: `netApr = Σ apr(earning) − Σ apr(cost)`, `netApy = yieldAprToApy(netApr, n)`.
 * Cost layers must not be negative (`INVALID_ARGUMENT`); earning layers may be (a slashed LST).
 *
 * Go: none (not on chain).
 */
export function yieldStack(layers: readonly YieldLayer[], options: YieldStackOptions = {}): YieldStack {
  const periods = positiveIntegerArg(options.compoundingPeriodsPerYear ?? 365n, "compoundingPeriodsPerYear");
  let netApr = Dec.ZERO;
  layers.forEach((layer, i) => {
    if (!KINDS.has(layer?.kind)) {
      throw new SdkError("INVALID_ARGUMENT", "unknown yield layer kind", {
        field: `layers[${i}].kind`,
        value: layer?.kind,
        fix: 'Use "staking", "lst", "restaking", "takeRate" or "fee".',
      });
    }
    if (COST_KINDS.has(layer.kind)) {
      nonNegativeDecArg(layer.apr, `layers[${i}].apr`);
      netApr = netApr.sub(layer.apr);
    } else {
      netApr = netApr.add(decArg(layer.apr, `layers[${i}].apr`));
    }
  });
  return { layers: [...layers], netApr, netApy: yieldAprToApy(netApr, periods) };
}

/**
 * The take-rate layer of an Alliance restake: the per-interval take rate annualised as `1 − (1 − r)^(year/interval)`
 * by the Alliance math (`allianceAnnualTakeRate`, which requires the interval to divide the year).
 *
 * Go: none (derived, alliance-math.md §6); the rate is applied by terra-money/alliance keeper/asset.go:266-335.
 */
export function yieldTakeRateLayer(takeRate: Dec, takeRateClaimInterval: AllianceDuration): YieldLayer {
  return { kind: "takeRate", name: "Alliance take rate", apr: allianceAnnualTakeRate(takeRate, takeRateClaimInterval) };
}

/**
 * Annual cost of a performance fee `feeRate` taken on positive yield: `grossApr.Mul(feeRate)`, 0 when the gross is not
 * positive (a high-water mark takes nothing from a loss; basket-vault.md §7).
 *
 * Go: none (estimate of basket-vault.md §7 performance fee).
 */
export function yieldPerformanceFeeApr(grossApr: Dec, feeRate: Dec): Dec {
  decArg(grossApr, "grossApr");
  nonNegativeDecArg(feeRate, "feeRate");
  if (feeRate.gt(Dec.ONE)) {
    throw new SdkError("RATE_OUT_OF_RANGE", "a performance fee is a fraction from 0 to 1", {
      field: "feeRate",
      value: feeRate.toString(),
      fix: "Pass the fee as a fraction: 0.1 is 10% of the gain.",
    });
  }
  return grossApr.isPositive() ? grossApr.mul(feeRate) : Dec.ZERO;
}

/** A fee layer given by name and annual cost. */
export interface YieldFee {
  readonly name: string;
  readonly apr: Dec;
}

/** One LST of a basket, weighted by its share of the basket's value (basket-vault.md §1 `w_i`). */
export interface YieldBasketConstituent {
  readonly name: string;
  readonly weight: Dec;
  readonly lstApr: Dec;
}

/** The positions the SDK shows a yield stack for. */
export type YieldPosition =
  /** Tokens delegated with x/staking. */
  | {
      readonly kind: "nativeStake";
      readonly name: string;
      readonly stakingApr: Dec;
      readonly fees?: readonly YieldFee[];
    }
  /** An LST held as is. */
  | { readonly kind: "lst"; readonly name: string; readonly lstApr: Dec; readonly fees?: readonly YieldFee[] }
  /** An LST restaked through Alliance: LST yield + Alliance rewards − take rate. */
  | {
      readonly kind: "restakedLst";
      readonly name: string;
      readonly lstApr: Dec;
      readonly restakingApr: Dec;
      /** Annual take rate (e.g. from {@link yieldTakeRateLayer} or `allianceAnnualTakeRate`). */
      readonly annualTakeRate: Dec;
      readonly fees?: readonly YieldFee[];
    }
  /** A basket vault share: the constituents' LST yields weighted by value, plus the vault's restaking. */
  | {
      readonly kind: "basketShare";
      readonly constituents: readonly YieldBasketConstituent[];
      readonly restakingApr?: Dec;
      readonly annualTakeRate?: Dec;
      readonly fees?: readonly YieldFee[];
    };

function feeLayers(fees: readonly YieldFee[] | undefined): YieldLayer[] {
  return (fees ?? []).map((f) => ({ kind: "fee", name: f.name, apr: f.apr }));
}

/**
 * Basket LST layers, one per constituent: `contribution_i = weight_i.Mul(lstApr_i).Quo(Σ weight)`. Dividing by
 * Σ weight makes truncated weights (which sum a little under 1) and unnormalised ones give a weighted average.
 */
function basketLayers(constituents: readonly YieldBasketConstituent[]): YieldLayer[] {
  let total = Dec.ZERO;
  constituents.forEach((c, i) => {
    total = total.add(nonNegativeDecArg(c.weight, `constituents[${i}].weight`));
  });
  if (total.isZero()) {
    throw new SdkError("DIVISION_BY_ZERO", "the basket weights sum to 0", {
      field: "constituents",
      value: constituents.map((c) => c.name),
      fix: "Pass each constituent's weight (its share of the basket's value) from the Nav query.",
    });
  }
  return constituents.map((c, i) => ({
    kind: "lst",
    name: c.name,
    apr: c.weight.mul(decArg(c.lstApr, `constituents[${i}].lstApr`)).quo(total),
  }));
}

/**
 * The yield stack of a position (see {@link YieldPosition}); layers in the order staking/LST, restaking, take rate,
 * fees.
 *
 * Go: none (not on chain).
 */
export function positionYieldStack(position: YieldPosition, options: YieldStackOptions = {}): YieldStack {
  switch (position?.kind) {
    case "nativeStake":
      return yieldStack(
        [{ kind: "staking", name: position.name, apr: position.stakingApr }, ...feeLayers(position.fees)],
        options,
      );
    case "lst":
      return yieldStack(
        [{ kind: "lst", name: position.name, apr: position.lstApr }, ...feeLayers(position.fees)],
        options,
      );
    case "restakedLst":
      return yieldStack(
        [
          { kind: "lst", name: position.name, apr: position.lstApr },
          { kind: "restaking", name: "Alliance rewards", apr: position.restakingApr },
          { kind: "takeRate", name: "Alliance take rate", apr: position.annualTakeRate },
          ...feeLayers(position.fees),
        ],
        options,
      );
    case "basketShare": {
      const layers = basketLayers(position.constituents);
      if (position.restakingApr !== undefined) {
        layers.push({ kind: "restaking", name: "Alliance rewards", apr: position.restakingApr });
      }
      if (position.annualTakeRate !== undefined) {
        layers.push({ kind: "takeRate", name: "Alliance take rate", apr: position.annualTakeRate });
      }
      return yieldStack([...layers, ...feeLayers(position.fees)], options);
    }
    default:
      throw new SdkError("INVALID_ARGUMENT", "unknown position kind", {
        field: "position.kind",
        value: (position as { kind?: unknown } | undefined)?.kind,
        fix: 'Use "nativeStake", "lst", "restakedLst" or "basketShare".',
      });
  }
}
