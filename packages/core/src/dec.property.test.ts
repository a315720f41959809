import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "./dec.js";
import { SdkError } from "./errors.js";

// An independent model of LegacyDec: values are exact rationals num/den, rounded to an integer number of units by
// one obvious function built on floor division. Nothing here is shared with dec.ts.

const UNIT = 1_000_000_000_000_000_000n; // 10^18 atomics per whole
const LIMIT = 2n ** 256n * 10n ** 18n - 1n; // largest |atomics| allowed (math v1.4+ upperLimit)
const RUNS = { numRuns: 2500 };

type Mode = "truncate" | "halfEven" | "ceiling";

/** Rounds the rational num/den to an integer. Written with floor division so it shares no logic with dec.ts. */
function round(num: bigint, den: bigint, mode: Mode): bigint {
  if (den < 0n) return round(-num, -den, mode);
  let floor = num / den;
  if (num % den !== 0n && num < 0n) floor -= 1n; // BigInt division truncates; step down to the floor
  const rest = num - floor * den; // 0 ≤ rest < den
  if (rest === 0n) return floor;
  if (mode === "ceiling") return floor + 1n;
  if (mode === "truncate") return num < 0n ? floor + 1n : floor;
  // half-even: compare the remainder with half the denominator; on a tie pick the even neighbour
  if (2n * rest < den) return floor;
  if (2n * rest > den) return floor + 1n;
  return floor % 2n === 0n ? floor : floor + 1n;
}

const model = {
  mul: (a: bigint, b: bigint) => round(a * b, UNIT, "halfEven"),
  mulTruncate: (a: bigint, b: bigint) => round(a * b, UNIT, "truncate"),
  mulRoundUp: (a: bigint, b: bigint) => round(a * b, UNIT, "ceiling"),
  // Go keeps 36 decimals by truncation first, then rounds half-even to 18
  quo: (a: bigint, b: bigint) => round(round(a * UNIT * UNIT, b, "truncate"), UNIT, "halfEven"),
  quoTruncate: (a: bigint, b: bigint) => round(a * UNIT, b, "truncate"),
  // math ≥ v1.4: the ceiling, except that an inexact negative quotient of magnitude ≥ 1 unit gets one unit more
  quoRoundUp: (a: bigint, b: bigint) => {
    const ceiling = round(a * UNIT, b, "ceiling");
    const exact = (a * UNIT) % b === 0n;
    const negative = a < 0n !== b < 0n && a !== 0n;
    return negative && !exact && ceiling !== 0n ? ceiling + 1n : ceiling;
  },
};

/** The model's verdict: the expected atomics, or "overflow" when Go would panic. */
function expected(atomics: bigint): bigint | "overflow" {
  return atomics > LIMIT || atomics < -LIMIT ? "overflow" : atomics;
}

/** Runs a Dec operation and reports its atomics, or "overflow" for DECIMAL_OUT_OF_RANGE. */
function actual(run: () => Dec): bigint | "overflow" {
  try {
    return run().atomics;
  } catch (error) {
    if (error instanceof SdkError && error.code === "DECIMAL_OUT_OF_RANGE") return "overflow";
    throw error;
  }
}

const signed = (magnitude: fc.Arbitrary<bigint>) =>
  fc.tuple(magnitude, fc.boolean()).map(([m, negative]) => (negative ? -m : m));

/** Atomics from the last digit up to the range limit, with extra weight on the places where rounding bites. */
const atomicsArb: fc.Arbitrary<bigint> = fc.oneof(
  { weight: 2, arbitrary: fc.bigInt(-(10n ** 6n), 10n ** 6n) }, // a few units of 10^-18
  { weight: 3, arbitrary: fc.bigInt(-(10n ** 24n), 10n ** 24n) }, // everyday values, up to a million
  { weight: 2, arbitrary: fc.bigInt(-(10n ** 45n), 10n ** 45n) },
  { weight: 2, arbitrary: fc.bigInt(-LIMIT, LIMIT) }, // anywhere in range
  // whole numbers near 2^256 (the largest math.Int), plus a fraction
  {
    weight: 2,
    arbitrary: signed(
      fc
        .tuple(fc.bigInt(2n ** 255n, 2n ** 256n - 1n), fc.bigInt(0n, UNIT - 1n))
        .map(([whole, fraction]) => whole * UNIT + fraction),
    ),
  },
  { weight: 1, arbitrary: signed(fc.bigInt(LIMIT - 10n ** 40n, LIMIT)) }, // the very edge of the range
  // halves and exact whole numbers, to produce ties
  { weight: 2, arbitrary: signed(fc.bigInt(0n, 10n ** 6n).map((n) => n * UNIT + UNIT / 2n)) },
  { weight: 1, arbitrary: signed(fc.bigInt(0n, 10n ** 6n).map((n) => n * UNIT)) },
  { weight: 1, arbitrary: fc.constantFrom(0n, 1n, -1n, UNIT, -UNIT, UNIT / 2n, -UNIT / 2n, LIMIT, -LIMIT) },
);
const nonZeroArb = atomicsArb.filter((a) => a !== 0n);

/**
 * Dividend/divisor pairs whose 36-digit truncated quotient sits on a half-unit tie while the exact quotient does
 * not: a divisor just above 10^18 whole and a dividend just off n + 0.5 units. Random pairs almost never land
 * there, and it is where Go's double rounding in Quo differs from a single rounding.
 */
const nearTiePairArb: fc.Arbitrary<[bigint, bigint]> = fc
  .tuple(fc.bigInt(0n, 10n ** 9n), fc.bigInt(-3n, 3n), fc.bigInt(1n, 10n ** 6n), fc.boolean(), fc.boolean())
  .map(([n, nudge, above, negateA, negateB]) => {
    const a = n * UNIT + UNIT / 2n + nudge;
    const b = UNIT * UNIT + above;
    return [negateA ? -a : a, negateB ? -b : b];
  });
