// sendTx's control flow with a scripted node: bounded sequence retries, status callbacks that throw, and the order
// of checks. (Everything else runs against the mock chain in the *.integration.test.ts files.)
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { anyPack } from "@bufbuild/protobuf/wkt";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { DEVNET } from "@persistence-sdk/mock-chain";
import { BaseAccountSchema, QueryAccountResponseSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { AuthInfoSchema, SimulateResponseSchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { beforeAll, describe, expect, it } from "vitest";
import { persistenceMockDevnet } from "./chains.js";
import { createClient } from "./client.js";
import { SequenceMismatchError } from "./errors.js";
import { sendTx } from "./sendTx.js";
import type { TxStatus } from "./status.js";
import { FakeComet, indexedTx, okResult, send } from "./testing.test-support.js";

const ADDRESS = DEVNET.accounts[0]!.address;
let wallet: DirectSecp256k1HdWallet;

beforeAll(async () => {
  wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, { prefix: "persistence" });
});

/** A node that knows one account at `sequence` and simulates everything at 50 000 gas. */
function scriptedNode(sequence: () => bigint) {
  const comet = new FakeComet();
  comet.abciQueryHandler = async ({ path }) => {
    if (path === "/cosmos.auth.v1beta1.Query/Account") {
      const account = create(BaseAccountSchema, { address: ADDRESS, accountNumber: 1n, sequence: sequence() });
      const response = create(QueryAccountResponseSchema, { account: anyPack(BaseAccountSchema, account) });
      return { code: 0, codespace: "", value: toBinary(QueryAccountResponseSchema, response) };
    }
    if (path === "/cosmos.tx.v1beta1.Service/Simulate") {
      const response = create(SimulateResponseSchema, { gasInfo: { gasUsed: 50_000n, gasWanted: 0n } });
      return { code: 0, codespace: "", value: toBinary(SimulateResponseSchema, response) };
    }
    throw new Error(`unexpected ${path}`);
  };
  const client = createClient({
    rpcUrl: "http://x",
    chain: persistenceMockDevnet,
    signer: wallet,
    comet,
    pollIntervalMs: 1,
  });
  return { comet, client };
}

describe("sendTx with a scripted node", () => {
  it("a sequence mismatch that never resolves is retried 3 times, then thrown", async () => {
    const { comet, client } = scriptedNode(() => 4n);
    const sequences: bigint[] = [];
    comet.broadcastHandler = async ({ tx }) => {
      const authInfo = fromBinary(AuthInfoSchema, fromBinary(TxRawSchema, tx).authInfoBytes);
      sequences.push(authInfo.signerInfos[0]!.sequence);
      return {
        ...okResult({
          code: 32,
          codespace: "sdk",
          log: "account sequence mismatch, expected 9, got 4: incorrect account sequence",
        }),
        hash: new Uint8Array(32),
      };
    };
    const statuses: TxStatus["status"][] = [];
    const error = await sendTx(client, {
      messages: [send(ADDRESS, ADDRESS, 1n)],
      onStatus: (s) => statuses.push(s.status),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SequenceMismatchError);
    expect(error).toMatchObject({ expected: 9n, got: 4n, phase: "checkTx", isRetryable: true });
    // The first attempt used the account's sequence, every retry the one the chain said it expected.
    expect(sequences).toEqual([4n, 9n, 9n, 9n]);
    expect(comet.count("broadcast_tx_sync")).toBe(4);
    expect(statuses.filter((s) => s === "signing")).toHaveLength(4);
    expect(statuses.at(-1)).toBe("failed");
  });

  it("an onStatus callback that throws does not break the transaction", async () => {
    const { comet, client } = scriptedNode(() => 0n);
    let broadcastBytes: Uint8Array = new Uint8Array();
    comet.broadcastHandler = async ({ tx }) => {
      broadcastBytes = tx;
      return { ...okResult(), hash: new Uint8Array(32) };
    };
    comet.txSearchHandler = async () => ({
      txs: [indexedTx(broadcastBytes, new Uint8Array(32).fill(9), okResult())],
      totalCount: 1,
    });
    const result = await sendTx(client, {
      messages: [send(ADDRESS, ADDRESS, 1n)],
      onStatus: () => {
        throw new Error("UI bug");
      },
    });
    expect(result.height).toBe(7);
    expect(result.gasWanted).toBe(0n);
    expect(result.fee.gas).toBe(70_000n);
  });

  it("checks the input before any network call", async () => {
    const { comet, client } = scriptedNode(() => 0n);
    await expect(sendTx(client, { messages: [send(ADDRESS, ADDRESS, 1n)], memo: 5 as never })).rejects.toMatchObject({
      field: "memo",
    });
    await expect(sendTx(client, { messages: [send(ADDRESS, ADDRESS, 1n)], timeoutHeight: -1n })).rejects.toMatchObject({
      field: "timeoutHeight",
    });
    await expect(
      sendTx(client, { messages: [send(ADDRESS, ADDRESS, 1n)], fee: "cheap" as never }),
    ).rejects.toMatchObject({
      field: "fee",
    });
    expect(comet.calls).toEqual([]);
  });
});
