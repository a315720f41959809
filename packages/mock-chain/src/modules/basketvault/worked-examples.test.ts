// basket-vault.md §11, E1–E5, reproduced through the chain: every step a Msg signed by an unmodified cosmjs client
// (Bob and the authority sign in SIGN_MODE_LEGACY_AMINO_JSON), every number read back from queries, responses and
// events, and the §10 invariants checked after each operation.
import type { SigningStargateClient } from "@cosmjs/stargate";
import * as bv from "@persistence-sdk/proto/persistence/basketvault/v1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import {
  balance,
  constituent,
  dec,
  decString,
  expectInvariants,
  gte,
  msg,
  ok,
  q,
  signer,
  testConfig,
  typedEvent,
  valuePerShare,
} from "./basketvault.test-support.js";

const { UNDERLYING_PER_LST, LST_PER_UNDERLYING } = bv.RateDirection;
const ST = DEVNET_LSTS.stAtom.denom;
const STK = DEVNET_LSTS.stkAtom.denom;
const QA = DEVNET_LSTS.qAtom.denom;
const DA = DEVNET_LSTS.dAtom.denom;
const DAY = 86_400n;

let chain: RunningMockChain;
type Party = { address: string; client: SigningStargateClient };
let authority: Party;
let feeder: Party;
let alice: Party;
let bob: Party;

beforeAll(async () => {
  chain = await startMockChain();
  [authority, feeder, alice, bob] = await Promise.all([
    signer(chain, 10, "amino"),
    signer(chain, 9),
    signer(chain, 1),
    signer(chain, 2, "amino"),
  ]);
});

afterAll(async () => {
  for (const party of [authority, feeder, alice, bob]) party?.client.disconnect();
  await chain?.stop();
});

async function createBasket(constituents: ReturnType<typeof constituent>[], config = testConfig()): Promise<bigint> {
  const { response, result } = await ok(
    authority.client,
    authority.address,
    msg(bv.MsgCreateBasketSchema, {
      authority: authority.address,
      underlyingDenom: "uatom",
      underlyingExponent: 6,
      virtualOffset: 0,
      constituents,
      config,
      rewardDenom: "uxprt",
    }),
    bv.MsgCreateBasketResponseSchema,
  );
  expect(response.shareDenom).toBe(`basket/${response.basketId}`);
  expect(typedEvent(result, "persistence.basketvault.v1.EventBasketCreated")).toMatchObject({
    basket_id: response.basketId.toString(),
    share_denom: response.shareDenom,
  });
  expectInvariants(chain);
  return response.basketId;
}

function blockTime(basketId: bigint) {
  return q(chain, "nav", { basketId }).time!;
}

async function postRates(basketId: bigint, rates: [string, string][]) {
  const sourceTime = blockTime(basketId);
  const { response } = await ok(
    feeder.client,
    feeder.address,
    msg(bv.MsgPostRatesSchema, {
      feeder: feeder.address,
      basketId,
      rates: rates.map(([denom, raw]) => ({ denom, raw: dec(raw), sourceTime })),
    }),
    bv.MsgPostRatesResponseSchema,
  );
  expectInvariants(chain);
  return response.results;
}

/** Previews a deposit, deposits, and checks the Msg did exactly what the preview said. */
async function deposit(party: Party, basketId: bigint, denom: string, amount: bigint) {
  const preview = q(chain, "previewDeposit", { basketId, amount: { denom, amount: amount.toString() } });
  const before = valuePerShare(chain, basketId);
  const { response, result } = await ok(
    party.client,
    party.address,
    msg(bv.MsgDepositSchema, {
      sender: party.address,
      basketId,
      amount: { denom, amount: amount.toString() },
      minSharesOut: preview.shares,
      receiver: "",
    }),
    bv.MsgDepositResponseSchema,
  );
  expect([response.shares, response.value, response.feeValue]).toEqual([
    preview.shares,
    preview.value,
    preview.feeValue,
  ]);
  expect(typedEvent(result, "persistence.basketvault.v1.EventDeposit")).toMatchObject({
    basket_id: basketId.toString(),
    sender: party.address,
    receiver: party.address,
    amount: { denom, amount: amount.toString() },
    value: preview.value,
    shares: preview.shares,
    fee_rate: decString(preview.feeRate),
  });
  expect(gte(valuePerShare(chain, basketId), before), "no dilution").toBe(true);
  expectInvariants(chain);
  return { shares: BigInt(response.shares), value: BigInt(response.value) };
}

