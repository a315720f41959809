// Typed queries against the mock chain: single queries, historical heights, every page of paginated lists, NotFound,
// accounts of each kind, and transport faults (5xx bursts, dropped connections) retried for queries.
import { fromBinary } from "@bufbuild/protobuf";
import { toBech32 } from "@cosmjs/encoding";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { Query as AuthQuery, ModuleAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AccountNotFoundError, NetworkError, QueryError } from "./errors.js";
import { getAccount } from "./getAccount.js";
import { paginate, paginateAll } from "./paginate.js";
import { query, queryAtHeight } from "./query.js";
import { sendTx } from "./sendTx.js";
import { balanceOf, devnetClient, fundedAccount, RECIPIENT, send, startChain } from "./testing.test-support.js";

let chain: RunningMockChain;

beforeAll(async () => {
  chain = await startChain();
});

afterEach(() => {
  chain.control.clearFaults();
});

afterAll(async () => {
  await chain.stop();
});

describe("query", () => {
  it("decodes typed responses", async () => {
    const client = devnetClient(chain);
    const response = await query(client, BankQuery.method.balance, {
      address: chain.devnet.accounts[0]!.address,
      denom: "uxprt",
    });
    expect(response.$typeName).toBe("cosmos.bank.v1beta1.QueryBalanceResponse");
    expect(BigInt(response.balance!.amount)).toBeGreaterThan(0n);
    const params = await query(client, StakingQuery.method.params, {});
    expect(params.params?.bondDenom).toBe("uxprt");
  });

  it("reads the state at a past height", async () => {
    const { wallet, address } = await fundedAccount(chain);
    const client = devnetClient(chain, { signer: wallet });
    const { height } = await queryAtHeight(client, BankQuery.method.balance, { address, denom: "uxprt" });
    await sendTx(client, { messages: [send(address, RECIPIENT, 1000n)] });
    expect(await balanceOf(client, address)).toBe(10_000_000n - 1000n);
    const past = await query(client, BankQuery.method.balance, { address, denom: "uxprt" }, { height });
    expect(past.balance?.amount).toBe("10000000");
  });

  it("tells a missing item apart (NOT_FOUND) from other refusals (QUERY_FAILED)", async () => {
    const client = devnetClient(chain);
    const missing = (await query(client, BankQuery.method.denomMetadata, { denom: "unknown" }).catch(
      (e: unknown) => e,
    )) as QueryError;
    expect(missing).toBeInstanceOf(QueryError);
    expect(missing).toMatchObject({
      code: "NOT_FOUND",
      notFound: true,
      path: "/cosmos.bank.v1beta1.Query/DenomMetadata",
      codespace: "sdk",
      abciCode: 22,
    });
    const refused = (await query(client, BankQuery.method.balance, { address: "nonsense", denom: "uxprt" }).catch(
      (e: unknown) => e,
    )) as QueryError;
    expect(refused).toBeInstanceOf(QueryError);
    expect(refused).toMatchObject({ code: "QUERY_FAILED", notFound: false, isRetryable: false });
  });

  it("retries 5xx bursts and dropped connections", async () => {
    const client = devnetClient(chain);
    const address = chain.devnet.accounts[1]!.address;
    chain.control.failNext(3, 503);
    expect(await balanceOf(client, address)).toBeGreaterThan(0n);
    chain.control.dropNext(3);
    expect(await balanceOf(client, address)).toBeGreaterThan(0n);
    chain.control.failNext(1, 502);
    expect(await balanceOf(client, address)).toBeGreaterThan(0n);
  });

  it("gives up after the configured retries with a retryable NetworkError", async () => {
    const client = devnetClient(chain, { retry: { retries: 1, baseDelayMs: 1, maxDelayMs: 1 } });
    chain.control.failNext(2, 503);
    const error = (await balanceOf(client, RECIPIENT).catch((e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: "NETWORK_ERROR", status: 503, isRetryable: true, mayStillLand: false });
    expect(await balanceOf(client, RECIPIENT)).toBeGreaterThanOrEqual(0n);
  });

  it("an unreachable node is a NetworkError", async () => {
    const client = devnetClient(chain, { rpcUrl: "http://127.0.0.1:1", retry: { retries: 0 } });
    await expect(balanceOf(client, RECIPIENT)).rejects.toMatchObject({ code: "NETWORK_ERROR", isRetryable: true });
  });
});

describe("paginate", () => {
  it("walks every page of the validators, one per page", async () => {
    const client = devnetClient(chain);
    const all = await query(client, StakingQuery.method.validators, {});
    const pages: string[] = [];
    for await (const validator of paginate(client, StakingQuery.method.validators, {}, (r) => r.validators, {
      pageSize: 1n,
    })) {
      pages.push(validator.operatorAddress);
    }
    expect(pages).toHaveLength(4);
    expect(pages).toEqual(all.validators.map((v) => v.operatorAddress));
  });

  it("collects every balance of an account with many denoms, at one height even as the chain moves on", async () => {
    const client = devnetClient(chain);
    const { address } = await fundedAccount(chain);
    const denoms = Array.from({ length: 7 }, (_, i) => `token${i}`);
    chain.control.fund(
      address,
      denoms.map((denom) => ({ denom, amount: 5n })),
    );
    const seen: string[] = [];
    for await (const coin of paginate(client, BankQuery.method.allBalances, { address }, (r) => r.balances, {
      pageSize: 3n,
    })) {
      seen.push(coin.denom);
      // A new denom arriving mid-walk must not show up: every page is read at the first page's height.
      if (seen.length === 1) chain.control.fund(address, [{ denom: "token9", amount: 1n }]);
    }
    expect(seen).toEqual([...denoms, "uxprt"]);
    const now = await paginateAll(client, BankQuery.method.allBalances, { address }, (r) => r.balances, {
      pageSize: 2n,
    });
    expect(now.map((c) => c.denom)).toEqual([...denoms, "token9", "uxprt"]);
  });

  it("refuses a method without pagination", async () => {
    const client = devnetClient(chain);
    await expect(
      paginateAll(client, BankQuery.method.balance, { address: RECIPIENT, denom: "uxprt" }, () => []),
    ).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
  });
});

describe("getAccount", () => {
  it("a funded account that never signed: number, sequence 0, no public key", async () => {
    const client = devnetClient(chain);
    const { address } = await fundedAccount(chain);
    const account = await getAccount(client, address);
    expect(account).toMatchObject({
      address,
      sequence: 0n,
      pubKey: undefined,
      typeUrl: "/cosmos.auth.v1beta1.BaseAccount",
    });
    expect(account.accountNumber).toBeGreaterThan(0n);
  });

  it("a module account: the BaseAccount nested inside it", async () => {
    const client = devnetClient(chain);
    const { accounts } = await query(client, AuthQuery.method.moduleAccounts, {});
    const module = fromBinary(ModuleAccountSchema, accounts[0]!.value);
    const address = module.baseAccount!.address;
    const account = await getAccount(client, address);
    expect(account.typeUrl).toBe("/cosmos.auth.v1beta1.ModuleAccount");
    expect(account.address).toBe(address);
    expect(account.accountNumber).toBe(module.baseAccount!.accountNumber);
  });

  it("an address the chain never saw: AccountNotFoundError", async () => {
    const client = devnetClient(chain);
    const address = toBech32("persistence", new Uint8Array(20).fill(7));
    await expect(getAccount(client, address)).rejects.toBeInstanceOf(AccountNotFoundError);
  });
});
