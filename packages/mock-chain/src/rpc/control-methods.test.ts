// The control API over JSON-RPC (`mock_*`), as a test in another process would drive the chain: mining, time
// travel, automine, funding, snapshots, node faults, state export, module operations, and argument checking.
import { toBech32 } from "@cosmjs/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import { type RunningMockChain, startMockChain } from "../server/start.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { devnetSigner, feeOf, msgSend, signTx } from "../tx/signing.test-support.js";

let running: RunningMockChain;
let nextId = 1;

beforeAll(async () => {
  running = await startMockChain();
});

afterAll(async () => {
  await running.stop();
});

async function call(method: string, params: unknown = []): Promise<LooseJson> {
  const response = await fetch(running.rpcUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: nextId++, method, params }),
  });
  return response.json();
}

async function result(method: string, params: unknown = []): Promise<LooseJson> {
  const body = await call(method, params);
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

async function height(): Promise<number> {
  return Number((await result("status")).sync_info.latest_block_height);
}

async function balance(address: string, denom: string): Promise<string> {
  const response = await fetch(
    `${running.restUrl}/cosmos/bank/v1beta1/balances/${address}/by_denom?denom=${encodeURIComponent(denom)}`,
  );
  return ((await response.json()) as LooseJson).balance.amount;
}

async function signedSend(sequence: bigint, amount: bigint): Promise<string> {
  const signer = await devnetSigner(3);
  const tx = await signTx(signer, [msgSend(signer.address, DEVNET.accounts[4]!.address, amount)], {
    accountNumber: 3n,
    sequence,
    fee: feeOf(5_000n),
  });
  return Buffer.from(tx).toString("base64");
}

describe("mining and time", () => {
  it("mock_mine commits blocks a block time apart and reports the tip", async () => {
    const before = await height();
    const tip = await result("mock_mine", [3]);
    expect(tip.height).toBe(String(before + 3));
    const blocks = await Promise.all([before, before + 3].map((h) => result("block", { height: String(h) })));
    const seconds = blocks.map((b) => Date.parse(b.block.header.time) / 1000);
    expect(seconds[1]! - seconds[0]!).toBe((3 * DEVNET.blockTimeMs) / 1000);
    expect((await result("mock_mine")).height).toBe(String(before + 4));
  });

  it("mock_advanceTime jumps virtual time and commits one block there", async () => {
    const before = await result("block");
    const tip = await result("mock_advanceTime", { seconds: 86_400 });
    expect(Number(tip.height)).toBe(Number(before.block.header.height) + 1);
    expect(Date.parse(tip.time) - Date.parse(before.block.header.time)).toBeGreaterThanOrEqual(86_400_000);
  });

  it("mock_setAutomine(false) leaves txs in the mempool until mock_mine", async () => {
    await result("mock_setAutomine", [false]);
    const before = await height();
    const sent = await result("broadcast_tx_sync", { tx: await signedSend(0n, 7n) });
    expect(sent.code).toBe(0);
    expect(await height()).toBe(before);
    expect((await result("num_unconfirmed_txs")).n_txs).toBe("1");
    await result("mock_mine");
    expect((await result("num_unconfirmed_txs")).n_txs).toBe("0");
    const found = await result("tx", { hash: Buffer.from(sent.hash, "hex").toString("base64") });
    expect(found.height).toBe(String(before + 1));
    await result("mock_setAutomine", { enabled: true });
  });

  it("the URI form works too", async () => {
    const before = await height();
    const body = (await (await fetch(`${running.rpcUrl}/mock_mine?blocks=2`)).json()) as LooseJson;
    expect(body.result.height).toBe(String(before + 2));
  });
});

describe("state", () => {
  it("mock_fund mints coins to LooseJson address, in either coin form", async () => {
    const fresh = toBech32(DEVNET.bech32Prefix, new Uint8Array(20).fill(9));
    await result("mock_fund", [fresh, "5000stk/uxprt,7uxprt"]);
    await result("mock_fund", { address: fresh, coins: [{ denom: "uxprt", amount: "3" }] });
    expect(await balance(fresh, "stk/uxprt")).toBe("5000");
    expect(await balance(fresh, "uxprt")).toBe("10");
  });

  it("mock_snapshot and mock_revert restore height and balances", async () => {
    const carol = DEVNET.accounts[2]!.address;
    const id = await result("mock_snapshot");
    expect(typeof id).toBe("string");
    const before = [await height(), await balance(carol, "uxprt")];
    await result("mock_fund", [carol, "1000uxprt"]);
    await result("mock_mine", [5]);
    expect(await result("mock_revert", [id])).toBe(true);
    expect([await height(), await balance(carol, "uxprt")]).toEqual(before);
    expect(await result("mock_revert", ["0xdead"])).toBe(false);
  });

  it("mock_exportState returns the saved-state document", async () => {
    const state = await result("mock_exportState");
    expect(state.format).toBe("persistence-mock-chain/state@1");
    expect(state.chainId).toBe(DEVNET.chainId);
    expect(state.height).toBe(String(await height()));
  });

  it("mock_invoke runs a module operation in a block", async () => {
    const validators = (await (
      await fetch(`${running.restUrl}/cosmos/staking/v1beta1/validators`)
    ).json()) as LooseJson;
    const operator = validators.validators[0].operator_address;
    const before = await height();
    await result("mock_invoke", ["staking/jail", { validator: operator }]);
    expect(await height()).toBe(before + 1);
    const after = (await (
      await fetch(`${running.restUrl}/cosmos/staking/v1beta1/validators/${operator}`)
    ).json()) as LooseJson;
    expect(after.validator.jailed).toBe(true);
    await result("mock_invoke", ["staking/unjail", { validator: operator }]);
  });
});

describe("node faults", () => {
  it("mock_setMempoolFull makes CheckTx refuse every tx with the SDK's code 20", async () => {
    await result("mock_setMempoolFull", [true]);
    const refused = await result("broadcast_tx_sync", { tx: await signedSend(1n, 1n) });
    expect([refused.codespace, refused.code]).toEqual(["sdk", 20]);
    await result("mock_setMempoolFull", [false]);
    expect((await result("broadcast_tx_sync", { tx: await signedSend(1n, 1n) })).code).toBe(0);
  });

  it("mock_setHalted stops block production until it is lifted", async () => {
    await result("mock_setHalted", [true]);
    const before = await height();
    const sent = await result("broadcast_tx_sync", { tx: await signedSend(2n, 1n) });
    expect(sent.code).toBe(0);
    expect(await height()).toBe(before);
    await result("mock_setHalted", [false]);
    await result("mock_mine");
    const found = await result("tx", { hash: Buffer.from(sent.hash, "hex").toString("base64") });
    expect(Number(found.height)).toBeGreaterThan(before);
  });
});

describe("argument checking", () => {
  it("answers bad arguments with invalid params", async () => {
    for (const [method, params] of [
      ["mock_mine", ["three"]],
      ["mock_mine", [-1]],
      ["mock_advanceTime", []],
      ["mock_setAutomine", ["yes"]],
      ["mock_fund", [DEVNET.accounts[0]!.address]],
      ["mock_fund", [DEVNET.accounts[0]!.address, "lots of money"]],
      ["mock_failNext", [1, 404]],
      ["mock_invoke", ["staking/jail", { validator: 5 }]],
    ] as const) {
      expect((await call(method, params)).error, `${method} ${JSON.stringify(params)}`).toMatchObject({
        code: -32602,
        message: "Invalid params",
      });
    }
  });

  it("reports failures of the chain as internal errors", async () => {
    const unknown = await call("mock_invoke", ["nomodule/nothing", {}]);
    expect(unknown.error.code).toBe(-32603);
  });
});

describe("broadcast_tx_commit and block production", () => {
  let slow: RunningMockChain;

  beforeAll(async () => {
    slow = await startMockChain({ broadcastCommitTimeoutMs: 300 });
  });

  afterAll(async () => {
    await slow.stop();
  });

  async function commit(tx: string): Promise<LooseJson> {
    const response = await fetch(slow.rpcUrl, {
      method: "POST",
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "broadcast_tx_commit", params: { tx } }),
    });
    return response.json();
  }

  it("waits for the block that includes the tx when automine is off", async () => {
    slow.control.setAutomine(false);
    const pending = commit(await signedSend(0n, 5n));
    // The tx is in the mempool once the server has run CheckTx; mine it from here.
    while (slow.chain.numUnconfirmedTxs().count === 0) await new Promise((resolve) => setImmediate(resolve));
    slow.control.mine();
    const body = await pending;
    expect(body.result.height).toBe(String(slow.chain.status().latestHeight));
    expect(body.result.tx_result.code).toBe(0);
    slow.control.setAutomine(true);
  });

  it("times out as CometBFT does while the chain is halted", async () => {
    slow.control.setHalted(true);
    const body = await commit(await signedSend(1n, 5n));
    expect(body.error).toEqual({
      code: -32603,
      message: "Internal error",
      data: "timed out waiting for tx to be included in a block",
    });
    slow.control.setHalted(false);
  });
});
