import { describe, expect, it } from "vitest";
import { Dec } from "./dec.js";
import { MAX_DEC_ATOMICS } from "./dec-encoding.js";
import { SdkError, type SdkErrorCode } from "./errors.js";

const d = (text: string): Dec => Dec.fromString(text);
const MAX_ATOMICS = MAX_DEC_ATOMICS;

function thrown(run: () => unknown): SdkError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SdkError);
    return error as SdkError;
  }
  throw new Error("expected the call to throw");
}

function expectCode(run: () => unknown, code: SdkErrorCode, field?: string): void {
  const error = thrown(run);
  expect(error.code).toBe(code);
  if (field !== undefined) expect(error.field).toBe(field);
}

describe("Dec construction and text forms", () => {
  it("builds from atomics, strings, protobuf text, ints and precisions", () => {
    expect(Dec.fromAtomics(1_500_000_000_000_000_000n).toString()).toBe("1.500000000000000000");
    expect(d("1.5").atomics).toBe(1_500_000_000_000_000_000n);
    expect(Dec.fromProto("1500000000000000000").equals(d("1.5"))).toBe(true);
    expect(Dec.fromProto("").isZero()).toBe(true);
    expect(Dec.fromInt(-3n).toString()).toBe("-3.000000000000000000");
    expect(Dec.withPrec(1n, 2).toString()).toBe("0.010000000000000000");
    expect(Dec.withPrec(1n, 18).atomics).toBe(1n);
    expect(Dec.withPrec(-15n, 1).toString()).toBe("-1.500000000000000000");
    expect(Dec.withPrec(7n, 0).equals(Dec.fromInt(7n))).toBe(true);
    expect(Dec.ZERO.atomics).toBe(0n);
    expect(Dec.ONE.atomics).toBe(10n ** 18n);
  });

  // Go TestDecString
  it.each([
    [Dec.fromInt(0n), "0.000000000000000000"],
    [Dec.fromInt(1n), "1.000000000000000000"],
    [Dec.fromInt(10n), "10.000000000000000000"],
    [Dec.fromInt(12340n), "12340.000000000000000000"],
    [Dec.withPrec(12340n, 4), "1.234000000000000000"],
    [Dec.withPrec(12340n, 5), "0.123400000000000000"],
    [Dec.withPrec(12340n, 8), "0.000123400000000000"],
    [Dec.withPrec(1009009009009009009n, 17), "10.090090090090090090"],
  ])("String() of %s is %s", (dec, text) => {
    expect(dec.toString()).toBe(text);
    expect(Dec.fromString(text).equals(dec)).toBe(true);
  });

  it("has a protobuf form and a JSON form that never meets a bigint", () => {
    expect(d("-0.04").toProto()).toBe("-40000000000000000");
    expect(d("1.414213562373095049").toProto()).toBe("1414213562373095049");
    expect(JSON.stringify({ rate: d("0.05") })).toBe('{"rate":"0.050000000000000000"}');
    expect(d("-1.414213562373095049").toJSON()).toBe("-1.414213562373095049");
  });

  it("is immutable", () => {
    const x = d("1.5");
    expect(Object.isFrozen(x)).toBe(true);
    expect(Reflect.set(x, "atomics", 1n)).toBe(false);
    expect(x.atomics).toBe(1_500_000_000_000_000_000n);
    expect(Object.isFrozen(Dec.ONE)).toBe(true);
  });

  it("refuses bad input with typed errors naming the field", () => {
    expectCode(() => Dec.fromString("1e5", "params.take_rate"), "INVALID_DECIMAL", "params.take_rate");
    expectCode(() => Dec.fromProto("1.5", "shares"), "INVALID_DECIMAL", "shares");
    expectCode(() => Dec.withPrec(1n, 19), "INVALID_ARGUMENT", "prec");
    expectCode(() => Dec.withPrec(1n, -1), "INVALID_ARGUMENT", "prec");
    expectCode(() => Dec.withPrec(1n, 1.5), "INVALID_ARGUMENT", "prec");
    expectCode(() => Dec.fromAtomics(1 as unknown as bigint), "INVALID_ARGUMENT", "atomics");
    expectCode(() => Dec.fromInt(1n << 256n), "INT_OUT_OF_RANGE", "Dec.fromInt");
  });

  it("enforces the range on construction and on every result", () => {
    expect(Dec.fromAtomics(MAX_ATOMICS).atomics).toBe(MAX_ATOMICS);
    expect(Dec.fromAtomics(-MAX_ATOMICS).atomics).toBe(-MAX_ATOMICS);
    expectCode(() => Dec.fromAtomics(MAX_ATOMICS + 1n), "DECIMAL_OUT_OF_RANGE", "Dec.fromAtomics");
    expectCode(() => Dec.fromAtomics(-MAX_ATOMICS - 1n), "DECIMAL_OUT_OF_RANGE");
    const max = Dec.fromAtomics(MAX_ATOMICS);
    expectCode(() => max.add(Dec.fromAtomics(1n)), "DECIMAL_OUT_OF_RANGE", "Dec.add");
    expectCode(() => max.neg().sub(Dec.fromAtomics(1n)), "DECIMAL_OUT_OF_RANGE", "Dec.sub");
    expectCode(() => max.mul(Dec.fromInt(2n)), "DECIMAL_OUT_OF_RANGE", "Dec.mul");
    expectCode(() => max.mulInt(2n), "DECIMAL_OUT_OF_RANGE", "Dec.mulInt");
    expectCode(() => max.quo(d("0.5")), "DECIMAL_OUT_OF_RANGE", "Dec.quo");
    expectCode(() => max.ceil(), "DECIMAL_OUT_OF_RANGE", "Dec.ceil");
    expectCode(() => max.neg().floor(), "DECIMAL_OUT_OF_RANGE", "Dec.floor");
    expectCode(() => Dec.fromInt(2n).power(1000), "DECIMAL_OUT_OF_RANGE", "Dec.mul");
    // Ops by one stay in range at the very edge (Go TestDecOpsWithinLimits)
    expect(max.mul(Dec.ONE).equals(max)).toBe(true);
    expect(max.mulTruncate(Dec.ONE).equals(max)).toBe(true);
    expect(max.mulRoundUp(Dec.ONE).equals(max)).toBe(true);
    expect(max.quo(Dec.ONE).equals(max)).toBe(true);
    expect(max.quoTruncate(Dec.ONE).equals(max)).toBe(true);
    expect(max.quoRoundUp(Dec.ONE).equals(max)).toBe(true);
    expect(max.neg().abs().equals(max)).toBe(true);
  });
});

