import { SdkError } from "./errors.js";

/** math.Int refuses values whose magnitude needs more than 256 bits (cosmossdk.io/math int.go `MaxBitLen`). */
export const MAX_INT_BIT_LEN = 256;

// |value| ≤ 2^256 − 1 is exactly "bit length ≤ 256"; comparing against the bound avoids building a binary string.
const MAX_INT_MAGNITUDE = (1n << BigInt(MAX_INT_BIT_LEN)) - 1n;
const INTEGER = /^-?[0-9]+$/;

/**
 * Returns `value` if math.Int can hold it (|value| < 2^256), else throws `INT_OUT_OF_RANGE`. Mirrors the bound
 * checked by Go's `math.NewIntFromBigInt` and every Int operation (they panic with "Int overflow" there).
 */
export function checkInt256(value: bigint, field = "amount"): bigint {
  if (value > MAX_INT_MAGNITUDE || value < -MAX_INT_MAGNITUDE) {
    throw new SdkError("INT_OUT_OF_RANGE", `integer needs more than ${MAX_INT_BIT_LEN} bits`, {
      field,
      value,
      fix: "Use an integer whose magnitude is below 2^256.",
    });
  }
  return value;
}

/**
 * Parses the canonical text of a math.Int (as `Int.String()` writes it, in protobuf and JSON alike): decimal digits
 * with an optional leading "-". Stricter on purpose than Go's `math.NewIntFromString` (which uses `big.Int`'s
 * base-0 syntax and also takes "+", "0x..." and "1_000"): no chain emits those, and accepting them would let a typo
 * through before signing.
 */
export function parseInt256(text: string, field = "amount"): bigint {
  if (typeof text !== "string" || !INTEGER.test(text)) {
    throw new SdkError("INVALID_INTEGER", "not a base-10 integer", {
      field,
      value: text,
      fix: 'Write digits with an optional leading "-", such as "1500000" (no "+", spaces, exponents, hex or decimals).',
    });
  }
  return checkInt256(BigInt(text), field);
}

/** Returns `value` if it is ≥ 0, else throws `NEGATIVE_AMOUNT` (sdk.Coin.Validate refuses negative amounts). */
export function checkNonNegative(value: bigint, field: string): bigint {
  if (value < 0n) {
    throw new SdkError("NEGATIVE_AMOUNT", "amount must not be negative", {
      field,
      value,
      fix: "Pass an amount of zero or more base units.",
    });
  }
  return value;
}
