import {
  DEC_ONE_ATOMICS,
  DEC_PRECISION,
  formatDecAtomics,
  MAX_DEC_ATOMICS,
  parseDecAtomics,
  parseDecString,
} from "./dec-encoding.js";
import { SdkError } from "./errors.js";
import { checkInt256 } from "./int.js";

const MAX_ATOMICS = MAX_DEC_ATOMICS;
const ONE = DEC_ONE_ATOMICS;
const HALF = ONE / 2n;
// Quo scales the dividend by 10^36 so that one more 10^18 survives the division for the rounding step.
const ONE_SQUARED = ONE * ONE;
const MAX_UINT64 = (1n << 64n) - 1n;
// Go's ApproxRoot gives up after this many Newton steps (cosmossdk.io/math legacy_dec.go maxApproxRootIterations).
const MAX_APPROX_ROOT_ITERATIONS = 300;
const DEC_PRECISION_BIG = BigInt(DEC_PRECISION);

/**
 * Go's `chopPrecisionAndRound`: drops 18 digits with round-half-even, on the magnitude, then re-applies the sign
 * (so −2.5 → −2 and −3.5 → −4: symmetric around zero).
 */
function chopHalfEven(value: bigint): bigint {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const quotient = magnitude / ONE;
  const remainder = magnitude % ONE;
  const roundUp = remainder > HALF || (remainder === HALF && (quotient & 1n) === 1n);
  const chopped = roundUp ? quotient + 1n : quotient;
  return negative ? -chopped : chopped;
}

/**
 * Go's `chopPrecisionAndRoundUp`: ceiling for a positive value, but truncation of the magnitude for a negative one,
 * which is again toward +∞. So "round up" means toward +∞, never away from zero.
 */
function chopTowardPositive(value: bigint): bigint {
  const quotient = value / ONE; // BigInt division truncates toward zero, like big.Int.Quo
  return value > 0n && quotient * ONE !== value ? quotient + 1n : quotient;
}

/** Floor of the integer square root, by Newton's method from a power of two that is known to be ≥ √n. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

function outOfRange(operation: string, atomics: bigint): SdkError {
  return new SdkError("DECIMAL_OUT_OF_RANGE", "result outside the LegacyDec range ±(2^256 − 10^-18)", {
    field: operation,
    value: formatDecAtomics(atomics),
    fix: "Keep decimals below 2^256 in whole units; Go's math.LegacyDec panics on this result.",
  });
}

function divisionByZero(operation: string, dividend: string): SdkError {
  return new SdkError("DIVISION_BY_ZERO", "division by zero", {
    field: operation,
    value: dividend,
    fix: "Check the divisor is not zero before dividing (Go panics here).",
  });
}

/**
 * A Cosmos SDK `math.LegacyDec` (`sdk.Dec`): a signed integer of 10^-18 units, with Go's rounding reproduced bit for
 * bit. Immutable; every operation returns a new `Dec`. Results outside the LegacyDec range throw
 * `DECIMAL_OUT_OF_RANGE` where Go panics; division by zero throws `DIVISION_BY_ZERO`.
 *
 * Semantics follow cosmossdk.io/math v1.5.x (`legacy_dec.go`, what Persistence core-1 runs); see the notes on
 * {@link Dec.quoRoundUp} for the one operation whose result changed between math releases. The range is Go's
 * `upperLimit` of math v1.4+: |atomics| ≤ 2^256·10^18 − 1 (`MAX_DEC_ATOMICS`, shared with dec-encoding).
 */
export class Dec {
  /** The decimal scaled by 10^18 (LegacyDec's internal big.Int). */
  readonly atomics: bigint;

  private constructor(atomics: bigint) {
    this.atomics = atomics;
    Object.freeze(this);
  }

  /** Range check shared by every operation that can grow a value (Go's `assertInValidRange` after each op). */
  private static checked(atomics: bigint, operation: string): Dec {
    if (atomics > MAX_ATOMICS || atomics < -MAX_ATOMICS) throw outOfRange(operation, atomics);
    return new Dec(atomics);
  }

  /** 0 (`LegacyZeroDec`). */
  static readonly ZERO: Dec = new Dec(0n);
  /** 1 (`LegacyOneDec`). */
  static readonly ONE: Dec = new Dec(ONE);

