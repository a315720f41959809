// Request bodies with a size limit. An oversized body is read to its end (and discarded) before the answer so that
// the client, still sending, sees the error response instead of a reset connection; past a hard cap the connection
// is cut.
import type { IncomingMessage } from "node:http";

/** A body as read: its bytes, or the fact that it exceeded the limit. */
export type BodyResult = { readonly ok: true; readonly body: Buffer } | { readonly ok: false; readonly tooLarge: true };

/** How much of an oversized body is drained before the connection is destroyed instead. */
const DRAIN_FACTOR = 64;

/** Reads the whole body of `req`, up to `limit` bytes; rejects when the client goes away mid-body. */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let settled = false;
    const finish = (outcome: BodyResult | Error) => {
      if (settled) return;
      settled = true;
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const declared = Number(req.headers["content-length"] ?? Number.NaN);
    if (declared > limit * DRAIN_FACTOR) {
      req.socket.destroy();
      finish({ ok: false, tooLarge: true });
      return;
    }
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        if (size > limit * DRAIN_FACTOR) {
          req.socket.destroy();
          finish({ ok: false, tooLarge: true });
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => finish(tooLarge ? { ok: false, tooLarge: true } : { ok: true, body: Buffer.concat(chunks) }));
    req.on("error", (error) => finish(error));
    // "close" follows every request, read or not: build the error (a stack trace) only when it is one.
    req.on("close", () => {
      if (!settled) finish(new Error("request aborted before its body was read"));
    });
  });
}
