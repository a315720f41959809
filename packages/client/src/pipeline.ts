// The steps of the transaction lifecycle, shared by sendTx, estimateFee and waitForTx: check the input, simulate,
// broadcast (re-sending the same bytes after a transport fault, never re-signing), and wait for inclusion.
import type { DescMessage } from "@bufbuild/protobuf";
import type { AminoMsg } from "@cosmjs/amino";
import { type Coin, checkInt256 } from "@persistence-sdk/core";
import { type SimulateResponse, Service as TxService } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import type { Client } from "./client.js";
import { toAmino } from "./cosmjs.js";
import {
  BroadcastTimeoutError,
  type ChainFailure,
  ClientError,
  InvalidResponseError,
  NetworkError,
  QueryError,
  RpcError,
  simulationFailure,
  txError,
} from "./errors.js";
import { feeAmount } from "./gas.js";
import { checkMessageAddresses, checkTxMessage, type TxMessage } from "./messages.js";
import { query } from "./query.js";
import { type ResolvedSigner, resolveSigner } from "./signing.js";
import { type CometIndexedTx, type CometTxResult, classifyRpcError, sleep } from "./transport.js";
import { type TxFee, type TxResult, txResultOf } from "./tx.js";
import { validateAddress, validateCoins } from "./validation.js";

/** An explicit fee: a gas limit, and the amount (default: ceil(gas × the client's gas price)). */
export interface ExplicitFee {
  readonly gas: bigint;
  readonly amount?: readonly Coin[];
  /** Pay the fee from this account's fee grant (x/feegrant). */
  readonly granter?: string;
  /** Another signer of the transaction pays the fee. */
  readonly payer?: string;
}

/** The content of a transaction, as sendTx and estimateFee take it. */
export interface TxContent {
  /** One or more messages, executed in order, atomically. */
  readonly messages: readonly TxMessage[];
  readonly memo?: string;
  /** The transaction is refused after this block height (0 or absent: never). */
  readonly timeoutHeight?: bigint;
}

/** Go's MaxGasWanted: 2^63 − 1. */
const MAX_GAS = (1n << 63n) - 1n;

/** A transaction checked and ready for signing. */
export interface PreparedTx {
  readonly signer: ResolvedSigner;
  readonly messages: readonly TxMessage[];
  readonly memo: string;
  readonly timeoutHeight: bigint;
  /** The amino JSON of the messages, for amino-only signers. */
  readonly aminoMsgs: readonly AminoMsg[] | undefined;
  readonly schemas: readonly DescMessage[];
}

function invalid(field: string, value: unknown, problem: string, fix: string): ClientError {
  return new ClientError("INVALID_ARGUMENT", problem, { field, value, fix });
}

/** Checks an explicit fee's shape and values. */
export function checkExplicitFee(fee: ExplicitFee, client: Client): void {
  if (fee === null || typeof fee !== "object") {
    throw invalid("fee", fee, 'fee is "auto" or { gas, amount? }', 'Pass fee: "auto", or { gas: 200000n }.');
  }
  if (typeof fee.gas !== "bigint" || fee.gas <= 0n || fee.gas > MAX_GAS) {
    throw invalid("fee.gas", fee.gas, "the gas limit is a bigint from 1 to 2^63 − 1", "Pass gas such as 200000n.");
  }
  if (fee.amount !== undefined) validateCoins(fee.amount, "fee.amount", { allowZero: true, allowEmpty: true });
  if (fee.granter !== undefined) validateAddress(fee.granter, { prefix: client.chain.bech32, field: "fee.granter" });
  if (fee.payer !== undefined) validateAddress(fee.payer, { prefix: client.chain.bech32, field: "fee.payer" });
}

/**
 * Everything checked before anything is signed or sent: the messages (built by txMessage, addresses of this chain,
 * signer fields naming the signer), memo, timeout height, the signer itself, and for amino-only signers that every
 * message has an amino form.
 */
export async function prepareTx(client: Client, content: TxContent, action: string): Promise<PreparedTx> {
  const { messages } = content;
  if (!Array.isArray(messages) || messages.length === 0) {
    throw invalid("messages", messages, "a transaction needs at least one message", "Pass messages: [txMessage(...)].");
  }
  messages.forEach((message, i) => {
    checkTxMessage(message, `messages[${i}]`);
  });
  const memo = content.memo ?? "";
  if (typeof memo !== "string") throw invalid("memo", memo, "the memo is a string", 'Pass a string, or "" for none.');
  const timeoutHeight = content.timeoutHeight ?? 0n;
  if (typeof timeoutHeight !== "bigint" || timeoutHeight < 0n) {
    throw invalid(
      "timeoutHeight",
      timeoutHeight,
      "a timeout height is a bigint ≥ 0",
      "Pass a block height such as 12345n.",
    );
  }
  checkInt256(timeoutHeight, "timeoutHeight");
  messages.forEach((message, i) => {
    checkMessageAddresses(message, client.chain, undefined, `messages[${i}]`);
  });
  const signer = await resolveSigner(client, action);
  messages.forEach((message, i) => {
    checkMessageAddresses(message, client.chain, signer.address, `messages[${i}]`);
  });
  const aminoMsgs = signer.mode === "amino" ? messages.map(toAmino) : undefined;
  return { signer, messages, memo, timeoutHeight, aminoMsgs, schemas: messages.map((m) => m.schema) };
}

/** The fee of an explicit fee spec: its amount, or ceil(gas × gas price). Zero coins are dropped (a zero fee is none). */
export function explicitFee(fee: ExplicitFee, client: Client): TxFee {
  const amount = fee.amount ?? [feeAmount(fee.gas, client.gasPrice)];
  return {
    amount: amount.filter((coin) => coin.amount > 0n),
    gas: fee.gas,
    ...(fee.granter === undefined ? {} : { granter: fee.granter }),
    ...(fee.payer === undefined ? {} : { payer: fee.payer }),
  };
}

