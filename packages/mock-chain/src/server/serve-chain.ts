// Puts a chain on the network: the CometBFT RPC (HTTP + WebSocket) on one port and the REST API on another, sharing
// one set of transport faults. Knows nothing of how the chain was built; `startMockChain` builds one and calls this.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Registry } from "@bufbuild/protobuf";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import type { ChainControl, ChainNode } from "../node/chain-node.js";
import { createRestHttpHandler } from "../rest/rest-http-handler.js";
import { rpcMethods } from "../rpc/methods.js";
import { createRpcHttpHandler, DEFAULT_MAX_BODY_BYTES } from "../rpc/rpc-http-handler.js";
import type { RpcContext } from "../rpc/rpc-method.js";
import { RpcWebSocketServer } from "../rpc/websocket-server.js";
import { type TransportFaultControl, TransportFaults } from "./transport-faults.js";

/** Where and how to listen. Ports default to free ones; the REST port defaults to the RPC port + 1 when that is set. */
export interface ServeOptions {
  /** Interface to bind, default "127.0.0.1". */
  readonly host?: string;
  /** RPC port; 0 or absent picks a free port. */
  readonly port?: number;
  /** REST port; absent means `port + 1` when `port` is set, else a free port. */
  readonly restPort?: number;
  /** Largest accepted request body, default 1 MB (CometBFT's max_body_bytes). */
  readonly maxBodyBytes?: number;
  /** How long broadcast_tx_commit waits for inclusion, default 10 s (CometBFT's timeout_broadcast_tx_commit). */
  readonly broadcastCommitTimeoutMs?: number;
  /** The genesis document `genesis` serves, if any. */
  readonly genesis?: () => unknown;
  /** Schemas for REST routes and Any fields, default every schema of @persistence-sdk/proto. */
  readonly registry?: Registry;
}

/** The control handle of a served chain: the chain's own controls plus the servers' transport faults. */
export type MockChainControl = ChainControl & TransportFaultControl;

/** A chain on the network. */
export interface ServedChain {
  /** CometBFT RPC, e.g. "http://127.0.0.1:26657". */
  readonly rpcUrl: string;
  /** Cosmos REST API, e.g. "http://127.0.0.1:1317" (the CLI's default). */
  readonly restUrl: string;
  /** CometBFT WebSocket, e.g. "ws://127.0.0.1:26657/websocket". */
  readonly wsUrl: string;
  readonly control: MockChainControl;
  /** Closes both servers and every open connection. */
  close(): Promise<void>;
}

/** Serves `node` over HTTP and WebSocket; resolves once both servers listen. */
export async function serveChain(
  node: ChainNode,
  control: ChainControl,
  options: ServeOptions = {},
): Promise<ServedChain> {
  const host = options.host ?? "127.0.0.1";
  const faults = new TransportFaults();
  const handle = withTransportFaults(control, faults);
  let rpcAddress = "";
  const ctx: RpcContext = {
    node,
    control: handle,
    rpcAddress: () => rpcAddress,
    broadcastCommitTimeoutMs: options.broadcastCommitTimeoutMs ?? 10_000,
    ...(options.genesis ? { genesis: options.genesis } : {}),
  };
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const rpcServer = createServer(createRpcHttpHandler({ table: rpcMethods, ctx, faults, maxBodyBytes }));
  const websocket = new RpcWebSocketServer(rpcMethods, ctx);
  rpcServer.on("upgrade", (req, socket, head) => {
    if (!websocket.handleUpgrade(req, socket, head)) socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
  });
  const restServer = createServer(
    createRestHttpHandler({ node, faults, registry: options.registry ?? protoRegistry, maxBodyBytes }),
  );

  const rpcPort = await listen(rpcServer, options.port ?? 0, host);
  rpcAddress = `tcp://${host}:${rpcPort}`;
  let restPort: number;
  try {
    restPort = await listen(restServer, options.restPort ?? (options.port ? rpcPort + 1 : 0), host);
  } catch (error) {
    websocket.close();
    await shutDown(rpcServer);
    throw error;
  }
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    rpcUrl: `http://${urlHost}:${rpcPort}`,
    restUrl: `http://${urlHost}:${restPort}`,
    wsUrl: `ws://${urlHost}:${rpcPort}/websocket`,
    control: handle,
    async close() {
      websocket.close();
      await Promise.all([shutDown(rpcServer), shutDown(restServer)]);
    },
  };
}

/** The chain's control handle with the transport faults mixed in (the chain's methods keep their `this`). */
function withTransportFaults(control: ChainControl, faults: TransportFaults): MockChainControl {
  return {
    mine: (blocks) => control.mine(blocks),
    advanceTime: (seconds) => control.advanceTime(seconds),
    setAutomine: (enabled) => control.setAutomine(enabled),
    setBlockInterval: (ms) => control.setBlockInterval(ms),
    fund: (address, coins) => control.fund(address, coins),
    invoke: (operation, params) => control.invoke(operation, params),
    snapshot: () => control.snapshot(),
    revert: (id) => control.revert(id),
    setMempoolFull: (full) => control.setMempoolFull(full),
    setHalted: (halted) => control.setHalted(halted),
    exportState: () => control.exportState(),
    setLatency: (ms) => faults.setLatency(ms),
    failNext: (count, status) => faults.failNext(count, status),
    dropNext: (count) => faults.dropNext(count),
    clearFaults: () => faults.clearFaults(),
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function shutDown(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
