// Input checks shared by the builders, queries and previews. Each throws a typed error naming the field, the value
// and the fix, before anything is built or sent. Address, amount and denom rules are the client's and core's.
import { type ChainConfig, ClientError, validateAddress, validateCoin } from "@persistence-sdk/client";
import { type AllianceDuration, type Coin, Dec, validateDenom } from "@persistence-sdk/core";

/** Anything that knows its chain: a `Client`, or `{ chain }` for building messages offline. */
export interface HasChain {
  /** The chain config (its bech32 prefixes check every address). */
  readonly chain: ChainConfig;
}

function invalid(
  code: "INVALID_ARGUMENT" | "INVALID_DECIMAL",
  field: string,
  value: unknown,
  problem: string,
  fix: string,
) {
  return new ClientError(code, problem, { field, value, fix });
}

/** Throws unless `params` is an object (the one argument of every builder, query and action). */
export function paramsArg<T>(params: T, what: string): T {
  if (params === null || typeof params !== "object") {
    throw invalid(
      "INVALID_ARGUMENT",
      "params",
      params,
      `${what} takes one object of parameters`,
      `Call ${what}(client, { ... }).`,
    );
  }
  return params;
}

/** Throws unless `context` has a chain config (a client, or `{ chain }`). */
export function chainOf(context: HasChain, what: string): ChainConfig {
  const chain = (context as HasChain | null)?.chain;
  if (chain === undefined || chain === null || typeof chain.bech32?.account !== "string") {
    throw invalid(
      "INVALID_ARGUMENT",
      "client",
      context,
      `${what} needs a client (or { chain }) to know the chain's address prefixes`,
      `Pass the client: ${what}(client, params), or { chain: persistenceCore1 } to build offline.`,
    );
  }
  return chain;
}

/** An account address of the chain (`persistence1...`). */
export function accountArg(chain: ChainConfig, address: string, field: string): string {
  return validateAddress(address, { prefix: chain.bech32, kind: "account", field });
}

/** A validator operator address of the chain (`persistencevaloper1...`). */
export function validatorArg(chain: ChainConfig, address: string, field: string): string {
  return validateAddress(address, { prefix: chain.bech32, kind: "validator", field });
}

/**
 * A denom, as the chain knows it. A URL-encoded denom (`ibc%2F27394FB0...`, as REST paths carry it) is decoded
 * first, so both spellings of an IBC denom work.
 */
export function denomArg(denom: string, field: string): string {
  let decoded = denom;
  if (typeof denom === "string" && denom.includes("%")) {
    try {
      decoded = decodeURIComponent(denom);
    } catch (error) {
      throw new ClientError("INVALID_DENOM", "not a valid URL-encoded denom", {
        field,
        value: denom,
        fix: 'Pass the denom as the chain knows it, such as "ibc/27394FB0..." (or URL-encoded: "ibc%2F27394FB0...").',
        cause: error,
      });
    }
  }
  return validateDenom(decoded, field);
}

/** A coin whose amount is a positive bigint within 256 bits and whose denom is valid. */
export function coinArg(coin: Coin, field: string): Coin {
  if (coin === null || typeof coin !== "object") return validateCoin(coin, field);
  const checked = { denom: denomArg(coin.denom, `${field}.denom`), amount: coin.amount };
  validateCoin(checked, field);
  return checked;
}

/** A `Dec` (from @persistence-sdk/core). */
export function decArg(value: Dec, field: string, example: string): Dec {
  if (!(value instanceof Dec)) {
    throw invalid(
      "INVALID_DECIMAL",
      field,
      value,
      "expected a Dec",
      `Pass Dec.fromString("${example}"); the builder converts it to the chain's encoding.`,
    );
  }
  return value;
}

/** A `Dec` at least 0. */
export function nonNegativeDecArg(value: Dec, field: string, example: string): Dec {
  decArg(value, field, example);
  if (value.isNegative()) {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      value.toString(),
      "must not be negative",
      `Pass 0 or more, such as ${example}.`,
    );
  }
  return value;
}

/** A `Dec` above 0. */
export function positiveDecArg(value: Dec, field: string, example: string): Dec {
  decArg(value, field, example);
  if (!value.isPositive()) {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      value.toString(),
      "must be above 0",
      `Pass a positive value, such as ${example}.`,
    );
  }
  return value;
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
