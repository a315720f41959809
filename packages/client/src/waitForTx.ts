import type { DescMessage } from "@bufbuild/protobuf";
import type { Client } from "./client.js";
import { ClientError } from "./errors.js";
import type { TxMessage } from "./messages.js";
import { waitForInclusion } from "./pipeline.js";
import { statusEmitter, type TxStatus } from "./status.js";
import type { TxResult } from "./tx.js";

/** Options of {@link waitForTx}. */
export interface WaitForTxOptions {
  /** How long to wait, in ms (default: the client's `broadcastTimeoutMs`). */
  readonly timeoutMs?: number;
  /** How often to look, in ms (default: the client's `pollIntervalMs`). */
  readonly pollIntervalMs?: number;
  /** The transaction's messages (or their schemas), to decode the message responses. */
  readonly messages?: readonly (TxMessage | DescMessage)[];
  /** Called with "included" or "failed". */
  readonly onStatus?: (status: TxStatus) => void;
}

const HASH = /^[0-9a-fA-F]{64}$/;

/**
 * Waits for a broadcast transaction to be included and returns its decoded result: how to resume after a
 * `BroadcastTimeoutError` (`waitForTx(client, error.hash)`), or to follow a hash from elsewhere. Throws the typed
 * DeliverTx error if it failed, and `BroadcastTimeoutError` again if it is still not in a block.
 */
export async function waitForTx(client: Client, hash: string, options: WaitForTxOptions = {}): Promise<TxResult> {
  if (typeof hash !== "string" || !HASH.test(hash)) {
    throw new ClientError("INVALID_ARGUMENT", "a transaction hash is 64 hex characters", {
      field: "hash",
      value: hash,
      fix: "Pass the hash from the broadcast (BroadcastTimeoutError.hash or the onStatus 'broadcast' event).",
    });
  }
  const normalized = hash.toUpperCase();
  const schemas = (options.messages ?? []).map((m) =>
    "kind" in m && m.kind === "message" ? m : (m as TxMessage).schema,
  );
  const emit = statusEmitter(options.onStatus);
  try {
    const result = await waitForInclusion(client, normalized, {
      timeoutMs: options.timeoutMs ?? client.broadcastTimeoutMs,
      pollIntervalMs: options.pollIntervalMs ?? client.pollIntervalMs,
      schemas,
    });
    emit({ status: "included", hash: result.hash, height: result.height });
    return result;
  } catch (error) {
    emit({ status: "failed", error, hash: normalized });
    throw error;
  }
}
