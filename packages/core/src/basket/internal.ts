// Helpers shared by the basket math; not part of the public API (index.ts does not re-export them).
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import type { BasketConstituentStatus, BasketTimestamp } from "./types.js";

/** 10^18: the atomics of a Dec of 1. */
export const ONE = 10n ** 18n;
/** 10^36: the scale of a product of two Dec atomics. */
export const ONE_SQUARED = ONE * ONE;
export const NANOS_PER_SECOND = 1_000_000_000n;

/** floor(n / d) for d > 0, correct for negative n too (bigint division truncates toward zero). */
export function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** ceil(n / d) for d > 0. */
export function ceilDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n > 0n ? q + 1n : q;
}

export function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** An amount (or share count) that must be a bigint ≥ 0. */
export function checkBasketAmount(value: bigint, field: string): bigint {
  if (typeof value !== "bigint") {
    throw new SdkError("INVALID_AMOUNT", "amount must be a bigint", {
      field,
      value,
      fix: "Pass amounts and share counts as bigint base units (a JavaScript number cannot hold them exactly).",
    });
  }
  if (value < 0n) {
    throw new SdkError("NEGATIVE_AMOUNT", "amount must not be negative", {
      field,
      value,
      fix: "Pass an amount of zero or more base units.",
    });
  }
  return value;
}

/** An amount that must be > 0. */
export function checkBasketPositiveAmount(value: bigint, field: string): bigint {
  if (checkBasketAmount(value, field) === 0n) {
    throw new SdkError("INVALID_AMOUNT", "amount must be positive", {
      field,
      value,
      fix: "Pass an amount of at least one base unit.",
    });
  }
  return value;
}

/** A Dec instance; returns its atomics. */
export function decAtomics(value: Dec, field: string): bigint {
  if (!(value instanceof Dec)) {
    throw new SdkError("INVALID_DECIMAL", "expected a Dec", {
      field,
      value,
      fix: 'Build decimals with Dec.fromString("0.05") or Dec.fromProto(...), never from a JavaScript number.',
    });
  }
  return value.atomics;
}

/** A Dec in [0, 1] (or [0, 1) when `belowOne`): weights, fee rates, max_down. */
export function checkFraction(value: Dec, field: string, belowOne: boolean): bigint {
  const atomics = decAtomics(value, field);
  if (atomics < 0n || atomics > ONE || (belowOne && atomics === ONE)) {
    throw new SdkError("INVALID_ARGUMENT", `must be in [0, 1${belowOne ? ")" : "]"}`, {
      field,
      value: value.toString(),
      fix: belowOne ? "Use a rate of at least 0 and below 1, such as 0.003." : "Use a value from 0 to 1.",
    });
  }
  return atomics;
}

/** A Dec ≥ 0 (slopes, per-day limits, APRs). */
export function checkBasketNonNegativeDec(value: Dec, field: string): bigint {
  const atomics = decAtomics(value, field);
  if (atomics < 0n) {
    throw new SdkError("INVALID_ARGUMENT", "must not be negative", {
      field,
      value: value.toString(),
      fix: "Use a value of zero or more.",
    });
  }
  return atomics;
}

/** A normalised rate that must be > 0 to value holdings. */
export function checkPositiveRate(rate: Dec, field: string): bigint {
  const atomics = decAtomics(rate, field);
  if (atomics <= 0n) {
    throw new SdkError("INVALID_RATE", "rate must be positive", {
      field,
      value: rate.toString(),
      fix: "Wait for (or post) a positive exchange rate for this constituent before using it.",
    });
  }
  return atomics;
}

/** VS = 10^virtual_offset (§1). */
export function virtualShares(virtualOffset: number, field = "virtualOffset"): bigint {
  if (!Number.isInteger(virtualOffset) || virtualOffset < 0 || virtualOffset > 36) {
    throw new SdkError("INVALID_ARGUMENT", "virtual offset must be an integer from 0 to 36", {
      field,
      value: virtualOffset,
      fix: "Pass the basket's virtual_offset (3 by default, VS = 1000).",
    });
  }
  return 10n ** BigInt(virtualOffset);
}

/** A timestamp as a total count of nanoseconds since the epoch. */
export function basketTimestampNanos(time: BasketTimestamp, field: string): bigint {
  if (
    time === null ||
    typeof time !== "object" ||
    typeof time.seconds !== "bigint" ||
    !Number.isInteger(time.nanos) ||
    time.nanos < 0 ||
    time.nanos >= 1e9
  ) {
    throw new SdkError("INVALID_ARGUMENT", "not a timestamp", {
      field,
      value: time,
      fix: "Pass { seconds: bigint, nanos: integer in [0, 10^9) } (a google.protobuf.Timestamp).",
    });
  }
  return time.seconds * NANOS_PER_SECOND + BigInt(time.nanos);
}

export function checkStatus(status: BasketConstituentStatus, field: string): BasketConstituentStatus {
  if (status !== "OK" && status !== "HALTED" && status !== "WINDING_DOWN") {
    throw new SdkError("INVALID_ARGUMENT", "unknown constituent status", {
      field,
      value: status,
      fix: 'Use "OK", "HALTED" or "WINDING_DOWN".',
    });
  }
  return status;
}
