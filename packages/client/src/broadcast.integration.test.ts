// Broadcasting when things go wrong, against the mock chain: a chain that stops producing blocks (the timeout keeps
// the hash and waitForTx resumes), transport faults on the broadcast itself (the same bytes are sent again, so the
// transaction lands once), and a response lost after the node accepted the transaction.
import { Comet38Client, HttpClient } from "@cosmjs/tendermint-rpc";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { MsgSendResponseSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { BroadcastTimeoutError, NetworkError } from "./errors.js";
import { getAccount } from "./getAccount.js";
import { sendTx } from "./sendTx.js";
import type { TxStatus } from "./status.js";
import { balanceOf, devnetClient, fundedAccount, RECIPIENT, send, startChain } from "./testing.test-support.js";
import type { CometLike } from "./transport.js";
import { msgResponseOf, txHash } from "./tx.js";
import { waitForTx } from "./waitForTx.js";

let chain: RunningMockChain;

beforeAll(async () => {
  chain = await startChain();
});

afterEach(() => {
  chain.control.clearFaults();
  chain.control.setHalted(false);
  chain.control.setAutomine(true);
});

afterAll(async () => {
  await chain.stop();
});

function sentBy(sender: string): number {
  return chain.chain.txSearch(`message.sender='${sender}'`, { page: 1, perPage: 100, orderBy: "asc" }).totalCount;
}

describe("inclusion timeouts", () => {
  it("a halted chain: BroadcastTimeoutError keeps the hash, says it may land, and waitForTx resumes", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, broadcastTimeoutMs: 150 });
    const before = await balanceOf(client, RECIPIENT);
    const statuses: TxStatus[] = [];
    chain.control.setHalted(true);

    const message = send(address, RECIPIENT, 4242n);
    const error = (await sendTx(client, { messages: [message], onStatus: (s) => statuses.push(s) }).catch(
      (e: unknown) => e,
    )) as BroadcastTimeoutError;

    expect(error).toBeInstanceOf(BroadcastTimeoutError);
    expect(error).toMatchObject({ code: "BROADCAST_TIMEOUT", mayStillLand: true, isRetryable: false, timeoutMs: 150 });
    expect(error.hash).toMatch(/^[0-9A-F]{64}$/);
    expect(error.fix).toContain(`waitForTx(client, "${error.hash}")`);
    expect(statuses.map((s) => s.status)).toEqual(["signing", "broadcasting", "broadcast", "failed"]);
    expect(statuses[2]).toEqual({ status: "broadcast", hash: error.hash });
    expect(statuses[3]).toMatchObject({ status: "failed", hash: error.hash });
    expect(chain.chain.numUnconfirmedTxs().count).toBe(1);

    chain.control.setHalted(false);
    const waited: TxStatus[] = [];
    const result = await waitForTx(client, error.hash, { messages: [message], onStatus: (s) => waited.push(s) });
    expect(result.hash).toBe(error.hash);
    expect(msgResponseOf(result, MsgSendResponseSchema).$typeName).toBe("cosmos.bank.v1beta1.MsgSendResponse");
    expect(waited).toEqual([{ status: "included", hash: error.hash, height: result.height }]);
    expect(await balanceOf(client, RECIPIENT)).toBe(before + 4242n);
    expect(sentBy(address)).toBe(1);
  });

  it("automine off: the timeout leaves the tx in the mempool; once mined, waitForTx (lower-case hash) finds it", async () => {
    const { wallet, address } = await fundedAccount(chain, "amino");
    const client = devnetClient(chain, { signer: wallet, broadcastTimeoutMs: 100 });
    chain.control.setAutomine(false);
    const error = (await sendTx(client, { messages: [send(address, RECIPIENT, 1n)] }).catch(
      (e: unknown) => e,
    )) as BroadcastTimeoutError;
    expect(error).toBeInstanceOf(BroadcastTimeoutError);
    await expect(waitForTx(client, error.hash, { timeoutMs: 50 })).rejects.toBeInstanceOf(BroadcastTimeoutError);
    chain.control.mine();
    const result = await waitForTx(client, error.hash.toLowerCase());
    expect(result.hash).toBe(error.hash);
    expect(sentBy(address)).toBe(1);
  });

  it("waitForTx refuses something that is not a hash", async () => {
    await expect(waitForTx(devnetClient(chain), "0xabc")).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
  });
});

