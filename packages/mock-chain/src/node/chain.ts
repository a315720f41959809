// The chain: genesis, the mempool and block production on virtual time, the committed state with its history, the
// block and tx stores, and the control API. It implements `ChainNode` for the servers; everything is synchronous and
// deterministic (no wall clock, no randomness) except the optional real-time block interval.
import {
  create,
  type DescMessage,
  fromBinary,
  type MessageInitShape,
  type MessageShape,
  toBinary,
} from "@bufbuild/protobuf";
import { Application } from "../app/application.js";
import { createContext } from "../app/context.js";
import { EventCollector, withAttribute } from "../app/event-manager.js";
import { ChainError, type Context, type KVStore } from "../app/module.js";
import { asChainError, sdkError } from "../app/sdk-errors.js";
import { DEVNET } from "../genesis/devnet.js";
import { devnetGenesis } from "../genesis/devnet-genesis.js";
import { consensusAddressOf, type GenesisDocument, parseRfc3339Ns } from "../genesis/genesis-document.js";
import type { Coin } from "../modules/bank/coins.js";
import { createTendermintModule } from "../modules/tendermint/module.js";
import { nextAppHash } from "../store/app-hash.js";
import { CacheStore } from "../store/cache-store.js";
import { InfiniteGasMeter } from "../store/gas-meter.js";
import { MemStore } from "../store/mem-store.js";
import { VersionedStore, type VersionedStoreSnapshot } from "../store/versioned-store.js";
import { parseGasPrices } from "../tx/gas-prices.js";
import { runTx, type TxEnvironment, type TxRun } from "../tx/run-tx.js";
import { createTxServiceModule } from "../tx/tx-service.js";
import { BlockStore, type StoredBlock } from "./block-store.js";
import type {
  AbciEvent,
  AbciQueryResult,
  BlockEvent,
  BlockHeader,
  BlockResults,
  BroadcastResult,
  ChainControl,
  ChainNode,
  CommittedBlock,
  ConsensusValidator,
  IndexedTx,
  NodeStatus,
  TxExecResult,
  TxSearchResult,
} from "./chain-node.js";
import type { ChainOptions } from "./chain-options.js";
import { type ChainKeepers, createDefaultModules } from "./default-modules.js";
import { txAlreadyInCache, txTooLarge } from "./errors.js";
import {
  commitHash,
  consensusHash,
  dataHash,
  headerHash,
  lastCommitSignatures,
  resultsHash,
  validatorsHash,
} from "./header-hash.js";
import { Mempool, type PendingTx } from "./mempool.js";
import { sha256Of } from "./merkle.js";
import { decodeSavedChain, encodeSavedChain } from "./state-file.js";
import { TxIndex } from "./tx-index.js";

/** CometBFT's version the servers report. */
export const COMETBFT_VERSION = "0.38.17";
/** CometBFT's default max tx size (mempool.max_tx_bytes). */
export const MAX_TX_BYTES = 1_048_576;
const EMPTY = new Uint8Array(0);
const NODE_ID = sha256Of(new TextEncoder().encode("persistence-mock-chain/node")).subarray(0, 20);

/** The chain as tests and the servers use it in-process. */
export interface MockChain extends ChainNode {
  readonly control: ChainControl;
  readonly chainId: string;
  readonly bech32Prefix: string;
  readonly app: Application;
  readonly keepers: ChainKeepers;
  /**
   * A typed query, e.g. `chain.query(BankQuery.method.balance, { address, denom: "uxprt" })`, at the latest height
   * or `height`. Throws the query's `ChainError` on failure.
   */
  query<I extends DescMessage, O extends DescMessage>(
    method: {
      readonly input: I;
      readonly output: O;
      readonly name: string;
      readonly parent: { readonly typeName: string };
    },
    request: MessageInitShape<I>,
    height?: bigint,
  ): MessageShape<O>;
  /** Runs a tx in simulate mode (no signature checks, nothing kept). */
  simulate(tx: Uint8Array): TxRun;
  /** The current state as a genesis document (app_state from every module's ExportGenesis). */
  exportGenesis(): GenesisDocument;
  /** Stops the block interval timer, if any. */
  close(): void;
}

