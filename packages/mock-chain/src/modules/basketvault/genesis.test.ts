// The basket vault's genesis: the devnet ATOM basket (consistent with bank supply and the module's balances), and a
// whole chain exported mid-flight (a pending request, an unbonding batch, reward snapshots) and started again from
// that genesis, which must export the same state and finish the batch.
import type { SigningStargateClient } from "@cosmjs/stargate";
import { Query as AuthQuery } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import * as bv from "@persistence-sdk/proto/persistence/basketvault/v1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { genesisFromJson, genesisToJson } from "../../genesis/genesis-document.js";
import { createChain } from "../../node/chain.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import { balance, expectInvariants, msg, ok, q, signer, supply, vaultState } from "./basketvault.test-support.js";
import { DEVNET_BASKET_ROLES, devnetBasketVault } from "./devnet.js";
import { BASKETVAULT_MODULE } from "./keeper.js";

const DAY = 86_400n;
const ONE = 10n ** 18n;

describe("the devnet ATOM basket at genesis", () => {
  const chain = createChain();
  const nav = chain.query(bv.Query.method.nav, { basketId: 1n });
  const basket = chain.query(bv.Query.method.basket, { basketId: 1n }).basket!;

  it("is seeded with 250 ATOM of each LST at the genesis rates, fresh, at the launch price", () => {
    const { shares } = devnetBasketVault();
    expect(nav.shares).toBe(shares.toString());
    expect(BigInt(nav.navDown)).toBe(1_000_000_001n); // 4 × 250 ATOM, each LST amount rounded up
    expect(nav.ratesFresh).toBe(true);
    expect(nav.halted).toBe(false);
    // The launch price 1/VS, a hair above from the seed deposits' floors; the high-water mark starts there.
    expect(BigInt(nav.pricePerShare) - ONE / 1000n).toBeLessThan(10n ** 9n);
    expect(BigInt(nav.pricePerShare)).toBeGreaterThanOrEqual(ONE / 1000n);
    expect(nav.highWaterMark).toBe(nav.pricePerShare);
    expect(nav.constituents.map((c) => [c.targetWeight, c.rate])).toEqual([
      [(ONE / 4n).toString(), ((ONE * 5n) / 4n).toString()],
      [(ONE / 4n).toString(), ((ONE * 5n) / 4n).toString()],
      [(ONE / 4n).toString(), ((ONE * 14n) / 10n).toString()],
      [(ONE / 4n).toString(), ((ONE * 11n) / 10n).toString()],
    ]);
    expect(basket.constituents.map((c) => c.direction)).toEqual([
      bv.RateDirection.LST_PER_UNDERLYING,
      bv.RateDirection.UNDERLYING_PER_LST,
      bv.RateDirection.UNDERLYING_PER_LST,
      bv.RateDirection.UNDERLYING_PER_LST,
    ]);
  });

  it("has the documented settings and roles", () => {
    const config = basket.config!;
    expect([
      basket.underlyingDenom,
      basket.underlyingExponent,
      basket.virtualOffset,
      basket.rewards?.rewardDenom,
    ]).toEqual(["uatom", 6, 3, "uxprt"]);
    expect([config.feeders, config.guardian, config.treasury]).toEqual([
      [DEVNET.accounts[9]!.address],
      DEVNET.authority.address,
      DEVNET.accounts[8]!.address,
    ]);
    expect([config.epochSeconds, config.unbondingSeconds, config.maxStalenessSeconds]).toEqual([DAY, 21n * DAY, DAY]);
    expect([config.fees?.feeBase, config.fees?.feeSlope, config.fees?.feeMax, config.fees?.instantFee]).toEqual(
      ["0.001", "0.05", "0.01", "0.005"].map((x) => ((BigInt(Math.round(Number(x) * 1000)) * ONE) / 1000n).toString()),
    );
    expect(config.restaking?.validators.length).toBe(4);
    expect(
      basket.constituents.every(
        (c) => c.minWeight === (ONE / 20n).toString() && c.maxWeight === ((ONE * 2n) / 5n).toString(),
      ),
    ).toBe(true);
  });

  it("is backed by bank: share supply, the seed shares, the module account's LSTs, the share metadata", () => {
    const bank = (address: string, denom: string) =>
      BigInt(chain.query(BankQuery.method.balance, { address, denom }).balance?.amount ?? "0");
    expect(chain.query(BankQuery.method.supplyOf, { denom: "basket/1" }).amount?.amount).toBe(nav.shares);
    expect(bank(DEVNET_BASKET_ROLES.seedHolder, "basket/1").toString()).toBe(nav.shares);
    const seed = chain.query(bv.Query.method.pendingRewards, { basketId: 1n, owner: DEVNET_BASKET_ROLES.seedHolder });
    expect(seed.shares).toBe(nav.shares);
    const moduleAddress = chain.keepers.auth.moduleAddress(BASKETVAULT_MODULE);
    const { balances } = devnetBasketVault();
    const seeded = balances.find((b) => b.address === moduleAddress)!.coins;
    for (const c of nav.constituents) {
      // The seed, now partly delegated from the basket's restaking address (end of block 1), the rest idle.
      expect(BigInt(c.holdings)).toBe(seeded.find((coin) => coin.denom === c.denom)!.amount);
      expect(bank(moduleAddress, c.denom)).toBe(BigInt(c.idle));
      expect(BigInt(c.restaked)).toBeGreaterThan(0n);
    }
    const account = chain.query(AuthQuery.method.account, { address: moduleAddress });
    expect(account.account?.typeUrl).toBe("/cosmos.auth.v1beta1.ModuleAccount");
    const metadata = chain.query(BankQuery.method.denomMetadata, { denom: "basket/1" }).metadata!;
    expect(metadata.denomUnits.map((u) => [u.denom, u.exponent])).toEqual([
      ["basket/1", 0],
      ["basket1", 9],
    ]);
  });
});

