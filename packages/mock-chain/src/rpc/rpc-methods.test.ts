// Every CometBFT RPC method through cosmjs' Comet38Client (which parses responses strictly) and through plain fetch
// (JSON-RPC POSTs, batches and the URI GET form), against a served devnet.

import { createHash } from "node:crypto";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { StargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryBalanceRequestSchema, QueryBalanceResponseSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import { type RunningMockChain, startMockChain } from "../server/start.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { devnetSigner, feeOf, msgSend, signTx } from "../tx/signing.test-support.js";

let running: RunningMockChain;
let client: Comet38Client;
let stargate: StargateClient;

const alice = DEVNET.accounts[0]!.address;
const bob = DEVNET.accounts[1]!.address;

async function rpc(method: string, params: unknown = {}): Promise<{ result?: LooseJson; error?: LooseJson }> {
  const response = await fetch(running.rpcUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  return (await response.json()) as { result?: LooseJson; error?: LooseJson };
}

/** A signed MsgSend from alice at her current sequence. */
async function aliceSends(amount: bigint, sequenceOffset = 0): Promise<Uint8Array> {
  const account = await stargate.getAccount(alice);
  const signer = await devnetSigner(0);
  return signTx(signer, [msgSend(alice, bob, amount)], {
    accountNumber: BigInt(account!.accountNumber),
    sequence: BigInt(account!.sequence + sequenceOffset),
    fee: feeOf(5_000n),
  });
}

function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

beforeAll(async () => {
  running = await startMockChain();
  client = await Comet38Client.connect(running.rpcUrl);
  stargate = await StargateClient.connect(running.rpcUrl);
});

afterAll(async () => {
  client.disconnect();
  stargate.disconnect();
  await running.stop();
});

describe("node information", () => {
  it("status reports the chain, a CometBFT 0.38 version and the latest block", async () => {
    const status = await client.status();
    expect(status.nodeInfo.network).toBe(DEVNET.chainId);
    expect(status.nodeInfo.version).toMatch(/^0\.38\./);
    expect(status.syncInfo.latestBlockHeight).toBeGreaterThanOrEqual(1);
    expect(status.syncInfo.catchingUp).toBe(false);
    expect(status.validatorInfo.pubkey?.algorithm).toBe("ed25519");
    const block = await client.block(status.syncInfo.latestBlockHeight);
    expect(block.blockId.hash).toEqual(status.syncInfo.latestBlockHash);
  });

  it("health, abci_info, num_unconfirmed_txs and genesis answer", async () => {
    expect(await client.health()).toBeNull();
    const info = await client.abciInfo();
    expect(info.lastBlockHeight).toBe((await client.status()).syncInfo.latestBlockHeight);
    expect(info.lastBlockAppHash?.length).toBe(32);
    expect(await client.numUnconfirmedTxs()).toEqual({ total: 0, totalBytes: 0 });
    const genesis = await client.genesis();
    expect(genesis.chainId).toBe(DEVNET.chainId);
    expect(genesis.genesisTime.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(genesis.validators.length).toBe(4);
  });

  it("validators lists the consensus set with paging", async () => {
    const all = await client.validatorsAll();
    expect(all.total).toBe(4);
    expect(all.validators.map((v) => v.votingPower)).toEqual([1_000_000n, 1_000_000n, 1_000_000n, 1_000_000n]);
    const page = await client.validators({ page: 2, per_page: 3 });
    expect([page.count, page.total]).toEqual([1, 4]);
    expect((await rpc("validators", { page: "3", per_page: "3" })).error).toMatchObject({
      code: -32603,
      data: "page should be within [1, 2] range, given 3",
    });
  });
});

describe("abci_query", () => {
  it("answers a gRPC query with protobuf bytes at the latest height", async () => {
    const data = toBinary(
      QueryBalanceRequestSchema,
      create(QueryBalanceRequestSchema, { address: alice, denom: "uxprt" }),
    );
    const result = await client.abciQuery({ path: "/cosmos.bank.v1beta1.Query/Balance", data });
    expect(result.code).toBe(0);
    expect(result.height).toBe((await client.status()).syncInfo.latestBlockHeight);
    expect(fromBinary(QueryBalanceResponseSchema, result.value).balance?.denom).toBe("uxprt");
  });

  it("carries a failed query's code, codespace and log", async () => {
    const result = await client.abciQuery({ path: "/cosmos.bank.v1beta1.Query/Nope", data: new Uint8Array() });
    expect(result.code).not.toBe(0);
    expect(result.codespace).toBe("sdk");
    expect(result.log).not.toBe("");
  });

  it("works in the URI form with a quoted path and 0x data", async () => {
    const data = toBinary(
      QueryBalanceRequestSchema,
      create(QueryBalanceRequestSchema, { address: bob, denom: "uxprt" }),
    );
    const url = `${running.rpcUrl}/abci_query?path="/cosmos.bank.v1beta1.Query/Balance"&data=0x${Buffer.from(data).toString("hex")}`;
    const body = (await (await fetch(url)).json()) as LooseJson;
    expect(body.id).toBe(-1);
    expect(body.result.response).toMatchObject({ code: 0, codespace: "", index: "0", proofOps: null });
    const value = Buffer.from(body.result.response.value, "base64");
    expect(fromBinary(QueryBalanceResponseSchema, value).balance?.amount).toMatch(/^[0-9]+$/);
  });
});

describe("transactions", () => {
  it("broadcast_tx_commit includes the tx and reports CheckTx and the block result", async () => {
    const tx = await aliceSends(1_000n);
    const result = await client.broadcastTxCommit({ tx });
    expect(result.checkTx.code).toBe(0);
    expect(result.txResult?.code).toBe(0);
    expect(result.hash).toEqual(sha256(tx));
    expect(result.txResult?.events.some((e) => e.type === "transfer")).toBe(true);
    expect(result.height).toBe((await client.status()).syncInfo.latestBlockHeight);
  });

  it("broadcast_tx_sync returns CheckTx's verdict; tx and tx_search find the tx", async () => {
    const tx = await aliceSends(2_000n);
    const sync = await client.broadcastTxSync({ tx });
    expect(sync.code).toBe(0);
    const found = await client.tx({ hash: sync.hash });
    expect(found.tx).toEqual(tx);
    expect(found.result.code).toBe(0);
    const search = await client.txSearchAll({ query: `tx.height=${found.height}` });
    expect(search.totalCount).toBe(1);
    expect(search.txs[0]!.hash).toEqual(sync.hash);
    const bySender = await client.txSearch({ query: `message.sender='${alice}'`, per_page: 1, order_by: "desc" });
    expect(bySender.totalCount).toBeGreaterThanOrEqual(2);
    expect(bySender.txs[0]!.height).toBe(found.height);
  });

  it("broadcast_tx_sync reports a rejected tx with the SDK's codespace and code", async () => {
    const stale = await aliceSends(1n, -1);
    const result = await client.broadcastTxSync({ tx: stale });
    expect([result.codespace, result.code]).toEqual(["sdk", 32]);
    expect(result.log).toMatch(/account sequence mismatch/);
  });

  it("broadcast_tx_async returns only the hash", async () => {
    const tx = await aliceSends(3_000n);
    const result = await client.broadcastTxAsync({ tx });
    expect(result.hash).toEqual(sha256(tx));
    expect((await client.tx({ hash: result.hash })).result.code).toBe(0);
  });

  it("tx for an unknown hash is an internal error naming the hash", async () => {
    const body = await rpc("tx", { hash: Buffer.alloc(32, 7).toString("base64") });
    expect(body.error).toEqual({ code: -32603, message: "Internal error", data: `tx (${"07".repeat(32)}) not found` });
  });
});

describe("blocks", () => {
  it("block, block_results, commit and blockchain agree with each other", async () => {
    const latest = (await client.status()).syncInfo.latestBlockHeight;
    const block = await client.block(latest);
    expect(block.block.header.height).toBe(latest);
    expect(block.block.header.chainId).toBe(DEVNET.chainId);
    expect(block.block.lastCommit?.signatures.length).toBe(4);
    const results = await client.blockResults(latest);
    expect(results.results.length).toBe(block.block.txs.length);
    const commit = await client.commit(latest - 1);
    expect(commit.canonical).toBe(true);
    expect(commit.commit.blockId.hash).toEqual(block.block.header.lastBlockId?.hash);
    const chain = await client.blockchain(1, latest);
    expect(chain.lastHeight).toBe(latest);
    expect(chain.blockMetas.map((m) => m.header.height)).toEqual(
      Array.from({ length: Math.min(latest, 20) }, (_, i) => latest - i),
    );
    expect(chain.blockMetas[0]!.blockId.hash).toEqual(block.blockId.hash);
  });

  it("block_by_hash finds a block by its hash and returns an empty result otherwise", async () => {
    const block = await client.block(1);
    const found = await rpc("block_by_hash", { hash: Buffer.from(block.blockId.hash).toString("base64") });
    expect(found.result.block.header.height).toBe("1");
    const missing = await rpc("block_by_hash", { hash: Buffer.alloc(32).toString("base64") });
    expect(missing.result).toEqual({ block_id: { hash: "", parts: { total: 0, hash: "" } }, block: null });
  });

  it("writes the first block as CometBFT does: no last block id, an empty commit", async () => {
    const body = (await (await fetch(`${running.rpcUrl}/block?height=1`)).json()) as LooseJson;
    expect(body.result.block.header.last_block_id).toEqual({ hash: "", parts: { total: 0, hash: "" } });
    expect(body.result.block.last_commit).toMatchObject({ height: "0", round: 0, signatures: [] });
    expect(body.result.block.header.time).toBe("2026-01-01T00:00:00Z");
    expect(body.result.block.header.version).toEqual({ block: "11", app: "0" });
    const results = (await (await fetch(`${running.rpcUrl}/block_results?height=1`)).json()) as LooseJson;
    expect(results.result.txs_results).toBeNull();
  });

  it("rejects heights outside the stored range with CometBFT's wording", async () => {
    const latest = (await client.status()).syncInfo.latestBlockHeight;
    expect((await rpc("block", { height: String(latest + 10) })).error.data).toBe(
      `height ${latest + 10} must be less than or equal to the current blockchain height ${latest}`,
    );
    expect((await rpc("block_results", { height: "0" })).error.data).toBe("height must be greater than 0, but got 0");
    expect((await rpc("blockchain", { minHeight: "5", maxHeight: "2" })).error.data).toBe(
      "min height 5 can't be greater than max height 2",
    );
  });
});

describe("JSON-RPC forms", () => {
  it("answers a batch with an array in order, and positional params", async () => {
    const response = await fetch(running.rpcUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify([
        { jsonrpc: "2.0", id: "a", method: "health", params: {} },
        { jsonrpc: "2.0", id: "b", method: "block", params: ["1"] },
      ]),
    });
    const body = (await response.json()) as LooseJson[];
    expect(body.map((r) => r.id)).toEqual(["a", "b"]);
    expect(body[0].result).toEqual({});
    expect(body[1].result.block.header.height).toBe("1");
  });

  it("serves URI GETs with id -1, and lists endpoints at /", async () => {
    const body = (await (await fetch(`${running.rpcUrl}/status`)).json()) as LooseJson;
    expect(body).toMatchObject({ jsonrpc: "2.0", id: -1 });
    expect(body.result.node_info.network).toBe(DEVNET.chainId);
    const index = await fetch(`${running.rpcUrl}/`);
    expect(index.headers.get("content-type")).toContain("text/html");
    expect(await index.text()).toContain("/abci_query?path=_&amp;data=_".replace("&amp;", "&"));
  });
});
