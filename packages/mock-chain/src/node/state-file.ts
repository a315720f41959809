import { decodeStateValue, encodeStateValue, type JsonValue } from "../store/state-value.js";
import type { StoredBlock } from "./block-store.js";

/** Marks the JSON `exportState` writes, so a wrong file is refused with a clear message. */
export const STATE_FORMAT = "persistence-mock-chain/state@1";

/** What a saved chain holds: its id, the latest block (header, results, validator sets) and the whole state. */
export interface SavedChain {
  readonly chainId: string;
  readonly latest: StoredBlock;
  readonly entries: readonly (readonly [string, unknown])[];
}

/** The JSON-safe form of a saved chain. */
export function encodeSavedChain(saved: SavedChain): JsonValue {
  return {
    format: STATE_FORMAT,
    chainId: saved.chainId,
    height: saved.latest.block.header.height.toString(),
    latest: encodeStateValue(saved.latest),
    state: saved.entries.map(([key, value]) => [key, encodeStateValue(value, key)]),
  };
}

/** Reads what `encodeSavedChain` wrote (or the same JSON after a trip through a file). */
export function decodeSavedChain(json: unknown): SavedChain {
  const record = json as { format?: unknown; chainId?: unknown; latest?: unknown; state?: unknown };
  if (record === null || typeof record !== "object" || record.format !== STATE_FORMAT) {
    throw new Error(`not a saved mock chain: expected an object with format "${STATE_FORMAT}"`);
  }
  if (typeof record.chainId !== "string" || !Array.isArray(record.state)) throw new Error("saved chain is incomplete");
  return {
    chainId: record.chainId,
    latest: decodeStateValue(record.latest) as StoredBlock,
    entries: (record.state as [string, unknown][]).map(([key, value]) => [key, decodeStateValue(value)] as const),
  };
}