describe("Dec arithmetic (Go TestArithmetic)", () => {
  // d1, d2, Mul, MulTruncate, MulRoundUp, Quo, QuoRoundUp, QuoTruncate, Add, Sub
  const table: [string, string, string, string, string, string, string, string, string, string][] = [
    ["1", "1", "1", "1", "1", "1", "1", "1", "2", "0"],
    ["-1", "-1", "1", "1", "1", "1", "1", "1", "-2", "0"],
    ["1", "-1", "-1", "-1", "-1", "-1", "-1", "-1", "0", "2"],
    ["-1", "1", "-1", "-1", "-1", "-1", "-1", "-1", "0", "-2"],
    ["3", "7", "21", "21", "21", "0.428571428571428571", "0.428571428571428572", "0.428571428571428571", "10", "-4"],
    ["2", "4", "8", "8", "8", "0.5", "0.5", "0.5", "6", "-2"],
    ["100", "100", "10000", "10000", "10000", "1", "1", "1", "200", "0"],
    ["1.5", "1.5", "2.25", "2.25", "2.25", "1", "1", "1", "3", "0"],
    [
      "0.3333",
      "0.0333",
      "0.01109889",
      "0.01109889",
      "0.01109889",
      "10.009009009009009009",
      "10.009009009009009010",
      "10.009009009009009009",
      "0.3666",
      "0.3",
    ],
  ];

  it.each(table)("%s ∘ %s", (a, b, mul, mulTruncate, mulRoundUp, quo, quoRoundUp, quoTruncate, add, sub) => {
    const x = d(a);
    const y = d(b);
    expect(x.mul(y).toString()).toBe(d(mul).toString());
    expect(x.mulTruncate(y).toString()).toBe(d(mulTruncate).toString());
    expect(x.mulRoundUp(y).toString()).toBe(d(mulRoundUp).toString());
    expect(x.quo(y).toString()).toBe(d(quo).toString());
    expect(x.quoRoundUp(y).toString()).toBe(d(quoRoundUp).toString());
    expect(x.quoTruncate(y).toString()).toBe(d(quoTruncate).toString());
    expect(x.add(y).toString()).toBe(d(add).toString());
    expect(x.sub(y).toString()).toBe(d(sub).toString());
  });

  it("multiplies and adds with zero, and refuses division by zero like Go's panics", () => {
    for (const x of [Dec.ZERO, Dec.ONE, Dec.ONE.neg()]) {
      expect(x.mul(Dec.ZERO).isZero()).toBe(true);
      expect(x.mulTruncate(Dec.ZERO).isZero()).toBe(true);
      expect(x.mulRoundUp(Dec.ZERO).isZero()).toBe(true);
      expect(x.add(Dec.ZERO).equals(x)).toBe(true);
      expectCode(() => x.quo(Dec.ZERO), "DIVISION_BY_ZERO", "Dec.quo");
      expectCode(() => x.quoTruncate(Dec.ZERO), "DIVISION_BY_ZERO", "Dec.quoTruncate");
      expectCode(() => x.quoRoundUp(Dec.ZERO), "DIVISION_BY_ZERO", "Dec.quoRoundUp");
      expectCode(() => x.quoInt(0n), "DIVISION_BY_ZERO", "Dec.quoInt");
    }
    expect(Dec.ZERO.quo(Dec.ONE.neg()).isZero()).toBe(true);
  });

  it("rounds Mul half-even on the magnitude, ties both ways", () => {
    const ulp = Dec.fromAtomics(1n);
    const half = d("0.5");
    // 1e-18 · 0.5 = 0.5e-18: a tie, rounds to the even 0
    expect(ulp.mul(half).atomics).toBe(0n);
    // 3e-18 · 0.5 = 1.5e-18: a tie, rounds to the even 2
    expect(Dec.fromAtomics(3n).mul(half).atomics).toBe(2n);
    // 5e-18 · 0.5 = 2.5e-18 → 2 (even), 7e-18 · 0.5 = 3.5e-18 → 4 (even)
    expect(Dec.fromAtomics(5n).mul(half).atomics).toBe(2n);
    expect(Dec.fromAtomics(7n).mul(half).atomics).toBe(4n);
    // negatives round the magnitude and re-apply the sign: −2.5e-18 → −2, −3.5e-18 → −4
    expect(Dec.fromAtomics(-5n).mul(half).atomics).toBe(-2n);
    expect(Dec.fromAtomics(-7n).mul(half).atomics).toBe(-4n);
    expect(Dec.fromAtomics(5n).mul(half.neg()).atomics).toBe(-2n);
    // not a tie: 0.51e-18 rounds up, 0.49e-18 down
    expect(ulp.mul(d("0.51")).atomics).toBe(1n);
    expect(ulp.mul(d("0.49")).atomics).toBe(0n);
    expect(ulp.neg().mul(d("0.51")).atomics).toBe(-1n);
  });

  it("truncates MulTruncate toward zero and rounds MulRoundUp toward +∞ (Go chopPrecisionAndRoundUp)", () => {
    const a = d("0.000000000000000009");
    // Go TestMulRoundUp_RoundingAtPrecisionEnd
    expect(a.mulRoundUp(a).toString()).toBe("0.000000000000000001");
    expect(a.mulTruncate(a).toString()).toBe("0.000000000000000000");
    const third = d("0.333333333333333333");
    // −0.333333333333333333 · 0.5 = −0.1666666666666666665: Go truncates the magnitude for negatives
    expect(third.neg().mulRoundUp(half()).toString()).toBe("-0.166666666666666666");
    expect(third.neg().mulTruncate(half()).toString()).toBe("-0.166666666666666666");
    expect(third.neg().mul(half()).toString()).toBe("-0.166666666666666666");
    expect(third.mulRoundUp(half()).toString()).toBe("0.166666666666666667");
    expect(third.mulTruncate(half()).toString()).toBe("0.166666666666666666");
    expect(d("-0.000000000000000009").mulRoundUp(a).toString()).toBe("0.000000000000000000");
  });

  it("keeps Go's double rounding in Quo: trunc(a·10^36/b), then half-even", () => {
    // The exact quotient is 2.500000000000000000999…e-18 (above the tie), but the 10^36 truncation makes it a tie,
    // and the tie goes to the even 2, as in Go.
    const a = Dec.fromAtomics(25n * 10n ** 17n + 1n);
    const b = Dec.fromAtomics(10n ** 36n + 1n);
    expect(a.quo(b).atomics).toBe(2n);
    expect(a.neg().quo(b).atomics).toBe(-2n);
    // ties in Quo both ways: 1e-18/2 → 0, 3e-18/2 → 2
    expect(Dec.fromAtomics(1n).quo(Dec.fromInt(2n)).atomics).toBe(0n);
    expect(Dec.fromAtomics(3n).quo(Dec.fromInt(2n)).atomics).toBe(2n);
    expect(Dec.fromAtomics(-3n).quo(Dec.fromInt(2n)).atomics).toBe(-2n);
    expect(d("2").quo(d("3")).toString()).toBe("0.666666666666666667");
    expect(d("-2").quo(d("3")).toString()).toBe("-0.666666666666666667");
    expect(d("2").quo(d("-3")).toString()).toBe("-0.666666666666666667");
  });

  it("shows that the order of operations matters (Go TestOperationOrders)", () => {
    const n1 = Dec.fromInt(10n);
    const n2 = Dec.fromInt(1000000010n);
    expect(n1.mul(n2).quo(n2).equals(Dec.fromInt(10n))).toBe(true);
    expect(n1.quo(n2).mul(n2).equals(Dec.fromInt(10n))).toBe(false);
  });

  it("adds big values exactly (Go TestStringOverflow)", () => {
    const sum = d("51643150036226787134389711697696177267").add(d("-31798496660535729618459429845579852627"));
    expect(sum.toString()).toBe("19844653375691057515930281852116324640.000000000000000000");
  });

  it("multiplies by integers exactly and divides by them truncating (Go TestDecMulInt, QuoInt)", () => {
    expect(Dec.fromInt(10n).mulInt(2n).equals(Dec.fromInt(20n))).toBe(true);
    expect(Dec.fromInt(1000000n).mulInt(100n).equals(Dec.fromInt(100000000n))).toBe(true);
    expect(Dec.withPrec(1n, 1).mulInt(10n).equals(Dec.ONE)).toBe(true);
    expect(Dec.withPrec(1n, 5).mulInt(20n).equals(Dec.withPrec(2n, 4))).toBe(true);
    expect(Dec.ONE.quoInt(3n).toString()).toBe("0.333333333333333333");
    expect(d("2").quoInt(3n).toString()).toBe("0.666666666666666666");
    expect(d("-2").quoInt(3n).toString()).toBe("-0.666666666666666666");
    expect(d("2").quoInt(-3n).toString()).toBe("-0.666666666666666666");
    expectCode(() => Dec.ONE.mulInt(1n << 256n), "INT_OUT_OF_RANGE", "Dec.mulInt");
  });
});

