import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import {
  Query as BankQuery,
  QueryAllBalancesRequestSchema,
  QueryAllBalancesResponseSchema,
} from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { describe, expect, it } from "vitest";
import { persistenceMockDevnet } from "./chains.js";
import { createClient } from "./client.js";
import { paginateAll } from "./paginate.js";
import { FakeComet } from "./testing.test-support.js";

const ADDRESS = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";

function pages(denoms: string[], size: number, repeatKey = false) {
  const comet = new FakeComet();
  comet.abciQueryHandler = async ({ data, height }) => {
    const request = fromBinary(QueryAllBalancesRequestSchema, data);
    const start = request.pagination?.key.length ? Number(new TextDecoder().decode(request.pagination.key)) : 0;
    const limit = Number(request.pagination?.limit ?? 100n);
    expect(limit).toBe(size);
    const slice = denoms.slice(start, start + limit);
    const next =
      start + limit < denoms.length
        ? new TextEncoder().encode(String(repeatKey ? start : start + limit))
        : new Uint8Array();
    const response = create(QueryAllBalancesResponseSchema, {
      balances: slice.map((denom) => ({ denom, amount: "1" })),
      pagination: { nextKey: next },
    });
    return { code: 0, codespace: "", value: toBinary(QueryAllBalancesResponseSchema, response), height: height ?? 99 };
  };
  const client = createClient({ rpcUrl: "http://x", chain: persistenceMockDevnet, comet });
  return { comet, client };
}

describe("paginate", () => {
  it("follows next_key to the end and pins every page to the first page's height", async () => {
    const denoms = Array.from({ length: 7 }, (_, i) => `denom${i}`);
    const { comet, client } = pages(denoms, 3);
    const all = await paginateAll(client, BankQuery.method.allBalances, { address: ADDRESS }, (r) => r.balances, {
      pageSize: 3n,
    });
    expect(all.map((c) => c.denom)).toEqual(denoms);
    expect(comet.count("abci_query")).toBe(3);
    const heights = comet.calls.map((c) => (c.params as { height?: number }).height);
    expect(heights).toEqual([undefined, 99, 99]);
  });

  it("an empty list is one page", async () => {
    const { comet, client } = pages([], 100);
    expect(await paginateAll(client, BankQuery.method.allBalances, { address: ADDRESS }, (r) => r.balances)).toEqual(
      [],
    );
    expect(comet.count("abci_query")).toBe(1);
  });

  it("stops with INVALID_RESPONSE when a node repeats next_key", async () => {
    const { client } = pages(["a1", "a2", "a3"], 1, true);
    await expect(
      paginateAll(client, BankQuery.method.allBalances, { address: ADDRESS }, (r) => r.balances, { pageSize: 1n }),
    ).rejects.toMatchObject({ code: "INVALID_RESPONSE" });
  });

  it("refuses a non-positive page size", async () => {
    const { client } = pages([], 1);
    await expect(
      paginateAll(client, BankQuery.method.allBalances, { address: ADDRESS }, (r) => r.balances, { pageSize: 0n }),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "pageSize" });
  });
});
