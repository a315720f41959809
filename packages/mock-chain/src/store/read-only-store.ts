import type { KVStore } from "../app/module.js";

/** Thrown when a query (or anything given a past version) tries to write. */
export class ReadOnlyStoreError extends Error {
  constructor(key: string) {
    super(`cannot write "${key}": this store is a read-only view of committed state`);
    this.name = "ReadOnlyStoreError";
  }
}

/** A read-only view of a store: queries run on these, so a buggy query handler cannot change state. */
export class ReadOnlyStore implements KVStore {
  constructor(private readonly inner: Pick<KVStore, "get" | "has" | "iterate">) {}

  get<T>(key: string): T | undefined {
    return this.inner.get<T>(key);
  }

  has(key: string): boolean {
    return this.inner.has(key);
  }

  set<T>(key: string, _value: T): void {
    throw new ReadOnlyStoreError(key);
  }

  delete(key: string): void {
    throw new ReadOnlyStoreError(key);
  }

  iterate<T>(prefix: string): IterableIterator<[string, T]> {
    return this.inner.iterate<T>(prefix);
  }
}
