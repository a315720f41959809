import type { KVStore } from "../app/module.js";
import { DELETED, mergeIterate, type Pending } from "./merge-iterator.js";
import { lowerBound } from "./sorted-keys.js";

export { DELETED } from "./merge-iterator.js";

/**
 * A branch of another store (the SDK's CacheKVStore): reads fall through to the parent, writes stay here until
 * `write()` copies them down. Dropping the branch drops its writes, which is how a failing transaction leaves no
 * trace. Branches nest (block → ante / messages).
 */
export class CacheStore implements KVStore {
  private readonly writes = new Map<string, Pending>();
  /** The written keys in order, once an iteration needed them (then kept in order as keys are added). */
  private sortedKeys: string[] | undefined;

  constructor(private readonly parent: KVStore) {}

  get<T>(key: string): T | undefined {
    // One lookup: a stored value is never undefined (`set` refuses it), so undefined means "not written here".
    const value = this.writes.get(key);
    if (value === undefined) return this.parent.get<T>(key);
    return value === DELETED ? undefined : (value as T);
  }

  has(key: string): boolean {
    const value = this.writes.get(key);
    if (value === undefined) return this.parent.has(key);
    return value !== DELETED;
  }

  set<T>(key: string, value: T): void {
    if (value === undefined) throw new Error(`cannot store undefined at "${key}": delete the key instead`);
    this.record(key, value);
  }

  delete(key: string): void {
    this.record(key, DELETED);
  }

  iterate<T>(prefix: string): IterableIterator<[string, T]> {
    if (this.writes.size === 0) return this.parent.iterate<T>(prefix);
    return mergeIterate(this.parent.iterate<T>(prefix), this.writes, prefix, () => this.keysUnder(prefix));
  }

  /** The pending writes (key → value or `DELETED`), in the order they were first made. */
  changes(): ReadonlyMap<string, Pending> {
    return this.writes;
  }

  /** Copies the pending writes into the parent and clears them. */
  write(): void {
    for (const [key, value] of this.writes) {
      if (value === DELETED) this.parent.delete(key);
      else this.parent.set(key, value);
    }
    this.clear();
  }

  /** Forgets the pending writes. */
  discard(): void {
    this.clear();
  }

  private record(key: string, value: Pending): void {
    const keys = this.sortedKeys;
    if (keys !== undefined && !this.writes.has(key)) keys.splice(lowerBound(keys, key), 0, key);
    this.writes.set(key, value);
  }

  private clear(): void {
    this.writes.clear();
    this.sortedKeys = undefined;
  }

  /** The written keys under `prefix`, in order (a copy: iteration sees the keys as they were when it began). */
  private keysUnder(prefix: string): string[] {
    this.sortedKeys ??= [...this.writes.keys()].sort();
    const keys = this.sortedKeys;
    const start = lowerBound(keys, prefix);
    let end = start;
    while (end < keys.length && keys[end]!.startsWith(prefix)) end++;
    return keys.slice(start, end);
  }
}
