// Every refusal the chain can give a transaction, as the typed error an app switches on, against the mock chain
// (which requires 0.025uxprt per gas here, like a validator with minimum gas prices); and input the client refuses
// before anything is signed or sent.
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { MsgSendSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { persistenceMockDevnet } from "./chains.js";
import {
  AccountNotFoundError,
  InsufficientFeeError,
  InsufficientFundsError,
  NoSignerError,
  OutOfGasError,
  SignerMismatchError,
  TxFailedError,
  UnauthorizedError,
} from "./errors.js";
import { getAccount } from "./getAccount.js";
import type { TxMessage } from "./messages.js";
import { query } from "./query.js";
import { sendTx } from "./sendTx.js";
import type { TxStatus } from "./status.js";
import {
  balanceOf,
  chainActivity,
  devnetClient,
  freshIndex,
  fundedAccount,
  RECIPIENT,
  send,
  startChain,
  walletAt,
} from "./testing.test-support.js";

let chain: RunningMockChain;
let validator: string;
const PRICE = "0.025uxprt";

beforeAll(async () => {
  chain = await startChain({ minGasPrices: PRICE });
  const { validators } = await query(devnetClient(chain), StakingQuery.method.validators, {});
  validator = validators[0]!.operatorAddress;
});

afterAll(async () => {
  await chain.stop();
});

describe("chain refusals", () => {
  it("an account that was never funded: AccountNotFoundError before signing", async () => {
    const wallet = await walletAt(freshIndex(), "direct");
    const address = (await wallet.getAccounts())[0]!.address;
    const client = devnetClient(chain, { signer: wallet, gasPrice: PRICE });
    const error = await sendTx(client, { messages: [send(address, RECIPIENT, 1n)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountNotFoundError);
    expect(error).toMatchObject({ code: "ACCOUNT_NOT_FOUND", address });
    await expect(getAccount(client, address)).rejects.toBeInstanceOf(AccountNotFoundError);
  });

  it("insufficient funds found by the simulation: InsufficientFundsError, nothing broadcast", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, gasPrice: PRICE });
    const before = chainActivity(chain);
    const error = await sendTx(client, { messages: [send(address, RECIPIENT, 10_000_001n)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientFundsError);
    expect(error).toMatchObject({ code: "INSUFFICIENT_FUNDS", phase: "simulate", included: false, abciCode: 5 });
    expect(chainActivity(chain)).toEqual(before);
  });

  it("insufficient funds with an explicit fee: the DeliverTx failure, included, with hash and height", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, gasPrice: PRICE });
    const statuses: TxStatus[] = [];
    const error = (await sendTx(client, {
      messages: [send(address, RECIPIENT, 10_000_001n)],
      fee: { gas: 200_000n },
      onStatus: (s) => statuses.push(s),
    }).catch((e: unknown) => e)) as InsufficientFundsError;
    expect(error).toBeInstanceOf(InsufficientFundsError);
    expect(error).toBeInstanceOf(TxFailedError);
    expect(error).toMatchObject({ phase: "deliverTx", included: true, codespace: "sdk", abciCode: 5 });
    expect(error.hash).toMatch(/^[0-9A-F]{64}$/);
    expect(error.height).toBeGreaterThan(0);
    expect(error.gasWanted).toBe(200_000n);
    expect(statuses.map((s) => s.status)).toEqual(["signing", "broadcasting", "broadcast", "failed"]);
    expect(statuses.at(-1)).toMatchObject({ status: "failed", hash: error.hash, error });
    // The fee was paid and the sequence used, as on a real chain.
    expect(await balanceOf(client, address)).toBe(10_000_000n - 5000n);
    expect((await getAccount(client, address)).sequence).toBe(1n);
  });

  it("a fee below the node's minimum gas price: InsufficientFeeError from CheckTx, nothing included", async () => {
    const { wallet, address } = await fundedAccount(chain, "amino");
    const client = devnetClient(chain, { signer: wallet, gasPrice: "0.01uxprt" });
    const before = chainActivity(chain);
    const error = await sendTx(client, { messages: [send(address, RECIPIENT, 1n)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientFeeError);
    expect(error).toMatchObject({ code: "INSUFFICIENT_FEE", phase: "checkTx", included: false, abciCode: 13 });
    expect((error as InsufficientFeeError).log).toMatch(/required: \d+uxprt/);
    expect(chainActivity(chain)).toEqual(before);
    expect((await getAccount(client, address)).sequence).toBe(0n);
    // At the node's price it goes through.
    const ok = devnetClient(chain, { signer: wallet, gasPrice: PRICE });
    await expect(sendTx(ok, { messages: [send(address, RECIPIENT, 1n)] })).resolves.toMatchObject({
      height: expect.any(Number),
    });
  });

  it("an explicit gas limit too low for the ante handler: OutOfGasError from CheckTx with both figures", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, gasPrice: PRICE });
    const error = (await sendTx(client, { messages: [send(address, RECIPIENT, 1n)], fee: { gas: 1000n } }).catch(
      (e: unknown) => e,
    )) as OutOfGasError;
    expect(error).toBeInstanceOf(OutOfGasError);
    expect(error).toMatchObject({ code: "OUT_OF_GAS", phase: "checkTx", gasWanted: 1000n, included: false });
    expect(error.gasUsed).toBeGreaterThan(1000n);
    expect(error.simulatedGas).toBeUndefined();
  });

  it("an 'auto' fee with a multiplier below 1 runs out of gas, and the error carries the simulated figure", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, gasPrice: PRICE, gasMultiplier: 0.5 });
    const error = (await sendTx(client, { messages: [send(address, RECIPIENT, 1n)] }).catch(
      (e: unknown) => e,
    )) as OutOfGasError;
    expect(error).toBeInstanceOf(OutOfGasError);
    expect(error.simulatedGas).toBeGreaterThan(0n);
    expect(error.gasWanted).toBe((error.simulatedGas! + 1n) / 2n);
    expect(error.fix).toContain(`${error.simulatedGas}`);
  });

  it("out of gas while executing the messages: a DeliverTx OutOfGasError, included", async () => {
    // Ten sends: the messages use most of the gas, so 80% of the simulated figure passes the ante handler (CheckTx)
    // and runs out while executing.
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet, gasPrice: PRICE, gasMultiplier: 0.8 });
    const messages = Array.from({ length: 10 }, () => send(address, RECIPIENT, 1n));
    const error = (await sendTx(client, { messages }).catch((e: unknown) => e)) as OutOfGasError;
    expect(error).toBeInstanceOf(OutOfGasError);
    expect(error).toMatchObject({ phase: "deliverTx", included: true });
    expect(error.gasUsed).toBeGreaterThan(error.gasWanted!);
    expect(error.simulatedGas).toBeDefined();
    // The sends were reverted; only the fee, ceil(gas × 0.025), was paid.
    expect(await balanceOf(client, address)).toBe(10_000_000n - (error.gasWanted! * 25n + 999n) / 1000n);
  });

  it("a chain config with the wrong chain id: the signature does not verify (UnauthorizedError)", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, {
      signer: wallet,
      gasPrice: PRICE,
      chain: { ...persistenceMockDevnet, chainId: "core-1" },
    });
    const error = await sendTx(client, { messages: [send(address, RECIPIENT, 1n)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ code: "UNAUTHORIZED", phase: "checkTx", abciCode: 4 });
  });
});

