import type { KVStore } from "../app/module.js";

/** A prefix's entries with the prefix cut off the keys: the form `paginate` takes (next_key is the key suffix). */
export function* entriesBelow<T>(store: KVStore, prefix: string): IterableIterator<[string, T]> {
  for (const [key, value] of store.iterate<T>(prefix)) yield [key.slice(prefix.length), value];
}
