// Input guards shared by the pSTAKE formulas. Internal: not re-exported from the package.
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { checkInt256, checkNonNegative } from "../int.js";

/** An integer amount of base units as math.Int holds it: a bigint, at most 256 bits, never negative. */
export function amountArg(value: bigint, field: string): bigint {
  if (typeof value !== "bigint") {
    throw new SdkError("INVALID_AMOUNT", "amount must be a bigint of base units", {
      field,
      value,
      fix: "Pass the amount in base units as a bigint, such as 1000000n for 1 XPRT.",
    });
  }
  return checkNonNegative(checkInt256(value, field), field);
}

/** A `Dec` instance (a string or number in its place would compute nonsense). */
export function decArg(value: Dec, field: string): Dec {
  if (!(value instanceof Dec)) {
    throw new SdkError("INVALID_DECIMAL", "expected a Dec", {
      field,
      value,
      fix: 'Build it with Dec.fromString("0.05") or Dec.fromProto(...).',
    });
  }
  return value;
}

/** A `Dec` that is not negative. */
export function nonNegativeDecArg(value: Dec, field: string): Dec {
  decArg(value, field);
  if (value.isNegative()) {
    throw new SdkError("INVALID_ARGUMENT", "must not be negative", {
      field,
      value: value.toString(),
      fix: "Pass a value of zero or more.",
    });
  }
  return value;
}

/**
 * A fee or rate that the chain keeps in [0, 1] (liquidstake params validation, liquidstakeibc
 * `HostChainLSParams.Validate`: `0 <= fee <= 1`).
 */
export function fractionArg(value: Dec, field: string): Dec {
  decArg(value, field);
  if (value.isNegative() || value.gt(Dec.ONE)) {
    throw new SdkError("RATE_OUT_OF_RANGE", "must be a fraction from 0 to 1", {
      field,
      value: value.toString(),
      fix: 'Fees and rates are fractions: 0.005 is 0.5% (write Dec.fromString("0.005")).',
    });
  }
  return value;
}

/** A list of integer weights or amounts, each checked by {@link amountArg}. */
export function amountListArg(values: readonly bigint[], field: string): readonly bigint[] {
  if (!Array.isArray(values)) {
    throw new SdkError("INVALID_ARGUMENT", "expected an array of bigint", {
      field,
      value: values,
      fix: "Pass one bigint per validator, in the chain's order.",
    });
  }
  values.forEach((v, i) => {
    amountArg(v, `${field}[${i}]`);
  });
  return values;
}

/** A strictly positive int64-like counter (epoch factors, durations). */
export function positiveIntegerArg(value: bigint, field: string): bigint {
  if (typeof value !== "bigint" || value <= 0n) {
    throw new SdkError("INVALID_ARGUMENT", "must be a positive bigint", {
      field,
      value,
      fix: "Pass a whole number greater than zero as a bigint.",
    });
  }
  return value;
}

/** A counter such as an epoch number: a bigint ≥ 0. */
export function nonNegativeIntegerArg(value: bigint, field: string): bigint {
  if (typeof value !== "bigint" || value < 0n) {
    throw new SdkError("INVALID_ARGUMENT", "must be a bigint of zero or more", {
      field,
      value,
      fix: "Pass a whole number such as 5n (x/epochs current_epoch).",
    });
  }
  return value;
}

/** The smaller of two bigints (Math.min does not take bigint). */
export function minBigInt(a: bigint, b: bigint): bigint {
  if (b < a) return b;
  return a;
}

export function sum(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}
