import { describe, expect, it } from "vitest";
import { CacheStore } from "./cache-store.js";
import { VersionedStore } from "./versioned-store.js";

function commitBlock(store: VersionedStore, apply: (branch: CacheStore) => void): bigint {
  const branch = new CacheStore(store.latest());
  apply(branch);
  return store.commit(branch.changes());
}

describe("VersionedStore", () => {
  it("answers queries at past versions, including keys created and deleted later", () => {
    const store = new VersionedStore(10);
    commitBlock(store, (b) => {
      b.set("k/a", 1);
      b.set("k/b", 1);
    });
    commitBlock(store, (b) => {
      b.set("k/a", 2);
      b.delete("k/b");
      b.set("k/c", 2);
    });
    commitBlock(store, (b) => b.set("k/a", 3));

    expect(store.version).toBe(3n);
    expect(store.at(1n)?.get("k/a")).toBe(1);
    expect([...store.at(1n)!.iterate("k/")]).toEqual([
      ["k/a", 1],
      ["k/b", 1],
    ]);
    expect([...store.at(2n)!.iterate("k/")]).toEqual([
      ["k/a", 2],
      ["k/c", 2],
    ]);
    expect(store.at(0n)?.has("k/a")).toBe(false);
    expect([...store.latest().iterate("k/")]).toEqual([
      ["k/a", 3],
      ["k/c", 2],
    ]);
  });

  it("forgets versions older than the retention and refuses future ones", () => {
    const store = new VersionedStore(2);
    for (let i = 1; i <= 5; i++) commitBlock(store, (b) => b.set("n", i));
    expect(store.earliestVersion).toBe(3n);
    expect(store.at(2n)).toBeUndefined();
    expect(store.at(3n)?.get("n")).toBe(3);
    expect(store.at(6n)).toBeUndefined();
  });

  it("views are read-only", () => {
    const store = new VersionedStore(1);
    commitBlock(store, (b) => b.set("n", 1));
    expect(() => store.latest().set("n", 2)).toThrow(/read-only/);
  });

  it("restores snapshots, repeatedly", () => {
    const store = new VersionedStore(5);
    commitBlock(store, (b) => b.set("n", 1));
    const snapshot = store.snapshot();
    commitBlock(store, (b) => b.set("n", 2));
    store.restore(snapshot);
    expect(store.version).toBe(1n);
    expect(store.latest().get("n")).toBe(1);
    commitBlock(store, (b) => b.set("m", 5));
    store.restore(snapshot);
    expect(store.latest().has("m")).toBe(false);
  });
});
