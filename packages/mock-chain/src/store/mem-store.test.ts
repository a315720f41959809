import { describe, expect, it } from "vitest";
import { MemStore } from "./mem-store.js";

describe("MemStore", () => {
  it("iterates a prefix in ascending key order", () => {
    const store = new MemStore();
    for (const key of ["b/2", "a/1", "b/10", "b/1", "c/1", "b"]) store.set(key, key.toUpperCase());
    expect([...store.iterate<string>("b/")]).toEqual([
      ["b/1", "B/1"],
      ["b/10", "B/10"],
      ["b/2", "B/2"],
    ]);
    expect([...store.iterate("")].map(([key]) => key)).toEqual(["a/1", "b", "b/1", "b/10", "b/2", "c/1"]);
  });

  it("overwrites, deletes and reports presence", () => {
    const store = new MemStore([["k", 1n]]);
    store.set("k", 2n);
    expect(store.get("k")).toBe(2n);
    expect(store.size).toBe(1);
    store.delete("k");
    expect(store.has("k")).toBe(false);
    expect(store.get("k")).toBeUndefined();
    store.delete("missing");
    expect(store.size).toBe(0);
  });

  it("neither skips nor repeats keys when the store changes during iteration", () => {
    const store = new MemStore(["p/1", "p/2", "p/3", "p/4"].map((key) => [key, 0] as const));
    const seen: string[] = [];
    for (const [key] of store.iterate("p/")) {
      seen.push(key);
      if (key === "p/1") {
        store.delete("p/2");
        store.set("p/25", 1);
      }
    }
    expect(seen).toEqual(["p/1", "p/25", "p/3", "p/4"]);
  });

  it("refuses undefined values", () => {
    expect(() => new MemStore().set("k", undefined)).toThrow(/delete the key instead/);
  });

  it("clones independently", () => {
    const store = new MemStore([["a", 1]]);
    const copy = store.clone();
    copy.set("b", 2);
    store.delete("a");
    expect([...copy.entries()]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(store.size).toBe(0);
  });
});
