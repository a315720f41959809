// The Cosmos REST API (grpc-gateway JSON) over node:http: each HTTP rule of a query service (the tx service's
// broadcast, simulate and lookups included, which the chain serves on its query router like a node's gRPC server)
// becomes an ABCI query with the request encoded as protobuf, the `x-cosmos-block-height` header selecting the
// height. Unrouted paths get the gateway's 501.
import type { IncomingMessage, ServerResponse } from "node:http";
import { type DescMessage, fromBinary, type JsonValue, type Registry, toBinary } from "@bufbuild/protobuf";
import type { ChainNode } from "../node/chain-node.js";
import { corsHeaders, isPreflight } from "../server/cors.js";
import { writeJson } from "../server/http-util.js";
import { readBody } from "../server/read-body.js";
import { enactFault, type TransportFaults } from "../server/transport-faults.js";
import { GatewayJson } from "./gateway-json.js";
import { GatewayError, GrpcCode, gatewayErrorOf, httpStatusOf } from "./grpc-status.js";
import { matchPathTemplate } from "./path-template.js";
import { buildRequestMessage } from "./request-message.js";
import { collectRoutes, type RestRoute, RouteTable } from "./routes.js";

/** The request header that selects the query height, and the response header that reports it. */
export const HEIGHT_HEADER = "x-cosmos-block-height";
export const HEIGHT_RESPONSE_HEADER = "Grpc-Metadata-X-Cosmos-Block-Height";

/** What the REST handler needs. */
export interface RestHttpHandlerOptions {
  readonly node: ChainNode;
  readonly faults: TransportFaults;
  /** Every schema the routes and Any fields resolve against. */
  readonly registry: Registry;
  readonly maxBodyBytes?: number;
}

/** A `node:http` request listener serving the REST API. */
export function createRestHttpHandler(
  options: RestHttpHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = new RouteTable(collectRoutes(options.registry));
  const json = new GatewayJson(options.registry);
  return (req, res) => {
    const headers = corsHeaders(req);
    serve(options, routes, json, req, res, headers).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const failure =
        error instanceof GatewayError
          ? error
          : new GatewayError(GrpcCode.Internal, error instanceof Error ? error.message : String(error));
      writeJson(res, httpStatusOf(failure.code), failure.toJson(), headers);
    });
  };
}

async function serve(
  options: RestHttpHandlerOptions,
  routes: RouteTable,
  json: GatewayJson,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Record<string, string>,
): Promise<void> {
  if (isPreflight(req)) {
    res.writeHead(204, headers);
    res.end();
    return;
  }
  let bodyText = "";
  if (req.method !== "GET" && req.method !== "HEAD") {
    const read = await readBody(req, options.maxBodyBytes ?? 1_000_000);
    if (!read.ok) {
      if (!res.destroyed) {
        const error = new GatewayError(GrpcCode.ResourceExhausted, "request body too large");
        writeJson(res, 413, error.toJson(), { ...headers, Connection: "close" });
      }
      return;
    }
    bodyText = read.body.toString("utf8");
  }
  if (options.faults.delaying) await options.faults.delay();
  if (enactFault(options.faults.take(), res, headers)) return;

  const rawUrl = req.url ?? "/";
  const queryAt = rawUrl.indexOf("?");
  const rawPath = queryAt < 0 ? rawUrl : rawUrl.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? "" : rawUrl.slice(queryAt + 1));
  const method = req.method === "HEAD" ? "GET" : req.method;
  for (const route of routes.candidates(rawPath)) {
    if (route.httpMethod !== method) continue;
    const bindings = matchPathTemplate(route.template, rawPath);
    if (bindings === undefined) continue;
    const result = runQuery(options, json, route, bindings, query, bodyText, req.headers[HEIGHT_HEADER]);
    writeJson(res, 200, result.body, { ...headers, [HEIGHT_RESPONSE_HEADER]: result.height.toString() });
    return;
  }
  throw new GatewayError(GrpcCode.Unimplemented, "Not Implemented");
}

/** Runs a routed query against the chain and renders its response. */
function runQuery(
  options: RestHttpHandlerOptions,
  json: GatewayJson,
  route: RestRoute,
  bindings: ReadonlyMap<string, string>,
  query: URLSearchParams,
  bodyText: string,
  heightHeader: string | string[] | undefined,
): { body: JsonValue; height: bigint } {
  const input: DescMessage = route.method.input;
  const request = buildRequestMessage(input, { bindings, query, bodySelector: route.body, bodyText }, options.registry);
  const result = options.node.abciQuery(route.grpcPath, toBinary(input, request), heightOf(heightHeader));
  if (result.code !== 0) throw gatewayErrorOf(result);
  const output: DescMessage = route.method.output;
  return { body: json.render(output, fromBinary(output, result.value)), height: result.height };
}

function heightOf(header: string | string[] | undefined): bigint | undefined {
  const text = Array.isArray(header) ? header[0] : header;
  if (text === undefined || text === "") return undefined;
  if (!/^[0-9]+$/.test(text)) {
    throw new GatewayError(GrpcCode.InvalidArgument, `invalid height header "${text}": must be a non-negative integer`);
  }
  const height = BigInt(text);
  return height === 0n ? undefined : height;
}
