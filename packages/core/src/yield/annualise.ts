/**
 * Annualisation of a growth observed over a period, in Dec only (no floats).
 *
 * Nothing here runs on chain, so no Go function is mirrored; the Dec steps (Quo half-even, Power by Go's
 * square-and-multiply) are LegacyDec's, so every result is reproducible digit for digit.
 */
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { decArg, positiveIntegerArg } from "../pstake/checks.js";

/** The year of every yield figure: 365 days of 86400 s (the year pSTAKE's and x/mint's rate caps use). */
export const YIELD_SECONDS_PER_YEAR = 31_536_000n;

function growthArg(growth: Dec, field: string): Dec {
  decArg(growth, field);
  if (growth.lt(Dec.ONE.neg())) {
    throw new SdkError("INVALID_ARGUMENT", "a growth below −100% cannot compound", {
      field,
      value: growth.toString(),
      fix: "Pass the growth over the period as a fraction ≥ −1, such as 0.001 for +0.1%.",
    });
  }
  return growth;
}

/**
 * Simple annual rate (APR) of a growth `g` observed over `periodSeconds`: `g.MulInt(year).Quo(Dec(period))` — exact
 * product, one half-even rounding.
 *
 * Go: none (not on chain); LegacyDec `MulInt` and `Quo`.
 */
export function yieldSimpleAnnualRate(
  growth: Dec,
  periodSeconds: bigint,
  yearSeconds: bigint = YIELD_SECONDS_PER_YEAR,
): Dec {
  decArg(growth, "growth");
  const period = positiveIntegerArg(periodSeconds, "periodSeconds");
  const year = positiveIntegerArg(yearSeconds, "yearSeconds");
  return growth.mulInt(year).quo(Dec.fromInt(period));
}

/**
 * Compounded annual rate (APY) of a growth `g` observed over `periodSeconds`: `(1 + g)^(year/period) − 1`.
 *
 * `year/period` is rarely whole, and LegacyDec has no fractional power, so with `n = floor(year/period)` and the rest
 * `r = year − n·period`:
 * `APY = (1 + g).Power(n).Mul(1 + g.MulInt(r).Quo(period)) − 1`.
 * The whole periods compound exactly (Go's Power); the last partial period earns simple interest. That is exact when
 * the period divides the year (an hour, a day, 5 minutes) and otherwise an upper bound whose excess is below
 * `g²/8` of the final factor (Bernoulli: `(1+g)^f ≤ 1 + f·g` for f in [0, 1]): 1.25·10^-7 for a 0.1% weekly growth.
 * For a period longer than a year (n = 0) it equals the APR.
 *
 * Go: none (not on chain); LegacyDec `Power`, `Mul`, `Quo`.
 */
export function yieldCompoundedAnnualRate(
  growth: Dec,
  periodSeconds: bigint,
  yearSeconds: bigint = YIELD_SECONDS_PER_YEAR,
): Dec {
  growthArg(growth, "growth");
  const period = positiveIntegerArg(periodSeconds, "periodSeconds");
  const year = positiveIntegerArg(yearSeconds, "yearSeconds");
  const wholePeriods = year / period;
  const rest = year - wholePeriods * period;
  const compounded = Dec.ONE.add(growth).power(wholePeriods);
  const partial = Dec.ONE.add(growth.mulInt(rest).quo(Dec.fromInt(period)));
  return compounded.mul(partial).sub(Dec.ONE);
}

/**
 * APY of an APR compounded `periodsPerYear` times a year: `(1 + apr.Quo(n)).Power(n) − 1`. `n = 1` returns the APR;
 * 365 models daily restaking, 8760 hourly (stkXPRT's autocompound epoch).
 *
 * Go: none (not on chain); LegacyDec `Quo` and `Power`.
 */
export function yieldAprToApy(apr: Dec, periodsPerYear: bigint): Dec {
  decArg(apr, "apr");
  const n = positiveIntegerArg(periodsPerYear, "periodsPerYear");
  const perPeriod = apr.quo(Dec.fromInt(n));
  if (perPeriod.lt(Dec.ONE.neg())) {
    throw new SdkError("INVALID_ARGUMENT", "the APR loses more than everything within one compounding period", {
      field: "apr",
      value: apr.toString(),
      fix: "Pass an APR of at least −periodsPerYear (−100% per period).",
    });
  }
  return Dec.ONE.add(perPeriod).power(n).sub(Dec.ONE);
}
