// Small response writers shared by the RPC and REST servers.
import type { ServerResponse } from "node:http";

/** Writes `value` as a JSON response. */
export function writeJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>>,
): void {
  if (gone(res)) return;
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...headers,
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
  });
  res.end(body);
}

/** Writes a plain-text response (Go's http.Error and http.NotFound shapes). */
export function writeText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Readonly<Record<string, string>>,
): void {
  if (gone(res)) return;
  res.writeHead(status, {
    ...headers,
    "Content-Type": "text/plain; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    "Content-Length": String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Last-resort answer when a handler failed unexpectedly: a 500 if nothing was sent yet, else cut the connection. */
export function failUnexpectedly(res: ServerResponse, error: unknown, headers: Readonly<Record<string, string>>): void {
  if (gone(res)) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeText(res, 500, `internal server error: ${message}\n`, headers);
}

/** Whether the client went away (or the response is complete): a late answer, e.g. after injected latency, is dropped. */
function gone(res: ServerResponse): boolean {
  return res.destroyed || res.writableEnded;
}
