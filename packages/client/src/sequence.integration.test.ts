// Sequence races against the mock chain: two clients (two processes, in effect) sending from one account at once,
// with and without automine, and one client sending several transactions at once. Every transaction must land
// exactly once, and a transaction is re-signed only when the chain refused it before inclusion (code 32).
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getAccount } from "./getAccount.js";
import { sendTx } from "./sendTx.js";
import type { TxStatus } from "./status.js";
import { balanceOf, devnetClient, fundedAccount, RECIPIENT, send, startChain, until } from "./testing.test-support.js";

let chain: RunningMockChain;

beforeAll(async () => {
  chain = await startChain();
});

afterEach(() => {
  chain.control.setAutomine(true);
});

afterAll(async () => {
  await chain.stop();
});

/** Signers of one key whose first signature waits until all of them were asked: both sign the same sequence. */
function racingSigners(inner: OfflineDirectSigner, count: number): OfflineDirectSigner[] {
  let arrived = 0;
  let release = () => {};
  const everyoneSigning = new Promise<void>((resolve) => {
    release = resolve;
  });
  return Array.from({ length: count }, () => {
    let first = true;
    return {
      getAccounts: () => inner.getAccounts(),
      signDirect: async (address, doc) => {
        if (first) {
          first = false;
          arrived += 1;
          if (arrived === count) release();
          await everyoneSigning;
        }
        return inner.signDirect(address, doc);
      },
    };
  });
}

/** How many committed transactions `sender` has sent. */
function sentBy(sender: string): number {
  return chain.chain.txSearch(`message.sender='${sender}'`, { page: 1, perPage: 100, orderBy: "asc" }).totalCount;
}

const signings = (statuses: TxStatus[]) => statuses.filter((s) => s.status === "signing").length;

describe("two clients sharing an account", () => {
  it("with automine: both sign sequence N, one is refused with code 32, re-reads and re-signs; both land once", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const [a, b] = racingSigners(wallet as OfflineDirectSigner, 2);
    const clientA = devnetClient(chain, { signer: a! });
    const clientB = devnetClient(chain, { signer: b! });
    const before = await balanceOf(clientA, RECIPIENT);
    const statusesA: TxStatus[] = [];
    const statusesB: TxStatus[] = [];

    const [resultA, resultB] = await Promise.all([
      sendTx(clientA, { messages: [send(address, RECIPIENT, 100n)], onStatus: (s) => statusesA.push(s) }),
      sendTx(clientB, { messages: [send(address, RECIPIENT, 200n)], onStatus: (s) => statusesB.push(s) }),
    ]);

    expect(resultA.hash).not.toBe(resultB.hash);
    expect(await balanceOf(clientA, RECIPIENT)).toBe(before + 300n);
    expect((await getAccount(clientA, address)).sequence).toBe(2n);
    expect(sentBy(address)).toBe(2);
    // Exactly one of them had to sign again.
    expect([signings(statusesA), signings(statusesB)].sort()).toEqual([1, 2]);
  });

  it("without automine: the loser takes the expected sequence from the chain's log (its mempool is ahead)", async () => {
    const { wallet, address } = await fundedAccount(chain);
    chain.control.setAutomine(false);
    const [a, b] = racingSigners(wallet as OfflineDirectSigner, 2);
    const clientA = devnetClient(chain, { signer: a! });
    const clientB = devnetClient(chain, { signer: b! });
    const before = await balanceOf(clientA, RECIPIENT);
    const statuses: TxStatus[] = [];

    const both = Promise.all([
      sendTx(clientA, { messages: [send(address, RECIPIENT, 1n)], onStatus: (s) => statuses.push(s) }),
      sendTx(clientB, { messages: [send(address, RECIPIENT, 2n)], onStatus: (s) => statuses.push(s) }),
    ]);
    await until(() => chain.chain.numUnconfirmedTxs().count === 2, "both transactions in the mempool");
    chain.control.mine();
    const [resultA, resultB] = await both;

    expect(resultA.height).toBe(resultB.height);
    expect(await balanceOf(clientA, RECIPIENT)).toBe(before + 3n);
    expect((await getAccount(clientA, address)).sequence).toBe(2n);
    expect(sentBy(address)).toBe(2);
    expect(signings(statuses)).toBe(3);
  });
});

describe("one client sending several transactions at once", () => {
  it("signs them one after another with consecutive sequences, without a single re-sign", async () => {
    const { wallet, address } = await fundedAccount(chain, "amino");
    chain.control.setAutomine(false);
    const client = devnetClient(chain, { signer: wallet });
    const statuses: TxStatus[] = [];

    const all = Promise.all(
      [1n, 2n, 3n].map((amount) =>
        sendTx(client, { messages: [send(address, RECIPIENT, amount)], onStatus: (s) => statuses.push(s) }),
      ),
    );
    await until(() => chain.chain.numUnconfirmedTxs().count === 3, "three transactions in the mempool");
    chain.control.mine();
    const results = await all;

    expect(new Set(results.map((r) => r.hash)).size).toBe(3);
    expect(signings(statuses)).toBe(3);
    expect((await getAccount(client, address)).sequence).toBe(3n);
    expect(sentBy(address)).toBe(3);
  });
});
