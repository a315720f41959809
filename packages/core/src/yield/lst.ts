/**
 * Staking yield of a liquid staking token, from two observations of its exchange rate.
 *
 * An LST earns by its redemption value rising: one stkXPRT redeems for more XPRT over time. The chains publish the
 * rate in either direction, so an observation names which one it carries:
 * - `redemptionRate`: underlying per LST (rises with rewards);
 * - `mintRate` (x/liquidstake `NetAmountState.mint_rate`) or `cValue` (x/liquidstakeibc `HostChain.c_value`): LST per
 *   underlying (falls with rewards).
 */
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { decArg } from "../pstake/checks.js";
import { YIELD_SECONDS_PER_YEAR, yieldCompoundedAnnualRate, yieldSimpleAnnualRate } from "./annualise.js";

/** One reading of an LST's rate at a time in Unix seconds. Both readings of a yield must carry the same rate. */
export type LstRateObservation =
  | { readonly time: bigint; readonly redemptionRate: Dec }
  | { readonly time: bigint; readonly mintRate: Dec }
  | { readonly time: bigint; readonly cValue: Dec };

/** The staking yield of an LST between two observations. */
export interface LstStakingYield {
  /** Growth of the redemption value over the period: `end/start − 1`. */
  readonly growth: Dec;
  /** `end.time − start.time`, in seconds. */
  readonly elapsedSeconds: bigint;
  /** Simple annual rate ({@link yieldSimpleAnnualRate}). */
  readonly apr: Dec;
  /** Compounded annual rate ({@link yieldCompoundedAnnualRate}; see there for the partial-period approximation). */
  readonly apy: Dec;
}

function rateOf(observation: LstRateObservation, field: string): { direction: "up" | "down"; rate: Dec } {
  const o = observation as Partial<Record<"redemptionRate" | "mintRate" | "cValue", Dec>>;
  const present = (["redemptionRate", "mintRate", "cValue"] as const).filter((k) => o[k] !== undefined);
  if (present.length !== 1) {
    throw new SdkError("INVALID_ARGUMENT", "an observation carries exactly one of redemptionRate, mintRate, cValue", {
      field,
      value: present,
      fix: "Pass { time, redemptionRate } (underlying per LST) or { time, mintRate } / { time, cValue } (LST per underlying).",
    });
  }
  const key = present[0] as "redemptionRate" | "mintRate" | "cValue";
  const rate = decArg(o[key] as Dec, `${field}.${key}`);
  if (!rate.isPositive()) {
    throw new SdkError("DIVISION_BY_ZERO", "an exchange rate must be positive", {
      field: `${field}.${key}`,
      value: rate.toString(),
      fix: "The chain reports 0 when nothing is staked; observe the rate once the LST exists.",
    });
  }
  return { direction: key === "redemptionRate" ? "up" : "down", rate };
}

/**
 * Growth of the redemption value between two observations: `end.Quo(start) − 1` for redemption rates, and
 * `start.Quo(end) − 1` for mint rates / c-values (which move the other way) — one half-even Quo either way, never an
 * inversion of each rate first.
 *
 * Go: none (not on chain); reads x/liquidstake/types/liquidstake.go:191-196 `CalcMintRate` or
 * x/liquidstakeibc/keeper/keeper.go:286-291 c-value.
 */
export function lstGrowth(start: LstRateObservation, end: LstRateObservation): Dec {
  const a = rateOf(start, "start");
  const b = rateOf(end, "end");
  if (a.direction !== b.direction) {
    throw new SdkError("INVALID_ARGUMENT", "the two observations quote the rate in opposite directions", {
      field: "end",
      value: end,
      fix: "Observe the same rate twice (both redemptionRate, or both mintRate/cValue).",
    });
  }
  const ratio = a.direction === "up" ? b.rate.quo(a.rate) : a.rate.quo(b.rate);
  return ratio.sub(Dec.ONE);
}

/**
 * LST staking yield from two rate observations: growth ({@link lstGrowth}) annualised as APR (simple) and APY
 * (compounded). `end.time` must be after `start.time`. The yield is net of everything the protocol takes before the
 * rate moves (autocompound fee, restake fee, commission), and includes slashing as a negative growth.
 *
 * Go: none (not on chain); see {@link lstGrowth}.
 */
export function lstStakingYield(
  start: LstRateObservation,
  end: LstRateObservation,
  yearSeconds: bigint = YIELD_SECONDS_PER_YEAR,
): LstStakingYield {
  if (typeof start?.time !== "bigint" || typeof end?.time !== "bigint" || end.time <= start.time) {
    throw new SdkError("INVALID_ARGUMENT", "the end observation must come after the start one", {
      field: "end.time",
      value: end?.time,
      fix: "Pass Unix times in seconds as bigint, the later one as `end`.",
    });
  }
  const growth = lstGrowth(start, end);
  const elapsedSeconds = end.time - start.time;
  return {
    growth,
    elapsedSeconds,
    apr: yieldSimpleAnnualRate(growth, elapsedSeconds, yearSeconds),
    apy: yieldCompoundedAnnualRate(growth, elapsedSeconds, yearSeconds),
  };
}
