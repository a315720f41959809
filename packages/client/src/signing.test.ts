import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineDirectSigner } from "@cosmjs/proto-signing";
import { DEVNET } from "@persistence-sdk/mock-chain";
import { MsgSendSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { describe, expect, it } from "vitest";
import { persistenceMockDevnet } from "./chains.js";
import { createClient } from "./client.js";
import { toAmino } from "./cosmjs.js";
import { NoSignerError, SignerMismatchError, SigningError } from "./errors.js";
import { txMessage } from "./messages.js";
import { resolveSigner, signTx } from "./signing.js";
import { FakeComet } from "./testing.test-support.js";

const clientWith = (signer?: Parameters<typeof createClient>[0]["signer"], signerAddress?: string) =>
  createClient({
    rpcUrl: "http://x",
    chain: persistenceMockDevnet,
    comet: new FakeComet(),
    ...(signer === undefined ? {} : { signer }),
    ...(signerAddress === undefined ? {} : { signerAddress }),
  });

const options = { prefix: "persistence", hdPaths: [makeCosmoshubPath(0), makeCosmoshubPath(1)] };

describe("resolveSigner", () => {
  it("direct wallets sign DIRECT, amino-only wallets sign amino JSON", async () => {
    const direct = await resolveSigner(
      clientWith(await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)),
      "t",
    );
    expect(direct).toMatchObject({ mode: "direct", address: DEVNET.accounts[0]!.address });
    expect(direct.pubKey).toHaveLength(33);
    const amino = await resolveSigner(clientWith(await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)), "t");
    expect(amino).toMatchObject({ mode: "amino", address: DEVNET.accounts[0]!.address });
  });

  it("picks the account named by signerAddress", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
    const resolved = await resolveSigner(clientWith(wallet, DEVNET.accounts[1]!.address), "t");
    expect(resolved.address).toBe(DEVNET.accounts[1]!.address);
    await expect(resolveSigner(clientWith(wallet, DEVNET.accounts[2]!.address), "t")).rejects.toBeInstanceOf(
      SignerMismatchError,
    );
  });

  it("no signer, no accounts, a refusing wallet, a non-secp256k1 key", async () => {
    await expect(resolveSigner(clientWith(), "sendTx")).rejects.toBeInstanceOf(NoSignerError);
    const empty: OfflineDirectSigner = {
      getAccounts: async () => [],
      signDirect: async () => Promise.reject(new Error()),
    };
    await expect(resolveSigner(clientWith(empty), "t")).rejects.toMatchObject({ code: "SIGNER_MISMATCH" });
    const refusing: OfflineDirectSigner = {
      getAccounts: async () => Promise.reject(new Error("Request rejected")),
      signDirect: async () => Promise.reject(new Error()),
    };
    await expect(resolveSigner(clientWith(refusing), "t")).rejects.toMatchObject({
      code: "SIGNING_FAILED",
      isRetryable: true,
    });
    const ed25519: OfflineDirectSigner = {
      getAccounts: async () => [{ address: DEVNET.accounts[0]!.address, algo: "ed25519", pubkey: new Uint8Array(32) }],
      signDirect: async () => Promise.reject(new Error()),
    };
    await expect(resolveSigner(clientWith(ed25519), "t")).rejects.toMatchObject({ code: "UNSUPPORTED_SIGNER" });
  });
});

describe("signTx", () => {
  const message = txMessage(MsgSendSchema, {
    fromAddress: DEVNET.accounts[0]!.address,
    toAddress: DEVNET.accounts[1]!.address,
  });
  const tx = {
    messages: [message],
    memo: "",
    timeoutHeight: 0n,
    fee: { amount: [], gas: 100_000n },
    chainId: "persistence-mock-1",
    accountNumber: 1n,
    sequence: 0n,
  };

  it("a wallet that refuses to sign is a SigningError (the user rejected it)", async () => {
    const wallet = await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
    const resolved = await resolveSigner(clientWith(wallet), "t");
    const refusing = {
      ...resolved,
      signer: {
        getAccounts: wallet.getAccounts.bind(wallet),
        signAmino: () => Promise.reject(new Error("Transaction declined")),
      },
    };
    const error = await signTx(refusing, tx, [toAmino(message)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SigningError);
    expect((error as Error).message).toContain("Transaction declined");
  });

  it("direct and amino signatures are 64 bytes in a TxRaw", async () => {
    for (const wallet of [
      await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options),
      await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options),
    ]) {
      const resolved = await resolveSigner(clientWith(wallet), "t");
      const bytes = await signTx(resolved, tx, [toAmino(message)]);
      expect(bytes.length).toBeGreaterThan(100);
    }
  });
});
