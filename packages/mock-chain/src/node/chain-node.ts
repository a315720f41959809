// The contract between the chain (state machine, blocks, mempool) and the servers that expose it (CometBFT JSON-RPC,
// WebSocket, REST). The servers know nothing of modules or state; the chain knows nothing of HTTP or JSON. Values are
// in CometBFT terms so each server only formats them.

/** One ABCI event attribute. CometBFT 0.38 carries keys and values as plain strings. */
export interface AbciEventAttribute {
  readonly key: string;
  readonly value: string;
  readonly index: boolean;
}

/** An ABCI event: a typed event (type = proto full name, JSON values) or a legacy message event. */
export interface AbciEvent {
  readonly type: string;
  readonly attributes: readonly AbciEventAttribute[];
}

/** What CheckTx or FinalizeBlock says about one transaction. `code` 0 is success. */
export interface TxExecResult {
  readonly code: number;
  /** "" on success, else the module's codespace ("sdk", "bank", "alliance"...). */
  readonly codespace: string;
  /** On failure the Cosmos SDK wording ("insufficient funds: ..."); on success the empty string. */
  readonly log: string;
  /** The TxMsgData protobuf bytes of the message responses (empty on failure). */
  readonly data: Uint8Array;
  readonly gasWanted: bigint;
  readonly gasUsed: bigint;
  readonly events: readonly AbciEvent[];
}

export interface BlockId {
  /** SHA-256 header hash (32 bytes). */
  readonly hash: Uint8Array;
}

export interface BlockHeader {
  readonly chainId: string;
  readonly height: bigint;
  /** Block time in nanoseconds since the Unix epoch (virtual time, deterministic). */
  readonly timeNs: bigint;
  readonly lastBlockId: BlockId;
  readonly lastCommitHash: Uint8Array;
  readonly dataHash: Uint8Array;
  readonly validatorsHash: Uint8Array;
  readonly nextValidatorsHash: Uint8Array;
  readonly consensusHash: Uint8Array;
  readonly appHash: Uint8Array;
  readonly lastResultsHash: Uint8Array;
  readonly evidenceHash: Uint8Array;
  /** 20-byte consensus address of the proposer. */
  readonly proposerAddress: Uint8Array;
}

export interface CommittedBlock {
  readonly blockId: BlockId;
  readonly header: BlockHeader;
  /** Raw TxRaw bytes, in block order. */
  readonly txs: readonly Uint8Array[];
}

export interface BlockResults {
  readonly height: bigint;
  readonly txResults: readonly TxExecResult[];
  /** Begin/end-block events (CometBFT 0.38 `finalize_block_events`). */
  readonly finalizeBlockEvents: readonly AbciEvent[];
  readonly appHash: Uint8Array;
}

export interface IndexedTx {
  /** SHA-256 of the TxRaw bytes. */
  readonly hash: Uint8Array;
  readonly height: bigint;
  readonly index: number;
  readonly tx: Uint8Array;
  readonly result: TxExecResult;
}

export interface AbciQueryResult {
  readonly code: number;
  readonly codespace: string;
  readonly log: string;
  readonly value: Uint8Array;
  readonly height: bigint;
}

export interface ConsensusValidator {
  /** 20-byte consensus address (first 20 bytes of SHA-256 of the ed25519 public key). */
  readonly address: Uint8Array;
  /** 32-byte ed25519 consensus public key. */
  readonly pubKey: Uint8Array;
  readonly votingPower: bigint;
  readonly proposerPriority: bigint;
}

export interface NodeStatus {
  readonly chainId: string;
  readonly moniker: string;
  /** 20-byte node id. */
  readonly nodeId: Uint8Array;
  readonly version: string;
  readonly earliestHeight: bigint;
  readonly latestHeight: bigint;
  readonly latestBlockHash: Uint8Array;
  readonly latestAppHash: Uint8Array;
  readonly latestBlockTimeNs: bigint;
  readonly validator: ConsensusValidator;
}

