import { SdkError } from "./errors.js";
import { checkInt256 } from "./int.js";

// A display exponent past this is not a real token (EVM tokens use 18, a few Cosmos tokens 24) and guards 10n ** e.
const MAX_EXPONENT = 255;
const PLAIN_NUMBER = /^([0-9]+)(?:\.([0-9]+))?$/;

function checkExponent(exponent: number, field: string): bigint {
  if (!Number.isInteger(exponent) || exponent < 0 || exponent > MAX_EXPONENT) {
    throw new SdkError("INVALID_ARGUMENT", `exponent must be an integer from 0 to ${MAX_EXPONENT}`, {
      field,
      value: exponent,
      fix: "Pass the denom's display exponent from its metadata, such as 6 for uxprt → XPRT.",
    });
  }
  return BigInt(exponent);
}

/**
 * Converts a display amount ("1.5" XPRT) to base units (1500000n uxprt) exactly, for an exponent from the denom's
 * bank metadata (`DenomUnit.exponent`). Accepts digits with at most one "." and at most `exponent` decimals; refuses
 * signs, exponents, spaces, separators and anything else, so what is signed is exactly what was typed.
 */
export function parseAmount(display: string, exponent: number, field = "amount"): bigint {
  const scale = checkExponent(exponent, "exponent");
  const invalid = (problem: string): SdkError =>
    new SdkError("INVALID_AMOUNT", problem, {
      field,
      value: display,
      fix: 'Write digits with an optional decimal point, such as "1.5" (no signs, spaces, commas or exponents).',
    });
  if (typeof display !== "string" || display.length === 0) throw invalid("an amount is required");
  if (display.startsWith("-") && PLAIN_NUMBER.test(display.slice(1))) {
    throw new SdkError("NEGATIVE_AMOUNT", "amount must not be negative", {
      field,
      value: display,
      fix: "Enter an amount of zero or more.",
    });
  }
  const match = PLAIN_NUMBER.exec(display);
  if (match === null) throw invalid("not a plain decimal number");
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  if (fraction.length > exponent) {
    throw new SdkError(
      "TOO_MANY_DECIMALS",
      `at most ${exponent} decimal place${exponent === 1 ? "" : "s"} allowed for this token`,
      {
        field,
        value: display,
        fix:
          exponent === 0
            ? "This token is indivisible: enter a whole number."
            : `Round the amount to ${exponent} decimal places or fewer.`,
      },
    );
  }
  const base = BigInt(whole) * 10n ** scale + BigInt(fraction.padEnd(exponent, "0") || "0");
  return checkInt256(base, field);
}

/** Options of {@link formatAmount}. */
export interface FormatAmountOptions {
  /** Decimals always shown, padding with zeros (default 0). */
  readonly minDecimals?: number;
  /** Decimals shown at most; further digits are cut, never rounded up (default: the exponent, i.e. exact). */
  readonly maxDecimals?: number;
  /** Group the whole part in thousands with "," (default false). */
  readonly grouping?: boolean;
}

function checkDecimals(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_EXPONENT) {
    throw new SdkError("INVALID_ARGUMENT", `${name} must be an integer from 0 to ${MAX_EXPONENT}`, {
      field: name,
      value,
      fix: "Pass a whole number of decimal places.",
    });
  }
  return value;
}

/**
 * Formats base units as a display amount (1500000n, 6 → "1.5") from the bigint alone, so no precision is lost.
 * Trailing zeros are trimmed down to `minDecimals`; digits past `maxDecimals` are truncated toward zero (a balance is
 * never shown larger than it is). A negative amount gets a "-", unless nothing but zeros is left to show.
 */
export function formatAmount(base: bigint, exponent: number, options: FormatAmountOptions = {}): string {
  checkExponent(exponent, "exponent");
  const minDecimals = checkDecimals(options.minDecimals ?? 0, "minDecimals");
  const maxDecimals = checkDecimals(options.maxDecimals ?? Math.max(exponent, minDecimals), "maxDecimals");
  if (minDecimals > maxDecimals) {
    throw new SdkError("INVALID_ARGUMENT", "minDecimals must not exceed maxDecimals", {
      field: "minDecimals",
      value: { minDecimals, maxDecimals },
      fix: "Lower minDecimals or raise maxDecimals.",
    });
  }
  const negative = base < 0n;
  const digits = (negative ? -base : base).toString().padStart(exponent + 1, "0");
  let whole = digits.slice(0, digits.length - exponent);
  let fraction = digits.slice(digits.length - exponent).slice(0, maxDecimals);
  fraction = fraction.replace(/0+$/, "").padEnd(minDecimals, "0");
  if (options.grouping === true) whole = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  const shownZero = /^[0,]*$/.test(whole) && /^0*$/.test(fraction);
  return `${negative && !shownZero ? "-" : ""}${whole}${fraction.length > 0 ? `.${fraction}` : ""}`;
}
