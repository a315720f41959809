import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  type BasketFraction,
  basketInitialTargetWeights,
  basketQuantizeTargets,
  basketRawWeights,
  basketScore,
  basketTargetWeights,
  basketWaterFill,
} from "./tilt.js";

const d = (text: string): Dec => Dec.fromString(text);
const ds = (...texts: string[]): Dec[] => texts.map(d);
const ppm = (targets: readonly Dec[]): bigint[] => targets.map((t) => t.atomics / 10n ** 12n);
const f = (num: bigint, den: bigint): BasketFraction => ({ num, den });

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SdkError) return e.code;
    throw e;
  }
  throw new Error("expected an SdkError");
}

describe("basketScore (§6)", () => {
  it("is max(apr − floor, 0) · truncated sqrt(liquidity share)", () => {
    // 0.05 · √0.25 = 0.05 · 0.5
    expect(basketScore(d("0.15"), d("0.10"), 1n, 4n).toString()).toBe("0.025000000000000000");
    // √0.333333333333333333 = floor(√(333333333333333333·10^18))/10^18 = 0.577350269189625764;
    // 0.05 · that = 0.0288675134594812882 → half-even at 18 decimals
    expect(basketScore(d("0.15"), d("0.10"), 1n, 3n).toString()).toBe("0.028867513459481288");
    expect(basketScore(d("0.095"), d("0.10"), 1n, 3n).isZero()).toBe(true);
    expect(basketScore(d("0.2"), d("0.10"), 0n, 0n).isZero()).toBe(true);
    expect(code(() => basketScore(d("0.2"), d("0.1"), 5n, 4n))).toBe("INVALID_ARGUMENT");
  });

  it("gives E5's scores and raw weights", () => {
    const liq = [4_000_000n, 500_000n, 1_500_000n, 1_000_000n];
    const scores = ["0.150", "0.160", "0.170", "0.095"].map((apr, i) =>
      basketScore(d(apr), d("0.10"), liq[i]!, 7_000_000n),
    );
    expect(scores.map(String)).toEqual([
      "0.037796447300922723",
      "0.016035674514745463",
      "0.032403703492039301",
      "0.000000000000000000",
    ]);
    expect(basketRawWeights(scores).map(String)).toEqual([
      "0.438291709577279309",
      "0.185951423987963443",
      "0.375756866434757247",
      "0.000000000000000000",
    ]);
  });
});

describe("basketRawWeights (§6)", () => {
  it("is QuoTruncate(score, Σ score), equal when every score is 0", () => {
    expect(basketRawWeights(ds("1", "1", "2")).map(String)).toEqual([
      "0.250000000000000000",
      "0.250000000000000000",
      "0.500000000000000000",
    ]);
    expect(basketRawWeights(ds("0", "0", "0")).map(String)).toEqual(Array(3).fill("0.333333333333333333"));
  });
});

describe("basketWaterFill (§6)", () => {
  it("clamps E5 exactly: qATOM gets exactly the remaining 1/4", () => {
    const w = basketWaterFill(
      ds("0.438291709577279309", "0.185951423987963443", "0.375756866434757247", "0"),
      ds("0.05", "0.05", "0.05", "0.05"),
      ds("0.35", "0.35", "0.35", "0.35"),
    );
    expect(w).toEqual([f(7n, 20n), f(1n, 4n), f(7n, 20n), f(1n, 20n)]);
  });

  it("shares what is left in proportion to raw, over several rounds", () => {
    // raw 0.6/0.3/0.1, max 0.4: a → 0.4; then b, c share 0.6 as 3:1 → 0.45 > 0.4, so b → 0.4 and c gets 0.2
    expect(basketWaterFill(ds("0.6", "0.3", "0.1"), ds("0", "0", "0"), ds("0.4", "0.4", "0.4"))).toEqual([
      f(2n, 5n),
      f(2n, 5n),
      f(1n, 5n),
    ]);
    // raw 0.5/0.3/0.2 with no binding bound is returned unchanged
    expect(basketWaterFill(ds("0.5", "0.3", "0.2"), ds("0", "0", "0"), ds("1", "1", "1"))).toEqual([
      f(1n, 2n),
      f(3n, 10n),
      f(1n, 5n),
    ]);
    // 1:2 with a floor of 0.4 on the first: 1/3 < 0.4 → 0.4, the other 0.6
    expect(basketWaterFill(ds("1", "2"), ds("0.4", "0"), ds("1", "1"))).toEqual([f(2n, 5n), f(3n, 5n)]);
  });

  it("keeps exact thirds (no rounding inside the loop)", () => {
    expect(basketWaterFill(ds("0", "0", "0"), ds("0", "0", "0"), ds("1", "1", "1"))).toEqual([
      f(1n, 3n),
      f(1n, 3n),
      f(1n, 3n),
    ]);
  });

  it("pours leftover mass into the weights with room when everything got fixed", () => {
    // raw 0/1, [0.4, 0.6] and [0, 0.5]: one round fixes both (0 → 0.4, 1 → 0.5), 0.1 is left: it goes to the first
    expect(basketWaterFill(ds("0", "1"), ds("0.4", "0"), ds("0.6", "0.5"))).toEqual([f(1n, 2n), f(1n, 2n)]);
    // and drains an excess: raw 1/0, [0, 0.5] and [0.6, 1]: fixed at 0.5 and 0.6, 0.1 too much comes off the first
    expect(basketWaterFill(ds("1", "0"), ds("0", "0.6"), ds("0.5", "1"))).toEqual([f(2n, 5n), f(3n, 5n)]);
  });

  it("throws INFEASIBLE_WEIGHTS for bounds that cannot sum to 1", () => {
    expect(code(() => basketWaterFill(ds("1", "1"), ds("0.6", "0.5"), ds("1", "1")))).toBe("INFEASIBLE_WEIGHTS");
    expect(code(() => basketWaterFill(ds("1", "1"), ds("0", "0"), ds("0.4", "0.5")))).toBe("INFEASIBLE_WEIGHTS");
    expect(code(() => basketWaterFill(ds("1", "1"), ds("0.6", "0"), ds("0.5", "1")))).toBe("INFEASIBLE_WEIGHTS");
    expect(code(() => basketWaterFill([], [], []))).toBe("INFEASIBLE_WEIGHTS");
    expect(code(() => basketWaterFill(ds("1"), ds("0"), ds("1.1")))).toBe("INVALID_ARGUMENT");
  });
});