  /** A Dec from its raw 10^-18 units (Go `LegacyNewDecFromBigIntWithPrec(i, 18)`), range-checked. */
  static fromAtomics(atomics: bigint): Dec {
    if (typeof atomics !== "bigint") {
      throw new SdkError("INVALID_ARGUMENT", "atomics must be a bigint", {
        field: "atomics",
        value: atomics,
        fix: "Pass the decimal scaled by 10^18 as a bigint, such as 1500000000000000000n for 1.5.",
      });
    }
    return Dec.checked(atomics, "Dec.fromAtomics");
  }

  /** Parses the JSON/amino form, "1.5" or "1.500000000000000000" (Go `LegacyNewDecFromStr`). */
  static fromString(text: string, field = "decimal"): Dec {
    return new Dec(parseDecString(text, field));
  }

  /** Parses the protobuf form, "1500000000000000000" for 1.5 (Go `LegacyDec.Unmarshal`; "" is zero). */
  static fromProto(text: string, field = "decimal"): Dec {
    return new Dec(parseDecAtomics(text, field));
  }

  /** A whole number (Go `LegacyNewDecFromInt`); `value` must fit a math.Int (256 bits). */
  static fromInt(value: bigint): Dec {
    return new Dec(checkInt256(value, "Dec.fromInt") * ONE);
  }

  /**
   * `value · 10^-prec` (Go `LegacyNewDecWithPrec`): `withPrec(1n, 2)` is 0.01. `prec` is an integer from 0 to 18,
   * as Go panics outside that.
   */
  static withPrec(value: bigint, prec: number): Dec {
    if (!Number.isInteger(prec) || prec < 0 || prec > DEC_PRECISION) {
      throw new SdkError("INVALID_ARGUMENT", `precision must be an integer from 0 to ${DEC_PRECISION}`, {
        field: "prec",
        value: prec,
        fix: "Pass the number of decimal places, such as 2 for hundredths.",
      });
    }
    return Dec.checked(value * 10n ** (DEC_PRECISION_BIG - BigInt(prec)), "Dec.withPrec");
  }

  /** The smaller of two decimals (Go `LegacyMinDec`). */
  static min(a: Dec, b: Dec): Dec {
    return a.atomics < b.atomics ? a : b;
  }

  /** The larger of two decimals (Go `LegacyMaxDec`). */
  static max(a: Dec, b: Dec): Dec {
    return a.atomics < b.atomics ? b : a;
  }

  /** Always 18 decimals, "-0.500000000000000000" (Go `LegacyDec.String`, also its JSON/amino form). */
  toString(): string {
    return formatDecAtomics(this.atomics);
  }

  /** The protobuf form: atomics in base 10 (Go `LegacyDec.Marshal`). */
  toProto(): string {
    return this.atomics.toString();
  }

  /** Same as {@link Dec.toString} (Go `LegacyDec.MarshalJSON`), so `JSON.stringify` never meets a bigint. */
  toJSON(): string {
    return this.toString();
  }

  /** Exact sum (Go `LegacyDec.Add`). */
  add(o: Dec): Dec {
    return Dec.checked(this.atomics + o.atomics, "Dec.add");
  }

  /** Exact difference (Go `LegacyDec.Sub`). */
  sub(o: Dec): Dec {
    return Dec.checked(this.atomics - o.atomics, "Dec.sub");
  }

  /** Negation (Go `LegacyDec.Neg`); the range is symmetric, so it cannot overflow. */
  neg(): Dec {
    return new Dec(-this.atomics);
  }

  /** Absolute value (Go `LegacyDec.Abs`). */
  abs(): Dec {
    return this.atomics < 0n ? new Dec(-this.atomics) : this;
  }

  /** Product rounded half-even at the 18th decimal, on the magnitude (Go `LegacyDec.Mul`). */
  mul(o: Dec): Dec {
    return Dec.checked(chopHalfEven(this.atomics * o.atomics), "Dec.mul");
  }

  /** Product truncated toward zero (Go `LegacyDec.MulTruncate`). */
  mulTruncate(o: Dec): Dec {
    return Dec.checked((this.atomics * o.atomics) / ONE, "Dec.mulTruncate");
  }

  /**
   * Product rounded toward +∞ (Go `LegacyDec.MulRoundUp`): a ceiling for positive products, but a negative product is
   * truncated toward zero, which is also toward +∞. Go does not round negatives away from zero.
   */
  mulRoundUp(o: Dec): Dec {
    return Dec.checked(chopTowardPositive(this.atomics * o.atomics), "Dec.mulRoundUp");
  }

