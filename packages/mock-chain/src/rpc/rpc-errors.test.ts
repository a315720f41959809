// Malformed input never crashes the RPC server: garbage bytes, invalid JSON, bad requests and params, unknown
// methods, oversized bodies, notifications and wrong paths each get CometBFT's answer, and the server keeps serving.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMockChain, startMockChain } from "../server/start.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";

let running: RunningMockChain;

beforeAll(async () => {
  running = await startMockChain({ maxBodyBytes: 10_000 });
});

afterAll(async () => {
  await running.stop();
});

async function post(body: string | Uint8Array<ArrayBuffer>, path = "/"): Promise<{ status: number; text: string }> {
  const response = await fetch(`${running.rpcUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body,
  });
  return { status: response.status, text: await response.text() };
}

async function call(method: string, params: unknown): Promise<LooseJson> {
  const { text } = await post(JSON.stringify({ jsonrpc: "2.0", id: 5, method, params }));
  return JSON.parse(text);
}

async function stillServing(): Promise<void> {
  const body = await call("health", {});
  expect(body).toEqual({ jsonrpc: "2.0", id: 5, result: {} });
}

describe("malformed bodies", () => {
  it("answers garbage bytes with a parse error and HTTP 500, as CometBFT does", async () => {
    const { status, text } = await post(new Uint8Array([0xff, 0x00, 0x13, 0x37, 0xfe, 0x80]));
    expect(status).toBe(500);
    const body = JSON.parse(text);
    expect(body.error).toMatchObject({ code: -32700, message: "Parse error. Invalid JSON" });
    expect(body.error.data).toMatch(/^error unmarshaling request: /);
    await stillServing();
  });

  it("answers truncated JSON with a parse error", async () => {
    const { status, text } = await post('{"jsonrpc":"2.0","id":1,"method":"status"');
    expect(status).toBe(500);
    expect(JSON.parse(text)).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32700 } });
    await stillServing();
  });

  it("answers a request that is not an object, or lacks a method, with invalid request", async () => {
    expect(JSON.parse((await post("42")).text).error.code).toBe(-32600);
    expect(JSON.parse((await post('{"jsonrpc":"2.0","id":9}')).text)).toMatchObject({
      id: 9,
      error: { code: -32600, message: "Invalid Request" },
    });
    expect(JSON.parse((await post("[]")).text).error.code).toBe(-32600);
    await stillServing();
  });

  it("refuses a body over the limit with HTTP 400 and keeps serving", async () => {
    const huge = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "status", params: { pad: "x".repeat(50_000) } });
    const { status, text } = await post(huge);
    expect(status).toBe(400);
    expect(JSON.parse(text).error).toEqual({
      code: -32600,
      message: "Invalid Request",
      data: "error reading request body: http: request body too large",
    });
    await stillServing();
  });

  it("cuts a client that declares an absurd body instead of reading it", async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = request(`${running.rpcUrl}/`, { method: "POST", headers: { "Content-Length": "999999999" } });
      req.on("response", (res) => resolve(`status ${res.statusCode}`));
      req.on("error", (error) => resolve(`error ${(error as NodeJS.ErrnoException).code}`));
      req.write("{");
    });
    expect(outcome).toMatch(/^error /);
    await stillServing();
  });
});

describe("bad calls", () => {
  it("answers an unknown method with method not found", async () => {
    expect(await call("eth_blockNumber", [])).toEqual({
      jsonrpc: "2.0",
      id: 5,
      error: { code: -32601, message: "Method not found" },
    });
    const uri = await fetch(`${running.rpcUrl}/eth_blockNumber`);
    expect([uri.status, await uri.text()]).toEqual([404, "404 page not found\n"]);
  });

  it("answers subscribe over HTTP with method not found: it is WebSocket-only", async () => {
    expect((await call("subscribe", { query: "tm.event='NewBlock'" })).error.code).toBe(-32601);
  });

  it("answers wrong params with invalid params", async () => {
    for (const [method, params] of [
      ["block", { height: "tall" }],
      ["block", { height: true }],
      ["broadcast_tx_sync", { tx: "%%% not base64" }],
      ["abci_query", { path: "/x", data: "zz" }],
      ["tx_search", "a string"],
      ["validators", ["1", "1", "1", "extra"]],
    ] as const) {
      const body = await call(method, params);
      expect(body.error).toMatchObject({ code: -32602, message: "Invalid params" });
      expect(body.error.data).toMatch(/^error converting json params to arguments: /);
    }
    const uri = await fetch(`${running.rpcUrl}/block?height=0xff`);
    expect(uri.status).toBe(500);
    expect(((await uri.json()) as LooseJson).error).toMatchObject({ code: -32602, message: "Invalid params" });
    await stillServing();
  });

  it("answers method failures with internal error and the reason", async () => {
    expect((await call("tx_search", { query: "tx.height = = 5" })).error).toMatchObject({ code: -32603 });
    expect((await call("broadcast_tx_sync", { tx: "" })).error).toEqual({
      code: -32603,
      message: "Internal error",
      data: "tx is empty",
    });
    const garbageTx = await call("broadcast_tx_sync", { tx: Buffer.from("not a tx").toString("base64") });
    expect(garbageTx.result).toMatchObject({ code: 2, codespace: "sdk" });
    await stillServing();
  });

  it("skips notifications and rejects requests on other paths", async () => {
    const notification = await post(JSON.stringify({ jsonrpc: "2.0", method: "health" }));
    expect([notification.status, notification.text]).toEqual([200, ""]);
    const wrongPath = JSON.parse(
      (await post(JSON.stringify({ jsonrpc: "2.0", id: 3, method: "health" }), "/other")).text,
    );
    expect(wrongPath).toMatchObject({ id: 3, error: { code: -32600, data: "path /other is invalid" } });
  });

  it("answers each slot of a mixed batch", async () => {
    const { text } = await post(
      JSON.stringify([
        { jsonrpc: "2.0", id: 1, method: "health" },
        7,
        { jsonrpc: "2.0", id: 2, method: "nope" },
        { jsonrpc: "2.0", method: "health" },
      ]),
    );
    const body = JSON.parse(text) as LooseJson[];
    expect(body.map((r) => [r.id, r.error?.code ?? "ok"])).toEqual([
      [1, "ok"],
      [null, -32600],
      [2, -32601],
    ]);
  });
});
