import { create, toBinary } from "@bufbuild/protobuf";
import { toBech32, toHex } from "@cosmjs/encoding";
import { Query as BankQuery, QueryBalanceRequestSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Module } from "../app/module.js";
import { sdkError } from "../app/sdk-errors.js";
import { DEVNET } from "../genesis/devnet.js";
import { parseRfc3339Ns } from "../genesis/genesis-document.js";
import { balanceOf, fingerprint } from "../tx/chain-test-helpers.test-support.js";
import { devnetSigner, msgSend, signTx, type TestSigner } from "../tx/signing.test-support.js";
import { dataHash, headerHash, validatorsHash } from "./header-hash.js";
import { type ChainOptions, createChain, type MockChain } from "./index.js";

const [alice, bob] = DEVNET.accounts;
const GENESIS_NS = parseRfc3339Ns(DEVNET.genesisTime);
const BLOCK_NS = BigInt(DEVNET.blockTimeMs) * 1_000_000n;
let signer: TestSigner;

beforeAll(async () => {
  signer = await devnetSigner(0);
});

function newChain(options: ChainOptions = {}): MockChain {
  return createChain({ staking: false, ...options });
}

async function sendTx(sequence: bigint, amount = 100n): Promise<Uint8Array> {
  return signTx(signer, [msgSend(alice!.address, bob!.address, amount)], { accountNumber: 0n, sequence });
}

/** A module whose control adds to a counter in state: the way staking's slash/jail controls are reached. */
const counterModule: Module = {
  name: "counter",
  controls: {
    add: (ctx, params) => {
      const by = BigInt((params as { by: number }).by);
      if (by <= 0n) throw sdkError(18, "by must be positive");
      const next = (ctx.store.get<bigint>("counter/value") ?? 0n) + by;
      ctx.store.set("counter/value", next);
      ctx.events.emit("counter", { value: next.toString() });
      return next;
    },
  },
};

describe("blocks on virtual time", () => {
  it("starts at height 1 at the genesis time, each block 5 s later, with CometBFT header hashes", () => {
    const chain = newChain();
    expect(chain.status().latestHeight).toBe(1n);
    expect(chain.status().latestBlockTimeNs).toBe(GENESIS_NS);
    chain.control.mine(2);
    const block3 = chain.block(3n)!;
    const block2 = chain.block(2n)!;
    expect(block3.header.timeNs).toBe(GENESIS_NS + 2n * BLOCK_NS);
    expect(block3.header.lastBlockId.hash).toEqual(block2.blockId.hash);
    expect(block3.blockId.hash).toEqual(headerHash(block3.header));
    expect(block3.header.dataHash).toEqual(dataHash([]));
    expect(block3.header.validatorsHash).toEqual(validatorsHash(chain.validators(3n)));
    // A header carries the app hash of the state before it; block results the one after.
    expect(block3.header.appHash).toEqual(chain.blockResults(2n)!.appHash);
    expect(chain.blockByHash(block2.blockId.hash)?.header.height).toBe(2n);
  });

  it("moves time forward by any amount, committing one block", () => {
    const chain = newChain();
    chain.control.advanceTime(86_400n);
    expect(chain.status().latestHeight).toBe(2n);
    expect(chain.status().latestBlockTimeNs).toBe(GENESIS_NS + 86_400n * 1_000_000_000n);
  });

  it("with automine off, keeps txs in the mempool until mine() and puts them all in one block", async () => {
    const chain = newChain({ automine: false });
    const first = chain.broadcastTx(await sendTx(0n));
    const second = chain.broadcastTx(await sendTx(1n));
    expect(chain.numUnconfirmedTxs().count).toBe(2);
    expect(chain.tx(first.hash)).toBeUndefined();
    chain.control.mine();
    expect(chain.numUnconfirmedTxs()).toEqual({ count: 0, totalBytes: 0 });
    expect([chain.tx(first.hash)?.height, chain.tx(second.hash)?.index]).toEqual([2n, 1]);
    expect(chain.block(2n)!.txs.length).toBe(2);
    expect(chain.block(2n)!.header.dataHash).toEqual(dataHash(chain.block(2n)!.txs));
  });

  it("commits blocks on a real-time interval when asked", () => {
    vi.useFakeTimers();
    try {
      const chain = newChain({ blockIntervalMs: 1000 });
      vi.advanceTimersByTime(3000);
      expect(chain.status().latestHeight).toBe(4n);
      chain.close();
      vi.advanceTimersByTime(3000);
      expect(chain.status().latestHeight).toBe(4n);
    } finally {
      vi.useRealTimers();
    }
  });

  it("while halted commits nothing: txs wait, time stands still; unhalting mines them", async () => {
    const chain = newChain();
    chain.control.setHalted(true);
    const { hash } = chain.broadcastTx(await sendTx(0n));
    chain.control.mine(3);
    chain.control.advanceTime(100n);
    expect(chain.status().latestHeight).toBe(1n);
    expect(() => chain.control.fund(bob!.address, [{ denom: "uxprt", amount: 1n }])).toThrow(/halted/);
    chain.control.setHalted(false);
    expect(chain.tx(hash)?.height).toBe(2n);
  });

  it("tells block subscribers about each committed block, and stops when unsubscribed", async () => {
    const chain = newChain();
    const heights: bigint[] = [];
    const unsubscribe = chain.onBlock((event) => heights.push(event.block.header.height));
    chain.broadcastTx(await sendTx(0n));
    chain.control.mine();
    unsubscribe();
    chain.control.mine();
    expect(heights).toEqual([2n, 3n]);
  });
});