describe("export and import mid-flight", () => {
  let chain: RunningMockChain;
  type Party = { address: string; client: SigningStargateClient };
  let treasury: Party;
  let alice: Party;

  beforeAll(async () => {
    chain = await startMockChain();
    [treasury, alice] = await Promise.all([signer(chain, 8), signer(chain, 2)]);
  });

  afterAll(async () => {
    treasury?.client.disconnect();
    alice?.client.disconnect();
    await chain?.stop();
  });

  it("exports a pending request, an unbonding batch and reward snapshots, and the new chain carries on", async () => {
    const seed = DEVNET_BASKET_ROLES.seedHolder;
    const shares = balance(chain, seed, "basket/1");
    await ok(
      alice.client,
      alice.address,
      msg(bv.MsgDepositSchema, {
        sender: alice.address,
        basketId: 1n,
        amount: { denom: DEVNET_LSTS.dAtom.denom, amount: "50000000" },
        minSharesOut: "1",
      }),
      bv.MsgDepositResponseSchema,
    );
    await ok(
      treasury.client,
      treasury.address,
      msg(bv.MsgHarvestSchema, { sender: treasury.address, basketId: 1n }),
      bv.MsgHarvestResponseSchema,
    );
    const redeem = (amount: bigint) =>
      ok(
        treasury.client,
        treasury.address,
        msg(bv.MsgRequestRedeemSchema, {
          owner: seed,
          basketId: 1n,
          shares: amount.toString(),
          mode: bv.RedeemMode.PRO_RATA,
        }),
        bv.MsgRequestRedeemResponseSchema,
      );
    const cutRequest = (await redeem(shares / 2n)).response;
    chain.control.advanceTime(DAY);
    chain.control.invoke("basketvault/postRates", {});
    const { response: cut } = await ok(
      treasury.client,
      treasury.address,
      msg(bv.MsgCutBatchSchema, { sender: treasury.address, basketId: 1n }),
      bv.MsgCutBatchResponseSchema,
    );
    expect(cut.requestIds).toEqual([cutRequest.requestId]);
    const pending = (await redeem(shares / 10n)).response;
    const before = expectInvariants(chain);
    expect(before.requests.map((r) => r.status)).toEqual([bv.RequestStatus.CUT, bv.RequestStatus.PENDING]);

    const exported = genesisFromJson(JSON.parse(JSON.stringify(genesisToJson(chain.chain.exportGenesis()))));
    const restarted = await startMockChain({ genesis: exported });
    try {
      expect(vaultState(restarted)).toEqual(before);
      expectInvariants(restarted);
      // The batch completes on the new chain from what its Alliance unbondings pay back.
      restarted.control.advanceTime(21n * DAY);
      restarted.control.mine(2);
      const batch = q(restarted, "batch", { batchId: cut.batchId }).batch!;
      expect(batch.status).toBe(bv.BatchStatus.CLAIMABLE);
      expect(batch.received).toEqual(batch.expected);
      expect(q(restarted, "request", { requestId: cutRequest.requestId }).request?.status).toBe(
        bv.RequestStatus.CLAIMABLE,
      );
      // The pending request still escrows its shares on the new chain, and they still earn for their owner. (Signing
      // again as account 8 would need part 1's auth genesis import to keep its public key's type URL.)
      const moduleAddress = restarted.chain.keepers.auth.moduleAddress(BASKETVAULT_MODULE);
      expect(balance(restarted, moduleAddress, "basket/1")).toBe(shares / 10n);
      expect(BigInt(q(restarted, "pendingRewards", { basketId: 1n, owner: seed }).shares)).toBe(
        balance(restarted, seed, "basket/1") + shares / 10n,
      );
      expect(q(restarted, "request", { requestId: pending.requestId }).request?.status).toBe(bv.RequestStatus.PENDING);
      expect(supply(restarted, "basket/1")).toBe(BigInt(q(restarted, "nav", { basketId: 1n }).shares));
      expectInvariants(restarted);
    } finally {
      await restarted.stop();
    }
  });
});
