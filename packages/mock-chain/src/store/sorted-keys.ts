// Binary search over a sorted array of string keys. JavaScript compares strings by UTF-16 code unit, which for the
// ASCII keys the modules use is byte order: the order the Cosmos SDK's IAVL stores iterate in.

/** Index of the first key that is `>= key` (keys.length when there is none). */
export function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first key that is `> key`. */
export function upperBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keys[mid]! <= key) low = mid + 1;
    else high = mid;
  }
  return low;
}