function half(): Dec {
  return d("0.5");
}

describe("Dec QuoTruncate and QuoRoundUp (Go TestQuoMut)", () => {
  const divisors = [
    "10",
    "5",
    "3.333333333333333",
    "2.5",
    "2",
    "1.666666666666666666",
    "1.428571428571429",
    "1.25",
    "1.111111111111111",
  ];
  it.each(divisors)("1e-18 / ±%s", (divisor) => {
    const ulp = Dec.fromAtomics(1n);
    const y = d(divisor);
    expect(ulp.quoRoundUp(y).toString()).toBe("0.000000000000000001");
    expect(ulp.quoTruncate(y).toString()).toBe("0.000000000000000000");
    // a negative quotient in (−1e-18, 0) rounds up to zero
    expect(ulp.neg().quoRoundUp(y).toString()).toBe("0.000000000000000000");
    expect(ulp.neg().quoTruncate(y).toString()).toBe("0.000000000000000000");
    expect(ulp.quoRoundUp(y.neg()).toString()).toBe("0.000000000000000000");
    // negative over negative is positive and rounds up
    expect(ulp.neg().quoRoundUp(y.neg()).toString()).toBe("0.000000000000000001");
    expect(ulp.neg().quoTruncate(y.neg()).toString()).toBe("0.000000000000000000");
  });

  it("handles big / small, x / x and zero", () => {
    const big = d("999999999999999999");
    const small = Dec.withPrec(1n, 18);
    expect(big.quoRoundUp(small).toString()).toBe("999999999999999999000000000000000000.000000000000000000");
    expect(big.quoTruncate(small).toString()).toBe("999999999999999999000000000000000000.000000000000000000");
    expect(Dec.fromInt(123n).quoRoundUp(d("123")).equals(Dec.ONE)).toBe(true);
    expect(Dec.fromInt(123n).quoTruncate(d("123")).equals(Dec.ONE)).toBe(true);
    expect(Dec.ZERO.quoRoundUp(Dec.ONE.neg()).isZero()).toBe(true);
    expect(Dec.ZERO.quoTruncate(Dec.ONE.neg()).isZero()).toBe(true);
  });

  it("reproduces Go ≥ v1.4's QuoRoundUp on negative quotients: one unit above the ceiling", () => {
    // q = trunc(−1/3) = −0.333333333333333333, remainder ≠ 0, q < 0 → q + 1e-18
    expect(d("-1").quoRoundUp(d("3")).toString()).toBe("-0.333333333333333332");
    expect(d("1").quoRoundUp(d("-3")).toString()).toBe("-0.333333333333333332");
    expect(d("-1").quoRoundUp(d("-3")).toString()).toBe("0.333333333333333334");
    expect(d("1").quoRoundUp(d("3")).toString()).toBe("0.333333333333333334");
    // exact negative quotients are left alone
    expect(d("-1").quoRoundUp(d("4")).toString()).toBe("-0.250000000000000000");
    expect(d("-1").quoTruncate(d("3")).toString()).toBe("-0.333333333333333333");
  });
});