  /**
   * Quotient as Go `LegacyDec.Quo` computes it: `trunc(a·10^36 / b)`, then half-even on the last 18 digits. The two
   * roundings differ from a single half-even of the exact quotient when digits beyond the 36th break a tie; this
   * keeps Go's answer.
   */
  quo(o: Dec): Dec {
    if (o.atomics === 0n) throw divisionByZero("Dec.quo", this.toString());
    return Dec.checked(chopHalfEven((this.atomics * ONE_SQUARED) / o.atomics), "Dec.quo");
  }

  /** Quotient truncated toward zero: `trunc(a·10^18 / b)` (Go `LegacyDec.QuoTruncate`). */
  quoTruncate(o: Dec): Dec {
    if (o.atomics === 0n) throw divisionByZero("Dec.quoTruncate", this.toString());
    return Dec.checked((this.atomics * ONE) / o.atomics, "Dec.quoTruncate");
  }

  /**
   * Go `LegacyDec.QuoRoundUp` of cosmossdk.io/math ≥ v1.4 (v1.5.3 runs on Persistence core-1):
   * `q = trunc(a·10^18/b)`, plus one unit if the division left a remainder and the exact quotient is positive or
   * `q` is not zero. Positive quotients get the ceiling. A negative quotient in (−10^-18, 0) gives 0, but any other
   * inexact negative quotient lands one unit above its ceiling (−1/3 → −0.333333333333333332), because Go tests the
   * sign of the already-truncated quotient. Reproduced on purpose: chains compute with it. (math ≤ v1.3 computed
   * `trunc(a·10^36/b)` then `chopPrecisionAndRoundUp`, the plain ceiling for negatives.)
   */
  quoRoundUp(o: Dec): Dec {
    if (o.atomics === 0n) throw divisionByZero("Dec.quoRoundUp", this.toString());
    const scaled = this.atomics * ONE;
    const quotient = scaled / o.atomics;
    const remainder = scaled - quotient * o.atomics; // carries the dividend's sign, like big.Int.QuoRem
    const quotientNegative = quotient < 0n;
    const divisorNegative = o.atomics < 0n;
    const bump =
      (remainder > 0n && quotientNegative === divisorNegative) ||
      (remainder < 0n && quotientNegative !== divisorNegative);
    return Dec.checked(bump ? quotient + 1n : quotient, "Dec.quoRoundUp");
  }

  /** Exact product with an integer (Go `LegacyDec.MulInt`); `i` must fit a math.Int. */
  mulInt(i: bigint): Dec {
    return Dec.checked(this.atomics * checkInt256(i, "Dec.mulInt"), "Dec.mulInt");
  }

  /** Quotient by an integer, atomics truncated toward zero (Go `LegacyDec.QuoInt`, big.Int.Quo). */
  quoInt(i: bigint): Dec {
    checkInt256(i, "Dec.quoInt");
    if (i === 0n) throw divisionByZero("Dec.quoInt", this.toString());
    return new Dec(this.atomics / i);
  }

  /**
   * Integer power by Go's `LegacyDec.Power` square-and-multiply, each step a rounded {@link Dec.mul}; the order of
   * multiplications is Go's, so the rounding errors are too. `power(0)` is 1. `n` is a uint64, as in Go.
   */
  power(n: number | bigint): Dec {
    const exponent = typeof n === "bigint" ? n : Number.isSafeInteger(n) ? BigInt(n) : -1n;
    if (exponent < 0n || exponent > MAX_UINT64) {
      throw new SdkError("INVALID_ARGUMENT", "exponent must be an integer from 0 to 2^64 − 1", {
        field: "Dec.power",
        value: n,
        fix: "Pass a whole, non-negative exponent.",
      });
    }
    if (exponent === 0n) return Dec.ONE;
    let base: Dec = this;
    let accumulator = Dec.ONE;
    for (let i = exponent; i > 1n; i /= 2n) {
      if (i % 2n !== 0n) accumulator = accumulator.mul(base);
      base = base.mul(base);
    }
    return base.mul(accumulator);
  }

