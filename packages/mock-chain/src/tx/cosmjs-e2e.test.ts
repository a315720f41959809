// End to end: unmodified cosmjs clients over real HTTP against a served chain, signing with real keys in both sign
// modes, as a dApp would.
import { create, toBinary } from "@bufbuild/protobuf";
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import { genesisBalances } from "../genesis/genesis-expectations.test-support.js";
import { type RunningMockChain, startMockChain } from "../server/start.js";

const [alice, bob, carol] = DEVNET.accounts;
let served: RunningMockChain;

beforeAll(async () => {
  served = await startMockChain({ staking: false });
});

afterAll(async () => {
  await served?.stop();
});

async function connect(wallet: DirectSecp256k1HdWallet | Secp256k1HdWallet): Promise<SigningStargateClient> {
  const comet = await Comet38Client.connect(served.rpcUrl);
  // cosmjs polls for inclusion every 3 s by default; the mock includes a tx before broadcast_tx_sync returns.
  return SigningStargateClient.createWithSigner(comet, wallet, {
    gasPrice: GasPrice.fromString("0.025uxprt"),
    broadcastPollIntervalMs: 50,
  });
}

describe("cosmjs over HTTP", () => {
  it("sends in SIGN_MODE_DIRECT, estimating gas by simulation, and waits for inclusion", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, {
      prefix: DEVNET.bech32Prefix,
      hdPaths: [makeCosmoshubPath(0)],
    });
    const client = await connect(wallet);
    const before = await client.getBalance(bob!.address, "uxprt");
    const result = await client.sendTokens(
      alice!.address,
      bob!.address,
      [{ denom: "uxprt", amount: "12345" }],
      "auto",
      "direct",
    );
    expect(result.code).toBe(0);
    expect(result.height).toBeGreaterThan(1);
    expect(result.gasUsed).toBeGreaterThan(0n);
    expect(result.events.some((event) => event.type === "transfer")).toBe(true);
    const after = await client.getBalance(bob!.address, "uxprt");
    expect(BigInt(after.amount) - BigInt(before.amount)).toBe(12345n);
    const fetched = await client.getTx(result.transactionHash);
    expect(fetched?.height).toBe(result.height);
    client.disconnect();
  });

  it("sends in SIGN_MODE_LEGACY_AMINO_JSON with a memo and an explicit fee", async () => {
    const wallet = await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, {
      prefix: DEVNET.bech32Prefix,
      hdPaths: [makeCosmoshubPath(2)],
    });
    const client = await connect(wallet);
    const fee = { amount: [{ denom: "uxprt", amount: "5000" }], gas: "200000" };
    const result = await client.sendTokens(
      carol!.address,
      bob!.address,
      [{ denom: "uxprt", amount: "777" }],
      fee,
      "amino <&> memo",
    );
    expect(result.code).toBe(0);
    const account = await client.getAccount(carol!.address);
    expect(Number(account?.sequence)).toBe(1);
    expect(Number(account?.accountNumber)).toBe(2);
    expect(account?.pubkey?.type).toBe("tendermint/PubKeySecp256k1");
    const search = await client.searchTx(`message.sender='${carol!.address}'`);
    expect(search.map((tx) => tx.hash)).toContain(result.transactionHash);
    client.disconnect();
  });

  it("reads balances, accounts and chain info like any node", async () => {
    const client = await StargateClient.connect(served.rpcUrl);
    expect(await client.getChainId()).toBe(DEVNET.chainId);
    // Account 9 holds what the genesis gives it (XPRT, ATOM, the LSTs), all of it, sorted by denom.
    const funded = genesisBalances(DEVNET.accounts[9]!.address);
    expect(funded).toContainEqual({ denom: "uxprt", amount: DEVNET.balances.account.toString() });
    expect(await client.getAllBalances(DEVNET.accounts[9]!.address)).toEqual(funded);
    expect(await client.getAccount("persistence1nxkwrvet9pggwt46cyr5gt39nfh7d0546dpjfq")).not.toBeNull();
    expect(await client.getAccount(toBech32(DEVNET.bech32Prefix, new Uint8Array(20)))).toBeNull();
    client.disconnect();
  });

  it("serves the REST API a browser fetches: balances, accounts, node info, txs", async () => {
    const get = async (path: string) => {
      const response = await fetch(`${served.restUrl}${path}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const balances = await get(`/cosmos/bank/v1beta1/balances/${DEVNET.accounts[8]!.address}`);
    expect(balances.status).toBe(200);
    // Account 8 also holds the devnet basket's seed shares: every coin the genesis gives it, sorted by denom.
    const funded = genesisBalances(DEVNET.accounts[8]!.address);
    expect(funded).toContainEqual({ denom: "uxprt", amount: DEVNET.balances.account.toString() });
    expect(balances.body.balances).toEqual(funded);
    const account = await get(`/cosmos/auth/v1beta1/accounts/${DEVNET.accounts[8]!.address}`);
    expect((account.body.account as Record<string, unknown>)["@type"]).toBe("/cosmos.auth.v1beta1.BaseAccount");
    const nodeInfo = await get("/cosmos/base/tendermint/v1beta1/node_info");
    expect((nodeInfo.body.default_node_info as Record<string, unknown>).network).toBe(DEVNET.chainId);
    const missing = await get(`/cosmos/auth/v1beta1/accounts/${toBech32(DEVNET.bech32Prefix, new Uint8Array(20))}`);
    expect(missing.status).toBe(404);
  });

  it("reports a failed message with the SDK's code and log, and a sequence error on replay", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, {
      prefix: DEVNET.bech32Prefix,
      hdPaths: [makeCosmoshubPath(3)],
    });
    const client = await connect(wallet);
    const sender = DEVNET.accounts[3]!.address;
    const fee = { amount: [{ denom: "uxprt", amount: "5000" }], gas: "200000" };
    const tooMuch = [{ denom: "uxprt", amount: (DEVNET.balances.account * 2n).toString() }];
    const result = await client.sendTokens(sender, bob!.address, tooMuch, fee);
    expect(result.code).toBe(5);
    expect(result.rawLog).toMatch(
      /^failed to execute message; message index: 0: spendable balance \d+uxprt is smaller than/,
    );
    // Sign a tx for a sequence that is already used: CheckTx refuses it with code 32.
    const signed = await client.sign(
      sender,
      [
        {
          typeUrl: "/cosmos.bank.v1beta1.MsgSend",
          value: { fromAddress: sender, toAddress: bob!.address, amount: [{ denom: "uxprt", amount: "1" }] },
        },
      ],
      fee,
      "",
      {
        accountNumber: 3n,
        sequence: 0,
        chainId: DEVNET.chainId,
      },
    );
    const bytes = toBinary(TxRawSchema, create(TxRawSchema, { ...signed }));
    await expect(client.broadcastTx(bytes)).rejects.toThrow(
      /code 32.*account sequence mismatch, expected 1, got 0: incorrect account sequence/s,
    );
    client.disconnect();
  });
});
