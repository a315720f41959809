import { createHash } from "node:crypto";
import { BroadcastMode, Service as TxService } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { beforeAll, describe, expect, it } from "vitest";
import type { ChainError } from "../app/module.js";
import { DEVNET } from "../genesis/devnet.js";
import { createChain } from "../node/chain.js";
import { devnetSigner, msgSend, signTx, type TestSigner } from "./signing.test-support.js";

const [alice, bob] = DEVNET.accounts;
let signer: TestSigner;

beforeAll(async () => {
  signer = await devnetSigner(0);
});

describe("cosmos.tx.v1beta1.Service", () => {
  it("broadcasts (sync) and finds the tx by hash and by events, as TxResponse", async () => {
    const chain = createChain({ staking: false });
    const tx = await signTx(signer, [msgSend(alice!.address, bob!.address, 3n)], {
      accountNumber: 0n,
      sequence: 0n,
      memo: "hi",
    });
    const broadcast = chain.query(TxService.method.broadcastTx, { txBytes: tx, mode: BroadcastMode.SYNC }).txResponse!;
    expect([broadcast.code, broadcast.height]).toEqual([0, 0n]);
    const found = chain.query(TxService.method.getTx, { hash: broadcast.txhash });
    expect(found.tx?.body?.memo).toBe("hi");
    const response = found.txResponse!;
    expect([response.height, response.code, response.timestamp]).toEqual([2n, 0, "2026-01-01T00:00:05Z"]);
    expect(response.txhash).toBe(broadcast.txhash);
    expect(response.txhash).toBe(createHash("sha256").update(tx).digest("hex").toUpperCase());
    expect(response.tx?.typeUrl).toBe("/cosmos.tx.v1beta1.Tx");
    expect(response.events.some((e) => e.type === "transfer")).toBe(true);
    const search = chain.query(TxService.method.getTxsEvent, { events: [`message.sender='${alice!.address}'`] });
    expect(search.txResponses.map((r) => r.txhash)).toEqual([broadcast.txhash]);
    expect(search.pagination?.total).toBe(1n);
    const again = () => chain.query(TxService.method.broadcastTx, { txBytes: tx, mode: BroadcastMode.SYNC });
    expect(again).toThrow("tx already exists in cache: tx already in mempool");
  });

  it("answers an unknown hash with NotFound and refuses block mode", async () => {
    const chain = createChain({ staking: false });
    let error: unknown;
    try {
      chain.query(TxService.method.getTx, { hash: "AA".repeat(32) });
    } catch (caught) {
      error = caught;
    }
    expect((error as ChainError).message).toBe(
      `rpc error: code = NotFound desc = tx not found: ${"AA".repeat(32)}: key not found`,
    );
    const tx = await signTx(signer, [msgSend(alice!.address, bob!.address, 3n)], { accountNumber: 0n, sequence: 0n });
    expect(() => chain.query(TxService.method.broadcastTx, { txBytes: tx, mode: BroadcastMode.BLOCK })).toThrow(
      /unsupported broadcast mode/,
    );
  });

  it("returns a block with its decoded txs", async () => {
    const chain = createChain({ staking: false });
    chain.broadcastTx(
      await signTx(signer, [msgSend(alice!.address, bob!.address, 3n)], { accountNumber: 0n, sequence: 0n }),
    );
    const result = chain.query(TxService.method.getBlockWithTxs, { height: 2n });
    expect(result.txs.length).toBe(1);
    expect(result.block?.header?.height).toBe(2n);
    expect(result.blockId?.hash).toEqual(chain.block(2n)!.blockId.hash);
  });
});
