// The devnet ATOM basket end to end through unmodified cosmjs clients, restaked through the real x/alliance module:
// deposits and instant redemptions from the idle buffer, an asynchronous redemption large enough to be undelegated
// from Alliance, a validator slashed while it unbonds (the batch receives, and pays, less), harvested restaking
// rewards shared per share (across a plain bank send of shares), SyncHoldings after the take rate, and the §10
// invariants after each step.
import type { SigningStargateClient } from "@cosmjs/stargate";
import { Query as AllianceQuery } from "@persistence-sdk/proto/alliance/alliance";
import * as bv from "@persistence-sdk/proto/persistence/basketvault/v1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import { convertBech32 } from "../staking/addresses.js";
import {
  balance,
  blockEvents,
  decAtomics,
  decString,
  expectInvariants,
  FEE,
  gte,
  latestHeight,
  msg,
  ok,
  q,
  signer,
  typedEvent,
  typedEvents,
  valuePerShare,
} from "./basketvault.test-support.js";
import { DEVNET_BASKET_ROLES } from "./devnet.js";

const ID = 1n;
const SHARE = "basket/1";
const ST = DEVNET_LSTS.stAtom.denom;
const DAY = 86_400n;
const VALIDATORS = DEVNET.validatorOperators.map((o) => convertBech32(o.address, DEVNET.prefixes.validator));

let chain: RunningMockChain;
type Party = { address: string; client: SigningStargateClient };
let alice: Party;
let treasury: Party;
let keeper: Party;

beforeAll(async () => {
  chain = await startMockChain();
  [alice, treasury, keeper] = await Promise.all([signer(chain, 4), signer(chain, 8, "amino"), signer(chain, 6)]);
});

afterAll(async () => {
  for (const party of [alice, treasury, keeper]) party?.client.disconnect();
  await chain?.stop();
});

function holdings() {
  return q(chain, "nav", { basketId: ID }).constituents.map((c) => ({
    denom: c.denom,
    idle: BigInt(c.idle),
    restaked: BigInt(c.restaked),
  }));
}

function restakeAddress(): string {
  return chain.chain.keepers.basketVault.restakeAddress(ID);
}

function unbondingTotal(denom: string): bigint {
  return chain.chain
    .query(AllianceQuery.method.allianceUnbondingsByDenomAndDelegator, { denom, delegatorAddr: restakeAddress() })
    .unbondings.reduce((sum, u) => sum + BigInt(u.amount), 0n);
}

