import type { AllianceTimestamp } from "@persistence-sdk/core";

/**
 * A chain time as a JavaScript `Date`, for display (milliseconds: the nanoseconds below are dropped). Keep the
 * `AllianceTimestamp` for comparisons and math.
 */
export function toDate(time: AllianceTimestamp): Date {
  return new Date(Number(time.seconds * 1000n) + Math.floor(time.nanos / 1_000_000));
}
