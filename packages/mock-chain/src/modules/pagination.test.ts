import { create } from "@bufbuild/protobuf";
import { PageRequestSchema } from "@persistence-sdk/proto/cosmos/base/query/v1beta1";
import { describe, expect, it } from "vitest";
import { ChainError } from "../app/module.js";
import { paginate } from "./pagination.js";

const entries: [string, number][] = Array.from({ length: 10 }, (_, i) => [`k${i}`, i]);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("paginate", () => {
  it("returns everything with a total when no page is asked for (limit 0 means 100 and count_total)", () => {
    const page = paginate(entries, undefined);
    expect(page.items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(page.pagination.total).toBe(10n);
    expect(page.pagination.nextKey.length).toBe(0);
  });

  it("pages by offset and limit, with next_key at the first entry left out", () => {
    const page = paginate(entries, create(PageRequestSchema, { offset: 2n, limit: 3n }));
    expect(page.items).toEqual([2, 3, 4]);
    expect(text(page.pagination.nextKey)).toBe("k5");
    expect(page.pagination.total).toBe(0n);
  });

  it("counts the total only when asked", () => {
    const page = paginate(entries, create(PageRequestSchema, { limit: 3n, countTotal: true }));
    expect(page.pagination.total).toBe(10n);
  });

  it("follows next_key from page to page until it is empty", () => {
    const seen: number[] = [];
    let key: Uint8Array = new Uint8Array();
    for (let guard = 0; guard < 10; guard++) {
      const page = paginate(entries, create(PageRequestSchema, { key, limit: 4n }));
      seen.push(...page.items);
      key = page.pagination.nextKey;
      if (key.length === 0) break;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("walks backwards with reverse, in both offset and key mode", () => {
    const first = paginate(entries, create(PageRequestSchema, { limit: 3n, reverse: true }));
    expect(first.items).toEqual([9, 8, 7]);
    const second = paginate(
      entries,
      create(PageRequestSchema, { key: first.pagination.nextKey, limit: 3n, reverse: true }),
    );
    expect(second.items).toEqual([6, 5, 4]);
  });

  it("counts only matches when filtered, as FilteredPaginate does", () => {
    const even = (value: number) => value % 2 === 0;
    const page = paginate(entries, create(PageRequestSchema, { offset: 1n, limit: 2n, countTotal: true }), {
      filter: even,
    });
    expect(page.items).toEqual([2, 4]);
    expect(page.pagination.total).toBe(5n);
    expect(text(page.pagination.nextKey)).toBe("k6");
  });

  it("rejects a request with both key and offset", () => {
    const request = create(PageRequestSchema, { key: new TextEncoder().encode("k1"), offset: 1n });
    expect(() => paginate(entries, request)).toThrow(ChainError);
    try {
      paginate(entries, request);
    } catch (error) {
      expect((error as ChainError).code).toBe(6);
      expect((error as ChainError).message).toContain("either offset or key is expected, got both");
    }
  });
});
