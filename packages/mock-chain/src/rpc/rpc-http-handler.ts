// The CometBFT RPC over HTTP: JSON-RPC POSTs to "/" (single or batch) and URI-form GETs ("/status",
// "/abci_query?path=...&data=0x.."), with CometBFT's HTTP statuses: 200 for answered calls (errors included), 500 for
// unparseable bodies and failed URI calls, 400 for bodies over the limit.
import type { IncomingMessage, ServerResponse } from "node:http";
import { corsHeaders, isPreflight } from "../server/cors.js";
import { failUnexpectedly, writeJson, writeText } from "../server/http-util.js";
import { readBody } from "../server/read-body.js";
import { enactFault, type TransportFaults } from "../server/transport-faults.js";
import { isControlMethod } from "./control-methods.js";
import { runItems } from "./dispatch.js";
import {
  type BodyItem,
  errorResponse,
  type ParsedBody,
  parseRequestBody,
  RpcError,
  RpcErrorCode,
  successResponse,
} from "./json-rpc.js";
import { paramsFromUri } from "./params.js";
import type { RpcContext, RpcMethodTable } from "./rpc-method.js";

/** CometBFT's default `max_body_bytes`. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/** The id CometBFT gives URI-form calls, which carry none. */
const URI_CALL_ID = -1;

/** What the RPC HTTP handler needs. */
export interface RpcHttpHandlerOptions {
  readonly table: RpcMethodTable;
  readonly ctx: RpcContext;
  readonly faults: TransportFaults;
  readonly maxBodyBytes?: number;
}

/** A `node:http` request listener serving the CometBFT RPC. */
export function createRpcHttpHandler(
  options: RpcHttpHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    serve(options, req, res).catch((error: unknown) => failUnexpectedly(res, error, corsHeaders(req)));
  };
}

async function serve(options: RpcHttpHandlerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = corsHeaders(req);
  if (isPreflight(req)) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  // JSON-RPC clients POST to "/": that needs no URL parsing.
  const url = req.url === "/" ? undefined : new URL(req.url ?? "/", "http://localhost");
  const path = url === undefined ? "" : url.pathname.replace(/^\/+|\/+$/g, "");
  if (req.method === "GET" || req.method === "HEAD") {
    if (path !== "" && !(await passFaults(options.faults, res, headers, isControlMethod(path)))) return;
    serveUri(options, path, url?.searchParams ?? new URLSearchParams(), res, headers);
    return;
  }

  const read = await readBody(req, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
  if (!read.ok) {
    if (res.destroyed) return;
    const error = new RpcError(RpcErrorCode.invalidRequest, "error reading request body: http: request body too large");
    writeJson(res, 400, errorResponse(null, error), { ...headers, Connection: "close" });
    return;
  }
  if (read.body.length === 0) {
    writeEndpointList(options.table, res, headers);
    return;
  }
  const parsed = parseRequestBody(read.body.toString("utf8"));
  const passed = passFaults(options.faults, res, headers, onlyControlCalls(parsed));
  if (!(passed === true || (passed !== false && (await passed)))) return;
  if (parsed.kind === "error") {
    const status = parsed.error.code === RpcErrorCode.parseError ? 500 : 200;
    writeJson(res, status, errorResponse(null, parsed.error), headers);
    return;
  }
  const items =
    path === "" || path === "v1" ? parsed.items : parsed.items.map((item) => wrongPath(item, url?.pathname ?? "/"));
  const ran = runItems(options.table, options.ctx, items, "http");
  const responses = Array.isArray(ran) ? ran : await ran;
  if (responses.length === 0) {
    // Only notifications: nothing to answer.
    res.writeHead(200, headers);
    res.end();
    return;
  }
  // CometBFT writes a lone response as an object even when the request was a batch of one.
  writeJson(res, 200, responses.length === 1 ? responses[0] : responses, headers);
}

function serveUri(
  options: RpcHttpHandlerOptions,
  path: string,
  query: URLSearchParams,
  res: ServerResponse,
  headers: Record<string, string>,
): void {
  if (path === "") {
    writeEndpointList(options.table, res, headers);
    return;
  }
  const method = Object.hasOwn(options.table, path) ? options.table[path] : undefined;
  if (method === undefined) {
    writeText(res, 404, "404 page not found\n", headers);
    return;
  }
  if (method.websocketOnly) {
    writeJson(res, 404, errorResponse(URI_CALL_ID, new RpcError(RpcErrorCode.methodNotFound)), headers);
    return;
  }
  let result: ReturnType<typeof method.run>;
  try {
    result = method.run(options.ctx, paramsFromUri(method.params, query));
  } catch (error) {
    writeJson(res, 500, errorResponse(URI_CALL_ID, error), headers);
    return;
  }
  Promise.resolve(result).then(
    (value) => writeJson(res, 200, successResponse(URI_CALL_ID, value), headers),
    (error: unknown) => writeJson(res, 500, errorResponse(URI_CALL_ID, error), headers),
  );
}

/**
 * Applies latency and the next drop/failure unless the call is exempt; false when the request was consumed. Without
 * latency the answer is immediate (no promise to wait on).
 */
function passFaults(
  faults: TransportFaults,
  res: ServerResponse,
  headers: Record<string, string>,
  exempt: boolean,
): boolean | Promise<boolean> {
  // Control calls are never delayed or failed: a test must always be able to clear the faults it set.
  if (exempt) return true;
  if (!faults.delaying) return !enactFault(faults.take(), res, headers);
  return faults.delay().then(() => !enactFault(faults.take(), res, headers));
}

function onlyControlCalls(parsed: ParsedBody): boolean {
  return parsed.kind === "requests" && parsed.items.every((item) => item.ok && isControlMethod(item.request.method));
}

function wrongPath(item: BodyItem, path: string): BodyItem {
  if (!item.ok) return item;
  const id = item.request.id ?? null;
  return { ok: false, id, error: new RpcError(RpcErrorCode.invalidRequest, `path ${path} is invalid`) };
}

/** CometBFT's answer to an empty request: an HTML list of the endpoints. */
function writeEndpointList(table: RpcMethodTable, res: ServerResponse, headers: Record<string, string>): void {
  const names = Object.keys(table).sort();
  const noArgs = names.filter((name) => table[name]!.params.length === 0);
  const withArgs = names.filter((name) => table[name]!.params.length > 0);
  const links = [
    "<html><body>",
    "<br>Available endpoints:<br>",
    ...noArgs.map((name) => `<a href="/${name}">/${name}</a></br>`),
    "<br>Endpoints that require arguments:<br>",
    ...withArgs.map((name) => {
      const query = table[name]!.params.map((p) => `${p.name}=_`).join("&");
      return `<a href="/${name}?${query}">/${name}?${query}</a></br>`;
    }),
    "</body></html>",
  ].join("");
  res.writeHead(200, { ...headers, "Content-Type": "text/html" });
  res.end(links);
}
