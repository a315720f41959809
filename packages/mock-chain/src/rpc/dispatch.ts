// Runs parsed JSON-RPC requests against the method table, for HTTP and the WebSocket alike. A method body may throw
// anything: it becomes an error response, never a crash.
import {
  type BodyItem,
  errorResponse,
  type JsonRpcRequest,
  type JsonRpcResponse,
  RpcError,
  RpcErrorCode,
  successResponse,
} from "./json-rpc.js";
import { paramsFromJson } from "./params.js";
import type { RpcContext, RpcMethodTable } from "./rpc-method.js";

/** Where a request arrived: WebSocket-only methods are unknown over HTTP. */
export type RpcTransport = "http" | "websocket";

/** A value or a promise of it: calls that finish synchronously answer without a round of promises. */
export type MaybePromise<T> = T | Promise<T>;

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/**
 * Runs one request; undefined for a notification (no id), which CometBFT skips without running. A method that
 * answers synchronously is answered synchronously; one that returns a promise, once it settles.
 */
export function runRequest(
  table: RpcMethodTable,
  ctx: RpcContext,
  request: JsonRpcRequest,
  transport: RpcTransport,
): MaybePromise<JsonRpcResponse | undefined> {
  const id = request.id;
  if (id === undefined) return undefined;
  const method = Object.hasOwn(table, request.method) ? table[request.method] : undefined;
  if (method === undefined || (transport === "http" && method.websocketOnly)) {
    return errorResponse(id, new RpcError(RpcErrorCode.methodNotFound));
  }
  let result: unknown;
  try {
    result = method.run(ctx, paramsFromJson(method.params, request.params));
  } catch (error) {
    return errorResponse(id, error);
  }
  if (!isThenable(result)) return successResponse(id, result);
  return Promise.resolve(result).then(
    (value) => successResponse(id, value),
    (error: unknown) => errorResponse(id, error),
  );
}

/** Runs every slot of a body in order (state changes of a batch apply one after the other). */
export function runItems(
  table: RpcMethodTable,
  ctx: RpcContext,
  items: readonly BodyItem[],
  transport: RpcTransport,
): MaybePromise<JsonRpcResponse[]> {
  const responses: JsonRpcResponse[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (!item.ok) {
      responses.push(errorResponse(item.id, item.error));
      continue;
    }
    const response = runRequest(table, ctx, item.request, transport);
    // The first call that goes asynchronous makes the rest wait for it, in order.
    if (isThenable(response)) return finishItems(table, ctx, items, transport, responses, i, response);
    if (response !== undefined) responses.push(response);
  }
  return responses;
}

async function finishItems(
  table: RpcMethodTable,
  ctx: RpcContext,
  items: readonly BodyItem[],
  transport: RpcTransport,
  responses: JsonRpcResponse[],
  index: number,
  pending: Promise<JsonRpcResponse | undefined>,
): Promise<JsonRpcResponse[]> {
  const first = await pending;
  if (first !== undefined) responses.push(first);
  for (const item of items.slice(index + 1)) {
    if (!item.ok) {
      responses.push(errorResponse(item.id, item.error));
      continue;
    }
    const response = await runRequest(table, ctx, item.request, transport);
    if (response !== undefined) responses.push(response);
  }
  return responses;
}
