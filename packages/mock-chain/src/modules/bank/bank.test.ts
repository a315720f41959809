import { create } from "@bufbuild/protobuf";
import { toBech32 } from "@cosmjs/encoding";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { PageRequestSchema } from "@persistence-sdk/proto/cosmos/base/query/v1beta1";
import { beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../../app/context.js";
import { EventCollector } from "../../app/event-manager.js";
import { ChainError } from "../../app/module.js";
import { DEVNET } from "../../genesis/devnet.js";
import { genesisMetadataDenoms, genesisSupply } from "../../genesis/genesis-expectations.test-support.js";
import { createChain, type MockChain } from "../../node/chain.js";
import { CacheStore, InfiniteGasMeter, MemStore } from "../../store/index.js";
import { accountOf, balanceOf } from "../../tx/chain-test-helpers.test-support.js";
import { devnetSigner, msgSend, signTx, type TestSigner } from "../../tx/signing.test-support.js";
import { AuthKeeper } from "../auth/keeper.js";
import { BankKeeper } from "./keeper.js";

const [alice, bob, carol] = DEVNET.accounts;
const START = DEVNET.balances.account;
let signer: TestSigner;

beforeAll(async () => {
  signer = await devnetSigner(0);
});

function newChain(): MockChain {
  return createChain({ staking: false });
}

function attributes(event: { type: string; attributes: readonly { key: string; value: string }[] }) {
  return { type: event.type, ...Object.fromEntries(event.attributes.map((a) => [a.key, a.value])) };
}

function queryError(run: () => unknown): ChainError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChainError) return error;
    throw error;
  }
  throw new Error("the query did not fail");
}

describe("bank messages", () => {
  it("MsgMultiSend pays several outputs from one input, with x/bank's events", async () => {
    const chain = newChain();
    const multiSend = {
      typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
      value: {
        inputs: [{ address: alice!.address, coins: [{ denom: "uxprt", amount: "30" }] }],
        outputs: [
          { address: bob!.address, coins: [{ denom: "uxprt", amount: "10" }] },
          { address: carol!.address, coins: [{ denom: "uxprt", amount: "20" }] },
        ],
      },
    };
    const { hash } = chain.broadcastTx(await signTx(signer, [multiSend], { accountNumber: 0n, sequence: 0n }));
    const result = chain.tx(hash)!.result;
    expect(result.code).toBe(0);
    expect([balanceOf(chain, bob!.address), balanceOf(chain, carol!.address)]).toEqual([START + 10n, START + 20n]);
    expect(result.events.slice(-7).map(attributes)).toEqual([
      {
        type: "message",
        action: "/cosmos.bank.v1beta1.MsgMultiSend",
        sender: alice!.address,
        module: "bank",
        msg_index: "0",
      },
      { type: "coin_spent", spender: alice!.address, amount: "30uxprt", msg_index: "0" },
      { type: "message", sender: alice!.address, msg_index: "0" },
      { type: "coin_received", receiver: bob!.address, amount: "10uxprt", msg_index: "0" },
      { type: "transfer", recipient: bob!.address, amount: "10uxprt", msg_index: "0" },
      { type: "coin_received", receiver: carol!.address, amount: "20uxprt", msg_index: "0" },
      { type: "transfer", recipient: carol!.address, amount: "20uxprt", msg_index: "0" },
    ]);
  });

  it("MsgMultiSend with outputs that do not add up fails with bank 4 and moves nothing", async () => {
    const chain = newChain();
    const multiSend = {
      typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
      value: {
        inputs: [{ address: alice!.address, coins: [{ denom: "uxprt", amount: "30" }] }],
        outputs: [{ address: bob!.address, coins: [{ denom: "uxprt", amount: "29" }] }],
      },
    };
    const { hash } = chain.broadcastTx(await signTx(signer, [multiSend], { accountNumber: 0n, sequence: 0n }));
    const result = chain.tx(hash)!.result;
    expect([result.codespace, result.code, result.log]).toEqual([
      "bank",
      4,
      "failed to execute message; message index: 0: sum inputs != sum outputs",
    ]);
    expect(balanceOf(chain, bob!.address)).toBe(START);
  });

  it("refuses to send to a module account (4 unauthorized) and creates new recipients' accounts", async () => {
    const chain = newChain();
    const feeCollector = chain.keepers.auth.moduleAddress("fee_collector");
    const blocked = await signTx(signer, [msgSend(alice!.address, feeCollector, 1n)], {
      accountNumber: 0n,
      sequence: 0n,
    });
    const refused = chain.tx(chain.broadcastTx(blocked).hash)!.result;
    expect([refused.code, refused.log]).toEqual([
      4,
      `failed to execute message; message index: 0: ${feeCollector} is not allowed to receive funds: unauthorized`,
    ]);
    const fresh = toBech32("persistence", new Uint8Array(20).fill(7));
    const created = await signTx(signer, [msgSend(alice!.address, fresh, 5n)], { accountNumber: 0n, sequence: 1n });
    expect(chain.tx(chain.broadcastTx(created).hash)!.result.code).toBe(0);
    expect(balanceOf(chain, fresh)).toBe(5n);
    expect(accountOf(chain, fresh).accountNumber).toBeGreaterThan(14n);
  });

  it("rejects amounts that are not valid positive coins with sdk 10", async () => {
    const chain = newChain();
    const zero = await signTx(signer, [msgSend(alice!.address, bob!.address, 0n)], { accountNumber: 0n, sequence: 0n });
    const result = chain.tx(chain.broadcastTx(zero).hash)!.result;
    expect([result.code, result.log]).toEqual([
      10,
      "failed to execute message; message index: 0: 0uxprt: invalid coins",
    ]);
  });
});

