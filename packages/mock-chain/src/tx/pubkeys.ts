import { create, fromBinary } from "@bufbuild/protobuf";
import type { Any } from "@bufbuild/protobuf/wkt";
import { fromHex } from "@cosmjs/encoding";
import { PubKeySchema as Secp256k1PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/secp256k1";
import { packAny } from "../app/any.js";
import { sdkError } from "../app/sdk-errors.js";

export const SECP256K1_PUBKEY_TYPE_URL = "/cosmos.crypto.secp256k1.PubKey";
export const ED25519_PUBKEY_TYPE_URL = "/cosmos.crypto.ed25519.PubKey";
export const MULTISIG_PUBKEY_TYPE_URL = "/cosmos.crypto.multisig.LegacyAminoPubKey";

/**
 * The key simulation uses for accounts without one (x/auth/ante simSecp256k1Pubkey), so that a simulated tx pays the
 * gas of setting a real key.
 */
export const SIMULATION_PUBKEY: Any = packSecp256k1PubKey(
  fromHex("035ad6810a47f073553ff30d2fcc7e0d3b1c0b74b61a1aaa2582344037151e143a"),
);

/** A compressed secp256k1 key as the Any accounts and signer infos carry. */
export function packSecp256k1PubKey(key: Uint8Array): Any {
  return packAny(Secp256k1PubKeySchema, create(Secp256k1PubKeySchema, { key }));
}

/** Decoded secp256k1 keys by the base64 of their Any's value: the ante handler reads each signer's key several times. */
const decodedKeys = new Map<string, Uint8Array>();
const DECODED_KEYS_KEPT = 10_000;

/** The 33 key bytes of a secp256k1 Any; throws sdk 8 for other key types or sizes. */
export function secp256k1KeyOf(any: Any): Uint8Array {
  if (any.typeUrl === ED25519_PUBKEY_TYPE_URL) throw sdkError(8, "ED25519 public keys are unsupported");
  if (any.typeUrl === MULTISIG_PUBKEY_TYPE_URL) {
    throw sdkError(8, "multisig public keys are not supported by the mock chain");
  }
  if (any.typeUrl !== SECP256K1_PUBKEY_TYPE_URL) throw sdkError(8, `unrecognized public key type: ${any.typeUrl}`);
  const id = Buffer.from(any.value.buffer, any.value.byteOffset, any.value.byteLength).toString("base64");
  const known = decodedKeys.get(id);
  // A copy: callers own the bytes they get, as they did when each call decoded afresh.
  if (known !== undefined) return known.slice();
  let key: Uint8Array;
  try {
    key = fromBinary(Secp256k1PubKeySchema, any.value).key;
  } catch (error) {
    throw sdkError(8, (error as Error).message);
  }
  if (key.length !== 33) throw sdkError(8, `invalid secp256k1 public key length ${key.length}, want 33`);
  if (decodedKeys.size >= DECODED_KEYS_KEPT) decodedKeys.clear();
  decodedKeys.set(id, key.slice());
  return key;
}