describe("control operations", () => {
  it("funds an account (creating it) in a block, raising the supply", () => {
    const chain = newChain();
    const fresh = toBech32("persistence", new Uint8Array(20).fill(1));
    const supply = chain.query(BankQuery.method.supplyOf, { denom: "stk/uxprt" }).amount!.amount;
    chain.control.fund(fresh, [
      { denom: "stk/uxprt", amount: 500n },
      { denom: "uxprt", amount: 7n },
    ]);
    expect(balanceOf(chain, fresh, "stk/uxprt")).toBe(500n);
    expect(balanceOf(chain, fresh)).toBe(7n);
    expect(BigInt(chain.query(BankQuery.method.supplyOf, { denom: "stk/uxprt" }).amount!.amount)).toBe(
      BigInt(supply) + 500n,
    );
    expect(chain.blockResults()!.finalizeBlockEvents.map((e) => e.type)).toEqual(["coin_received", "coinbase"]);
    expect(() => chain.control.fund("cosmos1bad", [{ denom: "uxprt", amount: 1n }])).toThrow(/invalid address/);
  });

  it("runs a module's control in a block and returns its result; a failing control changes nothing", () => {
    const chain = newChain({ modules: () => [counterModule] });
    expect(chain.control.invoke("counter/add", { by: 2 })).toBe(2n);
    expect(chain.control.invoke("counter/add", { by: 3 })).toBe(5n);
    expect(chain.blockResults()!.finalizeBlockEvents).toContainEqual({
      type: "counter",
      attributes: [{ key: "value", value: "5", index: true }],
    });
    const before = fingerprint(chain, []);
    expect(() => chain.control.invoke("counter/add", { by: 0 })).toThrow("by must be positive: invalid request");
    expect(fingerprint(chain, [])).toEqual(before);
    expect(() => chain.control.invoke("counter/nope", {})).toThrow(
      /unknown control operation "counter\/nope"; known: counter\/add/,
    );
  });
});

describe("snapshots", () => {
  it("revert restores state, blocks, txs and the mempool; later snapshots are dropped", async () => {
    const chain = newChain();
    const base = chain.control.snapshot();
    const before = fingerprint(chain, [alice!.address, bob!.address]);
    const { hash } = chain.broadcastTx(await sendTx(0n));
    const later = chain.control.snapshot();
    chain.control.mine(5);
    expect(chain.control.revert(base)).toBe(true);
    expect(fingerprint(chain, [alice!.address, bob!.address])).toEqual(before);
    expect(chain.status().latestHeight).toBe(1n);
    expect(chain.tx(hash)).toBeUndefined();
    expect(chain.txSearch(`tx.hash='${toHex(hash)}'`, { page: 1, perPage: 30, orderBy: "asc" }).totalCount).toBe(0);
    expect(chain.control.revert(later)).toBe(false);
    // The same tx can be sent again after the revert, and lands at the same height.
    expect(chain.tx(chain.broadcastTx(await sendTx(0n)).hash)?.height).toBe(2n);
    // The reverted-to snapshot stays usable.
    expect(chain.control.revert(base)).toBe(true);
    expect(chain.status().latestHeight).toBe(1n);
    expect(chain.control.revert("0x99")).toBe(false);
  });

  it("rechecks the restored mempool, so pending sequences still count", async () => {
    const chain = newChain({ automine: false });
    chain.broadcastTx(await sendTx(0n));
    const id = chain.control.snapshot();
    chain.control.mine();
    expect(chain.control.revert(id)).toBe(true);
    expect(chain.numUnconfirmedTxs().count).toBe(1);
    expect(chain.broadcastTx(await sendTx(1n)).checkTx.code).toBe(0);
    chain.control.mine();
    expect(chain.block(2n)!.txs.length).toBe(2);
  });

  it("saves the chain to JSON and resumes from it", async () => {
    const chain = newChain();
    chain.broadcastTx(await sendTx(0n, 1234n));
    const saved = JSON.parse(JSON.stringify(chain.control.exportState()));
    const resumed = newChain({ state: saved });
    expect(resumed.status().latestHeight).toBe(2n);
    expect(resumed.status().latestBlockHash).toEqual(chain.status().latestBlockHash);
    expect(balanceOf(resumed, bob!.address)).toBe(DEVNET.balances.account + 1234n);
    const next = resumed.broadcastTx(await sendTx(1n, 1n));
    expect(resumed.tx(next.hash)?.result.code).toBe(0);
    expect(resumed.block(3n)!.header.lastBlockId.hash).toEqual(chain.block(2n)!.blockId.hash);
    expect(() => newChain({ state: { format: "nope" } })).toThrow(/not a saved mock chain/);
  });
});

