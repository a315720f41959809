// The client: an immutable bag of settings plus a shared, lazily connected transport. Actions are plain functions
// `(client, params) => Promise<Result>` that read it (the viem/wagmi shape); nothing here does I/O.
import type { OfflineSigner } from "@cosmjs/proto-signing";
import type { Dec } from "@persistence-sdk/core";
import type { ChainConfig } from "./chains.js";
import { ClientError } from "./errors.js";
import { type GasPrice, parseGasMultiplier, parseGasPrice } from "./gas.js";
import { type CometLike, createTransport, DEFAULT_RETRY, type RetryPolicy, type Transport } from "./transport.js";
import { validateAddress } from "./validation.js";

/** Options of {@link createClient}. */
export interface CreateClientOptions {
  /** CometBFT RPC endpoint: "https://rpc.core.persistence.one", "http://127.0.0.1:26657" or a ws:// URL. */
  readonly rpcUrl: string;
  /** The chain: `persistenceCore1`, `persistenceTestnet`, `persistenceMockDevnet` or your own config. */
  readonly chain: ChainConfig;
  /** Any cosmjs `OfflineSigner`: direct (Keplr, `DirectSecp256k1HdWallet`) or amino-only (Ledger, `Secp256k1HdWallet`). */
  readonly signer?: OfflineSigner;
  /** Which of the signer's accounts signs (default: its first). */
  readonly signerAddress?: string;
  /** Price per unit of gas, "0.025uxprt" or a `GasPrice` (default: the chain config's `gasPrice`). */
  readonly gasPrice?: string | GasPrice;
  /** Simulated gas × this = the gas limit of an "auto" fee (default 1.4). */
  readonly gasMultiplier?: number | string | Dec;
  /** How long `sendTx` waits for inclusion after broadcasting, in ms (default 60 000). */
  readonly broadcastTimeoutMs?: number;
  /** How often it looks for the transaction meanwhile, in ms (default 1000). */
  readonly pollIntervalMs?: number;
  /** Retries of idempotent calls (queries, simulation, inclusion polls) on transport faults. */
  readonly retry?: Partial<RetryPolicy>;
  /** Extra HTTP headers sent with every RPC request (an API key for a hosted node). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Per-request HTTP timeout in ms (default: none). */
  readonly requestTimeoutMs?: number;
  /** Use this CometBFT client instead of connecting to `rpcUrl` (custom transport, batching, test double). */
  readonly comet?: CometLike;
}

/** A client: settings plus a shared connection. Immutable; `withSigner` derives a new one. */
export interface Client {
  readonly rpcUrl: string;
  readonly chain: ChainConfig;
  readonly signer: OfflineSigner | undefined;
  /** The signer account to use; undefined means the signer's first account. */
  readonly signerAddress: string | undefined;
  readonly gasPrice: GasPrice;
  readonly gasMultiplier: Dec;
  readonly broadcastTimeoutMs: number;
  readonly pollIntervalMs: number;
  readonly retry: RetryPolicy;
  /** The connection, shared with every client derived from this one. */
  readonly transport: Transport;
  /** Closes the connection (of this client and every client derived from it). */
  disconnect(): void;
}

function positiveMs(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new ClientError("INVALID_ARGUMENT", "must be a positive number of milliseconds", {
      field,
      value,
      fix: `Pass a number above 0 (default ${fallback}).`,
    });
  }
  return value;
}

function retryPolicy(partial: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY, ...partial };
  const ok =
    Number.isInteger(policy.retries) &&
    policy.retries >= 0 &&
    policy.baseDelayMs >= 0 &&
    policy.maxDelayMs >= policy.baseDelayMs;
  if (!ok) {
    throw new ClientError("INVALID_ARGUMENT", "invalid retry policy", {
      field: "retry",
      value: partial,
      fix: "retries is a whole number ≥ 0, 0 ≤ baseDelayMs ≤ maxDelayMs.",
    });
  }
  return Object.freeze(policy);
}

function checkChain(chain: ChainConfig): ChainConfig {
  const ok =
    chain !== null &&
    typeof chain === "object" &&
    typeof chain.chainId === "string" &&
    chain.chainId.length > 0 &&
    typeof chain.bech32?.account === "string" &&
    typeof chain.bech32?.validator === "string";
  if (!ok) {
    throw new ClientError("INVALID_ARGUMENT", "not a chain config", {
      field: "chain",
      value: chain,
      fix: "Pass persistenceCore1, persistenceTestnet, persistenceMockDevnet or a ChainConfig of your chain.",
    });
  }
  return chain;
}

/**
 * Creates a client for `chain` at `rpcUrl`. Nothing connects until the first query or transaction; `disconnect()`
 * closes the connection. The client is frozen: derive variants with {@link withSigner}.
 */
export function createClient(options: CreateClientOptions): Client {
  const chain = checkChain(options.chain);
  if (
    options.comet === undefined &&
    (typeof options.rpcUrl !== "string" || !/^(https?|wss?):\/\//.test(options.rpcUrl))
  ) {
    throw new ClientError("INVALID_ARGUMENT", "the RPC URL must start with http://, https://, ws:// or wss://", {
      field: "rpcUrl",
      value: options.rpcUrl,
      fix: 'Pass the node\'s CometBFT RPC endpoint, such as "https://rpc.core.persistence.one".',
    });
  }
  if (options.signerAddress !== undefined) {
    validateAddress(options.signerAddress, { prefix: chain.bech32, field: "signerAddress" });
  }
  const transport = createTransport({
    rpcUrl: options.rpcUrl,
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(options.requestTimeoutMs === undefined
      ? {}
      : { requestTimeoutMs: positiveMs(options.requestTimeoutMs, 0, "requestTimeoutMs") }),
    ...(options.comet === undefined ? {} : { comet: options.comet }),
  });
  return freezeClient({
    rpcUrl: options.rpcUrl,
    chain,
    signer: options.signer,
    signerAddress: options.signerAddress,
    gasPrice: parseGasPrice(
      options.gasPrice ?? chain.gasPrice,
      options.gasPrice === undefined ? "chain.gasPrice" : "gasPrice",
    ),
    gasMultiplier: parseGasMultiplier(options.gasMultiplier ?? 1.4),
    broadcastTimeoutMs: positiveMs(options.broadcastTimeoutMs, 60_000, "broadcastTimeoutMs"),
    pollIntervalMs: positiveMs(options.pollIntervalMs, 1000, "pollIntervalMs"),
    retry: retryPolicy(options.retry),
    transport,
  });
}

function freezeClient(fields: Omit<Client, "disconnect">): Client {
  const { transport } = fields;
  return Object.freeze({ ...fields, disconnect: () => transport.disconnect() });
}

/**
 * A new client like `client` but signing with `signer` (optionally a given account of it). The connection is
 * shared, so deriving clients per wallet is cheap.
 */
export function withSigner(client: Client, signer: OfflineSigner, options: { readonly address?: string } = {}): Client {
  if (options.address !== undefined) {
    validateAddress(options.address, { prefix: client.chain.bech32, field: "address" });
  }
  const { disconnect: _disconnect, ...fields } = client;
  return freezeClient({ ...fields, signer, signerAddress: options.address });
}
