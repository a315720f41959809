import { Secp256k1HdWallet } from "@cosmjs/amino";
import { Dec } from "@persistence-sdk/core";
import { describe, expect, it } from "vitest";
import { persistenceCore1, persistenceMockDevnet, persistenceTestnet } from "./chains.js";
import { createClient, withSigner } from "./client.js";
import { FakeComet } from "./testing.test-support.js";

describe("createClient", () => {
  it("applies the defaults: chain gas price, ×1.4, 60 s timeout, 1 s polls, 3 retries", () => {
    const client = createClient({ rpcUrl: "https://rpc.example", chain: persistenceCore1 });
    expect(client.gasPrice.denom).toBe("uxprt");
    expect(client.gasPrice.amount.equals(Dec.fromString("0.025"))).toBe(true);
    expect(client.gasMultiplier.equals(Dec.fromString("1.4"))).toBe(true);
    expect(client.broadcastTimeoutMs).toBe(60_000);
    expect(client.pollIntervalMs).toBe(1000);
    expect(client.retry).toEqual({ retries: 3, baseDelayMs: 250, maxDelayMs: 4000 });
    expect(client.signer).toBeUndefined();
  });

  it("takes explicit settings", () => {
    const client = createClient({
      rpcUrl: "http://127.0.0.1:26657",
      chain: persistenceTestnet,
      gasPrice: "0.2uxprt",
      gasMultiplier: "1.25",
      broadcastTimeoutMs: 5000,
      pollIntervalMs: 100,
      retry: { retries: 0 },
    });
    expect(client.gasPrice.amount.equals(Dec.fromString("0.2"))).toBe(true);
    expect(client.gasMultiplier.equals(Dec.fromString("1.25"))).toBe(true);
    expect(client.retry.retries).toBe(0);
  });

  it("is frozen", () => {
    const client = createClient({ rpcUrl: "http://x", chain: persistenceMockDevnet });
    expect(Object.isFrozen(client)).toBe(true);
    expect(() => {
      (client as { pollIntervalMs: number }).pollIntervalMs = 1;
    }).toThrow();
  });

  it("does not touch the network until used", () => {
    const comet = new FakeComet();
    const client = createClient({ rpcUrl: "http://x", chain: persistenceMockDevnet, comet });
    expect(comet.calls).toEqual([]);
    client.disconnect();
    expect(comet.disconnected).toBe(1);
  });

  it.each([
    [{ rpcUrl: "localhost:26657" }, "rpcUrl"],
    [{ chain: {} as never }, "chain"],
    [{ gasPrice: "cheap" }, "gasPrice"],
    [{ gasMultiplier: 0 }, "gasMultiplier"],
    [{ broadcastTimeoutMs: 0 }, "broadcastTimeoutMs"],
    [{ pollIntervalMs: -5 }, "pollIntervalMs"],
    [{ retry: { retries: -1 } }, "retry"],
    [{ signerAddress: "cosmos1xyz" }, "signerAddress"],
  ])("refuses %o", (options, field) => {
    expect(() => createClient({ rpcUrl: "http://x", chain: persistenceMockDevnet, ...options })).toThrow(
      expect.objectContaining({ field }),
    );
  });
});

describe("withSigner", () => {
  it("returns a new client with the signer, sharing the connection", async () => {
    const comet = new FakeComet();
    const client = createClient({ rpcUrl: "http://x", chain: persistenceMockDevnet, comet, pollIntervalMs: 7 });
    const wallet = await Secp256k1HdWallet.generate(12, { prefix: "persistence" });
    const signed = withSigner(client, wallet);
    expect(signed).not.toBe(client);
    expect(client.signer).toBeUndefined();
    expect(signed.signer).toBe(wallet);
    expect(signed.transport).toBe(client.transport);
    expect(signed.pollIntervalMs).toBe(7);
    expect(Object.isFrozen(signed)).toBe(true);
    signed.disconnect();
    expect(comet.disconnected).toBe(1);
  });

  it("checks a chosen account address", async () => {
    const client = createClient({ rpcUrl: "http://x", chain: persistenceMockDevnet });
    const wallet = await Secp256k1HdWallet.generate(12, { prefix: "persistence" });
    expect(() => withSigner(client, wallet, { address: "persistencevaloper1xyz" })).toThrow(
      expect.objectContaining({ code: "INVALID_ADDRESS" }),
    );
  });
});