describe("queries", () => {
  it("answers at past heights, refuses future ones and unknown paths with the SDK's errors", async () => {
    const chain = newChain();
    chain.broadcastTx(await sendTx(0n, 500n));
    const request = toBinary(
      QueryBalanceRequestSchema,
      create(QueryBalanceRequestSchema, { address: bob!.address, denom: "uxprt" }),
    );
    expect(chain.query(BankQuery.method.balance, { address: bob!.address, denom: "uxprt" }, 1n).balance?.amount).toBe(
      DEVNET.balances.account.toString(),
    );
    expect(chain.abciQuery("/cosmos.bank.v1beta1.Query/Balance", request, 2n).height).toBe(2n);
    const future = chain.abciQuery("/cosmos.bank.v1beta1.Query/Balance", request, 9n);
    expect([future.code, future.log]).toEqual([
      26,
      "cannot query with height in the future; please provide a valid height: invalid height",
    ]);
    const unknown = chain.abciQuery("/cosmos.nothing.v1.Query/Nothing", new Uint8Array());
    expect([unknown.code, unknown.codespace, unknown.log]).toEqual([6, "sdk", "unknown query path: unknown request"]);
    const garbage = chain.abciQuery("/cosmos.bank.v1beta1.Query/Balance", new Uint8Array([0xff]));
    expect(garbage.code).toBe(18);
  });

  it("forgets state older than the retention", () => {
    const chain = newChain({ retainVersions: 2 });
    chain.control.mine(4);
    const request = toBinary(
      QueryBalanceRequestSchema,
      create(QueryBalanceRequestSchema, { address: bob!.address, denom: "uxprt" }),
    );
    const old = chain.abciQuery("/cosmos.bank.v1beta1.Query/Balance", request, 1n);
    expect([old.code, old.log]).toEqual([
      18,
      "failed to load state at height 1; version does not exist (latest height: 5): invalid request",
    ]);
    expect(chain.abciQuery("/cosmos.bank.v1beta1.Query/Balance", request, 3n).code).toBe(0);
  });

  it("keeps only the newest blocks (and their txs) when asked to", async () => {
    const chain = newChain({ retainBlocks: 3 });
    const { hash } = chain.broadcastTx(await sendTx(0n));
    chain.control.mine(4);
    expect(chain.status().earliestHeight).toBe(4n);
    expect(chain.block(2n)).toBeUndefined();
    expect(chain.tx(hash)).toBeUndefined();
    expect(
      chain.txSearch(`message.sender='${alice!.address}'`, { page: 1, perPage: 30, orderBy: "asc" }).totalCount,
    ).toBe(0);
    expect(chain.block(4n)?.header.height).toBe(4n);
  });

  it("searches txs by height, hash and event attributes, paged and ordered", async () => {
    const chain = newChain();
    const hashes: Uint8Array[] = [];
    for (let sequence = 0n; sequence < 3n; sequence++) hashes.push(chain.broadcastTx(await sendTx(sequence)).hash);
    const all = (query: string, orderBy: "asc" | "desc" = "asc", page = 1, perPage = 30) =>
      chain.txSearch(query, { page, perPage, orderBy });
    expect(all(`message.sender='${alice!.address}'`).totalCount).toBe(3);
    expect(all(`transfer.recipient='${bob!.address}' AND tx.height=3`).txs.map((tx) => tx.hash)).toEqual([hashes[1]]);
    expect(all(`tx.hash='${toHex(hashes[2]!)}'`).txs[0]?.height).toBe(4n);
    expect(all("tx.height>=3 AND tx.height<4").totalCount).toBe(1);
    expect(all(`message.action='/cosmos.bank.v1beta1.MsgSend'`, "desc", 1, 2).txs.map((tx) => tx.height)).toEqual([
      4n,
      3n,
    ]);
    expect(all(`tx.acc_seq='${alice!.address}/1'`).txs[0]?.height).toBe(3n);
    expect(all("transfer.amount CONTAINS '100uxprt'").totalCount).toBe(3);
    expect(all("message.module EXISTS").totalCount).toBe(3);
    expect(all(`message.sender='${bob!.address}'`).totalCount).toBe(0);
    expect(() => all("tx.height=", "asc")).toThrow(/invalid query/);
    expect(() => all("tx.height=2", "asc", 5)).toThrow("page should be within [1, 1] range, given 5");
  });

  it("serves node info and blocks through the tendermint service", () => {
    const chain = newChain();
    const status = chain.status();
    expect(status.chainId).toBe(DEVNET.chainId);
    expect(status.version).toBe("0.38.17");
    expect(status.validator.votingPower).toBe(1_000_000n);
    expect(chain.validators().length).toBe(4);
    expect(chain.abciInfo().data).toBe("persistenceCore");
  });
});
