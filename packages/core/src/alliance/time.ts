import { fail } from "./internal.js";

/**
 * A point in time as `google.protobuf.Timestamp` carries it (and as protobuf-es decodes it): seconds since the Unix
 * epoch and `nanos` in [0, 10^9). Go's zero `time.Time{}` (what an unset gogoproto `stdtime` field holds, e.g. the
 * default `Params.last_take_rate_claim_time`) is {@link ALLIANCE_ZERO_TIME}, year 1, not the Unix epoch.
 */
export interface AllianceTimestamp {
  readonly seconds: bigint;
  readonly nanos: number;
}

/**
 * A `google.protobuf.Duration` (Go `time.Duration`, an int64 count of nanoseconds): `seconds` and `nanos` carry the
 * same sign, |nanos| < 10^9.
 */
export interface AllianceDuration {
  readonly seconds: bigint;
  readonly nanos: number;
}

const NANOS_PER_SECOND = 1_000_000_000n;
const MAX_GO_DURATION = (1n << 63n) - 1n;
const MIN_GO_DURATION = -(1n << 63n);

/** Go's `time.Time{}`: 0001-01-01T00:00:00Z, the value of an unset gogoproto stdtime field. */
export const ALLIANCE_ZERO_TIME: AllianceTimestamp = Object.freeze({ seconds: -62_135_596_800n, nanos: 0 });

/** Nanoseconds since the Unix epoch. */
export function timestampNanos(time: AllianceTimestamp, field: string): bigint {
  if (
    time === null ||
    typeof time !== "object" ||
    typeof time.seconds !== "bigint" ||
    !Number.isInteger(time.nanos) ||
    time.nanos < 0 ||
    time.nanos >= 1e9
  ) {
    fail(
      "INVALID_ARGUMENT",
      "not a timestamp",
      field,
      time,
      "Pass { seconds: bigint, nanos: integer in [0, 1e9) } (google.protobuf.Timestamp); use ALLIANCE_ZERO_TIME for Go's zero time.",
    );
  }
  return time.seconds * NANOS_PER_SECOND + BigInt(time.nanos);
}

export function timestampFromNanos(nanos: bigint): AllianceTimestamp {
  let seconds = nanos / NANOS_PER_SECOND;
  let rest = nanos - seconds * NANOS_PER_SECOND;
  if (rest < 0n) {
    seconds -= 1n;
    rest += NANOS_PER_SECOND;
  }
  return Object.freeze({ seconds, nanos: Number(rest) });
}

/** Nanoseconds of a duration, which must fit Go's int64 `time.Duration`. */
export function durationNanos(duration: AllianceDuration, field: string): bigint {
  const bad = (): never =>
    fail(
      "INVALID_ARGUMENT",
      "not a duration that Go's time.Duration can hold",
      field,
      duration,
      "Pass { seconds: bigint, nanos: integer } (google.protobuf.Duration) of at most ±292 years.",
    );
  if (
    duration === null ||
    typeof duration !== "object" ||
    typeof duration.seconds !== "bigint" ||
    !Number.isInteger(duration.nanos) ||
    Math.abs(duration.nanos) >= 1e9 ||
    (duration.seconds > 0n && duration.nanos < 0) ||
    (duration.seconds < 0n && duration.nanos > 0)
  ) {
    return bad();
  }
  const nanos = duration.seconds * NANOS_PER_SECOND + BigInt(duration.nanos);
  if (nanos > MAX_GO_DURATION || nanos < MIN_GO_DURATION) return bad();
  return nanos;
}

export function durationFromNanos(nanos: bigint): AllianceDuration {
  const seconds = nanos / NANOS_PER_SECOND; // truncates toward zero, so both parts share the sign
  return Object.freeze({ seconds, nanos: Number(nanos - seconds * NANOS_PER_SECOND) });
}

/** Go `t.Sub(u)`: the duration between two times, saturated to the int64 range as Go does. */
export function goTimeSub(t: bigint, u: bigint): bigint {
  const difference = t - u;
  return difference > MAX_GO_DURATION ? MAX_GO_DURATION : difference < MIN_GO_DURATION ? MIN_GO_DURATION : difference;
}

/** Go `time.Time.Add(d)` (exact). */
export function allianceTimeAdd(time: AllianceTimestamp, duration: AllianceDuration): AllianceTimestamp {
  return timestampFromNanos(timestampNanos(time, "time") + durationNanos(duration, "duration"));
}

/** Orders two timestamps: −1, 0 or 1. */
export function allianceTimeCompare(a: AllianceTimestamp, b: AllianceTimestamp): -1 | 0 | 1 {
  const x = timestampNanos(a, "a");
  const y = timestampNanos(b, "b");
  return x < y ? -1 : x > y ? 1 : 0;
}
