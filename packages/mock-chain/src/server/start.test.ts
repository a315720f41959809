// startMockChain's contract: free ports by default, the REST port next to a given RPC port, a custom chain option
// honoured, a clean failure when a port is taken, and a stop() that frees the ports.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { startMockChain } from "./start.js";

/** A port nothing listens on right now, with the next one free too. */
async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const next = await new Promise<boolean>((resolve) => {
      const probe = createServer().once("error", () => resolve(false));
      probe.listen(port + 1, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (next && port < 65535) return port;
  }
}

describe("startMockChain", () => {
  it("serves RPC, REST and WebSocket on free ports and frees them on stop", async () => {
    const running = await startMockChain();
    expect(running.rpcUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(running.wsUrl).toBe(`${running.rpcUrl.replace("http", "ws")}/websocket`);
    expect(running.chainId).toBe(DEVNET.chainId);
    expect(running.devnet.accounts).toHaveLength(10);
    expect((await fetch(`${running.rpcUrl}/health`)).status).toBe(200);
    expect((await fetch(`${running.restUrl}/cosmos/bank/v1beta1/params`)).status).toBe(200);
    await running.stop();
    await running.stop();
    await expect(fetch(`${running.rpcUrl}/health`)).rejects.toThrow();
    await expect(fetch(`${running.restUrl}/cosmos/bank/v1beta1/params`)).rejects.toThrow();
  });

  it("puts REST on the RPC port + 1 when a port is given, and passes chain options through", async () => {
    const port = await freePortPair();
    const running = await startMockChain({ port, minGasPrices: "0.5uxprt", moniker: "my-node" });
    try {
      expect(running.rpcUrl).toBe(`http://127.0.0.1:${port}`);
      expect(running.restUrl).toBe(`http://127.0.0.1:${port + 1}`);
      const status = (await (await fetch(`${running.rpcUrl}/status`)).json()) as LooseJson;
      expect(status.result.node_info.moniker).toBe("my-node");
      expect(status.result.node_info.other.rpc_address).toBe(`tcp://127.0.0.1:${port}`);
    } finally {
      await running.stop();
    }
  });

  it("fails cleanly when a port is taken", async () => {
    const first = await startMockChain();
    const port = Number(new URL(first.rpcUrl).port);
    try {
      await expect(startMockChain({ port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.stop();
    }
  });
});
