// PreviewDeposit and PreviewRedeem against what the Msgs then do, with every fee switched on: equal to the unit.
// Also §10 (3) no dilution across deposits, cuts and instant redemptions, and (6) a deposit redeemed pro-rata at once
// never returns more value than went in.
import { create } from "@bufbuild/protobuf";
import type { SigningStargateClient } from "@cosmjs/stargate";
import * as bv from "@persistence-sdk/proto/persistence/basketvault/v1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import {
  constituent,
  dec,
  expectInvariants,
  gte,
  msg,
  ok,
  q,
  signer,
  testConfig,
  valuePerShare,
} from "./basketvault.test-support.js";

const { UNDERLYING_PER_LST } = bv.RateDirection;
const ST = DEVNET_LSTS.stAtom.denom;
const QA = DEVNET_LSTS.qAtom.denom;
const DA = DEVNET_LSTS.dAtom.denom;
const DAY = 86_400n;

let chain: RunningMockChain;
type Party = { address: string; client: SigningStargateClient };
let authority: Party;
let feeder: Party;
let alice: Party;
let bob: Party;
let id: bigint;

beforeAll(async () => {
  chain = await startMockChain();
  [authority, feeder, alice, bob] = await Promise.all([
    signer(chain, 10),
    signer(chain, 9),
    signer(chain, 6),
    signer(chain, 7),
  ]);
  const fees = create(bv.FeeConfigSchema, {
    feeBase: dec("0.001"),
    feeSlope: dec("0.05"),
    feeMax: dec("0.01"),
    redeemBase: dec("0.002"),
    redeemSlope: dec("0.08"),
    instantFee: dec("0.005"),
    performanceFee: dec("0.1"),
  });
  const { response } = await ok(
    authority.client,
    authority.address,
    msg(bv.MsgCreateBasketSchema, {
      authority: authority.address,
      underlyingDenom: "uatom",
      underlyingExponent: 6,
      constituents: [ST, QA, DA].map((d) => constituent(d, UNDERLYING_PER_LST, "0.1", "0.6")),
      config: testConfig({ fees, band: dec("0.3"), minNavForWeightChecks: "1000000" }),
      rewardDenom: "uxprt",
    }),
    bv.MsgCreateBasketResponseSchema,
  );
  id = response.basketId;
  const sourceTime = q(chain, "nav", { basketId: id }).time!;
  await ok(
    feeder.client,
    feeder.address,
    msg(bv.MsgPostRatesSchema, {
      feeder: feeder.address,
      basketId: id,
      rates: [
        { denom: ST, raw: dec("1.25"), sourceTime },
        { denom: QA, raw: dec("1.4"), sourceTime },
        { denom: DA, raw: dec("1.1"), sourceTime },
      ],
    }),
    bv.MsgPostRatesResponseSchema,
  );
});

afterAll(async () => {
  for (const party of [authority, feeder, alice, bob]) party?.client.disconnect();
  await chain?.stop();
});

async function deposit(party: Party, denom: string, amount: bigint) {
  const preview = q(chain, "previewDeposit", { basketId: id, amount: { denom, amount: amount.toString() } });
  const before = valuePerShare(chain, id);
  const { response } = await ok(
    party.client,
    party.address,
    msg(bv.MsgDepositSchema, {
      sender: party.address,
      basketId: id,
      amount: { denom, amount: amount.toString() },
      minSharesOut: preview.shares,
    }),
    bv.MsgDepositResponseSchema,
  );
  expect({ shares: response.shares, value: response.value, feeValue: response.feeValue }).toEqual({
    shares: preview.shares,
    value: preview.value,
    feeValue: preview.feeValue,
  });
  expect(BigInt(preview.netValue)).toBe(BigInt(preview.value) - BigInt(preview.feeValue));
  expect(gte(valuePerShare(chain, id), before), "a deposit never lowers the value per share").toBe(true);
  expectInvariants(chain);
  return { shares: BigInt(response.shares), value: BigInt(preview.value), feeRate: preview.feeRate };
}

/**
 * A day on, with the performance fee taken (a cut would take it too, and it dilutes by design): what is previewed
 * next is what the cut then pays, and the cut's effect on the value per share is the redemptions' alone.
 */
async function nextEpoch(): Promise<void> {
  chain.control.advanceTime(DAY);
  await ok(
    feeder.client,
    feeder.address,
    msg(bv.MsgSyncHoldingsSchema, { sender: feeder.address, basketId: id }),
    bv.MsgSyncHoldingsResponseSchema,
  );
}

async function cutNow(): Promise<bigint[]> {
  const before = valuePerShare(chain, id);
  const { response } = await ok(
    feeder.client,
    feeder.address,
    msg(bv.MsgCutBatchSchema, { sender: feeder.address, basketId: id }),
    bv.MsgCutBatchResponseSchema,
  );
  expect(gte(valuePerShare(chain, id), before), "a cut never lowers the value per share").toBe(true);
  expectInvariants(chain);
  return response.requestIds;
}