describe("Dec rounding to whole numbers", () => {
  // Go TestBankerRoundChop
  it.each([
    ["0.25", 0n],
    ["0", 0n],
    ["1", 1n],
    ["0.75", 1n],
    ["0.5", 0n],
    ["7.5", 8n],
    ["1.5", 2n],
    ["2.5", 2n],
    ["0.545", 1n],
    ["1.545", 2n],
    ["3.5", 4n],
    ["0.500000000000000001", 1n],
    ["2.499999999999999999", 2n],
  ])("RoundInt(±%s) = ±%s", (text, expected) => {
    expect(d(text).roundInt()).toBe(expected);
    expect(d(text).neg().roundInt()).toBe(-expected);
  });

  // Go TestTruncate
  it.each([
    ["0", 0n],
    ["0.25", 0n],
    ["0.75", 0n],
    ["1", 1n],
    ["1.5", 1n],
    ["7.5", 7n],
    ["7.6", 7n],
    ["7.4", 7n],
    ["100.1", 100n],
    ["1000.1", 1000n],
  ])("TruncateInt(±%s) = ±%s", (text, expected) => {
    expect(d(text).truncateInt()).toBe(expected);
    expect(d(text).neg().truncateInt()).toBe(-expected);
    expect(d(text).truncateDec().equals(Dec.fromInt(expected))).toBe(true);
    expect(d(text).neg().truncateDec().equals(Dec.fromInt(-expected))).toBe(true);
  });

  // Go TestDecCeil, plus floor as its mirror
  it.each([
    ["0.001", "1", "0"],
    ["-0.001", "0", "-1"],
    ["0", "0", "0"],
    ["0.9", "1", "0"],
    ["4.001", "5", "4"],
    ["-4.001", "-4", "-5"],
    ["4.7", "5", "4"],
    ["-4.7", "-4", "-5"],
    ["3", "3", "3"],
    ["-3", "-3", "-3"],
  ])("Ceil(%s) = %s, floor = %s", (text, ceil, floor) => {
    expect(d(text).ceil().toString()).toBe(d(ceil).toString());
    expect(d(text).floor().toString()).toBe(d(floor).toString());
  });

  it("refuses whole parts beyond math.Int's 256 bits", () => {
    // The largest Dec truncates to the largest math.Int; rounding it up would need 257 bits.
    const huge = Dec.fromAtomics(MAX_ATOMICS);
    expect(huge.truncateInt()).toBe((1n << 256n) - 1n);
    expectCode(() => huge.roundInt(), "INT_OUT_OF_RANGE", "Dec.roundInt");
    const maxInt = (1n << 256n) - 1n;
    expect(Dec.fromInt(maxInt).truncateInt()).toBe(maxInt);
    expect(Dec.fromInt(maxInt).add(d("0.4")).roundInt()).toBe(maxInt);
  });
});

