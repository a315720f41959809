import { create, toBinary } from "@bufbuild/protobuf";
import {
  Query as BankQuery,
  QueryBalanceRequestSchema,
  QueryBalanceResponseSchema,
} from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { describe, expect, it } from "vitest";
import { persistenceMockDevnet } from "./chains.js";
import { createClient } from "./client.js";
import { InvalidResponseError, QueryError } from "./errors.js";
import { query, queryAtHeight, queryPath } from "./query.js";
import { FakeComet } from "./testing.test-support.js";

const ADDRESS = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";

function setup() {
  const comet = new FakeComet();
  const client = createClient({
    rpcUrl: "http://x",
    chain: persistenceMockDevnet,
    comet,
    retry: { retries: 2, baseDelayMs: 0, maxDelayMs: 0 },
  });
  return { comet, client };
}

const balance = toBinary(
  QueryBalanceResponseSchema,
  create(QueryBalanceResponseSchema, { balance: { denom: "uxprt", amount: "42" } }),
);

describe("query", () => {
  it("calls abci_query with the gRPC path and the request's protobuf bytes", async () => {
    const { comet, client } = setup();
    comet.abciQueryHandler = async () => ({ code: 0, codespace: "", value: balance, height: 17 });
    const response = await query(client, BankQuery.method.balance, { address: ADDRESS, denom: "uxprt" });
    expect(response.balance?.amount).toBe("42");
    expect(queryPath(BankQuery.method.balance)).toBe("/cosmos.bank.v1beta1.Query/Balance");
    expect(comet.calls[0]).toEqual({
      method: "abci_query",
      params: {
        path: "/cosmos.bank.v1beta1.Query/Balance",
        data: toBinary(
          QueryBalanceRequestSchema,
          create(QueryBalanceRequestSchema, { address: ADDRESS, denom: "uxprt" }),
        ),
      },
    });
  });

  it("passes a height and reports the answered one", async () => {
    const { comet, client } = setup();
    comet.abciQueryHandler = async (params) => ({ code: 0, codespace: "", value: balance, height: params.height ?? 0 });
    const { height } = await queryAtHeight(client, BankQuery.method.balance, { address: ADDRESS }, { height: 5n });
    expect(height).toBe(5n);
    expect((comet.calls[0]!.params as { height: number }).height).toBe(5);
    await expect(query(client, BankQuery.method.balance, {}, { height: -1n })).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    await expect(query(client, BankQuery.method.balance, {}, { height: 1.5 })).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
  });

  it("a non-zero code is a QueryError and is not retried", async () => {
    const { comet, client } = setup();
    comet.abciQueryHandler = async () => ({
      code: 18,
      codespace: "sdk",
      log: "rpc error: code = InvalidArgument desc = invalid denom",
      value: new Uint8Array(),
    });
    const error = await query(client, BankQuery.method.balance, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect(error).toMatchObject({ code: "QUERY_FAILED", abciCode: 18, codespace: "sdk" });
    expect(comet.count("abci_query")).toBe(1);
  });

  it("transport faults are retried with backoff, within the limit", async () => {
    const { comet, client } = setup();
    let calls = 0;
    comet.abciQueryHandler = async () => {
      calls += 1;
      if (calls <= 2) throw new Error("Bad status on response: 503");
      return { code: 0, codespace: "", value: balance };
    };
    expect((await query(client, BankQuery.method.balance, {})).balance?.amount).toBe("42");
    expect(calls).toBe(3);
    calls = -10;
    await expect(query(client, BankQuery.method.balance, {})).rejects.toMatchObject({ code: "NETWORK_ERROR" });
  });

  it("bytes that do not decode are an InvalidResponseError", async () => {
    const { comet, client } = setup();
    comet.abciQueryHandler = async () => ({ code: 0, codespace: "", value: new Uint8Array([0xff, 0xff, 0xff]) });
    await expect(query(client, BankQuery.method.balance, {})).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
