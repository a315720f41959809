import { createHash } from "node:crypto";
import { ByteSink, writeCanonicalState } from "./canonical-bytes.js";
import { DELETED, type Pending } from "./merge-iterator.js";

/** The bytes being hashed, reused from block to block. */
const sink = new ByteSink();

/**
 * The app hash after a block: SHA-256 over the previous app hash and the block's state changes, in key order (each
 * key, then its canonical JSON value or a deletion marker). A hash chain over changes rather than a Merkle root over
 * all state: deterministic, cheap per block, and unchanged by a block that changes nothing, as an IAVL root would be;
 * it is not a commitment clients can verify proofs against (the mock serves no proofs).
 */
export function nextAppHash(previous: Uint8Array, changes: ReadonlyMap<string, Pending>): Uint8Array {
  if (changes.size === 0) return previous;
  // Per key: `${key.length}:${key}`, then "\u0000" for a deletion or "\u0001" + canonical text + "\u0000", all UTF-8;
  // written into one buffer and hashed at once.
  sink.reset();
  for (const key of [...changes.keys()].sort()) {
    const value = changes.get(key);
    sink.ascii(String(key.length));
    sink.byte(0x3a);
    sink.utf8(key);
    if (value === DELETED) {
      sink.byte(0);
    } else {
      sink.byte(1);
      writeCanonicalState(sink, value, key);
      sink.byte(0);
    }
  }
  return new Uint8Array(createHash("sha256").update(previous).update(sink.view()).digest());
}
