// The REST API with plain fetch, as a browser dApp calls it: bank, auth, staking and node-info queries in the SDK
// gateway's JSON, pagination and height headers, the tx endpoints, errors in the gateway's shape, and CORS.
import { toBech32 } from "@cosmjs/encoding";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import { type RunningMockChain, startMockChain } from "../server/start.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { devnetSigner, feeOf, msgSend, signTx } from "../tx/signing.test-support.js";

let running: RunningMockChain;
const alice = DEVNET.accounts[0]!.address;
const bob = DEVNET.accounts[1]!.address;

beforeAll(async () => {
  running = await startMockChain();
});

afterAll(async () => {
  await running.stop();
});

async function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: LooseJson; headers: Headers }> {
  const response = await fetch(`${running.restUrl}${path}`, { headers });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function post(path: string, body: unknown): Promise<{ status: number; body: LooseJson }> {
  const response = await fetch(`${running.restUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function aliceSendTx(amount: bigint): Promise<string> {
  const { body } = await get(`/cosmos/auth/v1beta1/accounts/${alice}`);
  const signer = await devnetSigner(0);
  const tx = await signTx(signer, [msgSend(alice, bob, amount)], {
    accountNumber: BigInt(body.account.account_number),
    sequence: BigInt(body.account.sequence),
    fee: feeOf(5_000n),
  });
  return Buffer.from(tx).toString("base64");
}

describe("queries", () => {
  it("GET balances renders coins and pagination as the SDK does", async () => {
    const { status, body, headers } = await get(`/cosmos/bank/v1beta1/balances/${bob}`);
    expect(status).toBe(200);
    // Bob holds several denoms (XPRT, ATOM, LSTs, the stkXPRT of his genesis liquid stake): the gRPC answer of the
    // same query, in the gateway's JSON, all on one page.
    const held = running.chain.query(BankQuery.method.allBalances, { address: bob }).balances;
    expect(held.map((coin) => coin.denom)).toContain(DEVNET.denoms.bond);
    expect(held.length).toBeGreaterThan(1);
    expect(body).toEqual({
      balances: held.map((coin) => ({ denom: coin.denom, amount: coin.amount })),
      pagination: { next_key: null, total: String(held.length) },
    });
    expect(headers.get("grpc-metadata-x-cosmos-block-height")).toBe(String(running.chain.status().latestHeight));
  });

  it("pages with pagination.limit and pagination.key", async () => {
    const holder = toBech32(DEVNET.bech32Prefix, new Uint8Array(20).fill(3));
    running.control.fund(holder, [
      { denom: "aaa", amount: 1n },
      { denom: "bbb", amount: 2n },
      { denom: "ccc", amount: 3n },
    ]);
    const first = await get(`/cosmos/bank/v1beta1/balances/${holder}?pagination.limit=2`);
    expect(first.body.balances.map((c: { denom: string }) => c.denom)).toEqual(["aaa", "bbb"]);
    expect(first.body.pagination.next_key).toEqual(expect.any(String));
    const key = encodeURIComponent(first.body.pagination.next_key);
    const second = await get(`/cosmos/bank/v1beta1/balances/${holder}?pagination.limit=2&pagination.key=${key}`);
    expect(second.body.balances).toEqual([{ denom: "ccc", amount: "3" }]);
    const reversed = await get(`/cosmos/bank/v1beta1/balances/${holder}?pagination.reverse=true&pagination.limit=1`);
    expect(reversed.body.balances).toEqual([{ denom: "ccc", amount: "3" }]);
  });

  it("answers at the height the x-cosmos-block-height header asks for", async () => {
    const before = running.chain.status().latestHeight;
    const holder = toBech32(DEVNET.bech32Prefix, new Uint8Array(20).fill(4));
    running.control.fund(holder, [{ denom: "uxprt", amount: 77n }]);
    const then = await get(`/cosmos/bank/v1beta1/balances/${holder}`, { "x-cosmos-block-height": String(before) });
    expect(then.body.balances).toEqual([]);
    expect(then.headers.get("grpc-metadata-x-cosmos-block-height")).toBe(String(before));
    expect((await get(`/cosmos/bank/v1beta1/balances/${holder}`)).body.balances).toEqual([
      { denom: "uxprt", amount: "77" },
    ]);
    expect((await get(`/cosmos/bank/v1beta1/balances/${holder}`, { "x-cosmos-block-height": "soon" })).status).toBe(
      400,
    );
  });

  it("GET account renders the BaseAccount in an Any", async () => {
    const { body } = await get(`/cosmos/auth/v1beta1/accounts/${DEVNET.accounts[5]!.address}`);
    expect(body).toEqual({
      account: {
        "@type": "/cosmos.auth.v1beta1.BaseAccount",
        address: DEVNET.accounts[5]!.address,
        pub_key: null,
        account_number: "5",
        sequence: "0",
      },
    });
  });

  it("GET validators renders enums by name and LegacyDec with 18 decimals", async () => {
    const { body } = await get("/cosmos/staking/v1beta1/validators?status=BOND_STATUS_BONDED");
    expect(body.validators).toHaveLength(4);
    const validator = body.validators[0];
    expect(validator.status).toBe("BOND_STATUS_BONDED");
    expect(validator.tokens).toMatch(/^[0-9]+$/);
    expect(validator.delegator_shares).toMatch(/^[0-9]+\.[0-9]{18}$/);
    expect(validator.commission.commission_rates.rate).toMatch(/^[0-9]+\.[0-9]{18}$/);
    expect(body.pagination.total).toBe("4");
  });

  it("GET node_info reports the network as SDK 0.50 names it", async () => {
    const { body } = await get("/cosmos/base/tendermint/v1beta1/node_info");
    expect(body.default_node_info.network).toBe(DEVNET.chainId);
    expect(body.default_node_info.version).toMatch(/^0\.38\./);
    expect(body.application_version.cosmos_sdk_version).toMatch(/^v0\.50/);
  });

  it("GET denom metadata with a slash in the denom, percent-encoded", async () => {
    const { status, body } = await get("/cosmos/bank/v1beta1/denoms_metadata/uxprt");
    expect(status).toBe(200);
    expect(body.metadata.base).toBe("uxprt");
    expect((await get("/cosmos/bank/v1beta1/supply/by_denom?denom=uxprt")).body.amount.denom).toBe("uxprt");
  });
});

describe("errors in the gateway's shape", () => {
  it("a missing account is 404 with the gRPC status", async () => {
    const stranger = toBech32(DEVNET.bech32Prefix, new Uint8Array(20).fill(8));
    const { status, body } = await get(`/cosmos/auth/v1beta1/accounts/${stranger}`);
    expect(status).toBe(404);
    expect(body).toEqual({ code: 5, message: `account ${stranger} not found`, details: [] });
  });

  it("a malformed parameter is 400 InvalidArgument", async () => {
    const { status, body } = await get(`/cosmos/bank/v1beta1/balances/${bob}?pagination.limit=many`);
    expect(status).toBe(400);
    expect(body.code).toBe(3);
  });

  it("an unrouted path or method is 501 Not Implemented", async () => {
    expect(await get("/cosmos/nothing/here")).toMatchObject({
      status: 501,
      body: { code: 12, message: "Not Implemented", details: [] },
    });
    expect((await post("/cosmos/bank/v1beta1/params", {})).status).toBe(501);
  });
});

describe("tx endpoints", () => {
  it("POST txs broadcasts (sync) and GET txs/{hash} returns the tx and its TxResponse", async () => {
    const broadcast = await post("/cosmos/tx/v1beta1/txs", {
      tx_bytes: await aliceSendTx(1_500n),
      mode: "BROADCAST_MODE_SYNC",
    });
    expect(broadcast.status).toBe(200);
    const response = broadcast.body.tx_response;
    expect(response).toMatchObject({ code: 0, height: "0", codespace: "" });
    expect(response.txhash).toMatch(/^[0-9A-F]{64}$/);

    const { status, body } = await get(`/cosmos/tx/v1beta1/txs/${response.txhash}`);
    expect(status).toBe(200);
    expect(body.tx.body.messages[0]).toEqual({
      "@type": "/cosmos.bank.v1beta1.MsgSend",
      from_address: alice,
      to_address: bob,
      amount: [{ denom: "uxprt", amount: "1500" }],
    });
    expect(body.tx_response).toMatchObject({
      txhash: response.txhash,
      code: 0,
      codespace: "",
      raw_log: "",
      logs: [],
      info: "",
      gas_wanted: "200000",
    });
    expect(body.tx_response.height).toBe(String(running.chain.status().latestHeight));
    expect(body.tx_response.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(body.tx_response.data).toMatch(/^[0-9A-F]+$/);
    const transfers = body.tx_response.events.filter((e: { type: string }) => e.type === "transfer");
    expect(transfers.flatMap((e: { attributes: unknown[] }) => e.attributes)).toContainEqual({
      key: "recipient",
      value: bob,
      index: true,
    });
  });

  it("POST txs in async mode returns the hash only; a bad tx gets the SDK's code", async () => {
    const async = await post("/cosmos/tx/v1beta1/txs", {
      tx_bytes: await aliceSendTx(1n),
      mode: "BROADCAST_MODE_ASYNC",
    });
    expect(async.body.tx_response).toMatchObject({ code: 0, txhash: expect.stringMatching(/^[0-9A-F]{64}$/) });
    const garbage = await post("/cosmos/tx/v1beta1/txs", {
      tx_bytes: Buffer.from("garbage").toString("base64"),
      mode: "BROADCAST_MODE_SYNC",
    });
    expect(garbage.body.tx_response).toMatchObject({ code: 2, codespace: "sdk" });
  });

  it("POST simulate estimates gas without changing state", async () => {
    const before = (await get(`/cosmos/bank/v1beta1/balances/${bob}`)).body;
    const { status, body } = await post("/cosmos/tx/v1beta1/simulate", { tx_bytes: await aliceSendTx(9n) });
    expect(status).toBe(200);
    expect(Number(body.gas_info.gas_used)).toBeGreaterThan(0);
    expect(body.result.events.some((e: { type: string }) => e.type === "transfer")).toBe(true);
    expect((await get(`/cosmos/bank/v1beta1/balances/${bob}`)).body).toEqual(before);
  });

  it("GET txs by events and an unknown hash", async () => {
    const { body } = await get(`/cosmos/tx/v1beta1/txs?events=${encodeURIComponent(`message.sender='${alice}'`)}`);
    expect(body.tx_responses.length).toBeGreaterThanOrEqual(2);
    expect(body.txs.length).toBe(body.tx_responses.length);
    const missing = await get(`/cosmos/tx/v1beta1/txs/${"AB".repeat(32)}`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe(5);
  });
});

describe("CORS", () => {
  it("allows LooseJson origin on responses and preflights", async () => {
    const response = await fetch(`${running.restUrl}/cosmos/bank/v1beta1/params`, {
      headers: { Origin: "http://dapp.test" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await fetch(`${running.restUrl}/cosmos/tx/v1beta1/txs`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://dapp.test",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-cosmos-block-height",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");
    expect(preflight.headers.get("access-control-allow-headers")).toBe("content-type,x-cosmos-block-height");
    const rpcPreflight = await fetch(running.rpcUrl, { method: "OPTIONS", headers: { Origin: "http://dapp.test" } });
    expect([rpcPreflight.status, rpcPreflight.headers.get("access-control-allow-origin")]).toEqual([204, "*"]);
    const rpc = await fetch(`${running.rpcUrl}/health`, { headers: { Origin: "http://dapp.test" } });
    expect(rpc.headers.get("access-control-allow-origin")).toBe("*");
  });
});