describe("the devnet ATOM basket, restaked through Alliance", () => {
  it("starts seeded and restaked, keeping the idle buffer", async () => {
    const state = expectInvariants(chain);
    const basket = state.baskets[0]!;
    expect(basket.constituents.map((c) => c.denom)).toEqual([
      DEVNET_LSTS.stkAtom.denom,
      DEVNET_LSTS.stAtom.denom,
      DEVNET_LSTS.qAtom.denom,
      DEVNET_LSTS.dAtom.denom,
    ]);
    expect(basket.config?.feeders).toEqual([DEVNET.accounts[9]!.address]);
    for (const h of holdings()) {
      // ceil(0.20·H) stays idle, the rest is delegated in equal parts to the four validators.
      const total = h.idle + h.restaked;
      expect(h.idle).toBe((total * 2n + 9n) / 10n);
      const delegations = chain.chain.query(AllianceQuery.method.alliancesDelegation, {
        delegatorAddr: restakeAddress(),
      }).delegations;
      expect(delegations.filter((d) => d.balance?.denom === h.denom).length).toBe(4);
    }
    expect(balance(chain, DEVNET_BASKET_ROLES.seedHolder, SHARE)).toBe(
      BigInt(q(chain, "nav", { basketId: ID }).shares),
    );
    // The share denom's metadata: display exponent 6 + 3.
    const rest = await fetch(`${chain.restUrl}/cosmos/bank/v1beta1/denoms_metadata/${encodeURIComponent(SHARE)}`);
    const { metadata } = (await rest.json()) as { metadata: { denom_units: { exponent: number }[] } };
    expect(metadata.denom_units.map((u) => u.exponent)).toEqual([0, 9]);
  });

  it("deposits exactly as previewed, restakes the excess at the end of the block, and instant-redeems from idle", async () => {
    const amount = { denom: ST, amount: "100000000" };
    const preview = q(chain, "previewDeposit", { basketId: ID, amount });
    // stATOM goes over its 0.25 target: the fee climbs the slope.
    expect(BigInt(preview.feeRate)).toBeGreaterThan(10n ** 15n);
    const before = valuePerShare(chain, ID);
    const { response } = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgDepositSchema, { sender: alice.address, basketId: ID, amount, minSharesOut: preview.shares }),
      bv.MsgDepositResponseSchema,
    );
    expect([response.shares, response.value, response.feeValue]).toEqual([
      preview.shares,
      preview.value,
      preview.feeValue,
    ]);
    expect(gte(valuePerShare(chain, ID), before)).toBe(true);
    const st = holdings().find((h) => h.denom === ST)!;
    expect(st.idle).toBe(((st.idle + st.restaked) * 2n + 9n) / 10n);
    const [restaked] = await blockEvents(chain, latestHeight(chain), "persistence.basketvault.v1.EventRestaked");
    expect(restaked).toMatchObject({ basket_id: "1", undelegated: [] });
    expect(restaked!.delegated).toEqual([{ denom: ST, amount: expect.any(String) }]);
    expectInvariants(chain);

    const shares = (BigInt(response.shares) / 10n).toString();
    const instant = q(chain, "previewRedeem", { basketId: ID, shares, outDenom: ST, instant: true });
    expect(decString(instant.feeRate)).toBe("0.005000000000000000");
    const idleBefore = st.idle;
    const redeemed = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgInstantRedeemSchema, { owner: alice.address, basketId: ID, shares, outDenom: ST, minOut: "1" }),
      bv.MsgInstantRedeemResponseSchema,
    );
    expect([redeemed.response.out?.amount, redeemed.response.value, redeemed.response.feeValue]).toEqual([
      instant.out[0]!.amount,
      instant.value,
      instant.feeValue,
    ]);
    expect(typedEvent(redeemed.result, "persistence.basketvault.v1.EventInstantRedeem")).toMatchObject({
      owner: alice.address,
      shares,
      out: { denom: ST, amount: instant.out[0]!.amount },
    });
    expect(holdings().find((h) => h.denom === ST)!.idle).toBeLessThanOrEqual(
      idleBefore - BigInt(instant.out[0]!.amount),
    );
    expectInvariants(chain);
  });

  it("harvests Alliance rewards into the pool and settles holders on every share transfer, bank sends included", async () => {
    chain.control.mine(5);
    const seed = DEVNET_BASKET_ROLES.seedHolder;
    const { response: first, result: firstResult } = await ok(
      keeper.client,
      keeper.address,
      msg(bv.MsgHarvestSchema, { sender: keeper.address, basketId: ID }),
      bv.MsgHarvestResponseSchema,
    );
    const harvested = BigInt(first.harvested!.amount);
    expect(typedEvent(firstResult, "persistence.basketvault.v1.EventHarvest")).toEqual({
      basket_id: "1",
      harvested: { denom: "uxprt", amount: harvested.toString() },
      reward_index: decString(first.rewardIndex),
    });
    expect(first.harvested?.denom).toBe("uxprt");
    expect(harvested).toBeGreaterThan(0n);
    const index1 = BigInt(first.rewardIndex);
    const pending = (owner: string) => q(chain, "pendingRewards", { basketId: ID, owner });
    const seedShares = BigInt(pending(seed).shares);
    expect(BigInt(pending(seed).rewards!.amount)).toBe((seedShares * index1) / 10n ** 18n);

    // The treasury sends half its shares to account 7 with a plain MsgSend: both sides are settled first.
    const half = seedShares / 2n;
    const receiver = DEVNET.accounts[7]!.address;
    const sent = await treasury.client.sendTokens(
      treasury.address,
      receiver,
      [{ denom: SHARE, amount: half.toString() }],
      FEE,
    );
    expect(sent.code).toBe(0);
    expect(BigInt(pending(receiver).shares)).toBe(half);
    expect(pending(receiver).rewards!.amount).toBe("0");
    expectInvariants(chain);

    chain.control.mine(5);
    const { response: second } = await ok(
      keeper.client,
      keeper.address,
      msg(bv.MsgHarvestSchema, { sender: keeper.address, basketId: ID }),
      bv.MsgHarvestResponseSchema,
    );
    const index2 = BigInt(second.rewardIndex);
    expect(index2).toBeGreaterThan(index1);
    expect(BigInt(pending(receiver).rewards!.amount)).toBe((half * (index2 - index1)) / 10n ** 18n);
    const seedOwed = (seedShares * index1) / 10n ** 18n + ((seedShares - half) * (index2 - index1)) / 10n ** 18n;
    expect(BigInt(pending(seed).rewards!.amount)).toBe(seedOwed);

    const rest = (await (
      await fetch(`${chain.restUrl}/persistence/basketvault/v1/baskets/1/rewards/${seed}`)
    ).json()) as { rewards: { amount: string }; reward_index: string };
    expect(rest.rewards.amount).toBe(seedOwed.toString());
    expect(rest.reward_index).toBe(decString(second.rewardIndex));

    const before = balance(chain, seed, "uxprt");
    const claimed = await ok(
      treasury.client,
      treasury.address,
      msg(bv.MsgClaimRewardsSchema, { owner: seed, basketId: ID }),
      bv.MsgClaimRewardsResponseSchema,
    );
    expect(claimed.response.rewards).toMatchObject({ denom: "uxprt", amount: seedOwed.toString() });
    expect(balance(chain, seed, "uxprt") - before).toBe(seedOwed - 10_000n);
    expect(pending(seed).rewards!.amount).toBe("0");
    expect(typedEvent(claimed.result, "persistence.basketvault.v1.EventRewardsClaimed")).toMatchObject({
      owner: seed,
      rewards: { denom: "uxprt", amount: seedOwed.toString() },
    });
    expectInvariants(chain);
  });

  it("redeems asynchronously: request, cut after the epoch (undelegating from Alliance), a slash while unbonding, completion, claim", async () => {
    const owner = DEVNET_BASKET_ROLES.seedHolder;
    const shares = (balance(chain, owner, SHARE) * 9n) / 10n;
    const preview = q(chain, "previewRedeem", {
      basketId: ID,
      shares: shares.toString(),
      mode: bv.RedeemMode.PRO_RATA,
    });
    const { response: request } = await ok(
      treasury.client,
      treasury.address,
      msg(bv.MsgRequestRedeemSchema, {
        owner,
        basketId: ID,
        shares: shares.toString(),
        mode: bv.RedeemMode.PRO_RATA,
        minValueOut: "0",
      }),
      bv.MsgRequestRedeemResponseSchema,
    );
    expect(q(chain, "request", { requestId: request.requestId }).request?.priceAtRequest).toBe(preview.pricePerShare);
    expect(q(chain, "requestsByOwner", { owner }).requests.map((r) => r.id)).toEqual([request.requestId]);
    // Alice joins the same batch with half her shares.
    const aliceShares = balance(chain, alice.address, SHARE) / 2n;
    const { response: aliceRequest } = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgRequestRedeemSchema, {
        owner: alice.address,
        basketId: ID,
        shares: aliceShares.toString(),
        mode: bv.RedeemMode.PRO_RATA,
      }),
      bv.MsgRequestRedeemResponseSchema,
    );
    expect(aliceRequest.batchId).toBe(request.batchId);
    expectInvariants(chain);

    // A day later the genesis rates are stale: the feeder refreshes them (control), then anyone cuts.
    chain.control.advanceTime(DAY);
    chain.control.invoke("basketvault/postRates", {});
    const before = holdings();
    const { response: cut, result } = await ok(
      keeper.client,
      keeper.address,
      msg(bv.MsgCutBatchSchema, { sender: keeper.address, basketId: ID }),
      bv.MsgCutBatchResponseSchema,
    );
    expect(cut.requestIds).toEqual([request.requestId, aliceRequest.requestId]);
    const batch = q(chain, "batch", { batchId: cut.batchId }).batch!;
    expect(batch.status).toBe(bv.BatchStatus.UNBONDING);
    expect(batch.undelegated.length).toBe(4);
    for (const coin of batch.expected) {
      const h = before.find((x) => x.denom === coin.denom)!;
      const undelegated = BigInt(batch.undelegated.find((c) => c.denom === coin.denom)!.amount);
      // Idle pays first; Alliance the rest.
      expect(undelegated).toBe(BigInt(coin.amount) - h.idle);
      expect(unbondingTotal(coin.denom)).toBe(undelegated);
    }
    expect(typedEvent(result, "persistence.basketvault.v1.EventRestaked")).toMatchObject({
      basket_id: "1",
      delegated: [],
    });
    expect(q(chain, "batches", { basketId: ID }).batches.map((b) => b.status)).toEqual([
      bv.BatchStatus.UNBONDING,
      bv.BatchStatus.OPEN,
    ]);
    expectInvariants(chain);

    // Validator 0 is slashed 10 % while the LSTs unbond: Alliance slashes the unbondings from it.
    const unbondingBefore = new Map(batch.undelegated.map((c) => [c.denom, unbondingTotal(c.denom)]));
    chain.control.invoke("staking/slash", {
      validator: VALIDATORS[0]!,
      fraction: "0.1",
    });
    const slashed = new Map(
      batch.undelegated.map((c) => [c.denom, unbondingBefore.get(c.denom)! - unbondingTotal(c.denom)]),
    );
    for (const lost of slashed.values()) expect(lost).toBeGreaterThan(0n);

    const from = latestHeight(chain);
    chain.control.advanceTime(21n * DAY);
    chain.control.mine(1);
    const done = q(chain, "batch", { batchId: cut.batchId }).batch!;
    expect(done.status).toBe(bv.BatchStatus.CLAIMABLE);
    for (const coin of done.expected) {
      const received = BigInt(done.received.find((c) => c.denom === coin.denom)!.amount);
      expect(received).toBe(BigInt(coin.amount) - slashed.get(coin.denom)!);
    }
    const [completed] = await blockEvents(chain, from, "persistence.basketvault.v1.EventBatchCompleted");
    expect(completed).toEqual({
      batch_id: cut.batchId.toString(),
      basket_id: "1",
      expected: done.expected.map((c) => ({ denom: c.denom, amount: c.amount })),
      received: done.received.map((c) => ({ denom: c.denom, amount: c.amount })),
    });
    // Each request gets floor(expected_req·received/expected_batch); the dust stays in the vault.
    const requests = [request.requestId, aliceRequest.requestId].map(
      (id) => q(chain, "request", { requestId: id }).request!,
    );
    for (const r of requests) {
      expect(r.status).toBe(bv.RequestStatus.CLAIMABLE);
      expect(r.paid.map((c) => [c.denom, BigInt(c.amount)])).toEqual(
        r.expected.map((c) => {
          const total = BigInt(done.expected.find((e) => e.denom === c.denom)!.amount);
          const back = BigInt(done.received.find((e) => e.denom === c.denom)!.amount);
          return [c.denom, (BigInt(c.amount) * back) / total];
        }),
      );
    }
    const settled = requests[0]!;
    expectInvariants(chain);

    const { response: claimed, result: claimResult } = await ok(
      treasury.client,
      treasury.address,
      msg(bv.MsgClaimSchema, { owner, requestIds: [request.requestId] }),
      bv.MsgClaimResponseSchema,
    );
    expect(claimed.paid.map((c) => [c.denom, c.amount])).toEqual(settled.paid.map((c) => [c.denom, c.amount]));
    expect(typedEvents(claimResult, "persistence.basketvault.v1.EventRequestClaimed").length).toBe(1);
    for (const coin of settled.paid)
      expect(balance(chain, owner, coin.denom)).toBeGreaterThanOrEqual(BigInt(coin.amount));
    expect(q(chain, "request", { requestId: request.requestId }).request?.status).toBe(bv.RequestStatus.CLAIMED);
    expectInvariants(chain);
  });

  it("syncs holdings to the Alliance balances the take rate and the slash lowered, then runs the performance fee", async () => {
    const before = holdings();
    const mark = q(chain, "nav", { basketId: ID }).highWaterMark;
    const treasuryShares = balance(chain, DEVNET_BASKET_ROLES.treasury, SHARE);
    const { response, result } = await ok(
      keeper.client,
      keeper.address,
      msg(bv.MsgSyncHoldingsSchema, { sender: keeper.address, basketId: ID }),
      bv.MsgSyncHoldingsResponseSchema,
    );
    const after = holdings();
    for (const [i, h] of after.entries()) expect(h.restaked).toBeLessThan(before[i]!.restaked);
    expect(response.holdings.map((c) => [c.denom, BigInt(c.amount)])).toEqual(
      after.map((h) => [h.denom, h.idle + h.restaked]).sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)),
    );
    const synced = typedEvent(result, "persistence.basketvault.v1.EventHoldingsSynced")!;
    const price = synced.price_per_share as string;
    const nav = q(chain, "nav", { basketId: ID });
    expect(response.pricePerShare).toBe(nav.pricePerShare);
    const feeShares = BigInt(response.feeShares);
    expect(balance(chain, DEVNET_BASKET_ROLES.treasury, SHARE) - treasuryShares).toBe(feeShares);
    if (BigInt(decAtomics(price)) > BigInt(mark)) {
      // Deposit and instant fees stayed in the vault and lifted P above the mark: φ = 10 % of the gain, in shares.
      expect(feeShares).toBeGreaterThan(0n);
      expect(typedEvent(result, "persistence.basketvault.v1.EventPerformanceFee")).toMatchObject({
        treasury: DEVNET_BASKET_ROLES.treasury,
        fee_shares: feeShares.toString(),
        previous_high_water_mark: decString(mark),
        high_water_mark: price,
      });
      expect(decString(nav.highWaterMark)).toBe(price);
    } else {
      expect(feeShares).toBe(0n);
      expect(nav.highWaterMark).toBe(mark);
    }
    expectInvariants(chain);
  });
});
