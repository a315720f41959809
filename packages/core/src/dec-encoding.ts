import { SdkError } from "./errors.js";

/** LegacyDec carries 18 decimal places: a Dec is an integer count of 10^-18 units ("atomics"). */
export const DEC_PRECISION = 18;
const DEC_ONE_ATOMICS_VALUE = 10n ** 18n;
/** 10^18, the atomics of 1. */
export const DEC_ONE_ATOMICS = DEC_ONE_ATOMICS_VALUE;
/**
 * The largest |atomics| math.LegacyDec accepts: 2^256·10^18 − 1 (cosmossdk.io/math ≥ v1.4 `upperLimit`, what core-1
 * runs; math ≤ v1.3 bounded the bit length at 315 instead). Go panics past it; we throw DECIMAL_OUT_OF_RANGE.
 */
export const MAX_DEC_ATOMICS = 2n ** 256n * DEC_ONE_ATOMICS_VALUE - 1n;

const DIGITS = /^[0-9]+$/;

function checkRange(atomics: bigint, field: string, value: unknown): bigint {
  if (atomics > MAX_DEC_ATOMICS || atomics < -MAX_DEC_ATOMICS) {
    throw new SdkError("DECIMAL_OUT_OF_RANGE", "decimal outside the LegacyDec range ±(2^256 − 10^-18)", {
      field,
      value,
      fix: "Use a value below 2^256 (in whole units).",
    });
  }
  return atomics;
}

/**
 * Parses the JSON/amino/REST form of a LegacyDec ("1.500000000000000000", "0.05", "-3") into atomics, with the
 * rules of Go's `LegacyDecFromStr`: an optional leading "-", digits, and at most 18 digits after one ".", with
 * digits on both sides of it. Signs other than "-", exponents, spaces and separators are refused.
 */
export function parseDecString(text: string, field = "decimal"): bigint {
  const bad = (problem: string): SdkError =>
    new SdkError("INVALID_DECIMAL", problem, {
      field,
      value: text,
      fix: 'Write a plain decimal such as "0.05" or "1.500000000000000000" (at most 18 decimal places).',
    });
  if (typeof text !== "string" || text.length === 0) throw bad("a decimal string is required");
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const parts = body.split(".");
  if (parts.length > 2) throw bad("more than one decimal point");
  const [whole = "", fraction] = parts;
  if (!DIGITS.test(whole)) throw bad("not a decimal number");
  if (fraction !== undefined) {
    if (!DIGITS.test(fraction)) throw bad("not a decimal number");
    if (fraction.length > DEC_PRECISION) throw bad(`more than ${DEC_PRECISION} decimal places`);
  }
  const atomics = BigInt(whole + (fraction ?? "").padEnd(DEC_PRECISION, "0"));
  return checkRange(negative ? -atomics : atomics, field, text);
}

/**
 * Parses the protobuf form of a LegacyDec (the atomics as a base-10 integer string, "1500000000000000000" for 1.5).
 * The empty string is zero, as in Go, where an unset customtype field unmarshals to a zero Dec.
 */
export function parseDecAtomics(text: string, field = "decimal"): bigint {
  if (text === "") return 0n;
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  if (!DIGITS.test(body)) {
    throw new SdkError("INVALID_DECIMAL", "not a LegacyDec in its protobuf form (an integer of 10^-18 units)", {
      field,
      value: text,
      fix: 'Protobuf carries the decimal scaled by 10^18: 1.5 is "1500000000000000000".',
    });
  }
  const atomics = BigInt(body);
  return checkRange(negative ? -atomics : atomics, field, text);
}

/** Formats atomics as LegacyDec.String() does: always 18 decimal places, "-" for negatives ("-0.500000000000000000"). */
export function formatDecAtomics(atomics: bigint): string {
  const negative = atomics < 0n;
  const digits = (negative ? -atomics : atomics).toString().padStart(DEC_PRECISION + 1, "0");
  const whole = digits.slice(0, -DEC_PRECISION);
  const fraction = digits.slice(-DEC_PRECISION);
  return `${negative ? "-" : ""}${whole}.${fraction}`;
}
