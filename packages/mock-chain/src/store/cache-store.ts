import type { KVStore } from "../app/module.js";
import { DELETED, mergeIterate, type Pending } from "./merge-iterator.js";

export { DELETED } from "./merge-iterator.js";

/**
 * A branch of another store (the SDK's CacheKVStore): reads fall through to the parent, writes stay here until
 * `write()` copies them down. Dropping the branch drops its writes, which is how a failing transaction leaves no
 * trace. Branches nest (block → ante / messages).
 */
export class CacheStore implements KVStore {
  private readonly writes = new Map<string, Pending>();

  constructor(private readonly parent: KVStore) {}

  get<T>(key: string): T | undefined {
    if (this.writes.has(key)) {
      const value = this.writes.get(key);
      return value === DELETED ? undefined : (value as T);
    }
    return this.parent.get<T>(key);
  }

  has(key: string): boolean {
    if (this.writes.has(key)) return this.writes.get(key) !== DELETED;
    return this.parent.has(key);
  }

  set<T>(key: string, value: T): void {
    if (value === undefined) throw new Error(`cannot store undefined at "${key}": delete the key instead`);
    this.writes.set(key, value);
  }

  delete(key: string): void {
    this.writes.set(key, DELETED);
  }

  iterate<T>(prefix: string): IterableIterator<[string, T]> {
    if (this.writes.size === 0) return this.parent.iterate<T>(prefix);
    return mergeIterate(this.parent.iterate<T>(prefix), this.writes, prefix);
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
    this.writes.clear();
  }

  /** Forgets the pending writes. */
  discard(): void {
    this.writes.clear();
  }
}