describe("Dec.power (Go TestPower)", () => {
  it.each([
    [Dec.fromInt(100n), 0, Dec.ONE],
    [Dec.ONE, 10, Dec.ONE],
    [Dec.withPrec(5n, 1), 2, Dec.withPrec(25n, 2)],
    [Dec.withPrec(2n, 1), 2, Dec.withPrec(4n, 2)],
    [Dec.fromInt(3n), 3, Dec.fromInt(27n)],
    [Dec.fromInt(-3n), 4, Dec.fromInt(81n)],
    [Dec.fromInt(-3n), 3, Dec.fromInt(-27n)],
    // 1.414213562373095049² = 2.000000000000000000560908991588312401, half-even → …001 (Go's test allows ±1 unit)
    [Dec.withPrec(1414213562373095049n, 18), 2, d("2.000000000000000001")],
    // every intermediate product is exact: 1.21, 1.4641, 2.14358881, 2.5937424601
    [d("1.1"), 10, d("2.5937424601")],
    [Dec.ZERO, 0, Dec.ONE],
    [Dec.ZERO, 5, Dec.ZERO],
  ])("%s ^ %s = %s", (base, n, expected) => {
    expect(base.power(n).toString()).toBe(expected.toString());
    expect(base.power(BigInt(n)).toString()).toBe(expected.toString());
  });

  it("rounds each step in Go's order: tmp·d when odd, then d·d, finally d·tmp", () => {
    const x = d("0.999999999999999999");
    // n = 5: tmp = 1·x; x2 = x·x; x4 = x2·x2; result = x4·tmp
    const x2 = x.mul(x);
    const x4 = x2.mul(x2);
    expect(x.power(5).equals(x4.mul(Dec.ONE.mul(x)))).toBe(true);
    // n = 3: tmp = x; result = (x·x)·x
    const third = Dec.ONE.quo(Dec.fromInt(3n));
    expect(third.power(3).equals(third.mul(third).mul(third))).toBe(true);
    expect(third.power(3).toString()).toBe("0.037037037037037037");
    // n = 6: i=6 even → d=x²; i=3 odd → tmp=x²; d=x⁴; result = x⁴·x²
    const y = d("1.000000001");
    const y2 = y.mul(y);
    expect(y.power(6).equals(y2.mul(y2).mul(Dec.ONE.mul(y2)))).toBe(true);
    expect(d("0.99").power(1).equals(d("0.99"))).toBe(true);
  });

  it("refuses exponents that are not uint64", () => {
    expectCode(() => Dec.ONE.power(-1), "INVALID_ARGUMENT", "Dec.power");
    expectCode(() => Dec.ONE.power(1.5), "INVALID_ARGUMENT");
    expectCode(() => Dec.ONE.power(Number.NaN), "INVALID_ARGUMENT");
    expectCode(() => Dec.ONE.power(1n << 64n), "INVALID_ARGUMENT");
    expect(Dec.ONE.power((1n << 64n) - 1n).equals(Dec.ONE)).toBe(true);
  });
});

