// Input checks shared by the builders, queries and previews. Each throws a typed error naming the field, the value
// and the fix, before anything is built or sent. Address, amount and denom rules are the client's and core's.
// The checks every module package shares live in the client; the ones below are this package's own.
import {
  accountArg,
  ClientError,
  chainOf,
  coinArg,
  decArg,
  denomArg,
  type HasChain,
  nonNegativeDecArg,
  paramsArg,
  positiveDecArg,
  validatorArg,
} from "@persistence-sdk/client";
import type { AllianceDuration } from "@persistence-sdk/core";

export {
  accountArg,
  chainOf,
  coinArg,
  decArg,
  denomArg,
  type HasChain,
  nonNegativeDecArg,
  paramsArg,
  positiveDecArg,
  validatorArg,
};

function invalid(
  code: "INVALID_ARGUMENT" | "INVALID_DECIMAL",
  field: string,
  value: unknown,
  problem: string,
  fix: string,
) {
  return new ClientError(code, problem, { field, value, fix });
}

/** The longest duration Go's int64 nanosecond `time.Duration` holds, in whole seconds. */
const MAX_DURATION_SECONDS = ((1n << 63n) - 1n) / 1_000_000_000n;

/** A duration given as bigint seconds (≥ 0, or > 0 with `positive`), as a `google.protobuf.Duration`. */
export function secondsArg(
  seconds: bigint,
  field: string,
  options: { readonly positive?: boolean } = {},
): AllianceDuration {
  const minimum = options.positive === true ? 1n : 0n;
  if (typeof seconds !== "bigint" || seconds < minimum || seconds > MAX_DURATION_SECONDS) {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      seconds,
      `a duration is a bigint number of seconds from ${minimum} to ${MAX_DURATION_SECONDS} (Go's time.Duration)`,
      `Pass whole seconds as a bigint, such as ${options.positive === true ? "300n (5 minutes)" : "0n or 86400n (1 day)"}.`,
    );
  }
  return { seconds, nanos: 0 };
}

/** gov v1beta1 `ValidateAbstract`: a title of 1–140 characters. */
const MAX_TITLE_LENGTH = 140;
/** gov v1beta1 `ValidateAbstract`: a description of 1–10,000 characters. */
const MAX_DESCRIPTION_LENGTH = 10_000;

/** A proposal title or description: non-blank, within gov v1beta1's limits. */
export function proposalTextArg(text: string, field: "title" | "description"): string {
  const max = field === "title" ? MAX_TITLE_LENGTH : MAX_DESCRIPTION_LENGTH;
  if (typeof text !== "string" || text.trim().length === 0 || text.length > max) {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      text,
      `a proposal ${field} is 1 to ${max} characters and not blank`,
      `Write a ${field} of at most ${max} characters.`,
    );
  }
  return text;
}

/** The hash part of an `ibc/<hash>` denom: 64 hex digits (an `ibc/` prefix is accepted and dropped). */
export function ibcHashArg(hash: string, field: string): string {
  const bare = typeof hash === "string" && hash.startsWith("ibc/") ? hash.slice(4) : hash;
  if (typeof bare !== "string" || !/^[0-9A-Fa-f]{64}$/.test(bare)) {
    throw new ClientError("INVALID_DENOM", "not the hash of an IBC denom (64 hex digits)", {
      field,
      value: hash,
      fix: 'Pass the part after "ibc/", such as "27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2".',
    });
  }
  return bare;
}
