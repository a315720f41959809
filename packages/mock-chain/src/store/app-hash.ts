import { createHash } from "node:crypto";
import { DELETED, type Pending } from "./merge-iterator.js";
import { canonicalStateText } from "./state-value.js";

/**
 * The app hash after a block: SHA-256 over the previous app hash and the block's state changes, in key order (each
 * key, then its canonical JSON value or a deletion marker). A hash chain over changes rather than a Merkle root over
 * all state: deterministic, cheap per block, and unchanged by a block that changes nothing, as an IAVL root would be;
 * it is not a commitment clients can verify proofs against (the mock serves no proofs).
 */
export function nextAppHash(previous: Uint8Array, changes: ReadonlyMap<string, Pending>): Uint8Array {
  if (changes.size === 0) return previous;
  const hash = createHash("sha256").update(previous);
  for (const key of [...changes.keys()].sort()) {
    const value = changes.get(key);
    hash.update(`${key.length}:${key}`);
    hash.update(value === DELETED ? "\u0000" : `\u0001${canonicalStateText(value, key)}\u0000`);
  }
  return new Uint8Array(hash.digest());
}
