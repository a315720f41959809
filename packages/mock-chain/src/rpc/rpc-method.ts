// What every JSON-RPC method sees, and how a method is declared. Methods are plain records grouped by topic
// (info, blocks, txs, control) and joined into one table by the server.
import type { ChainControl, ChainNode } from "../node/chain-node.js";
import type { TransportFaultControl } from "../server/transport-faults.js";
import type { Json } from "./cometbft-json.js";
import type { ParamSpec, Params } from "./params.js";

/** The environment of a method call. */
export interface RpcContext {
  readonly node: ChainNode;
  /** Time travel, mining and node faults, plus the servers' transport faults. */
  readonly control: ChainControl & TransportFaultControl;
  /** `tcp://host:port` of this RPC server, for `status.node_info.other.rpc_address`. */
  readonly rpcAddress: () => string;
  /** How long `broadcast_tx_commit` waits for inclusion before giving up (CometBFT's timeout_broadcast_tx_commit). */
  readonly broadcastCommitTimeoutMs: number;
  /** The genesis document served by `genesis`, when the chain was started from one. */
  readonly genesis?: () => unknown;
}

/** One JSON-RPC method: its arguments in CometBFT's order (for positional params and the URI form) and its body. */
export interface RpcMethod {
  readonly params: readonly ParamSpec[];
  /** Served only over the WebSocket (subscribe, unsubscribe...): HTTP callers get "method not found". */
  readonly websocketOnly?: boolean;
  run(ctx: RpcContext, params: Params): Json | Promise<Json>;
}

/** Methods by name. */
export type RpcMethodTable = Readonly<Record<string, RpcMethod>>;