  /**
   * Square root by Go's `LegacyDec.ApproxSqrt` (`ApproxRoot(2)`): Newton steps from 1,
   * `delta = (d.Quo(guess) − guess).QuoInt(2)`, until |delta| ≤ 10^-18 or 300 steps; −√|d| for negatives. The
   * result can be 1 unit off the true root either way, exactly as Go's; use {@link Dec.sqrtTruncate} for a floor.
   */
  approxSqrt(): Dec {
    if (this.atomics < 0n) return this.neg().approxSqrt().neg();
    if (this.atomics === 0n || this.atomics === ONE) return this;
    const smallest = new Dec(1n);
    let guess = Dec.ONE;
    for (let iteration = 0; iteration < MAX_APPROX_ROOT_ITERATIONS; iteration++) {
      // Go divides by guess.Power(root − 1); for a square root that is guess·1, which Mul leaves unchanged.
      const previous = guess.atomics === 0n ? smallest : guess;
      const delta = this.quo(previous).sub(guess).quoInt(2n);
      guess = guess.add(delta);
      if (delta.atomics <= 1n && delta.atomics >= -1n) break;
    }
    return guess;
  }

  /**
   * The exact floor of the square root at 18 decimals: `floor(√(atomics·10^18))` atomics, so
   * `r² ≤ x < (r + 10^-18)²`. Not in Go's LegacyDec; use it where a guaranteed bound matters more than matching
   * {@link Dec.approxSqrt}. Throws `INVALID_ARGUMENT` for negatives.
   */
  sqrtTruncate(): Dec {
    if (this.atomics < 0n) {
      throw new SdkError("INVALID_ARGUMENT", "square root of a negative decimal", {
        field: "Dec.sqrtTruncate",
        value: this.toString(),
        fix: "Take the square root of a value of zero or more.",
      });
    }
    return new Dec(isqrt(this.atomics * ONE));
  }

  /** Whole part, truncated toward zero (Go `LegacyDec.TruncateInt`); throws `INT_OUT_OF_RANGE` beyond 256 bits. */
  truncateInt(): bigint {
    return checkInt256(this.atomics / ONE, "Dec.truncateInt");
  }

  /** Whole part as a Dec, truncated toward zero (Go `LegacyDec.TruncateDec`). */
  truncateDec(): Dec {
    return new Dec((this.atomics / ONE) * ONE);
  }

  /** Smallest whole number ≥ this, toward +∞ for both signs (Go `LegacyDec.Ceil`): −4.7 → −4. */
  ceil(): Dec {
    const whole = this.atomics / ONE;
    const remainder = this.atomics - whole * ONE;
    return Dec.checked((remainder > 0n ? whole + 1n : whole) * ONE, "Dec.ceil");
  }

  /** Largest whole number ≤ this, toward −∞: −4.2 → −5. Go's LegacyDec has no Floor; this mirrors its Ceil. */
  floor(): Dec {
    const whole = this.atomics / ONE;
    const remainder = this.atomics - whole * ONE;
    return Dec.checked((remainder < 0n ? whole - 1n : whole) * ONE, "Dec.floor");
  }

  /**
   * Nearest whole number, ties to even on the magnitude: 0.5 → 0, 1.5 → 2, 2.5 → 2, −2.5 → −2
   * (Go `LegacyDec.RoundInt`); throws `INT_OUT_OF_RANGE` beyond 256 bits.
   */
  roundInt(): bigint {
    return checkInt256(chopHalfEven(this.atomics), "Dec.roundInt");
  }

  /** Go `LegacyDec.IsZero`. */
  isZero(): boolean {
    return this.atomics === 0n;
  }

  /** Go `LegacyDec.IsNegative`. */
  isNegative(): boolean {
    return this.atomics < 0n;
  }

  /** Go `LegacyDec.IsPositive`. */
  isPositive(): boolean {
    return this.atomics > 0n;
  }

  /** Go `LegacyDec.Equal`. */
  equals(o: Dec): boolean {
    return this.atomics === o.atomics;
  }

  /** −1, 0 or 1 as this is less than, equal to or greater than `o` (Go `big.Int.Cmp` on the atomics). */
  cmp(o: Dec): -1 | 0 | 1 {
    return this.atomics < o.atomics ? -1 : this.atomics > o.atomics ? 1 : 0;
  }

  /** Go `LegacyDec.LT`. */
  lt(o: Dec): boolean {
    return this.atomics < o.atomics;
  }

  /** Go `LegacyDec.LTE`. */
  lte(o: Dec): boolean {
    return this.atomics <= o.atomics;
  }

  /** Go `LegacyDec.GT`. */
  gt(o: Dec): boolean {
    return this.atomics > o.atomics;
  }

  /** Go `LegacyDec.GTE`. */
  gte(o: Dec): boolean {
    return this.atomics >= o.atomics;
  }
}
