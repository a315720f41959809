// sendTx against the mock chain over real HTTP with real signatures: bank sends signed DIRECT and in amino JSON
// (an amino-only wallet, as Ledger is), several messages in one transaction, explicit fees, wallets that change the
// fee or memo while signing, fee estimates, and the onStatus sequence.
import { fromBinary, toBinary } from "@bufbuild/protobuf";
import type { AminoSignResponse, OfflineAminoSigner, StdSignDoc } from "@cosmjs/amino";
import { fromHex } from "@cosmjs/encoding";
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { MsgSendResponseSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import {
  MsgDelegateResponseSchema,
  MsgDelegateSchema,
  Query as StakingQuery,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import { AuthInfoSchema, TxBodySchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estimateFee } from "./estimateFee.js";
import { findEvents } from "./events.js";
import { getAccount } from "./getAccount.js";
import { txMessage } from "./messages.js";
import { query } from "./query.js";
import { sendTx } from "./sendTx.js";
import type { TxStatus } from "./status.js";
import { balanceOf, devnetClient, fundedAccount, RECIPIENT, send, startChain } from "./testing.test-support.js";
import { msgResponseOf } from "./tx.js";

let chain: RunningMockChain;
let validator: string;

beforeAll(async () => {
  chain = await startChain();
  const reader = devnetClient(chain);
  const { validators } = await query(reader, StakingQuery.method.validators, {});
  validator = validators[0]!.operatorAddress;
});

afterAll(async () => {
  await chain.stop();
});

/** The sign mode the chain recorded for a transaction. */
function signModeOf(txBytes: Uint8Array): SignMode | undefined {
  const raw = fromBinary(TxRawSchema, txBytes);
  const info = fromBinary(AuthInfoSchema, raw.authInfoBytes).signerInfos[0]?.modeInfo?.sum;
  return info?.case === "single" ? info.value.mode : undefined;
}

describe.each(["direct", "amino"] as const)("a bank send signed %s", (mode) => {
  it("moves exactly the amount, pays the fee, and decodes the result", async () => {
    const { wallet, address } = await fundedAccount(chain, mode);
    const client = devnetClient(chain, { signer: wallet, gasPrice: "0.025uxprt" });
    const before = await balanceOf(client, RECIPIENT);
    const statuses: TxStatus["status"][] = [];

    const result = await sendTx(client, {
      messages: [send(address, RECIPIENT, 1234n)],
      memo: `memo ${mode}`,
      onStatus: (s) => statuses.push(s.status),
    });

    expect(statuses).toEqual(["signing", "broadcasting", "broadcast", "included"]);
    expect(result.hash).toMatch(/^[0-9A-F]{64}$/);
    expect(result.height).toBeGreaterThan(1);
    expect(result.memo).toBe(`memo ${mode}`);
    expect(result.gasUsed).toBeLessThanOrEqual(result.gasWanted);
    expect(result.simulatedGas).toBeDefined();
    expect(result.fee.gas).toBe(result.gasWanted);
    const paid = result.fee.amount[0]!.amount;
    expect(paid).toBeGreaterThan(0n);
    expect(await balanceOf(client, RECIPIENT)).toBe(before + 1234n);
    expect(await balanceOf(client, address)).toBe(10_000_000n - 1234n - paid);
    expect(findEvents(result.events, "transfer", 0)[0]?.attributes).toMatchObject({
      sender: address,
      recipient: RECIPIENT,
      amount: "1234uxprt",
    });
    expect(result.msgResponses).toHaveLength(1);
    expect(result.msgResponses[0]!.typeUrl).toBe("/cosmos.bank.v1beta1.MsgSendResponse");
    expect(msgResponseOf(result, MsgSendResponseSchema, 0).$typeName).toBe("cosmos.bank.v1beta1.MsgSendResponse");
    const included = chain.chain.tx(fromHex(result.hash));
    expect(signModeOf(included!.tx)).toBe(mode === "direct" ? SignMode.DIRECT : SignMode.LEGACY_AMINO_JSON);
    expect((await getAccount(client, address)).sequence).toBe(1n);
  });

  it("sends several messages in one transaction, atomically, with each response decoded", async () => {
    const { wallet, address } = await fundedAccount(chain, mode);
    const client = devnetClient(chain, { signer: wallet });
    const before = await balanceOf(client, RECIPIENT);
    const delegate = txMessage(MsgDelegateSchema, {
      delegatorAddress: address,
      validatorAddress: validator,
      amount: { denom: "uxprt", amount: "1000000" },
    });

    const result = await sendTx(client, {
      messages: [send(address, RECIPIENT, 10n), delegate, send(address, RECIPIENT, 20n)],
    });

    expect(result.msgResponses.map((r) => r.typeUrl)).toEqual([
      "/cosmos.bank.v1beta1.MsgSendResponse",
      "/cosmos.staking.v1beta1.MsgDelegateResponse",
      "/cosmos.bank.v1beta1.MsgSendResponse",
    ]);
    expect(msgResponseOf(result, MsgDelegateResponseSchema, 1).$typeName).toBe(
      "cosmos.staking.v1beta1.MsgDelegateResponse",
    );
    expect(findEvents(result.events, "delegate", 1)).toHaveLength(1);
    expect(await balanceOf(client, RECIPIENT)).toBe(before + 30n);
    const delegation = await query(client, StakingQuery.method.delegation, {
      delegatorAddr: address,
      validatorAddr: validator,
    });
    expect(delegation.delegationResponse?.balance?.amount).toBe("1000000");
  });
});

describe("fees", () => {
  it("an explicit gas limit pays ceil(gas × gas price) and nothing is simulated", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, gasPrice: "0.0125uxprt" });
    const result = await sendTx(client, { messages: [send(address, RECIPIENT, 1n)], fee: { gas: 150_001n } });
    expect(result.simulatedGas).toBeUndefined();
    expect(result.fee).toEqual({ amount: [{ denom: "uxprt", amount: 1876n }], gas: 150_001n });
    expect(await balanceOf(client, address)).toBe(10_000_000n - 1n - 1876n);
  });

  it("an explicit amount is paid as given", async () => {
    const { wallet, address } = await fundedAccount(chain, "amino");
    const client = devnetClient(chain, { signer: wallet });
    const result = await sendTx(client, {
      messages: [send(address, RECIPIENT, 1n)],
      fee: { gas: 200_000n, amount: [{ denom: "uxprt", amount: 5000n }] },
    });
    expect(result.fee).toEqual({ amount: [{ denom: "uxprt", amount: 5000n }], gas: 200_000n });
  });

  it("a zero gas price sends no fee coin at all", async () => {
    const { wallet, address } = await fundedAccount(chain, "amino");
    const client = devnetClient(chain, { signer: wallet });
    const result = await sendTx(client, { messages: [send(address, RECIPIENT, 1n)] });
    expect(result.fee.amount).toEqual([]);
    expect(await balanceOf(client, address)).toBe(10_000_000n - 1n);
  });

  it("gas = ceil(simulated × gasMultiplier); estimateFee previews it without signing", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, gasPrice: "0.03uxprt", gasMultiplier: 1.5 });
    const estimate = await estimateFee(client, { messages: [send(address, RECIPIENT, 5n)] });
    expect(estimate.gas).toBe((estimate.simulatedGas * 3n + 1n) / 2n);
    expect(estimate.amount).toEqual([{ denom: "uxprt", amount: (estimate.gas * 3n + 99n) / 100n }]);
    expect((await getAccount(client, address)).sequence).toBe(0n);

    const result = await sendTx(client, { messages: [send(address, RECIPIENT, 5n)] });
    const simulated = result.simulatedGas!;
    expect(result.gasWanted).toBe((simulated * 3n + 1n) / 2n);
    expect(result.fee.amount).toEqual([{ denom: "uxprt", amount: (result.gasWanted * 3n + 99n) / 100n }]);
  });
});