describe("Dec square roots", () => {
  // Go TestApproxSqrt: exact equality
  it.each([
    [Dec.ONE, Dec.ONE],
    [Dec.withPrec(25n, 2), Dec.withPrec(5n, 1)],
    [Dec.withPrec(4n, 2), Dec.withPrec(2n, 1)],
    [Dec.fromInt(9n), Dec.fromInt(3n)],
    [Dec.fromInt(-9n), Dec.fromInt(-3n)],
    [Dec.fromInt(2n), Dec.withPrec(1414213562373095049n, 18)],
    [Dec.fromInt(2n).power(127).sub(Dec.ONE), d("13043817825332782212.349571806252508369")],
    [d("1.000000011823380862"), d("1.000000005911690414")],
    [Dec.ZERO, Dec.ZERO],
  ])("ApproxSqrt(%s) = %s", (input, expected) => {
    expect(input.approxSqrt().toString()).toBe(expected.toString());
  });

  // Go TestApproxRoot with root 2: Go asserts within one unit
  it.each([
    [Dec.fromAtomics(1n), Dec.withPrec(1n, 9)],
    [
      d("9000002314687921634000000000000000000021394871242000000000000000"),
      d("94868342004527103646332858502867.899477053226766107"),
    ],
  ])("ApproxSqrt(%s) ≈ %s (±1e-18, as Go tests it)", (input, expected) => {
    expect(input.approxSqrt().sub(expected).abs().lte(Dec.fromAtomics(1n))).toBe(true);
  });

  it("takes the exact floor square root with sqrtTruncate", () => {
    expect(Dec.fromInt(2n).sqrtTruncate().toString()).toBe("1.414213562373095048");
    expect(Dec.fromInt(9n).sqrtTruncate().toString()).toBe("3.000000000000000000");
    expect(Dec.fromAtomics(1n).sqrtTruncate().toString()).toBe("0.000000001000000000");
    expect(Dec.fromAtomics(3n).sqrtTruncate().toString()).toBe("0.000000001732050807");
    expect(Dec.fromAtomics(4n).sqrtTruncate().toString()).toBe("0.000000002000000000");
    expect(Dec.ZERO.sqrtTruncate().isZero()).toBe(true);
    expect(Dec.ONE.sqrtTruncate().equals(Dec.ONE)).toBe(true);
    const max = Dec.fromAtomics(MAX_ATOMICS);
    const root = max.sqrtTruncate().atomics;
    expect(root * root <= MAX_ATOMICS * 10n ** 18n).toBe(true);
    expect((root + 1n) * (root + 1n) > MAX_ATOMICS * 10n ** 18n).toBe(true);
    expectCode(() => d("-1").sqrtTruncate(), "INVALID_ARGUMENT", "Dec.sqrtTruncate");
  });
});