interface Snapshot {
  readonly id: number;
  readonly height: bigint;
  readonly state: VersionedStoreSnapshot;
  readonly mempool: readonly PendingTx[];
}

function toConsensusSet(
  entries: readonly { readonly pubKey: Uint8Array; readonly power: bigint }[],
): ConsensusValidator[] {
  return entries
    .filter((entry) => entry.power > 0n)
    .map((entry) => ({
      address: consensusAddressOf(entry.pubKey),
      pubKey: entry.pubKey,
      votingPower: entry.power,
      proposerPriority: 0n,
    }))
    .sort((a, b) =>
      a.votingPower !== b.votingPower ? (a.votingPower > b.votingPower ? -1 : 1) : Buffer.compare(a.address, b.address),
    );
}

function sameValidatorSet(a: readonly ConsensusValidator[], b: readonly ConsensusValidator[]): boolean {
  return (
    a.length === b.length &&
    a.every((v, i) => v.votingPower === b[i]!.votingPower && Buffer.compare(v.pubKey, b[i]!.pubKey) === 0)
  );
}

/** Creates a chain from a genesis (the devnet by default) or a saved state, with block 1 (or the next block) ready. */
export function createChain(options: ChainOptions = {}): MockChain {
  return new Chain(options);
}

class Chain implements MockChain {
  readonly control: ChainControl;
  readonly chainId: string;
  readonly bech32Prefix: string;
  readonly app: Application;
  readonly keepers: ChainKeepers;

  private readonly env: TxEnvironment;
  private readonly blockTimeNs: bigint;
  private readonly retainBlocks: number;
  private readonly moniker: string;
  private readonly versioned: VersionedStore;
  private readonly blocks = new BlockStore();
  private readonly txIndex = new TxIndex();
  private readonly mempool: Mempool;
  private readonly listeners = new Set<(event: BlockEvent) => void>();
  private readonly snapshots: Snapshot[] = [];
  private nextSnapshotId = 1;
  private checkState: CacheStore;
  private automine: boolean;
  private halted = false;
  private mempoolFull = false;
  private interval: ReturnType<typeof setInterval> | undefined;
  private nodeValidatorAddress: Uint8Array | undefined;
  /** InitChain's outcome, until the first block exists. */
  private genesis:
    | { height: bigint; timeNs: bigint; appHash: Uint8Array; validators: ConsensusValidator[] }
    | undefined;