describe("transport faults on the broadcast", () => {
  it.each([
    ["a dropped connection", () => chain.control.dropNext(1), 2],
    ["a burst of HTTP 503", () => chain.control.failNext(2, 503), 3],
  ])("%s: the same bytes are sent again and the transaction lands exactly once", async (_name, fault, attempts) => {
    const { wallet, address } = await fundedAccount(chain);
    const sent: string[] = [];
    const client = devnetClient(chain, { signer: wallet, comet: recordingBroadcasts(sent) });
    const before = await balanceOf(client, RECIPIENT);
    const statuses: TxStatus["status"][] = [];
    const result = await sendTx(client, {
      messages: [send(address, RECIPIENT, 77n)],
      onStatus: (s) => {
        statuses.push(s.status);
        if (s.status === "broadcasting") fault();
      },
    });
    expect(statuses).toEqual(["signing", "broadcasting", "broadcast", "included"]);
    expect(result.height).toBeGreaterThan(0);
    expect(await balanceOf(client, RECIPIENT)).toBe(before + 77n);
    expect((await getAccount(client, address)).sequence).toBe(1n);
    expect(sentBy(address)).toBe(1);
    expect(sent).toHaveLength(attempts);
    expect(new Set(sent)).toEqual(new Set([result.hash]));
  });

  it("faults outlasting the retries: NetworkError with the hash and mayStillLand, never a second signature", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    const statuses: TxStatus["status"][] = [];
    const error = (await sendTx(client, {
      messages: [send(address, RECIPIENT, 1n)],
      onStatus: (s) => {
        statuses.push(s.status);
        if (s.status === "broadcasting") chain.control.failNext(3, 502);
      },
    }).catch((e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: "NETWORK_ERROR", mayStillLand: true, isRetryable: false });
    expect(error.hash).toMatch(/^[0-9A-F]{64}$/);
    expect(statuses).toEqual(["signing", "broadcasting", "failed"]);
    // Here the node never received it: waiting confirms nothing lands.
    await expect(waitForTx(client, error.hash!, { timeoutMs: 50 })).rejects.toBeInstanceOf(BroadcastTimeoutError);
    expect(sentBy(address)).toBe(0);
  });
});

/** A CometLike over the mock chain that records the hash of every broadcast attempt. */
function recordingBroadcasts(hashes: string[]): CometLike {
  const real = Comet38Client.create(new HttpClient(chain.rpcUrl));
  return {
    abciQuery: (params) => real.abciQuery(params),
    txSearch: (params) => real.txSearch(params),
    disconnect: () => real.disconnect(),
    broadcastTxSync(params) {
      hashes.push(txHash(params.tx));
      return real.broadcastTxSync(params);
    },
  };
}

/** A CometLike over the mock chain whose first broadcast is processed by the node but whose answer is lost. */
function losingFirstAnswer(afterLoss?: () => Promise<Awaited<ReturnType<CometLike["broadcastTxSync"]>>>): CometLike {
  const real = Comet38Client.create(new HttpClient(chain.rpcUrl));
  let broadcasts = 0;
  return {
    abciQuery: (params) => real.abciQuery(params),
    txSearch: (params) => real.txSearch(params),
    disconnect: () => real.disconnect(),
    async broadcastTxSync(params) {
      broadcasts += 1;
      if (broadcasts === 1) {
        await real.broadcastTxSync(params);
        throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
      }
      return afterLoss === undefined ? real.broadcastTxSync(params) : afterLoss();
    },
  };
}

describe("an answer lost after the node accepted the transaction", () => {
  it("the re-sent bytes meet 'tx already exists in cache': treated as accepted, included once", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, comet: losingFirstAnswer() });
    const statuses: TxStatus["status"][] = [];
    const result = await sendTx(client, {
      messages: [send(address, RECIPIENT, 5n)],
      onStatus: (s) => statuses.push(s.status),
    });
    expect(statuses).toEqual(["signing", "broadcasting", "broadcast", "included"]);
    expect(result.height).toBeGreaterThan(0);
    expect(sentBy(address)).toBe(1);
  });

  it("a sequence mismatch after the fault is not re-signed: the client finds its own tx by hash", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const mismatch = async () => ({
      code: 32,
      codespace: "sdk",
      log: "account sequence mismatch, expected 1, got 0: incorrect account sequence",
      hash: new Uint8Array(32),
      events: [],
      gasWanted: 0n,
      gasUsed: 0n,
    });
    const client = devnetClient(chain, { signer: wallet, comet: losingFirstAnswer(mismatch) });
    const statuses: TxStatus["status"][] = [];
    const result = await sendTx(client, {
      messages: [send(address, RECIPIENT, 6n)],
      onStatus: (s) => statuses.push(s.status),
    });
    expect(statuses).toEqual(["signing", "broadcasting", "broadcast", "included"]);
    expect(result.height).toBeGreaterThan(0);
    expect(sentBy(address)).toBe(1);
  });
});
