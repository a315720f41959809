// Signed transactions per second, end to end: pre-signed bank sends (SIGN_MODE_DIRECT, a real fee, from many
// accounts) broadcast with `broadcast_tx_sync` over HTTP to `startMockChain()` with automine, so every tx is decoded,
// checked (ante with secp256k1 verification) in CheckTx, then delivered in its own block, committed and indexed
// before the answer. Client and chain share this one process (one core). Each answer's code is checked: a rejected
// tx fails the bench rather than counting as a fast one.
import { bench, describe } from "vitest";
import { type RunningMockChain, startMockChain } from "../src/index.js";
import { benchAccounts, fundAccounts, HttpClient, Meter, rpcBody, signSends } from "./support.js";

const ACCOUNTS = 64;
const WARMUP_ROUNDS = 300;
const ROUNDS = 2000;
const SENDERS = 4;
/** tinybench calls a bench function once more than asked (to see whether it is async). */
const SPARE = 2 * SENDERS;

interface Setup {
  running: RunningMockChain;
  client: HttpClient;
  bodies: string[];
  next: number;
}

/** A served chain with `ACCOUNTS` funded accounts and `count` signed sends, as broadcast_tx_sync bodies. */
async function prepare(count: number, seed: string): Promise<Setup> {
  const running = await startMockChain();
  const accounts = await benchAccounts(ACCOUNTS, seed, running.devnet.bech32Prefix);
  fundAccounts(running, accounts, 1_000_000_000n);
  const txs = await signSends(accounts, count, running.chainId, running.devnet.denoms.bond);
  const bodies = txs.map((tx, i) => rpcBody("broadcast_tx_sync", { tx }, i));
  return { running, client: new HttpClient(running.rpcUrl), bodies, next: 0 };
}

async function broadcast(setup: Setup): Promise<void> {
  const body = setup.bodies[setup.next++];
  if (body === undefined) throw new Error("ran out of pre-signed txs");
  const answer = (await setup.client.post("/", body)) as { result?: { code: number; log: string }; error?: unknown };
  if (answer.result?.code !== 0) throw new Error(`tx rejected: ${JSON.stringify(answer.error ?? answer.result)}`);
}

/** A bench of `senders` concurrent senders, each sending its next tx per round (one round = `senders` txs). */
function txBench(name: string, senders: number, label: string): void {
  let setup: Setup | undefined;
  const meter = new Meter(label, "tx");
  bench(
    name,
    async () => {
      const round: Promise<void>[] = [];
      for (let k = 0; k < senders; k++) round.push(broadcast(setup!));
      await Promise.all(round);
      meter.add(senders);
    },
    {
      time: 0,
      iterations: ROUNDS / senders,
      warmupTime: 0,
      warmupIterations: WARMUP_ROUNDS / senders,
      async setup(_task, mode) {
        if (mode === "warmup") setup = await prepare(WARMUP_ROUNDS + ROUNDS + SPARE, `bench-${senders}`);
        meter.start(mode);
      },
      async teardown(_task, mode) {
        meter.stop(mode);
        if (mode === "run") {
          setup!.client.close();
          await setup!.running.stop();
        }
      },
    },
  );
}

/** The same txs handed to the chain in-process (`chain.broadcastTx`): the chain's own cost, without HTTP and JSON. */
function inProcessBench(): void {
  let setup: Setup | undefined;
  let txs: Uint8Array[] = [];
  const meter = new Meter("signed tx/s, in-process chain.broadcastTx (no HTTP)", "tx");
  bench(
    "1 op = 1 tx",
    () => {
      const tx = txs[setup!.next++];
      if (tx === undefined) throw new Error("ran out of pre-signed txs");
      const { checkTx } = setup!.running.chain.broadcastTx(tx);
      if (checkTx.code !== 0) throw new Error(`tx rejected: ${checkTx.log}`);
      meter.add(1);
    },
    {
      time: 0,
      iterations: ROUNDS,
      warmupTime: 0,
      warmupIterations: WARMUP_ROUNDS,
      async setup(_task, mode) {
        if (mode === "warmup") {
          setup = await prepare(WARMUP_ROUNDS + ROUNDS + SPARE, "bench-in-process");
          txs = setup.bodies.map((body) =>
            Buffer.from((JSON.parse(body) as { params: { tx: string } }).params.tx, "base64"),
          );
        }
        meter.start(mode);
      },
      async teardown(_task, mode) {
        meter.stop(mode);
        if (mode === "run") {
          setup!.client.close();
          await setup!.running.stop();
        }
      },
    },
  );
}

// One bench per group: vitest compares the benches of a group, and ops of different sizes do not compare.
describe("signed bank sends, broadcast_tx_sync over HTTP, automine, sequential", () => {
  txBench("1 op = 1 tx", 1, "signed tx/s, HTTP broadcast_tx_sync, sequential");
});
describe(`signed bank sends, broadcast_tx_sync over HTTP, automine, ${SENDERS} concurrent senders`, () => {
  // The accounts split evenly: sender k owns the accounts ≡ k mod SENDERS, so its txs arrive in sequence order.
  txBench(`1 op = ${SENDERS} txs`, SENDERS, `signed tx/s, HTTP broadcast_tx_sync, ${SENDERS} concurrent senders`);
});
describe("signed bank sends, in-process chain.broadcastTx (no HTTP), automine", () => {
  inProcessBench();
});
