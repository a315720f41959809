// Queries per second over HTTP against `startMockChain()`: the CometBFT RPC's `abci_query` for a bank balance (the
// gRPC path cosmjs' QueryClient uses) and the REST gateway's GET of the same balance, each one at a time and with
// several requests in flight. The chain holds a realistic amount of history first (a few hundred blocks of sends).
// Client and chain share this one process (one core). Every answer is checked.

import { create, toBinary } from "@bufbuild/protobuf";
import { QueryBalanceRequestSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { bench, describe } from "vitest";
import { type RunningMockChain, startMockChain } from "../src/index.js";
import {
  type BenchHttpClient,
  benchAccounts,
  fundAccounts,
  HttpClient,
  Meter,
  NodeHttpClient,
  rpcBody,
  signSends,
} from "./support.js";

const ACCOUNTS = 32;
const HISTORY_TXS = 320;
const WARMUP = 1000;
const QUERIES = 10_000;
const IN_FLIGHT = 8;

interface Setup {
  running: RunningMockChain;
  rpc: BenchHttpClient;
  rest: BenchHttpClient;
  /** node:http's own client, to show what a heavier client costs. */
  rpcNodeHttp: BenchHttpClient;
  abciBody: string;
  restPath: string;
}

/** A served chain with funded accounts and some blocks of history. */
async function prepare(): Promise<Setup> {
  const running = await startMockChain();
  const denom = running.devnet.denoms.bond;
  const accounts = await benchAccounts(ACCOUNTS, "query-bench", running.devnet.bech32Prefix);
  fundAccounts(running, accounts, 1_000_000_000n);
  const rpc = new HttpClient(running.rpcUrl);
  for (const tx of await signSends(accounts, HISTORY_TXS, running.chainId, denom)) {
    const answer = (await rpc.post("/", rpcBody("broadcast_tx_sync", { tx }))) as { result?: { code: number } };
    if (answer.result?.code !== 0) throw new Error(`history tx rejected: ${JSON.stringify(answer)}`);
  }
  const address = accounts[0]!.address;
  const request = create(QueryBalanceRequestSchema, { address, denom });
  const data = Buffer.from(toBinary(QueryBalanceRequestSchema, request)).toString("hex");
  return {
    running,
    rpc,
    rest: new HttpClient(running.restUrl),
    rpcNodeHttp: new NodeHttpClient(running.rpcUrl),
    abciBody: rpcBody("abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data }),
    restPath: `/cosmos/bank/v1beta1/balances/${address}/by_denom?denom=${denom}`,
  };
}

async function stop(setup: Setup): Promise<void> {
  setup.rpc.close();
  setup.rest.close();
  setup.rpcNodeHttp.close();
  await setup.running.stop();
}

async function abciQuery(setup: Setup, client: BenchHttpClient = setup.rpc): Promise<void> {
  const answer = (await client.post("/", setup.abciBody)) as { result?: { response: { code: number; value: string } } };
  const response = answer.result?.response;
  if (response?.code !== 0 || !response.value) throw new Error(`abci_query failed: ${JSON.stringify(answer)}`);
}

async function restGet(setup: Setup): Promise<void> {
  const answer = (await setup.rest.get(setup.restPath)) as { balance?: { amount: string } };
  if (answer.balance?.amount === undefined) throw new Error(`REST query failed: ${JSON.stringify(answer)}`);
}

/** A bench of `inFlight` concurrent queries per iteration. */
function queryBench(name: string, label: string, inFlight: number, query: (setup: Setup) => Promise<void>): void {
  let setup: Setup | undefined;
  const meter = new Meter(label, "query");
  bench(
    name,
    async () => {
      const batch: Promise<void>[] = [];
      for (let i = 0; i < inFlight; i++) batch.push(query(setup!));
      await Promise.all(batch);
      meter.add(inFlight);
    },
    {
      time: 0,
      iterations: QUERIES / inFlight,
      warmupTime: 0,
      warmupIterations: WARMUP / inFlight,
      async setup(_task, mode) {
        if (mode === "warmup") setup = await prepare();
        meter.start(mode);
      },
      async teardown(_task, mode) {
        meter.stop(mode);
        if (mode === "run") await stop(setup!);
      },
    },
  );
}

// One bench per group: vitest compares the benches of a group, and ops of different sizes do not compare.
describe("abci_query bank Balance over HTTP (JSON-RPC POST), sequential", () => {
  queryBench("1 op = 1 query", "queries/s, RPC abci_query, sequential", 1, abciQuery);
});
describe(`abci_query bank Balance over HTTP (JSON-RPC POST), ${IN_FLIGHT} in flight`, () => {
  queryBench(`1 op = ${IN_FLIGHT} queries`, `queries/s, RPC abci_query, ${IN_FLIGHT} in flight`, IN_FLIGHT, abciQuery);
});
describe("abci_query bank Balance over HTTP, sequential, with node:http's client (for comparison)", () => {
  queryBench("1 op = 1 query", "queries/s, RPC abci_query, sequential, node:http client", 1, (setup) =>
    abciQuery(setup, setup.rpcNodeHttp),
  );
});
describe("REST GET /cosmos/bank/v1beta1/balances/{address}/by_denom, sequential", () => {
  queryBench("1 op = 1 query", "queries/s, REST GET balance, sequential", 1, restGet);
});
describe(`REST GET /cosmos/bank/v1beta1/balances/{address}/by_denom, ${IN_FLIGHT} in flight`, () => {
  queryBench(`1 op = ${IN_FLIGHT} queries`, `queries/s, REST GET balance, ${IN_FLIGHT} in flight`, IN_FLIGHT, restGet);
});