describe("Dec comparisons", () => {
  // Go TestEqualities: d1, d2, gt, lt, eq
  it.each([
    ["0", "0", false, false, true],
    ["100", "100", false, false, true],
    ["-100", "-100", false, false, true],
    ["-0.1", "-0.1", false, false, true],
    ["3.333", "3.333", false, false, true],
    ["0", "3.333", false, true, false],
    ["-1", "3.333", false, true, false],
    ["-1", "100", false, true, false],
    ["1.111", "100", false, true, false],
    ["1.111", "3.333", false, true, false],
    ["-3.333", "-1.111", false, true, false],
    ["3.333", "0", true, false, false],
    ["3.333", "-1", true, false, false],
    ["100", "1.111", true, false, false],
    ["-1.111", "-3.333", true, false, false],
  ])("%s vs %s", (a, b, gt, lt, eq) => {
    const x = d(a);
    const y = d(b);
    expect(x.gt(y)).toBe(gt);
    expect(x.lt(y)).toBe(lt);
    expect(x.equals(y)).toBe(eq);
    expect(x.gte(y)).toBe(gt || eq);
    expect(x.lte(y)).toBe(lt || eq);
    expect(x.cmp(y)).toBe(gt ? 1 : lt ? -1 : 0);
  });

  it("has sign predicates, min, max and abs", () => {
    expect(d("-0.000000000000000001").isNegative()).toBe(true);
    expect(d("-0.000000000000000001").isPositive()).toBe(false);
    expect(Dec.ZERO.isZero() && !Dec.ZERO.isNegative() && !Dec.ZERO.isPositive()).toBe(true);
    expect(Dec.min(d("1"), d("-2")).toString()).toBe("-2.000000000000000000");
    expect(Dec.max(d("1"), d("-2")).toString()).toBe("1.000000000000000000");
    expect(Dec.min(d("2"), d("2")).equals(d("2"))).toBe(true);
    expect(d("-1.5").abs().toString()).toBe("1.500000000000000000");
    expect(d("1.5").neg().toString()).toBe("-1.500000000000000000");
  });
});
