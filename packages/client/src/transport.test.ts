import { describe, expect, it } from "vitest";
import { NetworkError, RpcError } from "./errors.js";
import { FakeComet } from "./testing.test-support.js";
import { classifyRpcError, createTransport, DEFAULT_RETRY, withRetry } from "./transport.js";

const URL = "http://node";

describe("classifyRpcError", () => {
  it("HTTP 5xx and 429 are retryable network errors with the status", () => {
    for (const status of [500, 502, 503, 504, 429]) {
      const error = classifyRpcError(new Error(`Bad status on response: ${status}`), "abci_query", URL);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ status, isRetryable: true });
    }
  });

  it("other HTTP errors are not retryable", () => {
    expect(classifyRpcError(new Error("Bad status on response: 404"), "abci_query", URL)).toMatchObject({
      status: 404,
      isRetryable: false,
    });
  });

  it("a JSON-RPC error object is the node's refusal (RpcError), not retryable", () => {
    const error = classifyRpcError(
      new Error(JSON.stringify({ code: -32603, message: "Internal error", data: "tx already exists in cache" })),
      "broadcast_tx_sync",
      URL,
    );
    expect(error).toBeInstanceOf(RpcError);
    expect(error).toMatchObject({
      code: "RPC_ERROR",
      rpcCode: -32603,
      data: "tx already exists in cache",
      isRetryable: false,
    });
  });

  it.each([
    ["fetch failed", Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } })],
    ["refused", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" })],
    ["abort", Object.assign(new Error("The operation was aborted"), { name: "AbortError" })],
    ["timeout", Object.assign(new Error("The operation timed out"), { name: "TimeoutError" })],
    ["socket", new Error("other side closed")],
  ])("transport failures (%s) are retryable", (_name, thrown) => {
    const error = classifyRpcError(thrown, "abci_query", URL);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.isRetryable).toBe(true);
  });

  it("anything else is a non-retryable failure that keeps its cause", () => {
    const cause = new Error("unexpected response shape");
    const error = classifyRpcError(cause, "abci_query", URL);
    expect(error).toMatchObject({ code: "NETWORK_ERROR", isRetryable: false });
    expect(error.cause).toBe(cause);
  });

  it("during a broadcast the hash is kept and the tx may still land", () => {
    const error = classifyRpcError(new TypeError("fetch failed"), "broadcast_tx_sync", URL, "AB");
    expect(error).toMatchObject({ hash: "AB", mayStillLand: true, isRetryable: false });
  });
});

describe("withRetry", () => {
  const fast = { retries: 3, baseDelayMs: 0, maxDelayMs: 0 };

  it("retries transport faults up to the limit, then throws the last", async () => {
    let calls = 0;
    await expect(
      withRetry(fast, "m", URL, async () => {
        calls += 1;
        throw new Error("Bad status on response: 503");
      }),
    ).rejects.toMatchObject({ status: 503 });
    expect(calls).toBe(4);
  });

  it("returns the first success", async () => {
    let calls = 0;
    const value = await withRetry(fast, "m", URL, async () => {
      calls += 1;
      if (calls < 3) throw new TypeError("fetch failed");
      return "ok";
    });
    expect(value).toBe("ok");
    expect(calls).toBe(3);
  });

  it("never retries a refusal", async () => {
    let calls = 0;
    await expect(
      withRetry(fast, "m", URL, async () => {
        calls += 1;
        throw new Error(JSON.stringify({ code: -32602, message: "Invalid params" }));
      }),
    ).rejects.toBeInstanceOf(RpcError);
    expect(calls).toBe(1);
  });

  it("defaults to 3 retries", () => {
    expect(DEFAULT_RETRY.retries).toBe(3);
  });
});

describe("createTransport", () => {
  it("connects lazily, once, and disconnects", () => {
    const transport = createTransport({ rpcUrl: "http://127.0.0.1:1" });
    const first = transport.comet();
    expect(transport.comet()).toBe(first);
    transport.disconnect();
    expect(transport.comet()).not.toBe(first);
  });

  it("uses a given CometLike", () => {
    const fake = new FakeComet();
    const transport = createTransport({ rpcUrl: "http://x", comet: fake });
    expect(transport.comet()).toBe(fake);
    transport.disconnect();
    expect(fake.disconnected).toBe(1);
    expect(transport.comet()).toBe(fake);
  });

  it("runs tasks of one key one at a time, in order, and other keys independently", async () => {
    const transport = createTransport({ rpcUrl: "http://x", comet: new FakeComet() });
    const log: string[] = [];
    let releaseFirst = () => {};
    const gate = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    const a1 = transport.exclusive("a", async () => {
      log.push("a1 start");
      await gate;
      log.push("a1 end");
    });
    const a2 = transport.exclusive("a", async () => {
      log.push("a2");
      throw new Error("a2 fails");
    });
    const a3 = transport.exclusive("a", async () => {
      log.push("a3");
      return 3;
    });
    const b = transport.exclusive("b", async () => {
      log.push("b");
    });
    await b;
    expect(log).toEqual(["a1 start", "b"]);
    releaseFirst();
    await a1;
    await expect(a2).rejects.toThrow("a2 fails");
    expect(await a3).toBe(3);
    expect(log).toEqual(["a1 start", "b", "a1 end", "a2", "a3"]);
  });
});
