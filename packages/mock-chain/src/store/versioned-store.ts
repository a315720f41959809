import type { KVStore } from "../app/module.js";
import { MemStore } from "./mem-store.js";
import { DELETED, mergeIterate, type Pending } from "./merge-iterator.js";
import { ReadOnlyStore } from "./read-only-store.js";

/** What one committed version changed: key → the value it had *before* (or `DELETED` if it did not exist). */
interface UndoLog {
  readonly version: bigint;
  readonly previous: ReadonlyMap<string, Pending>;
}

/** A saved copy of a `VersionedStore`, restorable with `restore`. */
export interface VersionedStoreSnapshot {
  readonly current: MemStore;
  readonly version: bigint;
  readonly history: readonly UndoLog[];
}

/**
 * Committed state with history: the latest version lives in a `MemStore`; each commit also keeps an undo log (the
 * previous values of the keys it changed) for the last `retain` versions, so a query at a past height reads the
 * latest value unless a later commit changed the key, in which case the oldest such undo entry holds the answer.
 * Writes cost one Map update each; reading an old version costs one lookup per newer version.
 */
export class VersionedStore {
  private current: MemStore;
  private currentVersion: bigint;
  private history: UndoLog[] = [];

  /**
   * @param retain how many past versions stay queryable (the latest is always available).
   */
  constructor(
    private readonly retain: number,
    initial: MemStore = new MemStore(),
    version = 0n,
  ) {
    if (!Number.isInteger(retain) || retain < 0)
      throw new Error(`retain must be a non-negative integer, got ${retain}`);
    this.current = initial;
    this.currentVersion = version;
  }

  /** The latest committed version. */
  get version(): bigint {
    return this.currentVersion;
  }

  /** The oldest version `at` can still answer for. */
  get earliestVersion(): bigint {
    const oldest = this.history[0];
    return oldest === undefined ? this.currentVersion : oldest.version - 1n;
  }

  /** The latest state, read-only. Branch it (`CacheStore`) to build the next version. */
  latest(): KVStore {
    return new ReadOnlyStore(this.current);
  }

  /** A read-only view of `version`, or undefined when it is pruned or not yet committed. */
  at(version: bigint): KVStore | undefined {
    if (version === this.currentVersion) return this.latest();
    if (version > this.currentVersion || version < this.earliestVersion) return undefined;
    const newer = this.history.filter((log) => log.version > version);
    return new ReadOnlyStore(new HistoricalView(this.current, newer));
  }

  /** Writes genesis state into the current version, without history (InitChain's state belongs to no block). */
  load(changes: ReadonlyMap<string, Pending>): void {
    for (const [key, value] of changes) {
      if (value === DELETED) this.current.delete(key);
      else this.current.set(key, value);
    }
  }

  /** Applies a block's writes as the next version and returns its number. */
  commit(changes: ReadonlyMap<string, Pending>, version = this.currentVersion + 1n): bigint {
    if (version <= this.currentVersion) throw new Error(`version ${version} is not after ${this.currentVersion}`);
    const previous = new Map<string, Pending>();
    for (const [key, value] of changes) {
      if (!previous.has(key)) previous.set(key, this.current.has(key) ? this.current.get(key) : DELETED);
      if (value === DELETED) this.current.delete(key);
      else this.current.set(key, value);
    }
    this.currentVersion = version;
    if (this.retain > 0) {
      this.history.push({ version, previous });
      if (this.history.length > this.retain) this.history.splice(0, this.history.length - this.retain);
    } else {
      this.history = [];
    }
    return version;
  }

  /** A copy of the whole store (O(keys)); the history is shared, since undo logs never change once written. */
  snapshot(): VersionedStoreSnapshot {
    return { current: this.current.clone(), version: this.currentVersion, history: [...this.history] };
  }

  /** Goes back to a snapshot; the snapshot stays usable for another restore. */
  restore(snapshot: VersionedStoreSnapshot): void {
    this.current = snapshot.current.clone();
    this.currentVersion = snapshot.version;
    this.history = [...snapshot.history];
  }

  /** Every key and value of the latest version, in key order. */
  entries(): IterableIterator<[string, unknown]> {
    return this.current.entries();
  }
}

/** The state at an older version: the latest store with the newer versions' undo logs laid over it. */
class HistoricalView implements Pick<KVStore, "get" | "has" | "iterate"> {
  constructor(
    private readonly current: MemStore,
    private readonly newer: readonly UndoLog[],
  ) {}

  get<T>(key: string): T | undefined {
    for (const log of this.newer) {
      if (log.previous.has(key)) {
        const value = log.previous.get(key);
        return value === DELETED ? undefined : (value as T);
      }
    }
    return this.current.get<T>(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  iterate<T>(prefix: string): IterableIterator<[string, T]> {
    const overlay = new Map<string, Pending>();
    for (const log of this.newer) {
      for (const [key, value] of log.previous) {
        if (key.startsWith(prefix) && !overlay.has(key)) overlay.set(key, value);
      }
    }
    return mergeIterate(this.current.iterate<T>(prefix), overlay, prefix);
  }
}
