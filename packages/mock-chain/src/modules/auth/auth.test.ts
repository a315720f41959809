import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { toBech32 } from "@cosmjs/encoding";
import { Query as AuthQuery, type ModuleAccount } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { describe, expect, it } from "vitest";
import { ChainError } from "../../app/module.js";
import { DEVNET } from "../../genesis/devnet.js";
import { genesisAccounts } from "../../genesis/genesis-expectations.test-support.js";
import { createChain } from "../../node/chain.js";
import { accountOf } from "../../tx/chain-test-helpers.test-support.js";
import { moduleAddressBytes } from "./address-codec.js";

function queryError(run: () => unknown): ChainError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChainError) return error;
    throw error;
  }
  throw new Error("the query did not fail");
}

describe("auth queries", () => {
  const chain = createChain({ staking: false });

  it("returns genesis accounts with their numbers, in genesis order", () => {
    const genesis = genesisAccounts();
    // The genesis numbers its accounts 0, 1, 2... in the order it lists them; the chain keeps those numbers.
    expect(genesis.map((account) => account.accountNumber)).toEqual(genesis.map((_, i) => BigInt(i)));
    expect(genesis.map((account) => accountOf(chain, account.address).accountNumber)).toEqual(
      genesis.map((account) => account.accountNumber),
    );
    // The documented devnet accounts come first: 0..9, the authority, then the validator operators.
    expect(accountOf(chain, DEVNET.accounts[0]!.address).accountNumber).toBe(0n);
    expect(accountOf(chain, DEVNET.authority.address).accountNumber).toBe(10n);
    expect(accountOf(chain, DEVNET.validatorOperators[3]!.address).accountNumber).toBe(14n);
    // InitGenesis then creates the fee collector with the next number: every genesis account plus that one.
    const feeCollector = chain.keepers.auth.moduleAddress("fee_collector");
    expect(accountOf(chain, feeCollector).accountNumber).toBe(BigInt(genesis.length));
    expect(chain.query(AuthQuery.method.accounts, {}).pagination?.total).toBe(BigInt(genesis.length + 1));
  });

  it("answers a missing account as the SDK does, so cosmjs' getAccount sees null", () => {
    const address = toBech32("persistence", new Uint8Array(20));
    const error = queryError(() => chain.query(AuthQuery.method.account, { address }));
    expect([error.codespace, error.code, error.message]).toEqual([
      "sdk",
      22,
      `rpc error: code = NotFound desc = account ${address} not found: key not found`,
    ]);
    expect(queryError(() => chain.query(AuthQuery.method.account, { address: "" })).message).toBe(
      "rpc error: code = InvalidArgument desc = Address cannot be empty: invalid request",
    );
    expect(queryError(() => chain.query(AuthQuery.method.account, { address: "cosmos1abc" })).code).toBe(18);
  });

  it("lists module accounts with their permissions at sha256(name)[:20]", () => {
    const accounts = chain
      .query(AuthQuery.method.moduleAccounts, {})
      .accounts.map((any) => anyUnpack(any, protoRegistry) as ModuleAccount);
    const mint = accounts.find((account) => account.name === "mint")!;
    expect(mint.permissions).toEqual(["minter"]);
    expect(mint.baseAccount?.address).toBe(toBech32("persistence", moduleAddressBytes("mint")));
    expect(chain.keepers.auth.moduleAddress("gov")).toBe(DEVNET.govModuleAddress);
  });

  it("converts addresses and reports the prefix and params", () => {
    expect(chain.query(AuthQuery.method.bech32Prefix, {}).bech32Prefix).toBe("persistence");
    const bytes = chain.query(AuthQuery.method.addressStringToBytes, {
      addressString: DEVNET.accounts[1]!.address,
    }).addressBytes;
    expect(chain.query(AuthQuery.method.addressBytesToString, { addressBytes: bytes }).addressString).toBe(
      DEVNET.accounts[1]!.address,
    );
    const params = chain.query(AuthQuery.method.params, {}).params!;
    expect([params.maxMemoCharacters, params.txSizeCostPerByte, params.sigVerifyCostSecp256k1]).toEqual([
      256n,
      10n,
      1000n,
    ]);
  });
});
