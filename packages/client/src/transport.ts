// The CometBFT RPC seen by the client: the few calls it makes, what each kind of failure means (a transport fault
// to retry, a node's refusal, garbage), and bounded retries with backoff for the calls that are safe to repeat.
import { Comet38Client, HttpClient, type RpcClient, WebsocketClient } from "@cosmjs/tendermint-rpc";
import { ClientError, NetworkError, RpcError } from "./errors.js";

/** One ABCI event as CometBFT 0.38 reports it (keys and values are strings). */
export interface CometEvent {
  readonly type: string;
  readonly attributes: readonly { readonly key: string; readonly value: string }[];
}

/** A CheckTx or DeliverTx result. */
export interface CometTxResult {
  readonly code: number;
  readonly codespace?: string;
  readonly log?: string;
  readonly data?: Uint8Array;
  readonly events: readonly CometEvent[];
  readonly gasWanted: bigint;
  readonly gasUsed: bigint;
}

/** A transaction found in a block. */
export interface CometIndexedTx {
  readonly tx: Uint8Array;
  readonly hash: Uint8Array;
  readonly height: number;
  /** Position in the block. */
  readonly index?: number;
  readonly result: CometTxResult;
}

/**
 * The CometBFT RPC calls the client makes. `Comet38Client` (and `Comet1Client`) from @cosmjs/tendermint-rpc satisfy
 * it; pass your own to `createClient({ comet })` to add headers, batching or a test double.
 */
export interface CometLike {
  abciQuery(params: { readonly path: string; readonly data: Uint8Array; readonly height?: number }): Promise<{
    readonly code?: number;
    readonly codespace: string;
    readonly log?: string;
    readonly value: Uint8Array;
    readonly height?: number;
  }>;
  broadcastTxSync(params: { readonly tx: Uint8Array }): Promise<CometTxResult & { readonly hash: Uint8Array }>;
  txSearch(params: { readonly query: string; readonly page?: number; readonly per_page?: number }): Promise<{
    readonly txs: readonly CometIndexedTx[];
    readonly totalCount: number;
  }>;
  disconnect(): void;
}

/** Bounded retries with exponential backoff for idempotent calls. */
export interface RetryPolicy {
  /** Retries after the first attempt (default 3). 0 turns retrying off. */
  readonly retries: number;
  /** The first backoff in ms (default 250); each retry doubles it, with jitter. */
  readonly baseDelayMs: number;
  /** The longest backoff in ms (default 4000). */
  readonly maxDelayMs: number;
}

/** The default retry policy: 3 retries, 250 ms doubling up to 4 s. */
export const DEFAULT_RETRY: RetryPolicy = Object.freeze({ retries: 3, baseDelayMs: 250, maxDelayMs: 4000 });

/** How to reach the node. */
export interface TransportOptions {
  readonly rpcUrl: string;
  /** Extra HTTP headers (an API key for a hosted RPC). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Per-request timeout in ms for HTTP (default: none, the platform's). */
  readonly requestTimeoutMs?: number;
  /** A ready client to use instead of connecting to `rpcUrl` (a custom transport, batching, a test double). */
  readonly comet?: CometLike;
}

/** The shared connection of a client and of every client derived from it with `withSigner`. */
export interface Transport {
  readonly rpcUrl: string;
  /** The CometBFT client, created on first use. */
  comet(): CometLike;
  /** Runs `task` after every earlier task for the same key has finished (one signing pipeline per account). */
  exclusive<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** The next sequence this process expects for an account, after its own accepted transactions. */
  readonly localSequences: Map<string, bigint>;
  disconnect(): void;
}

function rpcClientFor(options: TransportOptions): RpcClient {
  const url = options.rpcUrl;
  if (/^wss?:\/\//.test(url)) return new WebsocketClient(url);
  const endpoint = options.headers ? { url, headers: { ...options.headers } } : url;
  return new HttpClient(endpoint, options.requestTimeoutMs);
}

/** A transport that connects lazily: nothing touches the network until the first call. */
export function createTransport(options: TransportOptions): Transport {
  let comet: CometLike | undefined = options.comet;
  let queue = new Map<string, Promise<unknown>>();
  return {
    rpcUrl: options.rpcUrl,
    comet() {
      comet ??= Comet38Client.create(rpcClientFor(options));
      return comet;
    },
    exclusive<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = queue.get(key) ?? Promise.resolve();
      const run = previous.then(task, task);
      const settled = run.then(
        () => undefined,
        () => undefined,
      );
      queue.set(key, settled);
      void settled.then(() => {
        if (queue.get(key) === settled) queue.delete(key);
      });
      return run;
    },
    localSequences: new Map(),
    disconnect() {
      comet?.disconnect();
      if (options.comet === undefined) comet = undefined;
      queue = new Map();
    },
  };
}

const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED",
]);

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * What a failed RPC call means, as a typed error: a `ClientError` passes through; cosmjs' "Bad status on response"
 * becomes a `NetworkError` with the status (retryable for 5xx and 429); a JSON-RPC error object becomes an
 * `RpcError`; fetch, socket and timeout failures become retryable `NetworkError`s. `hash` marks a broadcast: its
 * failure leaves the transaction's fate unknown (`mayStillLand`).
 */
export function classifyRpcError(error: unknown, method: string, url: string, hash?: string): ClientError {
  if (error instanceof ClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const withHash = hash === undefined ? {} : { hash };
  const status = /^Bad status on response: (\d{3})/.exec(message);
  if (status !== null) {
    const code = Number(status[1]);
    return new NetworkError(`${method}: the node answered HTTP ${code}`, {
      url,
      status: code,
      cause: error,
      retryable: code >= 500 || code === 429,
      ...withHash,
    });
  }
  if (message.startsWith("{")) {
    try {
      const parsed = JSON.parse(message) as { code?: unknown; message?: unknown; data?: unknown };
      return new RpcError(
        method,
        typeof parsed.code === "number" ? parsed.code : undefined,
        typeof parsed.message === "string" ? parsed.message : message,
        typeof parsed.data === "string" ? parsed.data : undefined,
      );
    } catch {
      // not JSON after all: fall through
    }
  }
  const name = error instanceof Error ? error.name : "";
  const code = errorCode(error);
  const transport =
    name === "AbortError" ||
    name === "TimeoutError" ||
    (name === "TypeError" && /fetch failed|network|Failed to fetch|Load failed/i.test(message)) ||
    (code !== undefined && NETWORK_CODES.has(code)) ||
    /socket hang up|other side closed|ECONNRESET|ECONNREFUSED|socket (?:has been )?closed/i.test(message);
  return new NetworkError(`${method}: ${transport ? "the node could not be reached" : "the call failed"}: ${message}`, {
    url,
    cause: error,
    retryable: transport,
    ...withHash,
  });
}

function backoff(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs an idempotent RPC call, retrying transport faults (`isRetryable` errors) up to `policy.retries` times with
 * exponential backoff. Node refusals and chain errors are never retried.
 */
export async function withRetry<T>(
  policy: RetryPolicy,
  method: string,
  url: string,
  call: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (thrown) {
      const error = classifyRpcError(thrown, method, url);
      if (!error.isRetryable || attempt >= policy.retries) throw error;
      await sleep(backoff(policy, attempt));
    }
  }
}
