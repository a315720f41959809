// Checks of the arguments every module package's builders, queries and actions take, shared so that a bad address,
// denom, coin or decimal reads the same in every package. Each throws a typed error naming the field, the value and
// the fix, before anything is built or sent. Address, amount and denom rules are validation.ts's and core's.
import { type Coin, Dec, validateDenom } from "@persistence-sdk/core";
import type { ChainConfig } from "./chains.js";
import { ClientError } from "./errors.js";
import { validateAddress, validateCoin } from "./validation.js";

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