describe("bad input is refused before anything is signed or sent", () => {
  async function spyClient() {
    const { wallet, address } = await fundedAccount(chain);
    const inner = wallet as OfflineDirectSigner;
    const signDirect = vi.fn(inner.signDirect.bind(inner));
    const client = devnetClient(chain, {
      signer: { getAccounts: () => inner.getAccounts(), signDirect },
      gasPrice: PRICE,
    });
    return { client, address, signDirect };
  }

  const otherChainAddress = (address: string) => toBech32("cosmos", fromBech32(address, 1023).data);

  const cases: [string, (address: string) => { messages: readonly TxMessage[]; fee?: { gas: bigint } }, string][] = [
    ["no messages", () => ({ messages: [] }), "INVALID_ARGUMENT"],
    [
      "a recipient with a broken checksum",
      (a) => ({ messages: [send(a, `${RECIPIENT.slice(0, -1)}x`, 1n)] }),
      "INVALID_ADDRESS",
    ],
    [
      "a recipient of another chain",
      (a) => ({ messages: [send(a, otherChainAddress(RECIPIENT), 1n)] }),
      "WRONG_ADDRESS_PREFIX",
    ],
    ["a message signed by someone else", (_a) => ({ messages: [send(RECIPIENT, RECIPIENT, 1n)] }), "SIGNER_MISMATCH"],
    ["a zero gas limit", (a) => ({ messages: [send(a, RECIPIENT, 1n)], fee: { gas: 0n } }), "INVALID_ARGUMENT"],
    [
      "a message not built by txMessage",
      (a) => ({
        messages: [
          { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: a }, schema: MsgSendSchema } as never,
        ],
      }),
      "INVALID_ARGUMENT",
    ],
  ];

  it.each(cases)("%s", async (_name, build, code) => {
    const { client, address, signDirect } = await spyClient();
    const before = chainActivity(chain);
    const error = await sendTx(client, build(address)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code });
    expect(signDirect).not.toHaveBeenCalled();
    expect(chainActivity(chain)).toEqual(before);
  });

  it("a signer mismatch names the field and the signer's address", async () => {
    const { client, address } = await spyClient();
    const error = (await sendTx(client, { messages: [send(RECIPIENT, RECIPIENT, 1n)] }).catch(
      (e: unknown) => e,
    )) as SignerMismatchError;
    expect(error).toBeInstanceOf(SignerMismatchError);
    expect(error.field).toBe("messages[0].value.fromAddress");
    expect(error.expected).toBe(address);
  });

  it("a validator operator address where an account is expected is refused with a specific message", async () => {
    const { client, address } = await spyClient();
    const error = await sendTx(client, { messages: [send(address, validator, 1n)] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "WRONG_ADDRESS_PREFIX", field: "messages[0].value.toAddress" });
    expect((error as Error).message).toContain("validator operator address");
  });

  it("a client without a signer: NoSignerError", async () => {
    const client = devnetClient(chain);
    const error = await sendTx(client, { messages: [send(RECIPIENT, RECIPIENT, 1n)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoSignerError);
  });

  it("a wallet of another chain's prefix is refused before signing", async () => {
    const { wallet } = await fundedAccount(chain);
    const mnemonicWallet = wallet as OfflineDirectSigner;
    const cosmosWallet: OfflineDirectSigner = {
      getAccounts: async () =>
        (await mnemonicWallet.getAccounts()).map((a) => ({ ...a, address: otherChainAddress(a.address) })),
      signDirect: vi.fn(),
    };
    const client = devnetClient(chain, { signer: cosmosWallet });
    const error = await sendTx(client, { messages: [send(RECIPIENT, RECIPIENT, 1n)] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "WRONG_ADDRESS_PREFIX", field: "signer address" });
    expect(cosmosWallet.signDirect).not.toHaveBeenCalled();
  });

  it("a negative gas limit and a malformed fee amount are refused", async () => {
    const { client, address, signDirect } = await spyClient();
    await expect(sendTx(client, { messages: [send(address, RECIPIENT, 1n)], fee: { gas: -1n } })).rejects.toMatchObject(
      {
        code: "INVALID_ARGUMENT",
        field: "fee.gas",
      },
    );
    await expect(
      sendTx(client, {
        messages: [send(address, RECIPIENT, 1n)],
        fee: { gas: 100_000n, amount: [{ denom: "u", amount: 1n }] },
      }),
    ).rejects.toMatchObject({ code: "INVALID_DENOM", field: "fee.amount[0].denom" });
    expect(signDirect).not.toHaveBeenCalled();
  });
});
