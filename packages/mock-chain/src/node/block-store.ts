import type { BlockResults, CommittedBlock, ConsensusValidator } from "./chain-node.js";
import { hexOf } from "./hex.js";

/** A committed block with what it produced and the validator set that committed it. */
export interface StoredBlock {
  readonly block: CommittedBlock;
  readonly results: BlockResults;
  readonly validators: readonly ConsensusValidator[];
  /** The set for the next height, as this block's end blockers left it. */
  readonly nextValidators: readonly ConsensusValidator[];
}

/** Committed blocks by height and by hash, optionally keeping only the most recent ones. */
export class BlockStore {
  private readonly byHeight = new Map<bigint, StoredBlock>();
  private readonly byHash = new Map<string, bigint>();
  private earliestHeight: bigint | undefined;
  private latestHeight: bigint | undefined;

  get earliest(): bigint {
    return this.earliestHeight ?? 0n;
  }

  get latest(): bigint {
    return this.latestHeight ?? 0n;
  }

  get isEmpty(): boolean {
    return this.latestHeight === undefined;
  }

  add(stored: StoredBlock): void {
    const height = stored.block.header.height;
    if (this.latestHeight !== undefined && height !== this.latestHeight + 1n) {
      throw new Error(`block ${height} does not follow ${this.latestHeight}`);
    }
    this.byHeight.set(height, stored);
    this.byHash.set(hexOf(stored.block.blockId.hash), height);
    this.latestHeight = height;
    this.earliestHeight ??= height;
  }

  get(height: bigint): StoredBlock | undefined {
    return this.byHeight.get(height);
  }

  getByHash(hash: Uint8Array): StoredBlock | undefined {
    const height = this.byHash.get(hexOf(hash));
    return height === undefined ? undefined : this.byHeight.get(height);
  }

  latestBlock(): StoredBlock {
    const stored = this.latestHeight === undefined ? undefined : this.byHeight.get(this.latestHeight);
    if (stored === undefined) throw new Error("no block has been committed");
    return stored;
  }

  /** Removes the blocks above `height` (revert) and returns them, newest first. */
  truncateAbove(height: bigint): StoredBlock[] {
    const removed: StoredBlock[] = [];
    while (this.latestHeight !== undefined && this.latestHeight > height) {
      const stored = this.byHeight.get(this.latestHeight);
      if (stored !== undefined) {
        removed.push(stored);
        this.byHeight.delete(this.latestHeight);
        this.byHash.delete(hexOf(stored.block.blockId.hash));
      }
      this.latestHeight -= 1n;
    }
    if (
      this.earliestHeight !== undefined &&
      this.latestHeight !== undefined &&
      this.earliestHeight > this.latestHeight
    ) {
      this.earliestHeight = this.latestHeight;
    }
    return removed;
  }

  /** Keeps the newest `retain` blocks; returns the new earliest height. */
  prune(retain: number): bigint {
    if (this.latestHeight === undefined || this.earliestHeight === undefined) return 0n;
    const keepFrom = this.latestHeight - BigInt(retain) + 1n;
    while (this.earliestHeight < keepFrom) {
      const stored = this.byHeight.get(this.earliestHeight);
      if (stored !== undefined) {
        this.byHeight.delete(this.earliestHeight);
        this.byHash.delete(hexOf(stored.block.blockId.hash));
      }
      this.earliestHeight += 1n;
    }
    return this.earliestHeight;
  }
}
