// The WebSocket endpoint: cosmjs' Comet38Client subscriptions (NewBlock, Tx), JSON-RPC calls over the socket, and
// subscription errors, with a raw `ws` client where cosmjs hides the wire.
import { Comet38Client, type comet38 } from "@cosmjs/tendermint-rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { DEVNET } from "../genesis/devnet.js";
import { type RunningMockChain, startMockChain } from "../server/start.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { devnetSigner, feeOf, msgSend, signTx } from "../tx/signing.test-support.js";

let running: RunningMockChain;

beforeAll(async () => {
  running = await startMockChain();
});

afterAll(async () => {
  await running.stop();
});

/** Collects the first `count` events of a cosmjs stream. */
function take<T>(stream: { subscribe(listener: object): { unsubscribe(): void } }, count: number): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const events: T[] = [];
    const subscription = stream.subscribe({
      next: (event: T) => {
        events.push(event);
        if (events.length === count) {
          subscription.unsubscribe();
          resolve(events);
        }
      },
      error: reject,
    });
  });
}

/** A raw socket that answers each sent request with the next message carrying its id. */
async function openSocket(): Promise<{
  send(body: unknown): Promise<LooseJson>;
  next(): Promise<LooseJson>;
  close(): void;
}> {
  const socket = new WebSocket(running.wsUrl);
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  const inbox: LooseJson[] = [];
  const waiting: ((message: LooseJson) => void)[] = [];
  socket.on("message", (data) => {
    const message = JSON.parse(String(data));
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else inbox.push(message);
  });
  const next = () =>
    new Promise<LooseJson>((resolve) => {
      const queued = inbox.shift();
      if (queued !== undefined) resolve(queued);
      else waiting.push(resolve);
    });
  return {
    send(body) {
      socket.send(typeof body === "string" ? body : JSON.stringify(body));
      return next();
    },
    next,
    close: () => socket.close(),
  };
}

describe("subscriptions through Comet38Client", () => {
  it("subscribeNewBlock delivers each new block in order", async () => {
    const client = await Comet38Client.connect(running.wsUrl.replace(/\/websocket$/, ""));
    const before = running.chain.status().latestHeight;
    const blocks = take<comet38.NewBlockEvent>(client.subscribeNewBlock(), 2);
    // Give the subscribe request time to reach the server before mining.
    await client.health();
    running.control.mine(2);
    const [first, second] = await blocks;
    expect(first!.header.height).toBe(Number(before) + 1);
    expect(second!.header.height).toBe(Number(before) + 2);
    expect(second!.header.lastBlockId?.hash).toEqual(running.chain.block(before + 1n)!.blockId.hash);
    expect(first!.header.chainId).toBe(DEVNET.chainId);
    client.disconnect();
  });

  it("subscribeTx delivers a committed tx with its result, filtered by the query", async () => {
    const client = await Comet38Client.connect(running.wsUrl);
    const alice = DEVNET.accounts[0]!.address;
    const events = take<comet38.TxEvent>(client.subscribeTx(`message.sender='${alice}'`), 1);
    await client.health();
    const signer = await devnetSigner(0);
    const tx = await signTx(signer, [msgSend(alice, DEVNET.accounts[2]!.address, 10n)], {
      accountNumber: 0n,
      sequence: 0n,
      fee: feeOf(5_000n),
    });
    const sent = await client.broadcastTxSync({ tx });
    expect(sent.code).toBe(0);
    const [event] = await events;
    expect(event!.hash).toEqual(sent.hash);
    expect(event!.tx).toEqual(tx);
    expect(event!.result.code).toBe(0);
    expect(event!.height).toBe(Number(running.chain.status().latestHeight));
    client.disconnect();
  });
});

describe("the socket protocol", () => {
  it("answers JSON-RPC methods over the socket", async () => {
    const socket = await openSocket();
    const status = await socket.send({ jsonrpc: "2.0", id: "s", method: "status", params: {} });
    expect(status.id).toBe("s");
    expect(status.result.node_info.network).toBe(DEVNET.chainId);
    expect((await socket.send({ jsonrpc: "2.0", id: 2, method: "nope" })).error.code).toBe(-32601);
    expect((await socket.send("{not json")).error.code).toBe(-32700);
    socket.close();
  });

  it("sends events under the subscribe request's id with query, typed data and the event map", async () => {
    const socket = await openSocket();
    const query = "tm.event = 'NewBlockHeader'";
    expect(await socket.send({ jsonrpc: "2.0", id: 41, method: "subscribe", params: { query } })).toEqual({
      jsonrpc: "2.0",
      id: 41,
      result: {},
    });
    running.control.mine();
    const event = await socket.next();
    expect(event.id).toBe(41);
    expect(event.result.query).toBe(query);
    expect(event.result.data.type).toBe("tendermint/event/NewBlockHeader");
    expect(event.result.data.value.header.height).toBe(String(running.chain.status().latestHeight));
    expect(event.result.events["tm.event"]).toEqual(["NewBlockHeader"]);
    socket.close();
  });

  it("reports subscription errors as CometBFT does", async () => {
    const socket = await openSocket();
    const subscribe = (id: number, query: string) =>
      socket.send({ jsonrpc: "2.0", id, method: "subscribe", params: { query } });
    expect((await subscribe(1, "tm.event='Tx'")).result).toEqual({});
    expect((await subscribe(2, "tm.event='Tx'")).error).toMatchObject({ code: -32603, data: "already subscribed" });
    expect((await subscribe(3, "tm.event=")).error.data).toMatch(/^failed to parse query/);
    const unsubscribe = (id: number, query: string) =>
      socket.send({ jsonrpc: "2.0", id, method: "unsubscribe", params: { query } });
    expect((await unsubscribe(4, "tm.event='NewBlock'")).error.data).toBe("subscription not found");
    expect((await unsubscribe(5, "tm.event='Tx'")).result).toEqual({});
    expect((await socket.send({ jsonrpc: "2.0", id: 6, method: "unsubscribe_all" })).error.data).toBe(
      "subscription not found",
    );
    socket.close();
  });

  it("stops sending after unsubscribe_all", async () => {
    const socket = await openSocket();
    await socket.send({ jsonrpc: "2.0", id: 1, method: "subscribe", params: { query: "tm.event='NewBlock'" } });
    expect((await socket.send({ jsonrpc: "2.0", id: 2, method: "unsubscribe_all" })).result).toEqual({});
    running.control.mine();
    // The next message must be the answer to this call, not a block event.
    expect((await socket.send({ jsonrpc: "2.0", id: 3, method: "health" })).id).toBe(3);
    socket.close();
  });
});