/**
 * Simulates tx bytes (`cosmos.tx.v1beta1.Service/Simulate`) and returns the gas used. A refusal throws the typed
 * error of its cause (insufficient funds, sequence mismatch...) with phase "simulate".
 */
export async function simulateGas(client: Client, txBytes: Uint8Array): Promise<bigint> {
  let response: SimulateResponse;
  try {
    response = await query(client, TxService.method.simulate, { txBytes });
  } catch (error) {
    if (error instanceof QueryError) throw txError(simulationFailure(error.codespace, error.abciCode, error.log));
    throw error;
  }
  const gasUsed = response.gasInfo?.gasUsed;
  if (gasUsed === undefined) throw new InvalidResponseError("Simulate (no gas_info)", response);
  return gasUsed;
}

/** How a broadcast ended. */
export type BroadcastOutcome =
  | { readonly kind: "accepted" }
  /** CheckTx refused it (code ≠ 0). `afterFault`: an earlier attempt of the same bytes had an unknown outcome. */
  | { readonly kind: "rejected"; readonly result: CometTxResult; readonly afterFault: boolean };

const IN_CACHE = /tx already exists in cache|tx already in mempool/i;

/**
 * `broadcast_tx_sync` of signed bytes. A transport fault re-sends the same bytes (same hash, so never a second
 * transaction) with backoff; a node answering that it already has them means an earlier attempt got through. When
 * every attempt failed the outcome is unknown: throws `NetworkError` with the hash and `mayStillLand`.
 */
export async function broadcastTxBytes(client: Client, txBytes: Uint8Array, hash: string): Promise<BroadcastOutcome> {
  const comet = client.transport.comet();
  let afterFault = false;
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await comet.broadcastTxSync({ tx: txBytes });
      if (result.code === 0) return { kind: "accepted" };
      if (result.codespace === "sdk" && result.code === 19) return { kind: "accepted" };
      return { kind: "rejected", result, afterFault };
    } catch (thrown) {
      const error = classifyRpcError(thrown, "broadcast_tx_sync", client.rpcUrl);
      if (error instanceof RpcError && IN_CACHE.test(`${error.data ?? ""} ${error.message}`))
        return { kind: "accepted" };
      if (!(error instanceof NetworkError) || !error.isRetryable) {
        if (error instanceof NetworkError) {
          throw new NetworkError(error.message, { url: client.rpcUrl, hash, cause: thrown, retryable: false });
        }
        throw error;
      }
      afterFault = true;
      if (attempt >= client.retry.retries) {
        throw new NetworkError(
          `broadcast_tx_sync failed ${attempt + 1} times; the transaction may have been received`,
          {
            url: client.rpcUrl,
            hash,
            cause: thrown,
          },
        );
      }
      await sleep(Math.min(client.retry.maxDelayMs, client.retry.baseDelayMs * 2 ** attempt));
    }
  }
}

/**
 * The CheckTx failure of a rejected broadcast. `broadcast_tx_sync` reports no gas, so the gas wanted is the limit
 * that was signed and the gas used is read from an out-of-gas log ("gasWanted: 1000, gasUsed: 1033") when present.
 */
export function checkTxFailure(
  result: CometTxResult,
  hash: string,
  gasLimit: bigint,
  simulatedGas: bigint | undefined,
): ChainFailure {
  const log = result.log ?? "";
  const used = /gasUsed: (\d+)/.exec(log)?.[1];
  return {
    phase: "checkTx",
    codespace: result.codespace ?? "",
    code: result.code,
    log,
    hash,
    gasWanted: result.gasWanted > 0n ? result.gasWanted : gasLimit,
    ...(result.gasUsed > 0n ? { gasUsed: result.gasUsed } : used === undefined ? {} : { gasUsed: BigInt(used) }),
    ...(simulatedGas === undefined ? {} : { simulatedGas }),
  };
}

/** The transaction with `hash` if a block has it (tx_search by hash); undefined while it is not indexed. */
export async function findTx(client: Client, hash: string): Promise<CometIndexedTx | undefined> {
  const found = await client.transport.comet().txSearch({ query: `tx.hash='${hash}'`, per_page: 1 });
  return found.txs[0];
}

/** Options of {@link waitForInclusion}. */
export interface WaitOptions {
  readonly timeoutMs: number;
  readonly pollIntervalMs: number;
  /** Schemas of the transaction's messages, to decode their responses. */
  readonly schemas: readonly DescMessage[];
  readonly simulatedGas?: bigint;
}

/**
 * Polls for the transaction until it is in a block or `timeoutMs` passed. Transport faults while polling are
 * tolerated (the last one becomes the timeout's cause); a node refusal (indexing disabled) is thrown at once.
 * Resolves with the decoded result; a DeliverTx failure throws its typed error; a timeout throws
 * `BroadcastTimeoutError` with the hash.
 */
export async function waitForInclusion(client: Client, hash: string, options: WaitOptions): Promise<TxResult> {
  const deadline = Date.now() + options.timeoutMs;
  let lastFault: unknown;
  for (;;) {
    let found: CometIndexedTx | undefined;
    try {
      found = await findTx(client, hash);
    } catch (thrown) {
      const error = classifyRpcError(thrown, "tx_search", client.rpcUrl);
      if (!error.isRetryable) throw error;
      lastFault = error;
    }
    if (found !== undefined) return txResultOf(found, options.schemas, options.simulatedGas);
    const left = deadline - Date.now();
    if (left <= 0) throw new BroadcastTimeoutError(hash, options.timeoutMs, lastFault);
    await sleep(Math.min(options.pollIntervalMs, left));
  }
}
