import { hash } from "node:crypto";

/** Scratch space for a node's input (prefix byte + item, or prefix + two child hashes), grown as needed. */
let scratch = Buffer.allocUnsafe(1024);

/** SHA-256 of `prefix` (a byte, or none when -1) followed by `parts`. */
function sha256(prefix: number, ...parts: Uint8Array[]): Buffer {
  let size = prefix < 0 ? 0 : 1;
  for (const part of parts) size += part.length;
  if (size > scratch.length) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
  let at = 0;
  if (prefix >= 0) scratch[at++] = prefix;
  for (const part of parts) {
    scratch.set(part, at);
    at += part.length;
  }
  // One-shot hashing (node:crypto `hash`) is cheaper than a Hash object for the small inputs of Merkle trees.
  return hash("sha256", scratch.subarray(0, at), "buffer");
}

const LEAF = 0;
const INNER = 1;

/** The largest power of two strictly less than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** The root of `items[start, end)`. */
function root(items: readonly Uint8Array[], start: number, end: number): Buffer {
  const count = end - start;
  if (count === 1) return sha256(LEAF, items[start]!);
  const k = splitPoint(count);
  return sha256(INNER, root(items, start, start + k), root(items, start + k, end));
}

/**
 * CometBFT's `merkle.HashFromByteSlices` (RFC 6962): SHA-256 of nothing for no items, SHA-256(0x00 ‖ item) for a
 * leaf, SHA-256(0x01 ‖ left ‖ right) for an inner node, splitting at the largest power of two below the count.
 */
export function merkleRoot(items: readonly Uint8Array[]): Uint8Array {
  if (items.length === 0) return new Uint8Array(sha256(-1));
  return new Uint8Array(root(items, 0, items.length));
}

/** SHA-256 of some bytes (CometBFT's tmhash.Sum). */
export function sha256Of(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(hash("sha256", bytes, "buffer"));
}