  constructor(options: ChainOptions) {
    this.bech32Prefix = options.bech32Prefix ?? DEVNET.bech32Prefix;
    const defaults = createDefaultModules({
      bech32Prefix: this.bech32Prefix,
      authority: options.authority ?? DEVNET.authority.address,
      staking: options.staking ?? true,
    });
    this.keepers = defaults.keepers;
    const extra = options.modules?.(this.keepers) ?? [];
    const modules = [...defaults.modules, ...extra];
    for (const module of modules) if (module.moduleAccounts) this.keepers.auth.addModuleAccounts(module.moduleAccounts);
    modules.push(
      createTendermintModule({
        status: () => this.status(),
        block: (height) => this.block(height),
        validators: (height) => this.validators(height),
        consensusPrefix: `${this.bech32Prefix}valcons`,
      }),
      createTxServiceModule({
        simulate: (bytes) => this.simulate(bytes),
        tx: (hash) => this.tx(hash),
        txSearch: (query, search) => this.txSearch(query, search),
        block: (height) => this.block(height),
        validators: (height) => this.validators(height),
        broadcastTx: (bytes) => this.broadcastTx(bytes),
      }),
    );
    this.app = new Application({
      modules,
      ...(options.genesisOrder ? { genesisOrder: options.genesisOrder } : {}),
      ...(options.beginBlockOrder ? { beginBlockOrder: options.beginBlockOrder } : {}),
      ...(options.endBlockOrder ? { endBlockOrder: options.endBlockOrder } : {}),
    });

    this.blockTimeNs = BigInt(options.blockTimeMs ?? DEVNET.blockTimeMs) * 1_000_000n;
    if (this.blockTimeNs <= 0n) throw new Error("blockTimeMs must be positive");
    this.retainBlocks = options.retainBlocks ?? 0;
    this.moniker = options.moniker ?? "persistence-mock";
    this.automine = options.automine ?? true;
    this.mempool = new Mempool(options.mempoolSize ?? 5000);

    const saved = options.state === undefined ? undefined : decodeSavedChain(options.state);
    const genesis = saved === undefined ? (options.genesis ?? devnetGenesis()) : undefined;
    this.chainId = saved?.chainId ?? genesis!.chainId;
    this.env = this.environment(options);
    const retainVersions = options.retainVersions ?? 1000;
    if (saved !== undefined) {
      const height = saved.latest.block.header.height;
      this.versioned = new VersionedStore(retainVersions, new MemStore(saved.entries), height);
      this.blocks.add(saved.latest);
    } else {
      const initialHeight = genesis!.initialHeight ?? 1n;
      this.versioned = new VersionedStore(retainVersions, new MemStore(), initialHeight - 1n);
    }
    this.checkState = new CacheStore(this.versioned.latest());
    if (genesis !== undefined) this.initChain(genesis);
    this.nodeValidatorAddress = this.latest.validators[0]?.address;

    this.control = {
      mine: (blocks) => this.mine(blocks),
      advanceTime: (seconds) => this.advanceTime(seconds),
      setAutomine: (enabled) => this.setAutomine(enabled),
      setBlockInterval: (ms) => this.setBlockInterval(ms),
      fund: (address, coins) => this.fund(address, coins),
      invoke: (operation, params) => this.invoke(operation, params),
      snapshot: () => this.snapshot(),
      revert: (id) => this.revert(id),
      setMempoolFull: (full) => {
        this.mempoolFull = full;
      },
      setHalted: (halted) => this.setHalted(halted),
      exportState: () => this.exportState(),
    };
    if (options.blockIntervalMs) this.setBlockInterval(options.blockIntervalMs);
  }