describe("previews equal the Msgs", () => {
  it("PreviewDeposit: shares, value and fee of every deposit along the fee curve", async () => {
    await deposit(alice, ST, 400_000n); // below min_nav: no weight check, top fee
    await deposit(bob, QA, 500_000n);
    await deposit(alice, DA, 700_000n);
    const over = await deposit(bob, ST, 300_000n); // stATOM over target: fee on the slope
    expect(BigInt(over.feeRate)).toBeGreaterThan(BigInt(dec("0.001")));
    await deposit(alice, QA, 123_457n);
  });

  it("PreviewRedeem (SINGLE): P, the locked fee and the payout of a request cut right away", async () => {
    await nextEpoch();
    const shares = (BigInt(q(chain, "pendingRewards", { basketId: id, owner: alice.address }).shares) / 3n).toString();
    const preview = q(chain, "previewRedeem", { basketId: id, shares, mode: bv.RedeemMode.SINGLE, outDenom: DA });
    expect(BigInt(preview.feeRate)).toBeGreaterThan(BigInt(dec("0.002"))); // dATOM below target afterwards
    const { response } = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgRequestRedeemSchema, {
        owner: alice.address,
        basketId: id,
        shares,
        mode: bv.RedeemMode.SINGLE,
        outDenom: DA,
      }),
      bv.MsgRequestRedeemResponseSchema,
    );
    const locked = q(chain, "request", { requestId: response.requestId }).request!;
    expect([locked.priceAtRequest, locked.feeRate]).toEqual([preview.pricePerShare, preview.feeRate]);
    expect(await cutNow()).toEqual([response.requestId]);
    const cut = q(chain, "request", { requestId: response.requestId }).request!;
    expect({ value: cut.value, feeValue: cut.feeValue, out: cut.expected.map((c) => [c.denom, c.amount]) }).toEqual({
      value: preview.value,
      feeValue: preview.feeValue,
      out: preview.out.map((c) => [c.denom, c.amount]),
    });
    expect(BigInt(preview.netValue)).toBe(BigInt(preview.value) - BigInt(preview.feeValue));
  });

  it("PreviewRedeem (PRO_RATA): a slice of every constituent, no fee", async () => {
    await nextEpoch();
    const shares = (BigInt(q(chain, "pendingRewards", { basketId: id, owner: bob.address }).shares) / 2n).toString();
    const preview = q(chain, "previewRedeem", { basketId: id, shares, mode: bv.RedeemMode.PRO_RATA });
    expect([preview.feeRate, preview.feeValue, preview.weightAfter]).toEqual(["0", "0", "0"]);
    expect(preview.out.length).toBe(3);
    const { response } = await ok(
      bob.client,
      bob.address,
      msg(bv.MsgRequestRedeemSchema, { owner: bob.address, basketId: id, shares, mode: bv.RedeemMode.PRO_RATA }),
      bv.MsgRequestRedeemResponseSchema,
    );
    expect(await cutNow()).toEqual([response.requestId]);
    const cut = q(chain, "request", { requestId: response.requestId }).request!;
    expect([cut.value, cut.feeValue, cut.expected.map((c) => [c.denom, c.amount])]).toEqual([
      preview.value,
      "0",
      preview.out.map((c) => [c.denom, c.amount]),
    ]);
  });

  it("PreviewRedeem (instant) and MsgInstantRedeem, with the instant fee", async () => {
    const shares = (BigInt(q(chain, "pendingRewards", { basketId: id, owner: alice.address }).shares) / 5n).toString();
    const preview = q(chain, "previewRedeem", {
      basketId: id,
      shares,
      outDenom: ST,
      instant: true,
      mode: bv.RedeemMode.SINGLE,
    });
    expect(preview.feeRate).toBe(dec("0.005"));
    const before = valuePerShare(chain, id);
    const { response } = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgInstantRedeemSchema, {
        owner: alice.address,
        basketId: id,
        shares,
        outDenom: ST,
        minOut: preview.out[0]!.amount,
      }),
      bv.MsgInstantRedeemResponseSchema,
    );
    expect([response.value, response.feeValue, response.out?.denom, response.out?.amount]).toEqual([
      preview.value,
      preview.feeValue,
      ST,
      preview.out[0]!.amount,
    ]);
    expect(gte(valuePerShare(chain, id), before), "an instant redemption never lowers the value per share").toBe(true);
    expectInvariants(chain);
  });

  it("§10 (6): a deposit redeemed pro-rata at once never returns more value than went in", async () => {
    for (const [denom, amount] of [
      [QA, 10n],
      [QA, 999n],
      [DA, 77_777n],
      [ST, 250_001n],
    ] as const) {
      const { shares, value } = await deposit(bob, denom, amount);
      const back = q(chain, "previewRedeem", { basketId: id, shares: shares.toString(), mode: bv.RedeemMode.PRO_RATA });
      expect(BigInt(back.value) <= value, `${amount}${denom}: ${back.value} ≤ ${value}`).toBe(true);
    }
  });

  it("ignores tokens sent to the module by plain transfer (§1: holdings are the vault's books, not its balance)", async () => {
    const nav = q(chain, "nav", { basketId: id });
    const preview = q(chain, "previewDeposit", { basketId: id, amount: { denom: DA, amount: "100000" } });
    const moduleAddress = chain.chain.keepers.auth.moduleAddress("basketvault");
    chain.control.fund(moduleAddress, [{ denom: QA, amount: 5_000_000_000n }]);
    const after = q(chain, "nav", { basketId: id });
    expect([after.nav, after.shares, after.pricePerShare]).toEqual([nav.nav, nav.shares, nav.pricePerShare]);
    expect(after.constituents.map((c) => [c.holdings, c.idle])).toEqual(
      nav.constituents.map((c) => [c.holdings, c.idle]),
    );
    expect(q(chain, "previewDeposit", { basketId: id, amount: { denom: DA, amount: "100000" } })).toEqual(preview);
    expectInvariants(chain);
  });
});