/** An amino-only wallet that changes the fee and memo before signing, as a wallet UI may. */
function editingWallet(inner: OfflineAminoSigner): OfflineAminoSigner {
  return {
    getAccounts: () => inner.getAccounts(),
    signAmino: (address: string, doc: StdSignDoc): Promise<AminoSignResponse> =>
      inner.signAmino(address, {
        ...doc,
        memo: "edited by the wallet",
        fee: { amount: [{ denom: "uxprt", amount: "7777" }], gas: "250000" },
      }),
  };
}

describe("wallets that edit the sign doc", () => {
  it("amino: the transaction is built from what was signed (fee and memo as the wallet set them)", async () => {
    const { wallet, address } = await fundedAccount(chain, "amino");
    const client = devnetClient(chain, { signer: editingWallet(wallet as OfflineAminoSigner) });
    const result = await sendTx(client, { messages: [send(address, RECIPIENT, 3n)], memo: "mine" });
    expect(result.memo).toBe("edited by the wallet");
    expect(result.fee).toEqual({ amount: [{ denom: "uxprt", amount: 7777n }], gas: 250_000n });
    expect(await balanceOf(client, address)).toBe(10_000_000n - 3n - 7777n);
  });

  it("direct: the signed body and auth info bytes the wallet returns are broadcast", async () => {
    const { wallet, address } = await fundedAccount(chain, "direct");
    const inner = wallet as OfflineDirectSigner;
    const editing: OfflineDirectSigner = {
      getAccounts: () => inner.getAccounts(),
      signDirect: (signer, doc) => {
        const body = fromBinary(TxBodySchema, doc.bodyBytes);
        body.memo = "direct edit";
        return inner.signDirect(signer, {
          ...doc,
          bodyBytes: toBinary(TxBodySchema, body),
        });
      },
    };
    const client = devnetClient(chain, { signer: editing });
    const result = await sendTx(client, { messages: [send(address, RECIPIENT, 3n)], memo: "mine" });
    expect(result.memo).toBe("direct edit");
  });
});
