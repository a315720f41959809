// The genesis a chain starts from, in CometBFT's genesis.json terms: chain id, genesis time, initial height, the
// consensus validators, and app_state with one section per module (each in the form its InitGenesis accepts; the
// proto JSON every module's exportGenesis writes always works).

import { readFileSync } from "node:fs";
import { fromBase64, toBase64, toHex } from "@cosmjs/encoding";
import { sha256Of } from "../node/merkle.js";

/** A consensus validator of the genesis (CometBFT's GenesisValidator). */
export interface GenesisConsensusValidator {
  /** 32-byte ed25519 public key. */
  readonly pubKey: Uint8Array;
  readonly power: bigint;
  readonly name?: string;
}

export interface GenesisDocument {
  readonly chainId: string;
  /** RFC 3339, e.g. "2026-01-01T00:00:00Z". */
  readonly genesisTime: string;
  /** Height of the first block (default 1). */
  readonly initialHeight?: bigint;
  /** Used when no module decides the validator set (without x/staking). */
  readonly validators?: readonly GenesisConsensusValidator[];
  readonly appState: Readonly<Record<string, unknown>>;
}

/** Nanoseconds since the Unix epoch of an RFC 3339 time (sub-millisecond digits kept). */
export function parseRfc3339Ns(text: string): bigint {
  const match = /^(.*?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (match === null) throw new Error(`invalid RFC 3339 time "${text}"`);
  const ms = Date.parse(`${match[1]}${match[3]}`);
  if (Number.isNaN(ms)) throw new Error(`invalid RFC 3339 time "${text}"`);
  const fraction = BigInt((match[2] ?? "").padEnd(9, "0"));
  return BigInt(ms) * 1_000_000n + fraction;
}

const consensusAddresses = new Map<string, Uint8Array>();

/** 20-byte consensus address of an ed25519 key: the first 20 bytes of its SHA-256 (memoized: sets repeat). */
export function consensusAddressOf(pubKey: Uint8Array): Uint8Array {
  const id = Buffer.from(pubKey).toString("base64");
  let address = consensusAddresses.get(id);
  if (address === undefined) {
    address = sha256Of(pubKey).subarray(0, 20);
    if (consensusAddresses.size > 10_000) consensusAddresses.clear();
    consensusAddresses.set(id, address);
  }
  return address;
}

interface GenesisJson {
  genesis_time?: unknown;
  chain_id?: unknown;
  initial_height?: unknown;
  validators?: unknown;
  app_state?: unknown;
}

function text(value: unknown, field: string): string {
  if (typeof value !== "string" || value === "") throw new Error(`genesis: ${field} must be a non-empty string`);
  return value;
}

/** Reads a genesis.json object (CometBFT layout, snake_case). */
export function genesisFromJson(json: unknown): GenesisDocument {
  if (json === null || typeof json !== "object") throw new Error("genesis must be a JSON object");
  const doc = json as GenesisJson;
  const validators = Array.isArray(doc.validators)
    ? doc.validators.map((entry, i) => {
        const v = entry as { pub_key?: { type?: string; value?: string }; power?: unknown; name?: unknown };
        if (v.pub_key?.type !== "tendermint/PubKeyEd25519" || typeof v.pub_key.value !== "string") {
          throw new Error(`genesis: validators[${i}].pub_key must be a tendermint/PubKeyEd25519`);
        }
        return {
          pubKey: fromBase64(v.pub_key.value),
          power: BigInt(text(v.power, `validators[${i}].power`)),
          ...(typeof v.name === "string" ? { name: v.name } : {}),
        };
      })
    : undefined;
  const appState = doc.app_state ?? {};
  if (typeof appState !== "object" || appState === null || Array.isArray(appState)) {
    throw new Error("genesis: app_state must be an object");
  }
  return {
    chainId: text(doc.chain_id, "chain_id"),
    genesisTime: text(doc.genesis_time, "genesis_time"),
    ...(doc.initial_height !== undefined ? { initialHeight: BigInt(text(doc.initial_height, "initial_height")) } : {}),
    ...(validators !== undefined ? { validators } : {}),
    appState: appState as Record<string, unknown>,
  };
}

/** Reads a genesis.json file. */
export function loadGenesisFile(path: string): GenesisDocument {
  return genesisFromJson(JSON.parse(readFileSync(path, "utf8")));
}

/**
 * The JSON form of an app_state value built in code: bigints as decimal strings and bytes as base64, the forms the
 * modules' genesis readers accept for them (the sections `exportGenesis` and `devnetGenesis` write are JSON already).
 */
function appStateJson(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return toBase64(value);
  if (Array.isArray(value)) return value.map(appStateJson);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, appStateJson(item)]));
  }
  return value;
}

/**
 * The genesis.json object of a document, ready for JSON.stringify; `loadGenesisFile` reads it back. App_state sections
 * should be JSON (as exported genesis and the devnet's are); bigints and bytes in them are written as strings.
 */
export function genesisToJson(doc: GenesisDocument): Record<string, unknown> {
  return {
    genesis_time: doc.genesisTime,
    chain_id: doc.chainId,
    initial_height: (doc.initialHeight ?? 1n).toString(),
    validators: (doc.validators ?? []).map((validator) => ({
      address: toHex(consensusAddressOf(validator.pubKey)).toUpperCase(),
      pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(validator.pubKey) },
      power: validator.power.toString(),
      name: validator.name ?? "",
    })),
    app_state: appStateJson(doc.appState),
  };
}
