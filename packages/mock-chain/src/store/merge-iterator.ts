/** Marks a key deleted in an overlay (a branch's pending writes, or a version's undo log). */
export const DELETED: unique symbol = Symbol("deleted");

/** A pending value in an overlay: the new value, or `DELETED`. */
export type Pending = unknown;

/**
 * Iterates `base` (ascending, all keys under `prefix`) with `overlay` applied on top: overlay values replace base
 * values, `DELETED` hides them, overlay-only keys are inserted in order. The overlay's keys are captured when iteration
 * starts, as the SDK's cache iterators do.
 */
export function* mergeIterate<T>(
  base: Iterator<[string, T]>,
  overlay: ReadonlyMap<string, Pending>,
  prefix: string,
  /** Gives the overlay's keys under `prefix`, sorted, when the caller keeps them sorted (called as iteration starts). */
  sortedKeys?: () => string[],
): IterableIterator<[string, T]> {
  let pendingKeys = sortedKeys?.();
  if (pendingKeys === undefined) {
    pendingKeys = [];
    for (const key of overlay.keys()) if (key.startsWith(prefix)) pendingKeys.push(key);
    pendingKeys.sort();
  }

  let next = base.next();
  let i = 0;
  while (!next.done || i < pendingKeys.length) {
    const baseKey = next.done ? undefined : next.value[0];
    const pendingKey = pendingKeys[i];
    if (pendingKey !== undefined && (baseKey === undefined || pendingKey <= baseKey)) {
      const value = overlay.get(pendingKey);
      i++;
      if (pendingKey === baseKey) next = base.next();
      if (value !== DELETED) yield [pendingKey, value as T];
    } else {
      yield next.value as [string, T];
      next = base.next();
    }
  }
}