  private environment(options: ChainOptions): TxEnvironment {
    return {
      app: this.app,
      chainId: this.chainId,
      auth: this.keepers.auth,
      bank: this.keepers.bank,
      minGasPrices: parseGasPrices(options.minGasPrices ?? `0${DEVNET.denoms.bond}`),
    };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Genesis and blocks

  /**
   * InitChain: the genesis state becomes version initialHeight - 1 and its hash the first block's app hash; then
   * block initialHeight is produced at the genesis time like any other block.
   */
  private initChain(genesis: GenesisDocument): void {
    const initialHeight = genesis.initialHeight ?? 1n;
    const timeNs = parseRfc3339Ns(genesis.genesisTime);
    const branch = new CacheStore(this.versioned.latest());
    const ctx = this.blockContext(branch, initialHeight - 1n, timeNs, new EventCollector());
    this.app.initGenesis(ctx, genesis.appState);
    const validators = toConsensusSet(this.app.consensusValidators(ctx) ?? genesis.validators ?? []);
    if (validators.length === 0) throw new Error("genesis has no validators: add `validators` or staking validators");
    this.versioned.load(branch.changes());
    this.genesis = { height: initialHeight, timeNs, appHash: nextAppHash(EMPTY, branch.changes()), validators };
    this.produceBlock(timeNs);
  }

  private blockContext(store: KVStore, height: bigint, timeNs: bigint, events: EventCollector): Context {
    return createContext({
      chainId: this.chainId,
      height,
      timeNs,
      store,
      gasMeter: new InfiniteGasMeter(),
      events,
      mode: "block",
    });
  }

  private get latest(): StoredBlock {
    return this.blocks.latestBlock();
  }

  private get nextBlockTimeNs(): bigint {
    return this.latest.block.header.timeNs + this.blockTimeNs;
  }

  /** What the next block builds on: the latest block, or the genesis for the first one. */
  private get base(): { height: bigint; appHash: Uint8Array; validators: readonly ConsensusValidator[] } {
    if (this.blocks.isEmpty) {
      const genesis = this.genesis;
      if (genesis === undefined) throw new Error("the chain has neither a genesis nor a block");
      return { height: genesis.height - 1n, appHash: genesis.appHash, validators: genesis.validators };
    }
    const latest = this.latest;
    return { height: latest.block.header.height, appHash: latest.results.appHash, validators: latest.nextValidators };
  }

  /**
   * FinalizeBlock + Commit: begin blockers, an optional control operation, the mempool's txs, end blockers; then the
   * state is committed and the block stored and indexed. Throws (leaving the chain unchanged, txs back in the
   * mempool) if a blocker or the control operation fails.
   */
  private produceBlock(timeNs: bigint, control?: (ctx: Context) => unknown): unknown {
    const base = this.base;
    const previous = this.blocks.isEmpty ? undefined : this.latest;
    const height = base.height + 1n;
    const pending = this.mempool.takeAll();
    const branch = new CacheStore(this.versioned.latest());
    const finalizeEvents: AbciEvent[] = [];
    let controlResult: unknown;
    let txResults: TxExecResult[];
    let nextValidators: readonly ConsensusValidator[];
    try {
      const begin = new EventCollector();
      this.app.beginBlock(this.blockContext(branch, height, timeNs, begin));
      finalizeEvents.push(...withAttribute(begin.events, "mode", "BeginBlock"));
      if (control !== undefined) {
        const events = new EventCollector();
        controlResult = control(this.blockContext(branch, height, timeNs, events));
        finalizeEvents.push(...events.events);
      }
      txResults = pending.map(
        (tx) => runTx(this.env, "deliver", tx.bytes, branch, { height, timeNs }, tx.decoded).result,
      );
      const end = new EventCollector();
      const endCtx = this.blockContext(branch, height, timeNs, end);
      this.app.endBlock(endCtx);
      finalizeEvents.push(...withAttribute(end.events, "mode", "EndBlock"));
      const fromModules = this.app.consensusValidators(endCtx);
      const computed = fromModules === undefined ? base.validators : toConsensusSet(fromModules);
      // Keep the same array while the set is unchanged: its hash is cached per array.
      nextValidators = sameValidatorSet(computed, base.validators) ? base.validators : computed;
    } catch (error) {
      this.mempool.restore(pending);
      throw error;
    }
    const appHash = nextAppHash(base.appHash, branch.changes());
    this.versioned.commit(branch.changes(), height);
    this.commitBlock({
      height,
      timeNs,
      previous,
      previousAppHash: base.appHash,
      validators: base.validators,
      nextValidators,
      txs: pending,
      txResults,
      finalizeEvents,
      appHash,
    });
    return controlResult;
  }

  /** Builds the header and block, stores, indexes and announces it. */
  private commitBlock(input: {
    height: bigint;
    timeNs: bigint;
    previous: StoredBlock | undefined;
    previousAppHash: Uint8Array;
    validators: readonly ConsensusValidator[];
    nextValidators?: readonly ConsensusValidator[];
    txs?: readonly PendingTx[];
    txResults?: readonly TxExecResult[];
    finalizeEvents?: readonly AbciEvent[];
    appHash?: Uint8Array;
  }): void {
    const txs = (input.txs ?? []).map((tx) => tx.bytes);
    const validators = input.validators;
    const nextValidators = input.nextValidators ?? validators;
    const previousHash = input.previous?.block.blockId.hash ?? EMPTY;
    const proposer = validators[Number((input.height - 1n) % BigInt(Math.max(validators.length, 1)))];
    const header: BlockHeader = {
      chainId: this.chainId,
      height: input.height,
      timeNs: input.timeNs,
      lastBlockId: { hash: previousHash },
      lastCommitHash: commitHash(lastCommitSignatures(previousHash, input.previous?.validators ?? [], input.timeNs)),
      dataHash: dataHash(txs),
      validatorsHash: validatorsHash(validators),
      nextValidatorsHash: validatorsHash(nextValidators),
      consensusHash: consensusHash(),
      appHash: input.previousAppHash,
      lastResultsHash: resultsHash(input.previous?.results.txResults ?? []),
      evidenceHash: dataHash([]),
      proposerAddress: proposer?.address ?? EMPTY,
    };
    const block: CommittedBlock = { blockId: { hash: headerHash(header) }, header, txs };
    const results: BlockResults = {
      height: input.height,
      txResults: input.txResults ?? [],
      finalizeBlockEvents: input.finalizeEvents ?? [],
      appHash: input.appHash ?? input.previousAppHash,
    };
    this.blocks.add({ block, results, validators, nextValidators });
    (input.txs ?? []).forEach((tx, index) => {
      this.txIndex.add({ hash: tx.hash, height: input.height, index, tx: tx.bytes, result: results.txResults[index]! });
    });
    if (this.retainBlocks > 0) this.txIndex.pruneBelow(this.blocks.prune(this.retainBlocks));
    this.checkState = new CacheStore(this.versioned.latest());
    const event: BlockEvent = { block, results };
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A subscriber's failure must not affect the chain or the other subscribers.
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // ChainNode

  status(): NodeStatus {
    const latest = this.latest;
    const own = latest.validators.find(
      (v) => this.nodeValidatorAddress && Buffer.compare(v.address, this.nodeValidatorAddress) === 0,
    );
    const validator = own ?? latest.validators[0]!;
    return {
      chainId: this.chainId,
      moniker: this.moniker,
      nodeId: NODE_ID,
      version: COMETBFT_VERSION,
      earliestHeight: this.blocks.earliest,
      latestHeight: latest.block.header.height,
      latestBlockHash: latest.block.blockId.hash,
      latestAppHash: latest.block.header.appHash,
      latestBlockTimeNs: latest.block.header.timeNs,
      validator,
    };
  }

  abciInfo() {
    const latest = this.latest;
    return {
      data: "persistenceCore",
      version: "mock",
      lastBlockHeight: latest.block.header.height,
      lastBlockAppHash: latest.results.appHash,
    };
  }

  abciQuery(path: string, data: Uint8Array, height?: bigint): AbciQueryResult {
    const latestHeight = this.latest.block.header.height;
    const at = height === undefined || height === 0n ? latestHeight : height;
    const fail = (error: ChainError): AbciQueryResult => ({
      code: error.code,
      codespace: error.codespace,
      log: error.message,
      value: EMPTY,
      height: at,
    });
    if (at > latestHeight) {
      return fail(sdkError(26, "cannot query with height in the future; please provide a valid height"));
    }
    const store = this.versioned.at(at);
    if (store === undefined) {
      return fail(
        sdkError(18, `failed to load state at height ${at}; version does not exist (latest height: ${latestHeight})`),
      );
    }
    const timeNs = this.blocks.get(at)?.block.header.timeNs ?? this.latest.block.header.timeNs;
    // As a node's query context: a branch of the height's state, so a handler may write scratch state it drops.
    const ctx = createContext({
      chainId: this.chainId,
      height: at,
      timeNs,
      store: new CacheStore(store),
      gasMeter: new InfiniteGasMeter(),
      events: new EventCollector(),
      mode: "query",
    });
    try {
      return { code: 0, codespace: "", log: "", value: this.app.query(ctx, path, data), height: at };
    } catch (error) {
      return fail(asChainError(error));
    }
  }

  broadcastTx(tx: Uint8Array): BroadcastResult {
    const hash = Mempool.hashOf(tx);
    if (tx.length > MAX_TX_BYTES) throw txTooLarge(MAX_TX_BYTES, tx.length);
    if (this.mempoolFull || this.mempool.isFull) {
      const error = sdkError(20);
      return {
        hash,
        checkTx: {
          code: 20,
          codespace: "sdk",
          log: error.message,
          data: EMPTY,
          gasWanted: 0n,
          gasUsed: 0n,
          events: [],
        },
      };
    }
    if (this.mempool.inCache(hash)) throw txAlreadyInCache();
    const latest = this.latest.block.header;
    const run = runTx(this.env, "check", tx, this.checkState, { height: latest.height, timeNs: latest.timeNs });
    if (run.result.code !== 0) return { hash, checkTx: run.result };
    this.mempool.add({ bytes: tx, hash, ...(run.tx ? { decoded: run.tx } : {}) });
    if (this.automine && !this.halted) this.produceBlock(this.nextBlockTimeNs);
    return { hash, checkTx: run.result };
  }

  block(height?: bigint): CommittedBlock | undefined {
    return (height === undefined ? this.latest : this.blocks.get(height))?.block;
  }

  blockByHash(hash: Uint8Array): CommittedBlock | undefined {
    return this.blocks.getByHash(hash)?.block;
  }

  blockResults(height?: bigint): BlockResults | undefined {
    return (height === undefined ? this.latest : this.blocks.get(height))?.results;
  }

  tx(hash: Uint8Array): IndexedTx | undefined {
    return this.txIndex.get(hash);
  }

  txSearch(query: string, options: { page: number; perPage: number; orderBy: "asc" | "desc" }): TxSearchResult {
    return this.txIndex.search(query, options);
  }

  validators(height?: bigint): readonly ConsensusValidator[] {
    return (height === undefined ? this.latest : this.blocks.get(height))?.validators ?? [];
  }

  numUnconfirmedTxs() {
    return { count: this.mempool.size, totalBytes: this.mempool.totalBytes };
  }

  onBlock(listener: (event: BlockEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // In-process helpers

  query<I extends DescMessage, O extends DescMessage>(
    method: {
      readonly input: I;
      readonly output: O;
      readonly name: string;
      readonly parent: { readonly typeName: string };
    },
    request: MessageInitShape<I>,
    height?: bigint,
  ): MessageShape<O> {
    const path = `/${method.parent.typeName}/${method.name}`;
    const result = this.abciQuery(path, toBinary(method.input, create(method.input, request)), height);
    if (result.code !== 0) throw new ChainError(result.codespace, result.code, result.log);
    return fromBinary(method.output, result.value);
  }

  simulate(tx: Uint8Array): TxRun {
    const latest = this.latest.block.header;
    return runTx(this.env, "simulate", tx, new CacheStore(this.checkState), {
      height: latest.height,
      timeNs: latest.timeNs,
    });
  }

  exportGenesis(): GenesisDocument {
    const latest = this.latest;
    const ctx = this.blockContext(
      this.versioned.latest(),
      latest.block.header.height,
      latest.block.header.timeNs,
      new EventCollector(),
    );
    return {
      chainId: this.chainId,
      genesisTime: new Date(Number(latest.block.header.timeNs / 1_000_000n)).toISOString(),
      initialHeight: latest.block.header.height + 1n,
      validators: latest.nextValidators.map((v) => ({ pubKey: v.pubKey, power: v.votingPower })),
      appState: this.app.exportGenesis(ctx),
    };
  }

  close(): void {
    this.setBlockInterval(null);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // ChainControl

  private mine(blocks = 1): void {
    if (!Number.isInteger(blocks) || blocks < 0)
      throw new Error(`blocks must be a non-negative integer, got ${blocks}`);
    if (this.halted) return;
    for (let i = 0; i < blocks; i++) this.produceBlock(this.nextBlockTimeNs);
  }

  private advanceTime(seconds: bigint): void {
    if (seconds < 0n) throw new Error("time only moves forward");
    if (this.halted) return;
    this.produceBlock(this.latest.block.header.timeNs + seconds * 1_000_000_000n);
  }

  private setAutomine(enabled: boolean): void {
    this.automine = enabled;
    if (enabled && !this.halted && this.mempool.size > 0) this.produceBlock(this.nextBlockTimeNs);
  }

  private setBlockInterval(ms: number | null): void {
    if (this.interval !== undefined) clearInterval(this.interval);
    this.interval = undefined;
    if (ms === null) return;
    if (!(ms > 0)) throw new Error(`block interval must be positive, got ${ms}`);
    this.interval = setInterval(() => {
      try {
        this.mine(1);
      } catch {
        // A failing blocker is reported to whoever mines explicitly; the timer keeps trying.
      }
    }, ms);
    this.interval.unref?.();
  }

  private requireRunning(what: string): void {
    if (this.halted) throw new Error(`the chain is halted: setHalted(false) before ${what}`);
  }

  private fund(address: string, coins: readonly { readonly denom: string; readonly amount: bigint }[]): void {
    this.requireRunning("funding");
    this.keepers.auth.addresses.toBytes(address);
    const sorted: Coin[] = [...coins].sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
    this.produceBlock(this.nextBlockTimeNs, (ctx) => this.keepers.bank.mintTo(ctx, address, sorted));
  }

  private invoke(operation: string, params: unknown): unknown {
    this.requireRunning(`invoking ${operation}`);
    const control = this.app.control(operation);
    return this.produceBlock(this.nextBlockTimeNs, (ctx) => control(ctx, params));
  }

  private snapshot(): string {
    const id = this.nextSnapshotId++;
    this.snapshots.push({
      id,
      height: this.latest.block.header.height,
      state: this.versioned.snapshot(),
      mempool: this.mempool.list(),
    });
    return `0x${id.toString(16)}`;
  }

  private revert(id: string): boolean {
    const wanted = /^0x[0-9a-f]+$/i.test(id) ? Number.parseInt(id.slice(2), 16) : Number.NaN;
    const index = this.snapshots.findIndex((snapshot) => snapshot.id === wanted);
    if (index === -1) return false;
    const snapshot = this.snapshots[index]!;
    this.snapshots.splice(index + 1);
    this.versioned.restore(snapshot.state);
    this.blocks.truncateAbove(snapshot.height);
    this.txIndex.truncateAbove(snapshot.height);
    this.checkState = new CacheStore(this.versioned.latest());
    this.recheckMempool(snapshot.mempool);
    return true;
  }

  /**
   * CometBFT's recheck: runs CheckTx again for `pending` on the fresh check state, in order, keeping the txs that
   * still pass, so that their sequences count for the next CheckTx.
   */
  private recheckMempool(pending: readonly PendingTx[]): void {
    const latest = this.latest.block.header;
    const block = { height: latest.height, timeNs: latest.timeNs };
    this.mempool.reset(
      pending.filter((tx) => runTx(this.env, "check", tx.bytes, this.checkState, block, tx.decoded).result.code === 0),
    );
  }

  private setHalted(halted: boolean): void {
    this.halted = halted;
    if (!halted && this.automine && this.mempool.size > 0) this.produceBlock(this.nextBlockTimeNs);
  }

  private exportState(): unknown {
    return encodeSavedChain({ chainId: this.chainId, latest: this.latest, entries: [...this.versioned.entries()] });
  }
}