const quoPairArb = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(atomicsArb, nonZeroArb) },
  { weight: 1, arbitrary: nearTiePairArb },
);

describe("Dec agrees with an exact rational model", () => {
  for (const name of ["mul", "mulTruncate", "mulRoundUp"] as const) {
    it(`${name} rounds the exact product as Go does`, () => {
      fc.assert(
        fc.property(atomicsArb, atomicsArb, (a, b) => {
          const got = actual(() => Dec.fromAtomics(a)[name](Dec.fromAtomics(b)));
          expect(got).toBe(expected(model[name](a, b)));
        }),
        RUNS,
      );
    });
  }

  for (const name of ["quo", "quoTruncate", "quoRoundUp"] as const) {
    it(`${name} rounds the exact quotient as Go does`, () => {
      fc.assert(
        fc.property(quoPairArb, ([a, b]) => {
          const got = actual(() => Dec.fromAtomics(a)[name](Dec.fromAtomics(b)));
          expect(got).toBe(expected(model[name](a, b)));
        }),
        RUNS,
      );
    });
  }

  it("add and sub are exact", () => {
    fc.assert(
      fc.property(atomicsArb, atomicsArb, (a, b) => {
        expect(actual(() => Dec.fromAtomics(a).add(Dec.fromAtomics(b)))).toBe(expected(a + b));
        expect(actual(() => Dec.fromAtomics(a).sub(Dec.fromAtomics(b)))).toBe(expected(a - b));
      }),
      RUNS,
    );
  });

  it("mulInt is exact and quoInt truncates toward zero", () => {
    const intArb = fc.oneof(fc.bigInt(-1000n, 1000n), fc.bigInt(-(2n ** 256n - 1n), 2n ** 256n - 1n));
    fc.assert(
      fc.property(atomicsArb, intArb, (a, i) => {
        expect(actual(() => Dec.fromAtomics(a).mulInt(i))).toBe(expected(a * i));
        if (i !== 0n) expect(Dec.fromAtomics(a).quoInt(i).atomics).toBe(round(a, i, "truncate"));
      }),
      RUNS,
    );
  });

  it("rounds to whole numbers like the model: ceil, floor, truncate, round half-even", () => {
    fc.assert(
      fc.property(atomicsArb, (a) => {
        const x = Dec.fromAtomics(a);
        expect(actual(() => x.ceil())).toBe(expected(round(a, UNIT, "ceiling") * UNIT));
        expect(actual(() => x.floor())).toBe(expected(-round(-a, UNIT, "ceiling") * UNIT));
        expect(x.truncateDec().atomics).toBe(round(a, UNIT, "truncate") * UNIT);
        const whole = round(a, UNIT, "halfEven");
        if (whole < 2n ** 256n && whole > -(2n ** 256n)) expect(x.roundInt()).toBe(whole);
      }),
      RUNS,
    );
  });
});

describe("Dec invariants", () => {
  it("cmp is a total order consistent with the atomics", () => {
    fc.assert(
      fc.property(atomicsArb, atomicsArb, atomicsArb, (a, b, c) => {
        const [x, y, z] = [Dec.fromAtomics(a), Dec.fromAtomics(b), Dec.fromAtomics(c)];
        expect(x.cmp(y)).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(x.cmp(y)).toBe(-y.cmp(x) || 0);
        expect(x.cmp(x)).toBe(0);
        if (x.lte(y) && y.lte(z)) expect(x.lte(z)).toBe(true);
        expect(x.lt(y)).toBe(x.cmp(y) === -1);
        expect(x.gt(y)).toBe(x.cmp(y) === 1);
        expect(x.equals(y)).toBe(x.cmp(y) === 0);
        expect(x.lte(y)).toBe(!x.gt(y));
        expect(x.gte(y)).toBe(!x.lt(y));
        const [low, high] = a < b ? [a, b] : [b, a]; // Math.min/max do not take bigint
        expect(Dec.min(x, y).atomics).toBe(low);
        expect(Dec.max(x, y).atomics).toBe(high);
      }),
      RUNS,
    );
  });

  it("round-trips through the JSON and protobuf forms", () => {
    fc.assert(
      fc.property(atomicsArb, (a) => {
        const x = Dec.fromAtomics(a);
        expect(Dec.fromString(x.toString()).atomics).toBe(a);
        expect(Dec.fromProto(x.toProto()).atomics).toBe(a);
        expect(Dec.fromString(JSON.parse(JSON.stringify(x)) as string).atomics).toBe(a);
      }),
      RUNS,
    );
  });

  it("sqrtTruncate is the exact floor: r² ≤ x < (r + 10^-18)²", () => {
    fc.assert(
      fc.property(
        atomicsArb.map((a) => (a < 0n ? -a : a)),
        (a) => {
          const r = Dec.fromAtomics(a).sqrtTruncate().atomics;
          // compare in units of 10^-36 so no rounding enters: (r/10^18)² vs a/10^18
          expect(r * r <= a * UNIT).toBe(true);
          expect((r + 1n) * (r + 1n) > a * UNIT).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("approxSqrt is within a few units of the exact root", () => {
    fc.assert(
      fc.property(
        atomicsArb.map((a) => (a < 0n ? -a : a)),
        (a) => {
          const x = Dec.fromAtomics(a);
          const gap = x.approxSqrt().sub(x.sqrtTruncate()).abs();
          expect(gap.lte(Dec.fromAtomics(2n))).toBe(true);
          expect(x.neg().approxSqrt().equals(x.approxSqrt().neg())).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
