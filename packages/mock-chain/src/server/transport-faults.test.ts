// Transport faults as clients see them: a cosmjs client and fetch meet HTTP 5xx, dropped connections and latency
// on both servers, set over JSON-RPC or in-process, and recover once the faults are used up or cleared.
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMockChain, startMockChain } from "./start.js";

let running: RunningMockChain;

beforeAll(async () => {
  running = await startMockChain();
});

afterAll(async () => {
  await running.stop();
});

async function control(method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(running.rpcUrl, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await response.json()) as { result?: unknown; error?: unknown };
  if (body.error !== undefined) throw new Error(JSON.stringify(body.error));
  return body.result;
}

describe("failing requests (mock_failNext)", () => {
  it("answers the next n requests with the chosen 5xx, then serves again", async () => {
    const client = await Comet38Client.connect(running.rpcUrl);
    await control("mock_failNext", [2, 502]);
    await expect(client.status()).rejects.toThrow(/Bad status on response: 502/);
    const second = await fetch(`${running.restUrl}/cosmos/bank/v1beta1/params`);
    expect(second.status).toBe(502);
    expect(second.headers.get("access-control-allow-origin")).toBe("*");
    expect((await client.status()).nodeInfo.network).toBe(running.chainId);
    client.disconnect();
  });

  it("defaults to 503 and works from the in-process handle", async () => {
    running.control.failNext(1);
    expect((await fetch(`${running.rpcUrl}/health`)).status).toBe(503);
    expect((await fetch(`${running.rpcUrl}/health`)).status).toBe(200);
  });
});

describe("dropped connections (mock_dropNext)", () => {
  it("destroys the connection without a response", async () => {
    await control("mock_dropNext", [1]);
    await expect(fetch(`${running.rpcUrl}/health`)).rejects.toThrow(/fetch failed/);
    expect((await fetch(`${running.rpcUrl}/health`)).status).toBe(200);
  });

  it("applies to the REST server as well", async () => {
    running.control.dropNext(1);
    await expect(fetch(`${running.restUrl}/cosmos/bank/v1beta1/params`)).rejects.toThrow(/fetch failed/);
    expect((await fetch(`${running.restUrl}/cosmos/bank/v1beta1/params`)).status).toBe(200);
  });
});

describe("latency (mock_setLatency)", () => {
  it("makes a client with a shorter timeout give up, until cleared", async () => {
    await control("mock_setLatency", [2_000]);
    await expect(fetch(`${running.rpcUrl}/health`, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await control("mock_clearFaults");
    expect((await fetch(`${running.rpcUrl}/health`)).status).toBe(200);
  });
});

describe("control calls are never faulted", () => {
  it("lets mock_clearFaults through while failures are pending", async () => {
    await control("mock_failNext", [5]);
    await control("mock_dropNext", [5]);
    await control("mock_clearFaults");
    expect((await fetch(`${running.rpcUrl}/health`)).status).toBe(200);
  });

  it("rejects out-of-range settings in-process", () => {
    expect(() => running.control.failNext(1, 404)).toThrow(RangeError);
    expect(() => running.control.setLatency(-1)).toThrow(RangeError);
    expect(() => running.control.dropNext(1.5)).toThrow(RangeError);
  });
});
