import { hash } from "node:crypto";

function sha256(...parts: Uint8Array[]): Uint8Array {
  // One-shot hashing (node:crypto `hash`) is cheaper than a Hash object for the small inputs of Merkle trees.
  const input = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  return new Uint8Array(hash("sha256", input, "buffer"));
}

const LEAF = new Uint8Array([0]);
const INNER = new Uint8Array([1]);

/** The largest power of two strictly less than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * CometBFT's `merkle.HashFromByteSlices` (RFC 6962): SHA-256 of nothing for no items, SHA-256(0x00 ‖ item) for a
 * leaf, SHA-256(0x01 ‖ left ‖ right) for an inner node, splitting at the largest power of two below the count.
 */
export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return sha256();
  if (items.length === 1) return sha256(LEAF, items[0]!);
  const k = splitPoint(items.length);
  return sha256(INNER, merkleRoot(items.slice(0, k)), merkleRoot(items.slice(k)));
}

/** SHA-256 of some bytes (CometBFT's tmhash.Sum). */
export function sha256Of(bytes: Uint8Array): Uint8Array {
  return sha256(bytes);
}