export interface BroadcastResult {
  readonly hash: Uint8Array;
  /** The CheckTx outcome; a non-zero code means the tx never entered the mempool. */
  readonly checkTx: TxExecResult;
}

export interface TxSearchResult {
  readonly txs: readonly IndexedTx[];
  readonly totalCount: number;
}

/** A block as it was committed, with its results: what `NewBlock` and `Tx` subscribers receive. */
export interface BlockEvent {
  readonly block: CommittedBlock;
  readonly results: BlockResults;
}

/** The chain as its servers see it. Every method is synchronous: the chain is in-memory and single-threaded. */
export interface ChainNode {
  status(): NodeStatus;
  abciInfo(): {
    readonly data: string;
    readonly version: string;
    readonly lastBlockHeight: bigint;
    readonly lastBlockAppHash: Uint8Array;
  };
  /** A gRPC-style query (`/cosmos.bank.v1beta1.Query/AllBalances`) with protobuf request bytes, at `height` or the latest. */
  abciQuery(path: string, data: Uint8Array, height?: bigint): AbciQueryResult;
  /** Runs CheckTx and, when it passes, adds the tx to the mempool (and, with automine, commits a block with it). */
  broadcastTx(tx: Uint8Array): BroadcastResult;
  /** Latest block when `height` is omitted; undefined when the height is not (or no longer) stored. */
  block(height?: bigint): CommittedBlock | undefined;
  blockByHash(hash: Uint8Array): CommittedBlock | undefined;
  blockResults(height?: bigint): BlockResults | undefined;
  tx(hash: Uint8Array): IndexedTx | undefined;
  /** CometBFT query language subset: `tx.height=5`, `tx.hash='..'`, `message.sender='..'`, `transfer.recipient='..'`, joined with AND. */
  txSearch(query: string, options: { page: number; perPage: number; orderBy: "asc" | "desc" }): TxSearchResult;
  validators(height?: bigint): readonly ConsensusValidator[];
  numUnconfirmedTxs(): { readonly count: number; readonly totalBytes: number };
  /** Called after each committed block. Returns the unsubscribe function. */
  onBlock(listener: (event: BlockEvent) => void): () => void;
}

/**
 * Time travel, mining and node-level faults: the in-process control handle, also served as `mock_*` JSON-RPC methods.
 * Transport faults (latency, HTTP 5xx, dropped connections) belong to the servers, not here.
 */
export interface ChainControl {
  /** Commits `blocks` blocks (default 1), each `blockTimeMs` after the previous, with whatever is in the mempool. */
  mine(blocks?: number): void;
  /** Moves virtual time forward by `seconds` and commits one block at the new time. */
  advanceTime(seconds: bigint): void;
  /** Automine (the default) commits a block for every accepted tx; off, txs wait for `mine` or the block interval. */
  setAutomine(enabled: boolean): void;
  /** Commit a block every `ms` of real time (null stops it). Virtual time still advances by `blockTimeMs` a block. */
  setBlockInterval(ms: number | null): void;
  /** Mints and sends coins to an account (creating it), outside any tx. */
  fund(address: string, coins: readonly { readonly denom: string; readonly amount: bigint }[]): void;
  /** Runs a module's control operation ("staking/slash", "staking/jail"...), committing its effects in a block. */
  invoke(operation: string, params: unknown): unknown;
  /** Saves the whole chain (state, blocks, time) and returns an id for `revert`. */
  snapshot(): string;
  /** Restores a snapshot; false when the id is unknown. Later snapshots are dropped, as anvil does. */
  revert(id: string): boolean;
  /** While on, CheckTx rejects every tx with the SDK's mempool-full error (code 20). */
  setMempoolFull(full: boolean): void;
  /** While on, no block is committed: txs stay in the mempool and time stands still. */
  setHalted(halted: boolean): void;
  /** The state as a JSON-safe value that `loadState` (and the CLI's --state) restores. */
  exportState(): unknown;
}
