// Chain times are `ChainTimestamp`s (exact to the nanosecond, as the chain keeps them); these helpers convert and
// compare them without losing precision.
import { ClientError } from "@persistence-sdk/client";
import type { ChainTimestamp } from "./types.js";

const NANOS = 1_000_000_000n;

function nanosOf(time: ChainTimestamp, field: string): bigint {
  if (
    time === null ||
    typeof time !== "object" ||
    typeof time.seconds !== "bigint" ||
    !Number.isInteger(time.nanos) ||
    time.nanos < 0 ||
    time.nanos >= 1_000_000_000
  ) {
    throw new ClientError("INVALID_ARGUMENT", "not a chain timestamp", {
      field,
      value: time,
      fix: "Pass { seconds: bigint, nanos: number } (nanos from 0 to 999999999), as the SDK's queries return it.",
    });
  }
  return time.seconds * NANOS + BigInt(time.nanos);
}

function fromNanos(ns: bigint): ChainTimestamp {
  const seconds = ns >= 0n ? ns / NANOS : -((-ns + NANOS - 1n) / NANOS);
  return Object.freeze({ seconds, nanos: Number(ns - seconds * NANOS) });
}

/** `time` plus `seconds` (and `nanos`), exactly. */
export function addDuration(
  time: ChainTimestamp,
  duration: { readonly seconds: bigint; readonly nanos?: number },
): ChainTimestamp {
  return fromNanos(nanosOf(time, "time") + duration.seconds * NANOS + BigInt(duration.nanos ?? 0));
}

/** −1, 0 or 1 as `a` is before, at or after `b`. */
export function compareTimes(a: ChainTimestamp, b: ChainTimestamp): -1 | 0 | 1 {
  const x = nanosOf(a, "a");
  const y = nanosOf(b, "b");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A chain time as a JavaScript `Date`, for display (the nanoseconds below a millisecond are dropped). */
export function toDate(time: ChainTimestamp): Date {
  const ns = nanosOf(time, "time");
  const ms = ns >= 0n ? ns / 1_000_000n : -((-ns + 999_999n) / 1_000_000n);
  return new Date(Number(ms));
}

/** A `Date` as a chain time (milliseconds exact). */
export function fromDate(date: Date, field = "date"): ChainTimestamp {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new ClientError("INVALID_ARGUMENT", "not a valid Date", { field, value: date, fix: "Pass a valid Date." });
  }
  return fromNanos(BigInt(date.getTime()) * 1_000_000n);
}