describe("bank queries", () => {
  it("pages all balances by denom, with next_key and total", () => {
    const chain = newChain();
    const holder = toBech32("persistence", new Uint8Array(20).fill(9));
    chain.control.fund(
      holder,
      ["aaa", "bbb", "ccc", "ddd", "ibc/ABC"].map((denom) => ({ denom, amount: 1n })),
    );
    const first = chain.query(BankQuery.method.allBalances, {
      address: holder,
      pagination: create(PageRequestSchema, { limit: 2n, countTotal: true }),
    });
    expect(first.balances.map((c) => c.denom)).toEqual(["aaa", "bbb"]);
    expect(first.pagination?.total).toBe(5n);
    const next = chain.query(BankQuery.method.allBalances, {
      address: holder,
      pagination: create(PageRequestSchema, { key: first.pagination!.nextKey, limit: 10n }),
    });
    expect(next.balances.map((c) => c.denom)).toEqual(["ccc", "ddd", "ibc/ABC"]);
    expect(chain.query(BankQuery.method.spendableBalances, { address: holder }).balances.length).toBe(5);
    const owners = chain.query(BankQuery.method.denomOwners, { denom: "ibc/ABC" });
    expect(owners.denomOwners.map((o) => [o.address, o.balance?.amount])).toEqual([[holder, "1"]]);
  });

  it("reports supply and denom metadata", () => {
    const chain = newChain();
    // The supply is what the genesis balances add up to, denom by denom (x/bank and auth only: nothing mints).
    const supply = genesisSupply();
    expect(supply.map((coin) => coin.denom)).toContain("uxprt");
    expect(chain.query(BankQuery.method.totalSupply, {}).supply).toEqual(
      supply.map((coin) => expect.objectContaining({ denom: coin.denom, amount: coin.amount })),
    );
    for (const coin of supply) {
      expect(chain.query(BankQuery.method.supplyOf, { denom: coin.denom }).amount?.amount).toBe(coin.amount);
    }
    expect(chain.query(BankQuery.method.supplyOf, { denom: "unknown" }).amount?.amount).toBe("0");
    const metadata = chain.query(BankQuery.method.denomMetadata, { denom: "uxprt" }).metadata!;
    expect([metadata.display, metadata.symbol, metadata.denomUnits[1]?.exponent]).toEqual(["xprt", "XPRT", 6]);
    expect(chain.query(BankQuery.method.denomsMetadata, {}).metadatas.map((m) => m.base)).toEqual(
      genesisMetadataDenoms(),
    );
    expect(chain.query(BankQuery.method.params, {}).params?.defaultSendEnabled).toBe(true);
  });

  it("fails as x/bank's gRPC server does", () => {
    const chain = newChain();
    const missing = queryError(() => chain.query(BankQuery.method.denomMetadata, { denom: "nope" }));
    expect([missing.code, missing.message]).toEqual([
      22,
      "rpc error: code = NotFound desc = client metadata for denom nope: key not found",
    ]);
    const badDenom = queryError(() => chain.query(BankQuery.method.balance, { address: alice!.address, denom: "x" }));
    expect([badDenom.code, badDenom.message]).toEqual([
      18,
      "rpc error: code = InvalidArgument desc = invalid denom: x: invalid request",
    ]);
    const badAddress = queryError(() => chain.query(BankQuery.method.allBalances, { address: "cosmos1xyz" }));
    expect(badAddress.message).toMatch(
      /^rpc error: code = InvalidArgument desc = invalid address: decoding bech32 failed/,
    );
  });
});

