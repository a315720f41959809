import { createHash } from "node:crypto";
import { fromBech32, toBech32, toHex } from "@cosmjs/encoding";
import { sdkError } from "../../app/sdk-errors.js";

const CACHE_LIMIT = 50_000;
/**
 * Longest bech32 string accepted (the SDK decodes without the BIP-173 90-character limit). Passed explicitly: the
 * installed @scure/base refuses cosmjs' default of Infinity.
 */
const MAX_BECH32_LENGTH = 1023;

/**
 * Bech32 account addresses of one chain, with the SDK's error wording ("decoding bech32 failed: ...", "invalid
 * Bech32 prefix; expected persistence, got cosmos"). Store keys use the hex of the address bytes so that iteration
 * follows byte order, as the SDK's stores do; decoded keys are cached since every tx touches the same few accounts.
 */
export class AddressCodec {
  private readonly keys = new Map<string, string>();

  constructor(readonly prefix: string) {}

  /** The address bytes, or the Go error text. */
  decode(address: string): Uint8Array | string {
    if (address.trim() === "") return "empty address string is not allowed";
    let decoded: { prefix: string; data: Uint8Array };
    try {
      decoded = fromBech32(address, MAX_BECH32_LENGTH);
    } catch (error) {
      return `decoding bech32 failed: ${(error as Error).message}`;
    }
    if (decoded.prefix !== this.prefix) return `invalid Bech32 prefix; expected ${this.prefix}, got ${decoded.prefix}`;
    if (decoded.data.length === 0) return "addresses cannot be empty";
    if (decoded.data.length > 255) return `address max length is 255, got ${decoded.data.length}`;
    return decoded.data;
  }

  /** The address bytes; throws sdk 7 "invalid address" with `role` naming the field ("invalid from address: ..."). */
  toBytes(address: string, role?: string): Uint8Array {
    const result = this.decode(address);
    if (typeof result === "string")
      throw sdkError(7, role === undefined ? result : `invalid ${role} address: ${result}`);
    return result;
  }

  fromBytes(bytes: Uint8Array): string {
    return toBech32(this.prefix, bytes, MAX_BECH32_LENGTH);
  }

  /** The store-key form (hex of the bytes); throws like `toBytes`. */
  key(address: string, role?: string): string {
    const cached = this.keys.get(address);
    if (cached !== undefined) return cached;
    const key = toHex(this.toBytes(address, role));
    if (this.keys.size >= CACHE_LIMIT) this.keys.clear();
    this.keys.set(address, key);
    return key;
  }

  /** A module account's address: the first 20 bytes of SHA-256 of its name (authtypes.NewModuleAddress). */
  moduleAddress(moduleName: string): string {
    return this.fromBytes(moduleAddressBytes(moduleName));
  }
}

/** sha256(name)[:20], the SDK's module address derivation. */
export function moduleAddressBytes(moduleName: string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(moduleName).digest().subarray(0, 20));
}
