// Bench support: a lean keep-alive HTTP client (so the client's own cost stays small next to the server's in the one
// process both run in; node:http's client for comparison), bench accounts funded through the control API, and bank sends pre-signed with unmodified
// cosmjs (DirectSecp256k1Wallet, Registry, makeAuthInfoBytes, makeSignDoc: what SigningStargateClient does).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { connect, type Socket } from "node:net";
import { loadavg } from "node:os";
import { create, toBinary } from "@bufbuild/protobuf";
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { fromBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1Wallet, encodePubkey, makeAuthInfoBytes, makeSignDoc, Registry } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { Query as AuthQuery, type BaseAccount } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import type { RunningMockChain } from "../src/index.js";

const registry = new Registry(defaultRegistryTypes);

// ---------------------------------------------------------------------------------------------------------------
// HTTP

/** What the benches need of an HTTP client: JSON POSTs and GETs answered with 200 and JSON. */
export interface BenchHttpClient {
  post(path: string, body: string): Promise<unknown>;
  get(path: string): Promise<unknown>;
  close(): void;
}

/**
 * A lean keep-alive HTTP/1.1 load generator: requests written straight to pooled TCP connections, answers parsed
 * from their status line, Content-Length and JSON body. It does a fraction of node:http's client work, so that in
 * the one process the client and the chain share, the figures measure the chain's server more than the client.
 * One request in flight per connection; `connections` caps how many are open.
 */
export class HttpClient implements BenchHttpClient {
  private readonly host: string;
  private readonly port: number;
  private readonly idle: Connection[] = [];
  private readonly waiting: ((connection: Connection) => void)[] = [];
  private readonly all: Connection[] = [];