describe("bank keeper", () => {
  function keeperContext() {
    const auth = new AuthKeeper({ bech32Prefix: "persistence" });
    const bank = new BankKeeper(auth);
    const events = new EventCollector();
    const store = new CacheStore(new MemStore());
    const ctx = createContext({
      chainId: "t",
      height: 1n,
      timeNs: 0n,
      store,
      gasMeter: new InfiniteGasMeter(),
      events,
      mode: "block",
    });
    return { auth, bank, ctx, events };
  }

  it("mints only from minter module accounts, burns only from burner ones, tracking supply", () => {
    const { bank, ctx, events } = keeperContext();
    bank.mintCoins(ctx, "mint", [{ denom: "uxprt", amount: 100n }]);
    expect(bank.getSupply(ctx, "uxprt")).toBe(100n);
    expect(events.events.map((e) => e.type)).toEqual(["coin_received", "coinbase"]);
    expect(() => bank.mintCoins(ctx, "fee_collector", [{ denom: "uxprt", amount: 1n }])).toThrow(
      "module account fee_collector does not have permissions to mint tokens: unauthorized",
    );
    bank.sendCoinsFromModuleToModule(ctx, "mint", "bonded_tokens_pool", [{ denom: "uxprt", amount: 40n }]);
    bank.burnCoins(ctx, "bonded_tokens_pool", [{ denom: "uxprt", amount: 40n }]);
    expect(bank.getSupply(ctx, "uxprt")).toBe(60n);
    expect(() => bank.burnCoins(ctx, "mint", [{ denom: "uxprt", amount: 1n }])).toThrow(
      /does not have permissions to burn/,
    );
    expect(() => bank.mintCoins(ctx, "unknown_module", [{ denom: "uxprt", amount: 1n }])).toThrow(
      "module account unknown_module does not exist: unknown address",
    );
  });

  it("delegates into a staking pool with only coin_spent and coin_received, and its own failure wording", () => {
    const { auth, bank, ctx, events } = keeperContext();
    const delegator = toBech32("persistence", new Uint8Array(20).fill(3));
    bank.mintTo(ctx, delegator, [{ denom: "uxprt", amount: 10n }]);
    const before = events.events.length;
    bank.delegateCoinsFromAccountToModule(ctx, delegator, "bonded_tokens_pool", [{ denom: "uxprt", amount: 4n }]);
    expect(events.events.slice(before).map((e) => e.type)).toEqual(["coin_spent", "coin_received"]);
    expect(bank.getBalance(ctx, auth.moduleAddress("bonded_tokens_pool"), "uxprt")).toBe(4n);
    expect(() =>
      bank.delegateCoinsFromAccountToModule(ctx, delegator, "bonded_tokens_pool", [{ denom: "uxprt", amount: 7n }]),
    ).toThrow("failed to delegate; 6uxprt is smaller than 7uxprt: insufficient funds");
    expect(() =>
      bank.delegateCoinsFromAccountToModule(ctx, delegator, "mint", [{ denom: "uxprt", amount: 1n }]),
    ).toThrow(/does not have permissions to receive delegated coins/);
    bank.undelegateCoinsFromModuleToAccount(ctx, "bonded_tokens_pool", delegator, [{ denom: "uxprt", amount: 4n }]);
    expect(bank.getBalance(ctx, delegator, "uxprt")).toBe(10n);
  });

  it("accepts module accounts declared by modules", () => {
    const { auth, bank, ctx } = keeperContext();
    auth.addModuleAccounts({ alliance: ["minter", "burner"] });
    bank.mintCoins(ctx, "alliance", [{ denom: "stake", amount: 5n }]);
    expect(bank.getBalance(ctx, auth.moduleAddress("alliance"), "stake")).toBe(5n);
    expect(() => auth.addModuleAccounts({ alliance: ["minter"] })).toThrow(/declared with permissions/);
  });
});
