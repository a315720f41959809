// The contract between the application (tx pipeline, blocks, genesis) and its modules (auth, bank, staking,
// distribution, mint; later alliance, liquidstake, liquidstakeibc, basketvault). A module is plain data and
// functions: it owns a key prefix in the store, handles its Msgs and queries, and may run at begin/end block.
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import type { GenServiceMethods } from "@bufbuild/protobuf/codegenv2";
import type { AbciEvent } from "../node/chain-node.js";

/**
 * Key-value state. Keys are strings; values are immutable JS values (never mutate what `get` returns: build a new
 * value and `set` it). `iterate` yields entries whose key starts with `prefix`, in ascending key order.
 */
export interface KVStore {
  get<T>(key: string): T | undefined;
  has(key: string): boolean;
  set<T>(key: string, value: T): void;
  delete(key: string): void;
  iterate<T>(prefix: string): IterableIterator<[string, T]>;
}

/** Deterministic gas accounting, as the Cosmos SDK's meter: `consume` throws `ChainError` out-of-gas past the limit. */
export interface GasMeter {
  readonly limit: bigint;
  readonly consumed: bigint;
  consume(amount: bigint, descriptor: string): void;
}

/** Collects the events of a message or a block phase. */
export interface EventManager {
  /** A typed event (EmitTypedEvent): type = the proto full name, one attribute per JSON field, JSON-encoded values. */
  emitTyped<Desc extends DescMessage>(schema: Desc, event: MessageShape<Desc>): void;
  /** A legacy string event (`message`, `transfer`, `coin_spent`, ...). */
  emit(type: string, attributes: Readonly<Record<string, string>>): void;
  readonly events: readonly AbciEvent[];
}

/** Virtual block time. */
export interface BlockTime {
  /** Nanoseconds since the Unix epoch. */
  readonly ns: bigint;
}

/** What a handler sees: the (branched, gas-metered) store, the block, the event sink, and the other modules' keepers. */
export interface Context {
  readonly chainId: string;
  readonly height: bigint;
  readonly time: BlockTime;
  readonly store: KVStore;
  readonly gasMeter: GasMeter;
  readonly events: EventManager;
  /** "check" and "simulate" run the same code as "deliver" on a throwaway branch. */
  readonly mode: "check" | "simulate" | "deliver" | "query" | "block";
}

/**
 * A failure with the Cosmos SDK's codespace, code and log wording, e.g. new ChainError("sdk", 5, "insufficient
 * funds", "1uxprt is smaller than 5uxprt"). The log reads "<detail>: <description>" as errorsmod.Wrap produces.
 */
export class ChainError extends Error {
  readonly codespace: string;
  readonly code: number;
  readonly description: string;

  constructor(codespace: string, code: number, description: string, detail?: string) {
    super(detail === undefined || detail === "" ? description : `${detail}: ${description}`);
    this.name = "ChainError";
    this.codespace = codespace;
    this.code = code;
    this.description = description;
  }
}

/** Handles one Msg type: checks and applies it, returns the response message. Throwing `ChainError` aborts the tx. */
export interface MsgHandler<Req extends DescMessage = DescMessage, Res extends DescMessage = DescMessage> {
  readonly request: Req;
  readonly response: Res;
  /** Addresses that must have signed this message (the `cosmos.msg.v1.signer` fields). */
  signers(msg: MessageShape<Req>): readonly string[];
  handle(ctx: Context, msg: MessageShape<Req>): MessageShape<Res>;
}

/** Handles one query method: `/pkg.Query/Method`. */
export interface QueryHandler<Req extends DescMessage = DescMessage, Res extends DescMessage = DescMessage> {
  readonly request: Req;
  readonly response: Res;
  handle(ctx: Context, req: MessageShape<Req>): MessageShape<Res>;
}

/** One module of the application. */
export interface Module {
  readonly name: string;
  /** Keyed by type URL ("/cosmos.bank.v1beta1.MsgSend"). */
  readonly msgHandlers?: Readonly<Record<string, MsgHandler>>;
  /** Keyed by gRPC path ("/cosmos.bank.v1beta1.Query/AllBalances"). */
  readonly queryHandlers?: Readonly<Record<string, QueryHandler>>;
  /** Writes the module's genesis state (already validated by the module). */
  initGenesis?(ctx: Context, genesis: unknown): void;
  exportGenesis?(ctx: Context): unknown;
  beginBlock?(ctx: Context): void;
  endBlock?(ctx: Context): void;
  /**
   * Operations of the control API that belong to this module ("slash", "jail", "fund"...), reached as
   * `ChainControl.invoke("<module>/<operation>", params)`. They run in a block context and commit like a tx.
   */
  readonly controls?: Readonly<Record<string, (ctx: Context, params: unknown) => unknown>>;
  /**
   * The module accounts this module owns, with their permissions ("minter", "burner", "staking"), as app.go's
   * maccPerms. The auth module creates them on first use; bank refuses to mint or burn without the permission.
   * The SDK modules' accounts (fee_collector, distribution, mint, the bonded and not-bonded pools, gov) are built in.
   */
  readonly moduleAccounts?: Readonly<Record<string, readonly string[]>>;
  /**
   * The consensus validator set, for the one module that decides it (x/staking): the chain reads it after genesis
   * and after every block's end blockers and serves it as CometBFT's validator set (`validators`, the header's
   * validators_hash, the proposer). Without such a module the genesis `validators` stay in place.
   */
  consensusValidators?(ctx: Context): readonly { readonly pubKey: Uint8Array; readonly power: bigint }[];
}

/** Builds the `QueryHandler` record of a generated service from typed implementations, keyed by gRPC path. */
export type QueryImplementations<Methods extends GenServiceMethods> = {
  readonly [K in keyof Methods]?: (
    ctx: Context,
    req: MessageShape<Methods[K]["input"]>,
  ) => MessageShape<Methods[K]["output"]>;
};