describe("basketQuantizeTargets (§6)", () => {
  const ones = (n: number) => Array(n).fill(d("1"));

  it("floors to ppm and gives the leftover to the largest weight, ties to the earliest", () => {
    // 333,333 · 3 = 999,999: the leftover 1 goes to the first of three equal weights
    expect(ppm(basketQuantizeTargets([f(1n, 3n), f(1n, 3n), f(1n, 3n)], ones(3)))).toEqual([
      333_334n,
      333_333n,
      333_333n,
    ]);
    // 142,857 + 857,142 = 999,999: to the larger
    expect(ppm(basketQuantizeTargets([f(1n, 7n), f(6n, 7n)], ones(2)))).toEqual([142_857n, 857_143n]);
  });

  it("never lifts a weight above its max: the leftover goes to the largest with room", () => {
    // 0.35, 0.35 at max; 0.3 split 1:6 → 0.042857142..., 0.257142857...: 999,999 ppm, the leftover goes to the
    // 0.257 one rather than to a 0.35 at its max
    const w = [f(7n, 20n), f(7n, 20n), f(3n, 70n), f(18n, 70n)];
    expect(ppm(basketQuantizeTargets(w, ds("0.35", "0.35", "1", "1")))).toEqual([
      350_000n,
      350_000n,
      42_857n,
      257_143n,
    ]);
    // leftover 2 where each weight has room for 1 only: handed out one by one
    const tight = [f(3_333_336_667n, 10n ** 10n), f(3_333_336_667n, 10n ** 10n), f(3_333_326_666n, 10n ** 10n)];
    expect(ppm(basketQuantizeTargets(tight, ds("0.333334", "0.333334", "0.333333")))).toEqual([
      333_334n,
      333_334n,
      333_332n,
    ]);
  });

  it("rejects weights that do not sum to 1", () => {
    expect(code(() => basketQuantizeTargets([f(1n, 2n)], ones(1)))).toBe("INVALID_ARGUMENT");
  });
});

describe("basketTargetWeights / basketInitialTargetWeights (§6, §8)", () => {
  const c = (apr: string, liquidity: bigint, status: "OK" | "HALTED" | "WINDING_DOWN" = "OK") => ({
    status,
    apr: d(apr),
    liquidity,
    minWeight: d("0.05"),
    maxWeight: d("0.6"),
  });

  it("gives WINDING_DOWN constituents 0 and leaves their liquidity out", () => {
    // active: 0.05·√(1/2) each → equal scores → 1/2 each (HALTED ones keep scoring)
    const t = basketTargetWeights([c("0.15", 1n), c("0.9", 1_000n, "WINDING_DOWN"), c("0.15", 1n, "HALTED")], d("0.1"));
    expect(ppm(t)).toEqual([500_000n, 0n, 500_000n]);
    expect(code(() => basketTargetWeights([c("0.15", 1n, "WINDING_DOWN")], d("0.1")))).toBe("INFEASIBLE_WEIGHTS");
  });

  it("starts a basket from the clamped equal split", () => {
    const b = (min: string, max: string) => ({ status: "OK" as const, minWeight: d(min), maxWeight: d(max) });
    expect(
      ppm(basketInitialTargetWeights([b("0.05", "0.35"), b("0.05", "0.35"), b("0.05", "0.35"), b("0.05", "0.35")])),
    ).toEqual([250_000n, 250_000n, 250_000n, 250_000n]);
    expect(ppm(basketInitialTargetWeights([b("0", "0.2"), b("0", "1"), b("0", "1")]))).toEqual([
      200_000n,
      400_000n,
      400_000n,
    ]);
    expect(ppm(basketInitialTargetWeights([b("0", "1"), b("0", "1"), b("0", "1")]))).toEqual([
      333_334n,
      333_333n,
      333_333n,
    ]);
  });
});