describe("§11 worked examples through the chain", () => {
  let e12: bigint;

  it("E1: empty vault, deposit 1,000,000 ustATOM at v = 1.25 → value 1,250,000, shares 1,250,000,000", async () => {
    e12 = await createBasket([constituent(ST, UNDERLYING_PER_LST), constituent(STK, LST_PER_UNDERLYING)]);
    const results = await postRates(e12, [
      [ST, "1.25"],
      [STK, "0.8"],
    ]);
    expect(results.map((r) => [r.outcome, decString(r.rate)])).toEqual([
      [bv.RateOutcome.APPLIED, "1.250000000000000000"],
      [bv.RateOutcome.APPLIED, "1.250000000000000000"],
    ]);
    const e1 = await deposit(alice, e12, ST, 1_000_000n);
    expect(e1).toEqual({ value: 1_250_000n, shares: 1_250_000_000n });
    expect(balance(chain, alice.address, `basket/${e12}`)).toBe(1_250_000_000n);
  });

  it("E2: then 500,000 ustkATOM with c-value 0.8 (LST per underlying) → v 1.25, value 625,000, shares 625,000,000", async () => {
    const nav = q(chain, "nav", { basketId: e12 });
    expect(nav.constituents.map((c) => decString(c.rate))).toEqual(["1.250000000000000000", "1.250000000000000000"]);
    const e2 = await deposit(bob, e12, STK, 500_000n);
    expect(e2).toEqual({ value: 625_000n, shares: 625_000_000n });
    // 0.8 used as if it were underlying per LST would have minted 400,000,000: 36 % less.
    expect(q(chain, "nav", { basketId: e12 }).nav).toBe(dec("1875000"));
  });

  it("E3: Alice (stATOM) and Bob (qATOM) both lose 2.0588 % when qATOM falls 1.40 → 1.33", async () => {
    const id = await createBasket([constituent(ST, UNDERLYING_PER_LST), constituent(QA, UNDERLYING_PER_LST)]);
    await postRates(id, [
      [ST, "1.25"],
      [QA, "1.40"],
    ]);
    const a = await deposit(alice, id, ST, 8_000_000n);
    const b = await deposit(bob, id, QA, 5_000_000n);
    expect([a.shares, b.shares]).toEqual([10_000_000_000n, 7_000_000_000n]);
    expect(q(chain, "nav", { basketId: id }).nav).toBe(dec("17000000"));
    const redemptionValue = (shares: bigint) =>
      BigInt(
        q(chain, "previewRedeem", { basketId: id, shares: shares.toString(), mode: bv.RedeemMode.PRO_RATA }).value,
      );
    expect([redemptionValue(a.shares), redemptionValue(b.shares)]).toEqual([10_000_000n, 7_000_000n]);

    const [result] = await postRates(id, [[QA, "1.33"]]);
    expect(result!.outcome).toBe(bv.RateOutcome.APPLIED); // −5 %, within max_down 10 %
    expect(q(chain, "nav", { basketId: id }).nav).toBe(dec("16650000"));
    expect([redemptionValue(a.shares), redemptionValue(b.shares)]).toEqual([9_794_117n, 6_855_882n]);
    expect(((10_000_000n - 9_794_117n) * 1_000_000n) / 10_000_000n).toBe(20_588n);
    expect(((7_000_000n - 6_855_882n) * 1_000_000n) / 7_000_000n).toBe(20_588n);
  });

  it("E4: a quarter of a 4,000,000 ustATOM vault requested at 1.25, cut at (a) 1.30 and (b) 1.20", async () => {
    const cases = [
      { rate: "1.30", value: "1250000", out: "961538" },
      { rate: "1.20", value: "1200000", out: "1000000" },
    ];
    const ids: bigint[] = [];
    const requests: bigint[] = [];
    for (const _ of cases) {
      const id = await createBasket([constituent(ST, UNDERLYING_PER_LST)]);
      await postRates(id, [[ST, "1.25"]]);
      const { shares } = await deposit(alice, id, ST, 4_000_000n);
      expect(shares).toBe(5_000_000_000n);
      const preview = q(chain, "previewRedeem", {
        basketId: id,
        shares: (shares / 4n).toString(),
        mode: bv.RedeemMode.SINGLE,
        outDenom: ST,
      });
      expect([preview.value, preview.feeRate, decString(preview.pricePerShare)]).toEqual([
        "1250000",
        "0",
        "0.001000000000000000",
      ]);
      expect(preview.out).toEqual([expect.objectContaining({ denom: ST, amount: "1000000" })]);
      const { response, result } = await ok(
        alice.client,
        alice.address,
        msg(bv.MsgRequestRedeemSchema, {
          owner: alice.address,
          basketId: id,
          shares: (shares / 4n).toString(),
          mode: bv.RedeemMode.SINGLE,
          outDenom: ST,
          minValueOut: "0",
          receiver: "",
        }),
        bv.MsgRequestRedeemResponseSchema,
      );
      expect(typedEvent(result, "persistence.basketvault.v1.EventRedeemRequested")).toMatchObject({
        request_id: response.requestId.toString(),
        price_at_request: "0.001000000000000000",
        fee_rate: "0.000000000000000000",
        mode: "REDEEM_MODE_SINGLE",
      });
      // Escrowed: still in S, out of Alice's balance.
      expect(q(chain, "nav", { basketId: id }).shares).toBe("5000000000");
      expectInvariants(chain);
      ids.push(id);
      requests.push(response.requestId);
    }

    chain.control.advanceTime(DAY);
    for (const [i, c] of cases.entries()) {
      const [posted] = await postRates(ids[i]!, [[ST, c.rate]]);
      expect(posted!.outcome).toBe(bv.RateOutcome.APPLIED); // ±4 % after a day: within 5 %/day and 10 %
      const { response, result } = await ok(
        feeder.client,
        feeder.address,
        msg(bv.MsgCutBatchSchema, { sender: feeder.address, basketId: ids[i]! }),
        bv.MsgCutBatchResponseSchema,
      );
      expect(response.requestIds).toEqual([requests[i]!]);
      expect(typedEvent(result, "persistence.basketvault.v1.EventBatchCut")).toMatchObject({
        batch_id: response.batchId.toString(),
        shares: "1250000000",
        expected: [{ denom: ST, amount: c.out }],
      });
      const request = q(chain, "request", { requestId: requests[i]! }).request!;
      expect([request.status, request.value, request.expected]).toEqual([
        bv.RequestStatus.CUT,
        c.value,
        [expect.objectContaining({ denom: ST, amount: c.out })],
      ]);
      expect(q(chain, "nav", { basketId: ids[i]! }).shares).toBe("3750000000");
      expectInvariants(chain);
    }

    chain.control.advanceTime(21n * DAY);
    for (const [i, c] of cases.entries()) {
      const request = q(chain, "request", { requestId: requests[i]! }).request!;
      expect(request.status).toBe(bv.RequestStatus.CLAIMABLE);
      expect(request.paid).toEqual([expect.objectContaining({ denom: ST, amount: c.out })]);
      const before = balance(chain, alice.address, ST);
      const { response } = await ok(
        alice.client,
        alice.address,
        msg(bv.MsgClaimSchema, { owner: alice.address, requestIds: [requests[i]!] }),
        bv.MsgClaimResponseSchema,
      );
      expect(response.paid).toEqual([expect.objectContaining({ denom: ST, amount: c.out })]);
      expect(balance(chain, alice.address, ST) - before).toBe(BigInt(c.out));
      expectInvariants(chain);
    }
  });

  it("E5: the APR and liquidity tilt gives targets {0.35, 0.25, 0.35, 0.05} through MsgPostMetrics", async () => {
    const id = await createBasket(
      [ST, QA, DA]
        .map((d) => constituent(d, UNDERLYING_PER_LST, "0.05", "0.35"))
        .concat([constituent(STK, LST_PER_UNDERLYING, "0.05", "0.35")]),
    );
    expect(q(chain, "basket", { basketId: id }).basket!.constituents.map((c) => decString(c.targetWeight))).toEqual(
      Array(4).fill("0.250000000000000000"),
    );
    const metrics: [string, string, string][] = [
      [ST, "0.150", "4000000"],
      [QA, "0.160", "500000"],
      [DA, "0.170", "1500000"],
      [STK, "0.095", "1000000"],
    ];
    const { response, result } = await ok(
      feeder.client,
      feeder.address,
      msg(bv.MsgPostMetricsSchema, {
        feeder: feeder.address,
        basketId: id,
        metrics: metrics.map(([denom, apr, liquidity]) => ({ denom, apr: dec(apr), liquidity })),
      }),
      bv.MsgPostMetricsResponseSchema,
    );
    const expected = ["0.350000000000000000", "0.250000000000000000", "0.350000000000000000", "0.050000000000000000"];
    expect(response.targets.map((t) => decString(t.targetWeight))).toEqual(expected);
    expect(
      (
        typedEvent(result, "persistence.basketvault.v1.EventTargetsUpdated")!.targets as { target_weight: string }[]
      ).map((t) => t.target_weight),
    ).toEqual(expected);
    expect(typedEvent(result, "persistence.basketvault.v1.EventMetricsPosted")).toMatchObject({
      basket_id: id.toString(),
      feeder: feeder.address,
    });
    const basket = q(chain, "basket", { basketId: id }).basket!;
    expect(basket.constituents.map((c) => decString(c.targetWeight))).toEqual(expected);
    expect(basket.constituents.map((c) => decString(c.apr))).toEqual([
      "0.150000000000000000",
      "0.160000000000000000",
      "0.170000000000000000",
      "0.095000000000000000",
    ]);
    expectInvariants(chain);
  });
});
