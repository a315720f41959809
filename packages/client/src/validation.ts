// Input checks every module package runs before it builds a message: addresses (bech32 checksum, the chain's
// prefix, account vs validator operator), amounts (positive bigint within math.Int's 256 bits) and coins. Each
// failure names the field, the value and the fix. Amount and denom rules are core's; nothing is copied here.
import { fromBech32 } from "@cosmjs/encoding";
import { type Coin, checkInt256, checkNonNegative, validateDenom } from "@persistence-sdk/core";
import type { Bech32Prefixes } from "./chains.js";
import { ClientError } from "./errors.js";

/** Which kind of address a field needs. */
export type AddressKind = "account" | "validator";

/** Options of {@link validateAddress}. */
export interface ValidateAddressOptions {
  /** The chain's account prefix ("persistence"; the validator prefix is then "persistencevaloper") or all its prefixes. */
  readonly prefix: string | Bech32Prefixes;
  /** "account" (default) or "validator" (an operator address, `...valoper1...`). */
  readonly kind?: AddressKind;
  /** The caller's name for the field, used in the error (default "address"). */
  readonly field?: string;
}

/** The Cosmos SDK refuses empty addresses and addresses over 255 bytes (types/address.go `VerifyAddressFormat`). */
const MAX_ADDRESS_BYTES = 255;
/**
 * The longest bech32 string decoded: the SDK decodes without BIP-173's 90-character limit; 1023 covers 255 bytes
 * under any sane prefix. (cosmjs' default, Infinity, is refused by @scure/base 2.)
 */
const MAX_BECH32_LENGTH = 1023;

function prefixesOf(prefix: string | Bech32Prefixes): { account: string; validator: string } {
  return typeof prefix === "string"
    ? { account: prefix, validator: `${prefix}valoper` }
    : { account: prefix.account, validator: prefix.validator };
}

/**
 * Returns `address` if it is a valid bech32 address of the given kind on the chain with `prefix`; otherwise throws
 * `INVALID_ADDRESS` (not bech32, bad checksum, wrong length, not lower case) or `WRONG_ADDRESS_PREFIX` (another
 * chain's address, or an account address where a validator operator address is needed, or the reverse).
 */
export function validateAddress(address: string, options: ValidateAddressOptions): string {
  const field = options.field ?? "address";
  const kind = options.kind ?? "account";
  const { account, validator } = prefixesOf(options.prefix);
  const expected = kind === "account" ? account : validator;
  const example = `${expected}1...`;
  const invalid = (problem: string, fix: string) =>
    new ClientError("INVALID_ADDRESS", problem, { field, value: address, fix });

  if (typeof address !== "string" || address.length === 0) {
    throw invalid("an address is required", `Pass a bech32 ${kind} address such as ${example}.`);
  }
  if (address !== address.toLowerCase()) {
    throw invalid("bech32 addresses are written in lower case here", `Write it in lower case: ${example}.`);
  }
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(address, MAX_BECH32_LENGTH);
  } catch (error) {
    throw new ClientError("INVALID_ADDRESS", "not a valid bech32 address (bad checksum, characters or length)", {
      field,
      value: address,
      fix: "Copy the address again: a single wrong character breaks its checksum.",
      cause: error,
    });
  }
  if (decoded.data.length === 0 || decoded.data.length > MAX_ADDRESS_BYTES) {
    throw invalid(
      `address data must be 1 to ${MAX_ADDRESS_BYTES} bytes, got ${decoded.data.length}`,
      "Use an address the chain issued.",
    );
  }
  if (decoded.prefix === expected) return address;
  const wrongPrefix = (problem: string, fix: string) =>
    new ClientError("WRONG_ADDRESS_PREFIX", problem, { field, value: address, fix });
  if (kind === "account" && decoded.prefix === validator) {
    throw wrongPrefix(
      "this is a validator operator address, but an account address is needed",
      `Use an account address (${account}1...), such as the delegator's wallet address.`,
    );
  }
  if (kind === "validator" && decoded.prefix === account) {
    throw wrongPrefix(
      "this is an account address, but a validator operator address is needed",
      `Use the validator's operator address (${validator}1...) from the validator list.`,
    );
  }
  throw wrongPrefix(
    `address has prefix "${decoded.prefix}", but this chain's ${kind} addresses start with "${expected}1"`,
    `Use an address of this chain (${example}); addresses of other chains cannot be used here.`,
  );
}

/** Options of {@link validateAmount}. */
export interface ValidateAmountOptions {
  /** Accept zero (default false: amounts sent, delegated or paid must be positive). */
  readonly allowZero?: boolean;
}

/**
 * Returns `amount` if it is a bigint > 0 (or ≥ 0 with `allowZero`) within math.Int's 256 bits; otherwise throws
 * `INVALID_AMOUNT` (not a bigint, or zero), `NEGATIVE_AMOUNT` or `INT_OUT_OF_RANGE`.
 */
export function validateAmount(amount: bigint, field = "amount", options: ValidateAmountOptions = {}): bigint {
  if (typeof amount !== "bigint") {
    throw new ClientError("INVALID_AMOUNT", "amounts are bigint base units", {
      field,
      value: amount,
      fix: 'Pass a bigint of base units, such as 1500000n for 1.5 XPRT (parseAmount("1.5", 6) converts display amounts).',
    });
  }
  checkNonNegative(checkInt256(amount, field), field);
  if (amount === 0n && options.allowZero !== true) {
    throw new ClientError("INVALID_AMOUNT", "amount must be positive", {
      field,
      value: amount,
      fix: "Pass an amount of at least 1 base unit.",
    });
  }
  return amount;
}

/** Returns `coin` if its denom passes the SDK's denom rule and its amount {@link validateAmount}; else throws. */
export function validateCoin(coin: Coin, field = "coin", options: ValidateAmountOptions = {}): Coin {
  if (coin === null || typeof coin !== "object") {
    throw new ClientError("INVALID_ARGUMENT", "a coin is an object { denom, amount }", {
      field,
      value: coin,
      fix: 'Pass { denom: "uxprt", amount: 1000000n }.',
    });
  }
  validateDenom(coin.denom, `${field}.denom`);
  validateAmount(coin.amount, `${field}.amount`, options);
  return coin;
}

/**
 * Returns `coins` if each is valid ({@link validateCoin}) and no denom repeats (the SDK refuses duplicate denoms);
 * an empty list is refused unless `allowEmpty`.
 */
export function validateCoins(
  coins: readonly Coin[],
  field = "coins",
  options: ValidateAmountOptions & { readonly allowEmpty?: boolean } = {},
): readonly Coin[] {
  if (!Array.isArray(coins)) {
    throw new ClientError("INVALID_ARGUMENT", "coins are a list", {
      field,
      value: coins,
      fix: 'Pass an array such as [{ denom: "uxprt", amount: 1000000n }].',
    });
  }
  if (coins.length === 0 && options.allowEmpty !== true) {
    throw new ClientError("INVALID_ARGUMENT", "at least one coin is required", {
      field,
      value: coins,
      fix: 'Pass at least one coin, such as [{ denom: "uxprt", amount: 1000000n }].',
    });
  }
  const seen = new Set<string>();
  coins.forEach((coin, index) => {
    validateCoin(coin, `${field}[${index}]`, options);
    if (seen.has(coin.denom)) {
      throw new ClientError("INVALID_DENOM", `denom "${coin.denom}" appears twice`, {
        field: `${field}[${index}].denom`,
        value: coin.denom,
        fix: "Merge the amounts of the same denom into one coin.",
      });
    }
    seen.add(coin.denom);
  });
  return coins;
}
