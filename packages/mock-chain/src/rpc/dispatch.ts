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

/** Runs one request; undefined for a notification (no id), which CometBFT skips without running. */
export async function runRequest(
  table: RpcMethodTable,
  ctx: RpcContext,
  request: JsonRpcRequest,
  transport: RpcTransport,
): Promise<JsonRpcResponse | undefined> {
  if (request.id === undefined) return undefined;
  const method = Object.hasOwn(table, request.method) ? table[request.method] : undefined;
  if (method === undefined || (transport === "http" && method.websocketOnly)) {
    return errorResponse(request.id, new RpcError(RpcErrorCode.methodNotFound));
  }
  try {
    const result = await method.run(ctx, paramsFromJson(method.params, request.params));
    return successResponse(request.id, result);
  } catch (error) {
    return errorResponse(request.id, error);
  }
}

/** Runs every slot of a body in order (state changes of a batch apply one after the other). */
export async function runItems(
  table: RpcMethodTable,
  ctx: RpcContext,
  items: readonly BodyItem[],
  transport: RpcTransport,
): Promise<JsonRpcResponse[]> {
  const responses: JsonRpcResponse[] = [];
  for (const item of items) {
    if (!item.ok) {
      responses.push(errorResponse(item.id, item.error));
      continue;
    }
    const response = await runRequest(table, ctx, item.request, transport);
    if (response !== undefined) responses.push(response);
  }
  return responses;
}
