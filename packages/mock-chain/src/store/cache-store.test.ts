import { describe, expect, it } from "vitest";
import { CacheStore } from "./cache-store.js";
import { MemStore } from "./mem-store.js";

function base(): MemStore {
  return new MemStore([
    ["bal/a", 10n],
    ["bal/b", 5n],
    ["bal/c", 1n],
    ["other", "x"],
  ]);
}

describe("CacheStore", () => {
  it("keeps writes to itself until write()", () => {
    const parent = base();
    const branch = new CacheStore(parent);
    branch.set("bal/a", 3n);
    branch.delete("bal/b");
    branch.set("bal/d", 7n);
    expect(branch.get("bal/a")).toBe(3n);
    expect(branch.has("bal/b")).toBe(false);
    expect(parent.get("bal/a")).toBe(10n);
    expect(parent.has("bal/b")).toBe(true);
    expect(parent.has("bal/d")).toBe(false);

    branch.write();
    expect([...parent.iterate("bal/")]).toEqual([
      ["bal/a", 3n],
      ["bal/c", 1n],
      ["bal/d", 7n],
    ]);
    expect(branch.changes().size).toBe(0);
  });

  it("leaves no trace when discarded: a failed tx's writes vanish", () => {
    const parent = base();
    const before = [...parent.entries()];
    const branch = new CacheStore(parent);
    branch.set("bal/a", 0n);
    branch.delete("other");
    branch.discard();
    expect([...parent.entries()]).toEqual(before);
    expect(branch.get("bal/a")).toBe(10n);
  });

  it("iterates the parent merged with its own writes", () => {
    const branch = new CacheStore(base());
    branch.set("bal/b", 6n);
    branch.delete("bal/c");
    branch.set("bal/aa", 2n);
    branch.set("bal/z", 9n);
    expect([...branch.iterate("bal/")]).toEqual([
      ["bal/a", 10n],
      ["bal/aa", 2n],
      ["bal/b", 6n],
      ["bal/z", 9n],
    ]);
  });

  it("nests: an inner branch commits into the outer one only", () => {
    const parent = base();
    const block = new CacheStore(parent);
    const tx = new CacheStore(block);
    tx.set("bal/a", 1n);
    tx.write();
    expect(block.get("bal/a")).toBe(1n);
    expect(parent.get("bal/a")).toBe(10n);
    const failing = new CacheStore(block);
    failing.set("bal/a", 999n);
    failing.discard();
    block.write();
    expect(parent.get("bal/a")).toBe(1n);
  });

  it("keeps iterating in order as keys are written between and during iterations", () => {
    const branch = new CacheStore(base());
    branch.set("bal/m", 1n);
    expect([...branch.iterate("bal/")].map(([key]) => key)).toEqual(["bal/a", "bal/b", "bal/c", "bal/m"]);
    // New keys after an iteration land in order; a key written while iterating is not seen by that iteration.
    branch.set("bal/0", 2n);
    branch.set("bal/k", 3n);
    branch.set("zzz", 4n);
    const seen: string[] = [];
    for (const [key] of branch.iterate("bal/")) {
      seen.push(key);
      if (key === "bal/b") branch.set("bal/bb", 5n);
    }
    expect(seen).toEqual(["bal/0", "bal/a", "bal/b", "bal/c", "bal/k", "bal/m"]);
    expect([...branch.iterate("bal/")].map(([key]) => key)).toEqual([
      "bal/0",
      "bal/a",
      "bal/b",
      "bal/bb",
      "bal/c",
      "bal/k",
      "bal/m",
    ]);
    expect([...branch.iterate("z")]).toEqual([["zzz", 4n]]);
    branch.discard();
    branch.set("bal/q", 6n);
    expect([...branch.iterate("bal/")].map(([key]) => key)).toEqual(["bal/a", "bal/b", "bal/c", "bal/q"]);
  });
});
