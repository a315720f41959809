// Bech32 addresses as x/staking sees them: an operator (valoper) address and its account address share the same 20
// bytes; a consensus address is the first 20 bytes of SHA-256 of the ed25519 consensus key. Store keys use the hex of
// the bytes so that iteration order is byte order, as in the SDK's stores.
import { fromBech32, toBech32, toHex } from "@cosmjs/encoding";
import { sdkError } from "../../app/sdk-errors.js";

// BIP-173's 90-character limit is too short for 32-byte addresses; cosmjs's default (Infinity) is refused by the
// @scure/base it now depends on, so every decode passes an explicit limit.
const BECH32_LIMIT = 1023;

// Decoding bech32 (a checksum over every character) is the hottest step of a block: every store key needs the bytes
// of a few addresses, always the same few. Cached per string; cleared when it grows past the limit.
const CACHE_LIMIT = 50_000;
const bytesCache = new Map<string, Uint8Array>();
const hexCache = new Map<string, string>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The bytes of a bech32 string (any prefix); throws on a malformed one. Do not mutate the result (it is shared). */
export function bech32Bytes(address: string): Uint8Array {
  return bytesCache.get(address) ?? remember(bytesCache, address, fromBech32(address, BECH32_LIMIT).data);
}

/** Hex of the bytes behind any bech32 address (no prefix check): the store-key form. */
export function bech32Hex(address: string): string {
  return hexCache.get(address) ?? remember(hexCache, address, toHex(bech32Bytes(address)));
}

/** The bech32 prefixes of one chain. */
export interface Bech32Prefixes {
  readonly account: string;
  readonly validator: string;
  readonly consensus: string;
}

/** The Cosmos convention: `persistence`, `persistencevaloper`, `persistencevalcons`. */
export function bech32Prefixes(accountPrefix: string): Bech32Prefixes {
  return { account: accountPrefix, validator: `${accountPrefix}valoper`, consensus: `${accountPrefix}valcons` };
}

/**
 * Decodes an address the way `sdk.AccAddressFromBech32`/`ValAddressFromBech32` do, returning the bytes or the Go error
 * text ("empty address string is not allowed", "invalid Bech32 prefix; expected X, got Y", "decoding bech32 failed: ...").
 */
export function decodeBech32(address: string, expectedPrefix: string): Uint8Array | string {
  if (address.trim() === "") return "empty address string is not allowed";
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(address, BECH32_LIMIT);
  } catch (error) {
    return `decoding bech32 failed: ${(error as Error).message}`;
  }
  if (decoded.prefix !== expectedPrefix) {
    return `invalid Bech32 prefix; expected ${expectedPrefix}, got ${decoded.prefix}`;
  }
  return decoded.data;
}

/**
 * Decodes or throws sdk code 7 "invalid address" with the msg server's wording ("invalid validator address: ...").
 * `role` names the field as the SDK's message does ("validator", "delegator", "source validator").
 */
export function requireBech32(address: string, expectedPrefix: string, role: string): Uint8Array {
  const result = decodeBech32(address, expectedPrefix);
  if (typeof result === "string") throw sdkError(7, `invalid ${role} address: ${result}`);
  return result;
}

/** Re-encodes the same bytes under another prefix (operator ⇄ account). */
export function convertBech32(address: string, toPrefix: string): string {
  return toBech32(toPrefix, bech32Bytes(address));
}