  constructor(
    baseUrl: string,
    private readonly connections = 16,
  ) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
  }

  post(path: string, body: string): Promise<unknown> {
    const head =
      `POST ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
    return this.send(head + body, `POST ${path}`);
  }

  get(path: string): Promise<unknown> {
    return this.send(`GET ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\n\r\n`, `GET ${path}`);
  }

  close(): void {
    for (const connection of this.all) connection.socket.destroy();
  }

  private async send(request: string, what: string): Promise<unknown> {
    const connection = await this.acquire();
    try {
      const { status, body } = await connection.exchange(request);
      if (status !== 200) throw new Error(`${what}: HTTP ${status}: ${body}`);
      return JSON.parse(body);
    } finally {
      this.release(connection);
    }
  }

  private acquire(): Promise<Connection> {
    const ready = this.idle.pop();
    if (ready !== undefined) return Promise.resolve(ready);
    if (this.all.length < this.connections) {
      const connection = new Connection(connect({ host: this.host, port: this.port, noDelay: true }));
      this.all.push(connection);
      return Promise.resolve(connection);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(connection: Connection): void {
    const next = this.waiting.shift();
    if (next !== undefined) next(connection);
    else this.idle.push(connection);
  }
}

/** One keep-alive connection: one exchange at a time. */
class Connection {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: { resolve(answer: { status: number; body: string }): void; reject(error: Error): void } | undefined;

  constructor(readonly socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    const fail = (error: Error) => {
      this.pending?.reject(error);
      this.pending = undefined;
    };
    socket.on("error", fail);
    socket.on("close", () => fail(new Error("connection closed")));
  }

  exchange(request: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  private parse(): void {
    const headEnd = this.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0 || this.pending === undefined) return;
    const head = this.buffer.toString("latin1", 0, headEnd);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (length === null) {
      this.pending.reject(new Error(`answer without Content-Length: ${head}`));
      this.pending = undefined;
      return;
    }
    const end = headEnd + 4 + Number(length[1]);
    if (this.buffer.length < end) return;
    const body = this.buffer.toString("utf8", headEnd + 4, end);
    this.buffer = this.buffer.subarray(end);
    const { resolve } = this.pending;
    this.pending = undefined;
    resolve({ status, body });
  }
}

/** The same client interface on node:http's own client (a keep-alive Agent), for comparison. */
export class NodeHttpClient implements BenchHttpClient {
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(baseUrl: string, sockets = 16) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new Agent({ keepAlive: true, maxSockets: sockets });
  }

  post(path: string, body: string): Promise<unknown> {
    return this.send("POST", path, body);
  }

  get(path: string): Promise<unknown> {
    return this.send("GET", path, undefined);
  }

  close(): void {
    this.agent.destroy();
  }

  private send(method: string, path: string, body: string | undefined): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> =
        body === undefined ? {} : { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) };
      const req = request({ agent: this.agent, host: this.host, port: this.port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (res.statusCode !== 200) reject(new Error(`${method} ${path}: HTTP ${res.statusCode}: ${text}`));
          else resolve(JSON.parse(text));
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
  }
}

/** A JSON-RPC 2.0 request body. */
export function rpcBody(method: string, params: Record<string, unknown>, id = 1): string {
  return JSON.stringify({ jsonrpc: "2.0", id, method, params });
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts and signed txs

/** A bench account: a deterministic key, its address and (once funded) its account number. */
export interface BenchAccount {
  readonly wallet: DirectSecp256k1Wallet;
  readonly address: string;
  readonly pubkey: Uint8Array;
  accountNumber: bigint;
}

/** `count` accounts with keys derived from `seed` (SHA-256 of seed/index: fast, unlike mnemonic derivation). */
export async function benchAccounts(count: number, seed: string, prefix: string): Promise<BenchAccount[]> {
  const accounts: BenchAccount[] = [];
  for (let i = 0; i < count; i++) {
    const key = createHash("sha256").update(`${seed}/${i}`).digest();
    const wallet = await DirectSecp256k1Wallet.fromKey(new Uint8Array(key), prefix);
    const [account] = await wallet.getAccounts();
    accounts.push({ wallet, address: account!.address, pubkey: account!.pubkey, accountNumber: 0n });
  }
  return accounts;
}

/** Funds every account through the control API and reads back its account number. */
export function fundAccounts(running: RunningMockChain, accounts: readonly BenchAccount[], amount: bigint): void {
  const denom = running.devnet.denoms.bond;
  for (const account of accounts) {
    running.control.fund(account.address, [{ denom, amount }]);
    const any = running.chain.query(AuthQuery.method.account, { address: account.address }).account!;
    account.accountNumber = (anyUnpack(any, protoRegistry) as BaseAccount).accountNumber;
  }
}

/** The fee every bench tx pays: a real fee, so the ante handler's fee deduction runs. */
const FEE = { amount: [{ denom: "uxprt", amount: "5000" }], gas: "200000" };

/**
 * `count` signed MsgSend txs (SIGN_MODE_DIRECT), round-robin over `accounts`: tx j is account j % A's tx with sequence
 * ⌊j / A⌋, sending 1uxprt to the next account. Sent in order (or by senders that each own the accounts ≡ k mod K),
 * every tx is valid when it arrives.
 */
export async function signSends(
  accounts: readonly BenchAccount[],
  count: number,
  chainId: string,
  denom: string,
): Promise<string[]> {
  const txs: string[] = [];
  for (let j = 0; j < count; j++) {
    const from = accounts[j % accounts.length]!;
    const to = accounts[(j + 1) % accounts.length]!;
    const sequence = BigInt(Math.floor(j / accounts.length));
    const bodyBytes = registry.encode({
      typeUrl: "/cosmos.tx.v1beta1.TxBody",
      value: {
        messages: [
          {
            typeUrl: "/cosmos.bank.v1beta1.MsgSend",
            value: { fromAddress: from.address, toAddress: to.address, amount: [{ denom, amount: "1" }] },
          },
        ],
        memo: "",
      },
    });
    const pubkey = encodePubkey({
      type: "tendermint/PubKeySecp256k1",
      value: Buffer.from(from.pubkey).toString("base64"),
    });
    const authInfoBytes = makeAuthInfoBytes(
      [{ pubkey, sequence }],
      FEE.amount.map((coin) => ({ ...coin, denom })),
      Number(FEE.gas),
      undefined,
      undefined,
    );
    const signDoc = makeSignDoc(bodyBytes, authInfoBytes, chainId, from.accountNumber);
    const { signature, signed } = await from.wallet.signDirect(from.address, signDoc);
    const raw = toBinary(
      TxRawSchema,
      create(TxRawSchema, {
        bodyBytes: signed.bodyBytes,
        authInfoBytes: signed.authInfoBytes,
        signatures: [fromBase64(signature.signature)],
      }),
    );
    txs.push(Buffer.from(raw).toString("base64"));
  }
  return txs;
}

// ---------------------------------------------------------------------------------------------------------------
// Reporting

/**
 * Counts operations between a bench's `setup` and `teardown` of its measured run (not the warm-up) and prints the
 * rate, so the summary reads in operations per second whatever one bench iteration does; and the main thread's CPU
 * time per operation, which (unlike the rate) hardly depends on what else the machine is running.
 */
export class Meter {
  private ops = 0;
  private startedAt = 0;
  private cpuAtStart = mainThreadCpuMicros();
  private measuring = false;

  constructor(
    private readonly label: string,
    private readonly unit: string,
  ) {}

  /** Call from the bench's `setup`. */
  start(mode: string): void {
    this.measuring = mode === "run";
    this.ops = 0;
    this.startedAt = performance.now();
    this.cpuAtStart = mainThreadCpuMicros();
  }

  add(ops: number): void {
    if (this.measuring) this.ops += ops;
  }

  /** Call from the bench's `teardown`: prints the measured rate. */
  stop(mode: string): void {
    if (mode !== "run") return;
    const seconds = (performance.now() - this.startedAt) / 1000;
    const cpuPerOp = (mainThreadCpuMicros() - this.cpuAtStart) / this.ops;
    const rate = this.ops / seconds;
    console.log(
      `[bench] ${this.label}: ${rate.toFixed(0)} ${this.unit}/s (${this.ops} in ${seconds.toFixed(2)} s, ` +
        `${cpuPerOp.toFixed(0)} µs main-thread CPU per ${this.unit}; loadavg ${loadAverage()})`,
    );
  }
}

/**
 * CPU time (user + system) of this process's main thread, in µs: on Linux from /proc (10 ms ticks, fine over the
 * seconds a bench runs), elsewhere the whole process's (GC and libuv threads included).
 */
function mainThreadCpuMicros(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // Fields after the parenthesised command name: state is field 3, utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  }
}

/** Linux's USER_HZ, 100 on every mainstream architecture. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The 1-minute load average, to read a figure against (0 on platforms without one). */
export function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}
