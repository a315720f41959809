import type { DecodedTx } from "../tx/decode-tx.js";
import { hexOf } from "./hex.js";
import { sha256Of } from "./merkle.js";

/** A tx waiting for a block. */
export interface PendingTx {
  readonly bytes: Uint8Array;
  readonly hash: Uint8Array;
  /** What CheckTx decoded, reused by DeliverTx. */
  readonly decoded?: DecodedTx;
}

/**
 * Txs that passed CheckTx, in arrival order, plus CometBFT's cache of recently seen txs (in the mempool or already
 * committed) that makes a resubmission fail with "tx already exists in cache".
 */
export class Mempool {
  private pending: PendingTx[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly capacity: number,
    private readonly cacheSize = 10_000,
  ) {}

  static hashOf(bytes: Uint8Array): Uint8Array {
    return sha256Of(bytes);
  }

  get size(): number {
    return this.pending.length;
  }

  get totalBytes(): number {
    return this.pending.reduce((sum, tx) => sum + tx.bytes.length, 0);
  }

  get isFull(): boolean {
    return this.pending.length >= this.capacity;
  }

  inCache(hash: Uint8Array): boolean {
    return this.seen.has(hexOf(hash));
  }

  add(tx: PendingTx): void {
    this.pending.push(tx);
    this.remember(tx.hash);
  }

  /** Removes and returns everything pending, in order. */
  takeAll(): PendingTx[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }

  /** Puts txs back at the front (a block that failed to commit). */
  restore(txs: readonly PendingTx[]): void {
    this.pending = [...txs, ...this.pending];
  }

  /** The pending txs (copy). */
  list(): PendingTx[] {
    return [...this.pending];
  }

  /** Replaces the pending txs and forgets the cache (after a revert, any tx may be sent again). */
  reset(txs: readonly PendingTx[]): void {
    this.pending = [...txs];
    this.seen.clear();
    for (const tx of txs) this.remember(tx.hash);
  }

  private remember(hash: Uint8Array): void {
    this.seen.add(hexOf(hash));
    if (this.seen.size > this.cacheSize) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }
}
