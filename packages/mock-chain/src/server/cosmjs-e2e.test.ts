// End to end with unmodified cosmjs: SigningStargateClient connects by URL (auto-detecting CometBFT 0.38), signs
// bank sends in DIRECT mode and with an amino-only wallet, waits for inclusion, and the balances agree over RPC and
// REST.
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { assertIsDeliverTxSuccess, GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { type RunningMockChain, startMockChain } from "./start.js";

let running: RunningMockChain;
let reader: StargateClient;

/** cosmjs waits this long between inclusion polls (its default of 3 s only slows a local chain down). */
const POLL_MS = 20;

beforeAll(async () => {
  running = await startMockChain();
  reader = await StargateClient.connect(running.rpcUrl);
});

afterAll(async () => {
  reader.disconnect();
  await running.stop();
});

async function restBalance(address: string): Promise<string> {
  const response = await fetch(`${running.restUrl}/cosmos/bank/v1beta1/balances/${address}/by_denom?denom=uxprt`);
  return ((await response.json()) as { balance: { amount: string } }).balance.amount;
}

async function connect(wallet: OfflineSigner): Promise<SigningStargateClient> {
  return SigningStargateClient.connectWithSigner(running.rpcUrl, wallet, {
    gasPrice: GasPrice.fromString("0.025uxprt"),
    broadcastPollIntervalMs: POLL_MS,
  });
}

describe("SigningStargateClient against the mock chain", () => {
  it("sends tokens in SIGN_MODE_DIRECT", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, { prefix: DEVNET.bech32Prefix });
    const [sender] = await wallet.getAccounts();
    const recipient = DEVNET.accounts[6]!.address;
    const client = await connect(wallet);
    expect(await client.getChainId()).toBe(DEVNET.chainId);
    const before = BigInt((await reader.getBalance(recipient, "uxprt")).amount);

    const result = await client.sendTokens(sender!.address, recipient, [{ denom: "uxprt", amount: "123456" }], "auto");
    assertIsDeliverTxSuccess(result);
    expect(result.height).toBe(await reader.getHeight());
    expect((await reader.getTx(result.transactionHash))?.code).toBe(0);
    expect((await reader.getBalance(recipient, "uxprt")).amount).toBe(String(before + 123_456n));
    expect(await restBalance(recipient)).toBe(String(before + 123_456n));
    client.disconnect();
  });

  it("sends tokens with an amino-only wallet (SIGN_MODE_LEGACY_AMINO_JSON)", async () => {
    const wallet = await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, { prefix: DEVNET.bech32Prefix });
    const [sender] = await wallet.getAccounts();
    const recipient = DEVNET.accounts[7]!.address;
    const client = await connect(wallet);
    const before = BigInt(await restBalance(recipient));
    const senderBefore = BigInt(await restBalance(sender!.address));

    const result = await client.sendTokens(
      sender!.address,
      recipient,
      [{ denom: "uxprt", amount: "777" }],
      {
        amount: [{ denom: "uxprt", amount: "5000" }],
        gas: "200000",
      },
      "amino memo",
    );
    assertIsDeliverTxSuccess(result);
    expect(BigInt(await restBalance(recipient))).toBe(before + 777n);
    expect(BigInt(await restBalance(sender!.address))).toBe(senderBefore - 777n - 5_000n);
    const tx = await fetch(`${running.restUrl}/cosmos/tx/v1beta1/txs/${result.transactionHash}`);
    const body = (await tx.json()) as LooseJson;
    expect(body.tx.auth_info.signer_infos[0].mode_info.single.mode).toBe("SIGN_MODE_LEGACY_AMINO_JSON");
    expect(body.tx.body.memo).toBe("amino memo");
    client.disconnect();
  });

  it("reports a failing send with the SDK's code and leaves balances unchanged", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, { prefix: DEVNET.bech32Prefix });
    const [sender] = await wallet.getAccounts();
    const recipient = DEVNET.accounts[8]!.address;
    const client = await connect(wallet);
    const before = await restBalance(recipient);
    const tooMuch = (DEVNET.balances.account * 10n).toString();
    const fee = { amount: [{ denom: "uxprt", amount: "5000" }], gas: "200000" };
    const result = await client.sendTokens(sender!.address, recipient, [{ denom: "uxprt", amount: tooMuch }], fee);
    expect(result.code).toBe(5);
    expect(result.rawLog).toMatch(/insufficient funds/);
    expect(await restBalance(recipient)).toBe(before);
    client.disconnect();
  });
});
