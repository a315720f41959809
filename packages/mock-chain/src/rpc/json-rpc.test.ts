import { describe, expect, it } from "vitest";
import { errorResponse, parseRequestBody, RpcError, RpcErrorCode } from "./json-rpc.js";

describe("parseRequestBody", () => {
  it("reads a single request and a batch", () => {
    const single = parseRequestBody('{"jsonrpc":"2.0","id":1,"method":"status","params":{}}');
    expect(single).toEqual({
      kind: "requests",
      batch: false,
      items: [{ ok: true, request: { id: 1, method: "status", params: {} } }],
    });
    const batch = parseRequestBody(
      '[{"jsonrpc":"2.0","id":"a","method":"health"},{"jsonrpc":"2.0","id":2,"method":"status"}]',
    );
    expect(batch.kind === "requests" && batch.items.length).toBe(2);
  });

  it("answers invalid JSON with a parse error carrying Go's prefix", () => {
    const parsed = parseRequestBody("{not json");
    expect(parsed.kind).toBe("error");
    if (parsed.kind === "error") {
      expect(parsed.error.code).toBe(RpcErrorCode.parseError);
      expect(parsed.error.toBody()).toMatchObject({ message: "Parse error. Invalid JSON" });
      expect(parsed.error.toBody().data).toMatch(/^error unmarshaling request: /);
    }
  });

  it("flags malformed request objects in their own slot, keeping a readable id", () => {
    const parsed = parseRequestBody(
      '[1, {"id":7,"method":5}, {"id":{"x":1},"method":"status"}, {"jsonrpc":"1.0","id":8,"method":"status"}]',
    );
    if (parsed.kind !== "requests") throw new Error("expected requests");
    expect(parsed.items.map((item) => (item.ok ? "ok" : [item.id, item.error.code]))).toEqual([
      [null, RpcErrorCode.invalidRequest],
      [7, RpcErrorCode.invalidRequest],
      [null, RpcErrorCode.invalidRequest],
      [8, RpcErrorCode.invalidRequest],
    ]);
  });

  it("treats a missing id as a notification and an empty batch as invalid", () => {
    const notification = parseRequestBody('{"jsonrpc":"2.0","method":"status"}');
    expect(notification.kind === "requests" && notification.items[0]).toEqual({
      ok: true,
      request: { id: undefined, method: "status", params: undefined },
    });
    const empty = parseRequestBody("[]");
    expect(empty.kind === "error" && empty.error.code).toBe(RpcErrorCode.invalidRequest);
  });
});

describe("errorResponse", () => {
  it("writes RpcErrors with their code and other failures as internal errors", () => {
    expect(errorResponse(3, new RpcError(RpcErrorCode.methodNotFound))).toEqual({
      jsonrpc: "2.0",
      id: 3,
      error: { code: -32601, message: "Method not found" },
    });
    expect(errorResponse(4, new Error("boom"))).toEqual({
      jsonrpc: "2.0",
      id: 4,
      error: { code: -32603, message: "Internal error", data: "boom" },
    });
  });
});
