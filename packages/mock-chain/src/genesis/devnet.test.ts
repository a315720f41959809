import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { toBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { describe, expect, it } from "vitest";
import { createChain } from "../node/chain.js";
import { balanceOf } from "../tx/chain-test-helpers.test-support.js";
import { DEVNET } from "./devnet.js";
import { devnetGenesis } from "./devnet-genesis.js";
import { genesisFromJson, genesisToJson, loadGenesisFile } from "./genesis-document.js";

describe("the devnet", () => {
  it("documents the accounts the test mnemonic derives at m/44'/118'/0'/0/i", async () => {
    const documented = [...DEVNET.accounts, DEVNET.authority, ...DEVNET.validatorOperators];
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, {
      prefix: DEVNET.bech32Prefix,
      hdPaths: documented.map((account) => makeCosmoshubPath(account.index)),
    });
    const derived = await wallet.getAccounts();
    expect(derived.map((account) => [account.address, toBase64(account.pubkey)])).toEqual(
      documented.map((account) => [account.address, account.pubKey]),
    );
  });

  it("funds every documented account", () => {
    const chain = createChain({ staking: false });
    for (const account of DEVNET.accounts) expect(balanceOf(chain, account.address)).toBe(DEVNET.balances.account);
    expect(balanceOf(chain, DEVNET.authority.address)).toBe(DEVNET.balances.account);
    expect(chain.validators().map((v) => v.votingPower)).toEqual([1_000_000n, 1_000_000n, 1_000_000n, 1_000_000n]);
  });

  it("writes itself as a genesis.json that starts the same chain", () => {
    const json = genesisToJson(devnetGenesis());
    const text = JSON.stringify(json);
    expect(JSON.parse(text)).toEqual(json); // plain JSON: nothing lost or mangled on the way to a file
    const reloaded = createChain({ genesis: genesisFromJson(JSON.parse(text)) });
    const devnet = createChain();
    expect(reloaded.abciInfo().lastBlockAppHash).toEqual(devnet.abciInfo().lastBlockAppHash);
    reloaded.control.mine(2);
    devnet.control.mine(2);
    expect(reloaded.abciInfo().lastBlockAppHash).toEqual(devnet.abciInfo().lastBlockAppHash);
    expect(reloaded.validators()).toEqual(devnet.validators());
  });

  it("takes extra balances and another chain id", () => {
    const genesis = devnetGenesis({
      chainId: "test-core-2",
      balances: [{ address: DEVNET.accounts[5]!.address, coins: [{ denom: "stk/uxprt", amount: 99n }] }],
    });
    const chain = createChain({ staking: false, genesis });
    expect(chain.chainId).toBe("test-core-2");
    expect(balanceOf(chain, DEVNET.accounts[5]!.address, "stk/uxprt")).toBe(99n);
  });
});

describe("custom genesis", () => {
  const minimal = {
    genesis_time: "2030-05-01T12:00:00.5Z",
    chain_id: "custom-1",
    initial_height: "100",
    validators: [
      {
        pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(new Uint8Array(32).fill(5)) },
        power: "10",
        name: "solo",
      },
    ],
    app_state: {
      auth: {
        accounts: [
          {
            "@type": "/cosmos.auth.v1beta1.BaseAccount",
            address: DEVNET.accounts[0]!.address,
            account_number: "0",
            sequence: "0",
          },
        ],
      },
      bank: { balances: [{ address: DEVNET.accounts[0]!.address, coins: [{ denom: "ufoo", amount: "42" }] }] },
      gov: { ignored: true },
    },
  };

  it("starts from a genesis.json object: chain id, time, initial height, validators, balances", () => {
    const chain = createChain({ staking: false, genesis: genesisFromJson(minimal) });
    const status = chain.status();
    expect([status.chainId, status.latestHeight, status.latestBlockTimeNs]).toEqual([
      "custom-1",
      100n,
      BigInt(Date.UTC(2030, 4, 1, 12)) * 1_000_000n + 500_000_000n,
    ]);
    expect(chain.validators().map((v) => v.votingPower)).toEqual([10n]);
    expect(balanceOf(chain, DEVNET.accounts[0]!.address, "ufoo")).toBe(42n);
    expect(chain.query(BankQuery.method.supplyOf, { denom: "ufoo" }).amount?.amount).toBe("42");
  });

  it("starts from a genesis.json file", () => {
    const path = join(mkdtempSync(join(tmpdir(), "mock-chain-")), "genesis.json");
    writeFileSync(path, JSON.stringify(minimal));
    expect(createChain({ staking: false, genesis: loadGenesisFile(path) }).chainId).toBe("custom-1");
  });

  it("refuses a bank genesis whose stated supply is wrong", () => {
    const bad = {
      ...minimal,
      app_state: {
        ...minimal.app_state,
        bank: { ...minimal.app_state.bank, supply: [{ denom: "ufoo", amount: "1" }] },
      },
    };
    expect(() => createChain({ staking: false, genesis: genesisFromJson(bad) })).toThrow(
      "genesis supply is incorrect, expected 1ufoo, got 42ufoo",
    );
  });

  it("exports the current state as a genesis that starts an equal chain", () => {
    const chain = createChain({ staking: false });
    chain.control.fund(DEVNET.accounts[4]!.address, [{ denom: "uatom", amount: 5n }]);
    const exported = JSON.parse(JSON.stringify(genesisToJson(chain.exportGenesis())));
    const again = createChain({ staking: false, genesis: genesisFromJson(exported) });
    expect(again.status().latestHeight).toBe(chain.status().latestHeight + 1n);
    expect(balanceOf(again, DEVNET.accounts[4]!.address, "uatom")).toBe(5n);
    expect(again.query(BankQuery.method.totalSupply, {}).supply).toEqual(
      chain.query(BankQuery.method.totalSupply, {}).supply,
    );
  });
});
