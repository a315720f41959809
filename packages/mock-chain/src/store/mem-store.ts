import type { KVStore } from "../app/module.js";
import { lowerBound, upperBound } from "./sorted-keys.js";

/**
 * The in-memory key-value store under everything: a Map for O(1) reads plus a sorted key array for prefix iteration.
 * Iteration re-seeks after every step, so writing to the store while iterating it neither skips nor repeats keys.
 */
export class MemStore implements KVStore {
  private readonly data: Map<string, unknown>;
  private readonly keys: string[];

  constructor(entries?: Iterable<readonly [string, unknown]>) {
    this.data = new Map();
    this.keys = [];
    if (entries !== undefined) {
      for (const [key, value] of entries) this.data.set(key, value);
      this.keys.push(...this.data.keys());
      this.keys.sort();
    }
  }

  /** Number of keys. */
  get size(): number {
    return this.keys.length;
  }

  get<T>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }

  has(key: string): boolean {
    return this.data.has(key);
  }

  set<T>(key: string, value: T): void {
    if (value === undefined) throw new Error(`cannot store undefined at "${key}": delete the key instead`);
    if (!this.data.has(key)) this.keys.splice(lowerBound(this.keys, key), 0, key);
    this.data.set(key, value);
  }

  delete(key: string): void {
    if (!this.data.delete(key)) return;
    const index = lowerBound(this.keys, key);
    if (this.keys[index] === key) this.keys.splice(index, 1);
  }

  *iterate<T>(prefix: string): IterableIterator<[string, T]> {
    let index = lowerBound(this.keys, prefix);
    while (index < this.keys.length) {
      const key = this.keys[index]!;
      if (!key.startsWith(prefix)) return;
      yield [key, this.data.get(key) as T];
      index = upperBound(this.keys, key);
    }
  }

  /** All entries in key order. */
  entries(): IterableIterator<[string, unknown]> {
    return this.iterate("");
  }

  /** An independent copy (values are shared: they are immutable by the KVStore contract). */
  clone(): MemStore {
    const copy = new MemStore();
    for (const key of this.keys) copy.data.set(key, this.data.get(key));
    copy.keys.push(...this.keys);
    return copy;
  }
}
