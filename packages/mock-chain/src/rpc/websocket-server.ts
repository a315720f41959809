// The CometBFT RPC over a WebSocket at /websocket: every JSON-RPC method, plus subscribe / unsubscribe /
// unsubscribe_all. An event is sent as a response to the subscribe request's id carrying
// {query, data, events}, as CometBFT 0.38 does (cosmjs routes events by that id and by the presence of `query`).
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import type { BlockEvent } from "../node/chain-node.js";
import { eventMapJson, type PublishedEvent, publishedEvents } from "./block-events.js";
import { runRequest } from "./dispatch.js";
import { type EventQuery, matchesQuery, parseEventQuery } from "./event-query.js";
import { internal } from "./heights.js";
import {
  type BodyItem,
  errorResponse,
  type JsonRpcId,
  type JsonRpcRequest,
  type JsonRpcResponse,
  parseRequestBody,
  successResponse,
} from "./json-rpc.js";
import { paramsFromJson } from "./params.js";
import type { RpcContext, RpcMethodTable } from "./rpc-method.js";
import { MAX_QUERY_LENGTH } from "./tx-methods.js";
import { subscriptionParams } from "./websocket-methods.js";

/** The WebSocket endpoint's path. */
export const WEBSOCKET_PATH = "/websocket";

/** Limits of the event subscriptions (CometBFT's max_subscription_clients and max_subscriptions_per_client). */
export interface SubscriptionLimits {
  readonly maxClients: number;
  readonly maxSubscriptionsPerClient: number;
}

const DEFAULT_LIMITS: SubscriptionLimits = { maxClients: 100, maxSubscriptionsPerClient: 100 };

interface Subscription {
  readonly id: JsonRpcId;
  readonly query: EventQuery;
}

interface Client {
  readonly socket: WebSocket;
  /** By query text: subscribing twice to the same query is an error, as in CometBFT's pubsub. */
  readonly subscriptions: Map<string, Subscription>;
}

/** Serves `/websocket` upgrades of the RPC's HTTP server and pushes block and tx events to subscribers. */
export class RpcWebSocketServer {
  readonly #server = new WebSocketServer({ noServer: true, maxPayload: 1_000_000 });
  readonly #clients = new Set<Client>();
  readonly #unsubscribeBlocks: () => void;

  constructor(
    private readonly table: RpcMethodTable,
    private readonly ctx: RpcContext,
    private readonly limits: SubscriptionLimits = DEFAULT_LIMITS,
  ) {
    this.#unsubscribeBlocks = ctx.node.onBlock((event) => this.#publish(event));
  }

  /** Takes over an HTTP upgrade request if it is for the WebSocket path; returns whether it did. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const path = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "");
    // cosmjs appends "/websocket" to the URL it is given, so handing it `wsUrl` asks for "/websocket/websocket":
    // accepted too, rather than leaving that client reconnecting forever.
    if (path !== WEBSOCKET_PATH && path !== `${WEBSOCKET_PATH}${WEBSOCKET_PATH}`) return false;
    this.#server.handleUpgrade(req, socket, head, (ws) => this.#accept(ws));
    return true;
  }

  /** Closes every connection and stops listening for blocks. */
  close(): void {
    this.#unsubscribeBlocks();
    for (const client of this.#clients) client.socket.terminate();
    this.#clients.clear();
    this.#server.close();
  }

  #accept(socket: WebSocket): void {
    const client: Client = { socket, subscriptions: new Map() };
    this.#clients.add(client);
    socket.on("message", (data, isBinary) => {
      const text = isBinary ? Buffer.from(data as Buffer).toString("utf8") : data.toString();
      this.#onMessage(client, text).catch((error: unknown) => send(client, errorResponse(null, error)));
    });
    socket.on("close", () => this.#clients.delete(client));
    socket.on("error", () => this.#clients.delete(client));
  }

  async #onMessage(client: Client, text: string): Promise<void> {
    const parsed = parseRequestBody(text);
    if (parsed.kind === "error") {
      send(client, errorResponse(null, parsed.error));
      return;
    }
    for (const item of parsed.items) {
      const response = await this.#answer(client, item);
      if (response !== undefined) send(client, response);
    }
  }

  async #answer(client: Client, item: BodyItem): Promise<JsonRpcResponse | undefined> {
    if (!item.ok) return errorResponse(item.id, item.error);
    const request = item.request;
    switch (request.method) {
      case "subscribe":
      case "unsubscribe":
      case "unsubscribe_all":
        if (request.id === undefined) return undefined;
        try {
          return successResponse(request.id, this.#subscription(client, request));
        } catch (error) {
          return errorResponse(request.id, error);
        }
      default:
        return runRequest(this.table, this.ctx, request, "websocket");
    }
  }

  #subscription(client: Client, request: JsonRpcRequest): Record<string, never> {
    const query = paramsFromJson(subscriptionParams, request.params).string("query") ?? "";
    if (request.method === "unsubscribe_all") {
      if (client.subscriptions.size === 0) throw internal("subscription not found");
      client.subscriptions.clear();
      return {};
    }
    if (request.method === "unsubscribe") {
      if (!client.subscriptions.delete(query)) throw internal("subscription not found");
      return {};
    }
    if (this.#subscribedClients() >= this.limits.maxClients && client.subscriptions.size === 0) {
      throw internal(`max_subscription_clients ${this.limits.maxClients} reached`);
    }
    if (client.subscriptions.size >= this.limits.maxSubscriptionsPerClient) {
      throw internal(`max_subscriptions_per_client ${this.limits.maxSubscriptionsPerClient} reached`);
    }
    if (query.length > MAX_QUERY_LENGTH) throw internal("maximum query length exceeded");
    let parsedQuery: EventQuery;
    try {
      parsedQuery = parseEventQuery(query);
    } catch (error) {
      throw internal(error instanceof Error ? error.message : String(error));
    }
    if (client.subscriptions.has(query)) throw internal("already subscribed");
    client.subscriptions.set(query, { id: request.id!, query: parsedQuery });
    return {};
  }

  #subscribedClients(): number {
    let count = 0;
    for (const client of this.#clients) if (client.subscriptions.size > 0) count += 1;
    return count;
  }

  #publish(event: BlockEvent): void {
    if (this.#subscribedClients() === 0) return;
    let published: readonly PublishedEvent[];
    try {
      published = publishedEvents(this.ctx.node, event);
    } catch {
      // A block the formatter cannot describe must not break the chain's commit path.
      return;
    }
    for (const client of this.#clients) {
      try {
        for (const [text, subscription] of client.subscriptions) {
          for (const candidate of published) {
            if (!matchesQuery(subscription.query, candidate.events)) continue;
            send(client, {
              jsonrpc: "2.0",
              id: subscription.id,
              result: { query: text, data: candidate.data, events: eventMapJson(candidate.events) },
            });
          }
        }
      } catch {
        // This runs inside the chain's commit: one broken connection must not fail the block or the others.
        client.socket.terminate();
      }
    }
  }
}

function send(client: Client, response: JsonRpcResponse): void {
  if (client.socket.readyState === client.socket.OPEN) client.socket.send(JSON.stringify(response));
}
