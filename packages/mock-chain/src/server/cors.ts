// CORS for both servers: a dApp on any origin may call the mock chain from a browser (the RPC's POST with a JSON
// content type and the REST's custom height header both trigger a preflight).
import type { IncomingMessage } from "node:http";

const ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS, HEAD";
const DEFAULT_ALLOWED_HEADERS = "Content-Type, Authorization, X-Cosmos-Block-Height";
const EXPOSED_HEADERS = "Grpc-Metadata-X-Cosmos-Block-Height, X-Cosmos-Block-Height";

/** The CORS headers of a response to `req`: any origin, and whatever headers the preflight asked for. */
export function corsHeaders(req: IncomingMessage): Record<string, string> {
  const requested = req.headers["access-control-request-headers"];
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Allow-Headers":
      typeof requested === "string" && requested !== "" ? requested : DEFAULT_ALLOWED_HEADERS,
    "Access-Control-Expose-Headers": EXPOSED_HEADERS,
    "Access-Control-Max-Age": "86400",
  };
}

/** Whether `req` is a CORS preflight, answered with 204 and the CORS headers only. */
export function isPreflight(req: IncomingMessage): boolean {
  return req.method === "OPTIONS";
}
