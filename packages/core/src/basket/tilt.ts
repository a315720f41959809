import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { checkBasketAmount, checkBasketNonNegativeDec, checkFraction, minBig, ONE } from "./internal.js";
import type { BasketConstituent } from "./types.js";

/** An exact non-negative fraction of bigints, `num / den` with `den > 0`, in lowest terms. */
export interface BasketFraction {
  readonly num: bigint;
  readonly den: bigint;
}

const PPM = 1_000_000n;
const ATOMICS_PER_PPM = ONE / PPM;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function frac(num: bigint, den: bigint): BasketFraction {
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

const add = (a: BasketFraction, b: BasketFraction): BasketFraction =>
  frac(a.num * b.den + b.num * a.den, a.den * b.den);
const sub = (a: BasketFraction, b: BasketFraction): BasketFraction =>
  frac(a.num * b.den - b.num * a.den, a.den * b.den);
/** a·p/q for integers p ≥ 0, q > 0. */
const scale = (a: BasketFraction, p: bigint, q: bigint): BasketFraction => frac(a.num * p, a.den * q);
const cmp = (a: BasketFraction, b: BasketFraction): number => {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
};
const ofAtomics = (atomics: bigint): BasketFraction => frac(atomics, ONE);
const ZERO: BasketFraction = { num: 0n, den: 1n };
const WHOLE: BasketFraction = { num: 1n, den: 1n };

/**
 * §6 Score of one LST: `max(apr − apr_floor, 0).Mul(sqrt(QuoTruncate(liquidity, Σ liquidity)))`, the square root
 * truncated to 18 decimals (`floor(√(x·10^36))/10^18`) and `Mul` rounding half-even. 0 when Σ liquidity is 0.
 */
export function basketScore(apr: Dec, aprFloor: Dec, liquidity: bigint, totalLiquidity: bigint): Dec {
  checkBasketNonNegativeDec(apr, "apr");
  checkBasketNonNegativeDec(aprFloor, "aprFloor");
  checkBasketAmount(liquidity, "liquidity");
  checkBasketAmount(totalLiquidity, "totalLiquidity");
  if (liquidity > totalLiquidity) {
    throw new SdkError("INVALID_ARGUMENT", "liquidity exceeds the total liquidity", {
      field: "liquidity",
      value: liquidity,
      fix: "Pass Σ liquidity over the basket's scored constituents as totalLiquidity.",
    });
  }
  const excess = apr.atomics - aprFloor.atomics;
  if (excess <= 0n || totalLiquidity === 0n) return Dec.ZERO;
  const share = Dec.fromAtomics((liquidity * ONE) / totalLiquidity);
  return Dec.fromAtomics(excess).mul(share.sqrtTruncate());
}

/** §6 Raw weights `raw_i = QuoTruncate(score_i, Σ score)`; equal weights `QuoTruncate(1, n)` when Σ score is 0. */
export function basketRawWeights(scores: readonly Dec[]): Dec[] {
  const atomics = scores.map((s, i) => checkBasketNonNegativeDec(s, `scores[${i}]`));
  const total = atomics.reduce((sum, a) => sum + a, 0n);
  if (total === 0n) return scores.map(() => Dec.fromAtomics(ONE / BigInt(scores.length)));
  return atomics.map((a) => Dec.fromAtomics((a * ONE) / total));
}

// Unreachable once Σ min ≤ 1 ≤ Σ max has been checked; kept so a broken invariant can never loop or divide by 0.
function noRoom(): SdkError {
  return new SdkError("INFEASIBLE_WEIGHTS", "no weight has room left within its bounds", {
    field: "weights",
    value: undefined,
    fix: "Set bounds with Σ min ≤ 1 ≤ Σ max.",
  });
}

/** Adds `amount` (> 0) to `values` in proportion to raw (equal among zero-raw ones), never above `hi`. */
function pour(
  values: BasketFraction[],
  amount: BasketFraction,
  raw: readonly bigint[],
  hi: readonly BasketFraction[],
): void {
  let left = amount;
  while (left.num > 0n) {
    const open = values.flatMap((v, i) => (cmp(v, hi[i]!) < 0 ? [i] : []));
    if (open.length === 0) throw noRoom();
    const weights = open.map((i) => raw[i]!);
    const useEqual = weights.every((r) => r === 0n);
    const total = useEqual ? BigInt(open.length) : weights.reduce((s, r) => s + r, 0n);
    const capped = open.filter((i) => {
      const share = scale(left, useEqual ? 1n : raw[i]!, total);
      return cmp(add(values[i]!, share), hi[i]!) > 0;
    });
    if (capped.length === 0) {
      for (const i of open) values[i] = add(values[i]!, scale(left, useEqual ? 1n : raw[i]!, total));
      return;
    }
    for (const i of capped) {
      left = sub(left, sub(hi[i]!, values[i]!));
      values[i] = hi[i]!;
    }
  }
}

/** Takes `amount` (> 0) from `values` in proportion to raw (equal among zero-raw ones), never below `lo`. */
function drain(
  values: BasketFraction[],
  amount: BasketFraction,
  raw: readonly bigint[],
  lo: readonly BasketFraction[],
): void {
  let left = amount;
  while (left.num > 0n) {
    const open = values.flatMap((v, i) => (cmp(v, lo[i]!) > 0 ? [i] : []));
    if (open.length === 0) throw noRoom();
    const weights = open.map((i) => raw[i]!);
    const useEqual = weights.every((r) => r === 0n);
    const total = useEqual ? BigInt(open.length) : weights.reduce((s, r) => s + r, 0n);
    const floored = open.filter((i) => {
      const share = scale(left, useEqual ? 1n : raw[i]!, total);
      return cmp(sub(values[i]!, share), lo[i]!) < 0;
    });
    if (floored.length === 0) {
      for (const i of open) values[i] = sub(values[i]!, scale(left, useEqual ? 1n : raw[i]!, total));
      return;
    }
    for (const i of floored) {
      left = sub(left, sub(values[i]!, lo[i]!));
      values[i] = lo[i]!;
    }
  }
}

/**
 * §6 Clamp raw weights into [min, max] by water-filling, exactly (fractions of bigints, nothing rounded): repeat — fix
 * every free weight above its max at max and below its min at min, share the remaining mass among the free ones in
 * proportion to raw (equally if their raw weights are all 0) — until nothing moves. The result sums to exactly 1.
 * If every weight ends up fixed with mass left over (or owed), the rest is poured into (or drained from) the weights
 * that still have room, in proportion to raw, within their bounds. Throws `INFEASIBLE_WEIGHTS` unless
 * `0 ≤ min ≤ max ≤ 1` and `Σ min ≤ 1 ≤ Σ max`.
 */
export function basketWaterFill(
  raw: readonly Dec[],
  minWeights: readonly Dec[],
  maxWeights: readonly Dec[],
): BasketFraction[] {
  const n = raw.length;
  if (n === 0 || minWeights.length !== n || maxWeights.length !== n) {
    throw new SdkError("INFEASIBLE_WEIGHTS", "need one raw weight, one min and one max per constituent", {
      field: "raw",
      value: { raw: n, min: minWeights.length, max: maxWeights.length },
      fix: "Pass at least one constituent, with min and max weights aligned to the raw weights.",
    });
  }
  const r = raw.map((w, i) => checkBasketNonNegativeDec(w, `raw[${i}]`));
  const loAtomics = minWeights.map((w, i) => checkFraction(w, `minWeights[${i}]`, false));
  const hiAtomics = maxWeights.map((w, i) => checkFraction(w, `maxWeights[${i}]`, false));
  loAtomics.forEach((lo, i) => {
    if (lo > hiAtomics[i]!) {
      throw new SdkError("INFEASIBLE_WEIGHTS", "min weight above max weight", {
        field: `minWeights[${i}]`,
        value: minWeights[i]!.toString(),
        fix: `Set min ≤ max (${maxWeights[i]!.toString()}).`,
      });
    }
  });
  const sumLo = loAtomics.reduce((s, a) => s + a, 0n);
  const sumHi = hiAtomics.reduce((s, a) => s + a, 0n);
  if (sumLo > ONE || sumHi < ONE) {
    throw new SdkError("INFEASIBLE_WEIGHTS", "weights cannot sum to 1 within their bounds", {
      field: sumLo > ONE ? "minWeights" : "maxWeights",
      value: { sumMin: Dec.fromAtomics(sumLo).toString(), sumMax: Dec.fromAtomics(sumHi).toString() },
      fix: "Set bounds with Σ min ≤ 1 ≤ Σ max over the constituents that are not WINDING_DOWN.",
    });
  }
  const lo = loAtomics.map(ofAtomics);
  const hi = hiAtomics.map(ofAtomics);

  const fixed: (BasketFraction | undefined)[] = new Array(n).fill(undefined);
  for (;;) {
    const free = fixed.flatMap((f, i) => (f === undefined ? [i] : []));
    const mass = fixed.reduce<BasketFraction>((m, f) => (f === undefined ? m : sub(m, f)), WHOLE);
    if (free.length === 0) {
      const values = fixed.map((f) => f!);
      if (mass.num > 0n) pour(values, mass, r, hi);
      else if (mass.num < 0n) drain(values, { num: -mass.num, den: mass.den }, r, lo);
      return values;
    }
    const useEqual = free.every((i) => r[i] === 0n);
    const total = useEqual ? BigInt(free.length) : free.reduce((s, i) => s + r[i]!, 0n);
    const shares = free.map((i) => scale(mass, useEqual ? 1n : r[i]!, total));
    let moved = false;
    free.forEach((i, j) => {
      if (cmp(shares[j]!, hi[i]!) > 0) {
        fixed[i] = hi[i]!;
        moved = true;
      } else if (cmp(shares[j]!, lo[i]!) < 0) {
        fixed[i] = lo[i]!;
        moved = true;
      }
    });
    if (!moved) {
      free.forEach((i, j) => {
        fixed[i] = shares[j]!;
      });
      return fixed.map((f) => f!);
    }
  }
}

/**
 * §6 Quantise exact weights (summing to 1) to ppm: each floored to a multiple of 10^-6, and the leftover ppm given to
 * the largest weight (ties: the earliest listed). Where that would lift it above its max weight, the leftover goes to
 * the largest weight that can take all of it within its max; if none can, it is handed out in that same order up to
 * each max (and whatever no max leaves room for goes to the largest weight).
 */
export function basketQuantizeTargets(weights: readonly BasketFraction[], maxWeights: readonly Dec[]): Dec[] {
  let total: BasketFraction = ZERO;
  for (const w of weights) {
    if (w.den <= 0n || w.num < 0n) {
      throw new SdkError("INVALID_ARGUMENT", "weights must be non-negative fractions", {
        field: "weights",
        value: w,
        fix: "Pass the output of basketWaterFill.",
      });
    }
    total = add(total, w);
  }
  if (cmp(total, WHOLE) !== 0 || maxWeights.length !== weights.length) {
    throw new SdkError("INVALID_ARGUMENT", "weights must sum to exactly 1, one max weight each", {
      field: "weights",
      value: total,
      fix: "Pass the output of basketWaterFill with the matching max weights.",
    });
  }
  const ppm = weights.map((w) => (w.num * PPM) / w.den);
  let leftover = PPM - ppm.reduce((s, p) => s + p, 0n);
  if (leftover > 0n) {
    const order = weights.map((_, i) => i).sort((a, b) => cmp(weights[b]!, weights[a]!) || a - b);
    const room = ppm.map((p, i) => {
      const r = checkFraction(maxWeights[i]!, `maxWeights[${i}]`, false) / ATOMICS_PER_PPM - p;
      return r > 0n ? r : 0n;
    });
    const k = order.find((i) => room[i]! >= leftover);
    if (k !== undefined) {
      ppm[k] = ppm[k]! + leftover;
    } else {
      for (const i of order) {
        const take = minBig(room[i]!, leftover);
        ppm[i] = ppm[i]! + take;
        leftover -= take;
      }
      ppm[order[0]!] = ppm[order[0]!]! + leftover;
    }
  }
  return ppm.map((p) => Dec.fromAtomics(p * ATOMICS_PER_PPM));
}

/** The metrics and bounds the tilt reads. */
export type BasketTiltConstituent = Pick<BasketConstituent, "status" | "apr" | "liquidity" | "minWeight" | "maxWeight">;

/**
 * §6 Target weights from the stored metrics of every constituent: scores and raw weights over the constituents that
 * are not WINDING_DOWN, exact water-filling into [min, max], ppm quantisation. WINDING_DOWN constituents get 0 (and
 * their bounds are not counted). The targets sum to exactly 1 (10^6 ppm), in listing order.
 */
export function basketTargetWeights(constituents: readonly BasketTiltConstituent[], aprFloor: Dec): Dec[] {
  const active = constituents.flatMap((c, i) => (c.status === "WINDING_DOWN" ? [] : [i]));
  if (active.length === 0) {
    throw new SdkError("INFEASIBLE_WEIGHTS", "no constituent can hold a target weight", {
      field: "constituents",
      value: constituents.length,
      fix: "Keep at least one constituent that is not WINDING_DOWN.",
    });
  }
  const totalLiquidity = active.reduce(
    (s, i) => s + checkBasketAmount(constituents[i]!.liquidity, `constituents[${i}].liquidity`),
    0n,
  );
  const scores = active.map((i) =>
    basketScore(constituents[i]!.apr, aprFloor, constituents[i]!.liquidity, totalLiquidity),
  );
  const targets = basketTargetsFromScores(
    scores,
    active.map((i) => constituents[i]!),
  );
  const out = constituents.map(() => Dec.ZERO);
  active.forEach((i, j) => {
    out[i] = targets[j]!;
  });
  return out;
}

function basketTargetsFromScores(
  scores: readonly Dec[],
  bounds: readonly Pick<BasketConstituent, "minWeight" | "maxWeight">[],
): Dec[] {
  const maxWeights = bounds.map((b) => b.maxWeight);
  const exact = basketWaterFill(
    basketRawWeights(scores),
    bounds.map((b) => b.minWeight),
    maxWeights,
  );
  return basketQuantizeTargets(exact, maxWeights);
}

/**
 * §6, §8 Targets of a new basket (MsgCreateBasket): the equal split clamped to each constituent's [min, max] — the
 * tilt with no scores. WINDING_DOWN constituents (if any are passed) get 0.
 */
export function basketInitialTargetWeights(
  constituents: readonly Pick<BasketConstituent, "status" | "minWeight" | "maxWeight">[],
): Dec[] {
  return basketTargetWeights(
    constituents.map((c) => ({ ...c, apr: Dec.ZERO, liquidity: 0n })),
    Dec.ZERO,
  );
}
