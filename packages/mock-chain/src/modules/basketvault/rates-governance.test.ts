// Rates and their guards, the performance fee, governance and the queries (gRPC through cosmjs' QueryClient and
// REST with fetch), through unmodified cosmjs clients; the feeder signs in SIGN_MODE_LEGACY_AMINO_JSON.
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
  queryClient,
  send,
  signer,
  testConfig,
  typedEvent,
  valuePerShare,
} from "./basketvault.test-support.js";

const { UNDERLYING_PER_LST, LST_PER_UNDERLYING } = bv.RateDirection;
const ST = DEVNET_LSTS.stAtom.denom;
const QA = DEVNET_LSTS.qAtom.denom;
const DA = DEVNET_LSTS.dAtom.denom;
const STK = DEVNET_LSTS.stkAtom.denom;
const DAY = 86_400n;
const ONE = 10n ** 18n;

let chain: RunningMockChain;
type Party = { address: string; client: SigningStargateClient };
let authority: Party;
let feeder: Party;
let alice: Party;
let bob: Party;

beforeAll(async () => {
  chain = await startMockChain();
  [authority, feeder, alice, bob] = await Promise.all([
    signer(chain, 10),
    signer(chain, 9, "amino"),
    signer(chain, 5),
    signer(chain, 0, "amino"),
  ]);
});

afterAll(async () => {
  for (const party of [authority, feeder, alice, bob]) party?.client.disconnect();
  await chain?.stop();
});

async function createBasket(constituents: ReturnType<typeof constituent>[], config = testConfig()) {
  const { response } = await ok(
    authority.client,
    authority.address,
    msg(bv.MsgCreateBasketSchema, {
      authority: authority.address,
      underlyingDenom: "uatom",
      underlyingExponent: 6,
      constituents,
      config,
      rewardDenom: "uxprt",
    }),
    bv.MsgCreateBasketResponseSchema,
  );
  return response.basketId;
}

function now(basketId = 1n) {
  return q(chain, "nav", { basketId }).time!;
}

async function postRates(basketId: bigint, rates: [string, string][], sourceTime = now(basketId)) {
  return ok(
    feeder.client,
    feeder.address,
    msg(bv.MsgPostRatesSchema, {
      feeder: feeder.address,
      basketId,
      rates: rates.map(([denom, raw]) => ({ denom, raw: dec(raw), sourceTime })),
    }),
    bv.MsgPostRatesResponseSchema,
  );
}

async function deposit(party: Party, basketId: bigint, denom: string, amount: bigint) {
  return (
    await ok(
      party.client,
      party.address,
      msg(bv.MsgDepositSchema, {
        sender: party.address,
        basketId,
        amount: { denom, amount: amount.toString() },
        minSharesOut: "0",
      }),
      bv.MsgDepositResponseSchema,
    )
  ).response;
}

describe("rate guards (§4)", () => {
  let id: bigint;

  beforeAll(async () => {
    id = await createBasket(
      [constituent(ST, UNDERLYING_PER_LST), constituent(STK, LST_PER_UNDERLYING)],
      testConfig({ maxUpPerDay: dec("0.002"), maxDown: dec("0.02") }),
    );
    await postRates(id, [
      [ST, "1.25"],
      [STK, "0.8"],
    ]);
    await deposit(alice, id, ST, 10_000_000n);
    await deposit(alice, id, STK, 10_000_000n);
  });

  it("rejects a rise faster than max_up_per_day, keeping the old rate", async () => {
    chain.control.advanceTime(DAY);
    // v_old·(1 + 0.002·Δdays), Δdays a little over 1 between the two source times.
    const { response, result } = await postRates(id, [[ST, "1.26"]]);
    expect(response.results[0]).toMatchObject({
      outcome: bv.RateOutcome.REJECTED,
      rate: dec("1.25"),
      postedRate: dec("1.26"),
    });
    const event = typedEvent(result, "persistence.basketvault.v1.EventRateRejected")!;
    expect(event).toMatchObject({
      denom: ST,
      feeder: feeder.address,
      rate: "1.250000000000000000",
      posted_rate: "1.260000000000000000",
    });
    expect(event.max_rate).toMatch(/^1\.2525[0-9]+$/);
    const allowed = await postRates(id, [[ST, "1.2525"]]);
    expect(allowed.response.results[0]!.outcome).toBe(bv.RateOutcome.APPLIED);
    expect(typedEvent(allowed.result, "persistence.basketvault.v1.EventRatePosted")).toMatchObject({
      previous_rate: "1.250000000000000000",
      rate: "1.252500000000000000",
    });
    expectInvariants(chain);
  });

  it("normalises LST-per-underlying rates, applies a small drop at once and skips a post that is not newer", async () => {
    // c-value up 1 % ⇒ v down ~1 %: within max_down 2 %.
    const { response } = await postRates(id, [[STK, "0.808"]]);
    expect(response.results[0]).toMatchObject({ outcome: bv.RateOutcome.APPLIED, rate: dec("1.237623762376237623") });
    const same = await postRates(
      id,
      [[STK, "0.7"]],
      q(chain, "basket", { basketId: id }).basket!.constituents[1]!.sourceTime,
    );
    expect(same.response.results[0]!.outcome).toBe(bv.RateOutcome.SKIPPED);
    expectInvariants(chain);
  });

  it("halts on a large drop (NAV at the pending rate), pauses deposits and cuts, and resolves by governance", async () => {
    const navBefore = BigInt(q(chain, "nav", { basketId: id }).nav);
    const { response, result } = await postRates(id, [[ST, "1.20"]]); // −4.2 % > 2 %
    expect(response.results[0]).toMatchObject({
      outcome: bv.RateOutcome.HALTED,
      rate: dec("1.2525"),
      postedRate: dec("1.20"),
    });
    expect(typedEvent(result, "persistence.basketvault.v1.EventRateHalted")).toMatchObject({
      rate: "1.252500000000000000",
      pending_rate: "1.200000000000000000",
    });
    const nav = q(chain, "nav", { basketId: id });
    expect(nav.halted).toBe(true);
    expect(nav.constituents[0]).toMatchObject({ status: bv.ConstituentStatus.HALTED, rate: dec("1.20") });
    // 10,000,000 ustATOM valued at 1.20 instead of 1.2525.
    expect(BigInt(nav.nav)).toBe(navBefore - 525_000n * ONE);
    const halt = q(chain, "basket", { basketId: id }).basket!.constituents[0]!.halt!;
    expect([halt.pendingRate, halt.feeder, halt.statusBefore]).toEqual([
      dec("1.20"),
      feeder.address,
      bv.ConstituentStatus.OK,
    ]);
    // Requests still go in while halted.
    const shares = BigInt(q(chain, "pendingRewards", { basketId: id, owner: alice.address }).shares);
    await ok(
      alice.client,
      alice.address,
      msg(bv.MsgRequestRedeemSchema, {
        owner: alice.address,
        basketId: id,
        shares: (shares / 10n).toString(),
        mode: bv.RedeemMode.PRO_RATA,
      }),
      bv.MsgRequestRedeemResponseSchema,
    );

    const resolved = await ok(
      authority.client,
      authority.address,
      msg(bv.MsgResolveRateSchema, { authority: authority.address, basketId: id, denom: ST, accept: true }),
      bv.MsgResolveRateResponseSchema,
    );
    expect(resolved.response.rate).toBe(dec("1.20"));
    expect(typedEvent(resolved.result, "persistence.basketvault.v1.EventRateResolved")).toMatchObject({
      denom: ST,
      accept: true,
      pending_rate: "1.200000000000000000",
      rate: "1.200000000000000000",
      status: "CONSTITUENT_STATUS_OK",
    });
    const after = q(chain, "basket", { basketId: id }).basket!.constituents[0]!;
    expect([after.status, after.rate, after.raw, after.halt]).toEqual([
      bv.ConstituentStatus.OK,
      dec("1.20"),
      dec("1.20"),
      undefined,
    ]);
    expect(q(chain, "nav", { basketId: id }).halted).toBe(false);
    expectInvariants(chain);
  });

  it("refuses a raw rate ≤ 0, a future source time and a denom listed twice, for the whole message", async () => {
    const bad = async (rates: { denom: string; raw: string; sourceTime: ReturnType<typeof now> }[]) =>
      send(feeder.client, feeder.address, msg(bv.MsgPostRatesSchema, { feeder: feeder.address, basketId: id, rates }));
    const t = now(id);
    expect((await bad([{ denom: ST, raw: "0", sourceTime: t }])).code).toBe(13);
    expect((await bad([{ denom: ST, raw: dec("1.2"), sourceTime: { ...t, seconds: t.seconds + 3600n } }])).code).toBe(
      13,
    );
    expect(
      (
        await bad([
          { denom: ST, raw: dec("1.2"), sourceTime: t },
          { denom: ST, raw: dec("1.2"), sourceTime: t },
        ])
      ).code,
    ).toBe(18);
  });

  it("moves and refreshes devnet rates through the controls, as the feeder, guards included", async () => {
    const moved = chain.control.invoke("basketvault/moveRate", { denom: "qATOM", factor: "0.95" }) as Record<
      string,
      string
    >;
    expect(moved).toMatchObject({ basketId: "1", denom: QA, outcome: "HALTED", rate: "1.400000000000000000" });
    expect(q(chain, "nav", { basketId: 1n }).halted).toBe(true);
    const refreshed = chain.control.invoke("basketvault/postRates", {}) as { results: { outcome: string }[] };
    expect(refreshed.results.map((r) => r.outcome)).toEqual(["APPLIED", "APPLIED", "SKIPPED", "APPLIED"]);
    expect(() => chain.control.invoke("basketvault/moveRate", { denom: "uxprt", raw: "1" })).toThrow(
      /not a constituent/,
    );
    await ok(
      authority.client,
      authority.address,
      msg(bv.MsgResolveRateSchema, { authority: authority.address, basketId: 1n, denom: QA, accept: false }),
      bv.MsgResolveRateResponseSchema,
    );
    expect(q(chain, "nav", { basketId: 1n }).constituents[2]).toMatchObject({
      status: bv.ConstituentStatus.OK,
      rate: dec("1.4"),
    });
  });
});

describe("performance fee (§7)", () => {
  it("mints φ·(P − P_hwm)·S of value to the treasury as shares on SyncHoldings, and nothing at or below the mark", async () => {
    const fees = { ...testConfig().fees!, performanceFee: dec("0.10") };
    const id = await createBasket([constituent(ST, UNDERLYING_PER_LST)], testConfig({ fees }));
    await postRates(id, [[ST, "1.25"]]);
    await deposit(alice, id, ST, 1_000_000n);
    const flat = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgSyncHoldingsSchema, { sender: alice.address, basketId: id }),
      bv.MsgSyncHoldingsResponseSchema,
    );
    expect(flat.response.feeShares).toBe("0");

    chain.control.advanceTime(DAY);
    await postRates(id, [[ST, "1.30"]]);
    const nav = q(chain, "nav", { basketId: id });
    const s = BigInt(nav.shares);
    const p = BigInt(nav.pricePerShare);
    const mark = BigInt(nav.highWaterMark);
    expect(mark).toBe(ONE / 1000n); // the launch price 1/VS
    // §7 by hand: fee_value = floor(φ·(P − P_hwm)·S), fee_shares = floor(fee_value·(S + VS)/(A_dn + VA − fee_value)).
    const feeValue = ((ONE / 10n) * (p - mark) * s) / (ONE * ONE);
    const feeShares = (feeValue * (s + 1000n)) / (BigInt(nav.navDown) + 1n - feeValue);
    const treasury = testConfig().treasury;
    const before = balance(chain, treasury, `basket/${id}`);
    const { response, result } = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgSyncHoldingsSchema, { sender: alice.address, basketId: id }),
      bv.MsgSyncHoldingsResponseSchema,
    );
    expect(BigInt(response.feeShares)).toBe(feeShares);
    expect(feeShares).toBeGreaterThan(0n);
    expect(balance(chain, treasury, `basket/${id}`) - before).toBe(feeShares);
    expect(typedEvent(result, "persistence.basketvault.v1.EventPerformanceFee")).toMatchObject({
      treasury,
      fee_value: feeValue.toString(),
      fee_shares: feeShares.toString(),
      previous_high_water_mark: "0.001000000000000000",
      high_water_mark: decString(p.toString()),
    });
    expect(q(chain, "nav", { basketId: id }).highWaterMark).toBe(p.toString());
    const again = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgSyncHoldingsSchema, { sender: alice.address, basketId: id }),
      bv.MsgSyncHoldingsResponseSchema,
    );
    expect(again.response.feeShares).toBe("0");
    expectInvariants(chain);
  });
});

describe("fees, returned requests, cancels and multi-request claims (§2, §3)", () => {
  it("charges the deposit fee curve and the single-redeem fee, returns a SINGLE request it cannot cover, pays pro-rata requests", async () => {
    const fees = {
      ...testConfig().fees!,
      feeBase: dec("0.001"),
      feeSlope: dec("0.05"),
      feeMax: dec("0.01"),
      redeemBase: dec("0.002"),
      redeemSlope: dec("0.05"),
    };
    const id = await createBasket(
      [constituent(ST, UNDERLYING_PER_LST), constituent(QA, UNDERLYING_PER_LST)],
      testConfig({ fees }),
    );
    await postRates(id, [
      [ST, "1.25"],
      [QA, "1.40"],
    ]);
    const first = q(chain, "previewDeposit", { basketId: id, amount: { denom: ST, amount: "4000000" } });
    // w_after = 1 > target 0.5: f = min(0.01, 0.001 + 0.05·0.5) = 0.01; fee = ceil(5,000,000·0.01)
    expect([decString(first.feeRate), first.feeValue, first.netValue, decString(first.weightAfter)]).toEqual([
      "0.010000000000000000",
      "50000",
      "4950000",
      "1.000000000000000000",
    ]);
    const a = BigInt((await deposit(alice, id, ST, 4_000_000n)).shares);
    const before = valuePerShare(chain, id);
    const b = BigInt((await deposit(bob, id, QA, 1_000_000n)).shares);
    expect(gte(valuePerShare(chain, id), before)).toBe(true);

    // Alice's PRO_RATA requests execute; Bob's SINGLE request for more qATOM than is left is returned at the cut.
    const single = q(chain, "previewRedeem", {
      basketId: id,
      shares: b.toString(),
      mode: bv.RedeemMode.SINGLE,
      outDenom: ST,
    });
    const w = BigInt(single.value);
    expect(BigInt(single.feeValue)).toBe((w * BigInt(single.feeRate) + ONE - 1n) / ONE);
    const requests: bigint[] = [];
    for (const part of [a / 4n, a / 8n, a / 16n]) {
      const { response } = await ok(
        alice.client,
        alice.address,
        msg(bv.MsgRequestRedeemSchema, {
          owner: alice.address,
          basketId: id,
          shares: part.toString(),
          mode: bv.RedeemMode.PRO_RATA,
          receiver: bob.address,
        }),
        bv.MsgRequestRedeemResponseSchema,
      );
      requests.push(response.requestId);
    }
    // Bob wants all his value back in qATOM, after Alice's pro-rata requests took their slice of it.
    const bobRequest = await ok(
      bob.client,
      bob.address,
      msg(bv.MsgRequestRedeemSchema, {
        owner: bob.address,
        basketId: id,
        shares: b.toString(),
        mode: bv.RedeemMode.SINGLE,
        outDenom: QA,
        minValueOut: "0",
      }),
      bv.MsgRequestRedeemResponseSchema,
    );
    // One of them is taken back while pending.
    const cancelled = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgCancelRedeemSchema, { owner: alice.address, requestId: requests[2]! }),
      bv.MsgCancelRedeemResponseSchema,
    );
    expect(cancelled.response.shares).toBe((a / 16n).toString());
    expect(typedEvent(cancelled.result, "persistence.basketvault.v1.EventRedeemCancelled")).toMatchObject({
      request_id: requests[2]!.toString(),
      shares: (a / 16n).toString(),
    });
    expectInvariants(chain);

    chain.control.advanceTime(DAY);
    const { response: cut, result } = await ok(
      bob.client,
      bob.address,
      msg(bv.MsgCutBatchSchema, { sender: bob.address, basketId: id }),
      bv.MsgCutBatchResponseSchema,
    );
    expect(cut.requestIds).toEqual(requests.slice(0, 2));
    expect(cut.returnedRequestIds).toEqual([bobRequest.response.requestId]);
    expect(typedEvent(result, "persistence.basketvault.v1.EventRequestReturned")).toMatchObject({
      owner: bob.address,
      shares: b.toString(),
      reason: "insufficient_holdings",
    });
    expect(balance(chain, bob.address, `basket/${id}`)).toBe(b);
    expect(q(chain, "request", { requestId: bobRequest.response.requestId }).request?.status).toBe(
      bv.RequestStatus.RETURNED,
    );
    expectInvariants(chain);

    chain.control.advanceTime(21n * DAY);
    const received = new Map<string, bigint>();
    for (const id of requests.slice(0, 2)) {
      for (const coin of q(chain, "request", { requestId: id }).request!.paid) {
        received.set(coin.denom, (received.get(coin.denom) ?? 0n) + BigInt(coin.amount));
      }
    }
    const beforeClaim = [ST, QA].map((d) => balance(chain, bob.address, d));
    const { response: claimed } = await ok(
      alice.client,
      alice.address,
      msg(bv.MsgClaimSchema, { owner: alice.address, requestIds: requests.slice(0, 2) }),
      bv.MsgClaimResponseSchema,
    );
    expect(claimed.paid.map((c) => [c.denom, BigInt(c.amount)])).toEqual(
      [...received].sort(([x], [y]) => (x < y ? -1 : 1)),
    );
    // Paid to the receiver named in the requests.
    expect([ST, QA].map((d, i) => balance(chain, bob.address, d) - beforeClaim[i]!)).toEqual(
      [ST, QA].map((d) => received.get(d)),
    );
    expectInvariants(chain);
  });
});

describe("governance (§8)", () => {
  it("updates a basket: removed constituents wind down, new ones wait for a rate, listed ones come back", async () => {
    const id = await createBasket([
      constituent(ST, UNDERLYING_PER_LST, "0", "0.6"),
      constituent(QA, UNDERLYING_PER_LST, "0", "0.6"),
    ]);
    const config = q(chain, "basket", { basketId: id }).basket!.config!;
    const update = async (constituents: ReturnType<typeof constituent>[]) =>
      ok(
        authority.client,
        authority.address,
        msg(bv.MsgUpdateBasketSchema, { authority: authority.address, basketId: id, constituents, config }),
        bv.MsgUpdateBasketResponseSchema,
      );
    const first = await update([constituent(ST, UNDERLYING_PER_LST), constituent(DA, UNDERLYING_PER_LST)]);
    expect(typedEvent(first.result, "persistence.basketvault.v1.EventBasketUpdated")).toEqual({
      basket_id: id.toString(),
      added: [DA],
      winding_down: [QA],
      reinstated: [],
    });
    let basket = q(chain, "basket", { basketId: id }).basket!;
    expect(basket.constituents.map((c) => [c.denom, c.status, decString(c.targetWeight), c.rate])).toEqual([
      [ST, bv.ConstituentStatus.OK, "0.500000000000000000", "0"],
      [DA, bv.ConstituentStatus.OK, "0.500000000000000000", "0"],
      [QA, bv.ConstituentStatus.WINDING_DOWN, "0.000000000000000000", "0"],
    ]);
    const second = await update([
      constituent(ST, UNDERLYING_PER_LST),
      constituent(DA, UNDERLYING_PER_LST),
      constituent(QA, UNDERLYING_PER_LST),
    ]);
    expect(typedEvent(second.result, "persistence.basketvault.v1.EventBasketUpdated")).toMatchObject({
      reinstated: [QA],
    });
    basket = q(chain, "basket", { basketId: id }).basket!;
    expect(basket.constituents.map((c) => c.status)).toEqual(Array(3).fill(bv.ConstituentStatus.OK));
    expect(basket.constituents.reduce((sum, c) => sum + BigInt(c.targetWeight), 0n)).toBe(ONE);
    expectInvariants(chain);
  });

  it("pauses and unpauses with events, and replaces the params", async () => {
    const paused = await ok(
      authority.client,
      authority.address,
      msg(bv.MsgPauseSchema, { guardian: authority.address, basketId: 1n }),
      bv.MsgPauseResponseSchema,
    );
    expect(typedEvent(paused.result, "persistence.basketvault.v1.EventBasketPaused")).toEqual({
      basket_id: "1",
      guardian: authority.address,
    });
    expect(q(chain, "nav", { basketId: 1n }).status).toBe(bv.BasketStatus.PAUSED);
    const unpaused = await ok(
      authority.client,
      authority.address,
      msg(bv.MsgUnpauseSchema, { authority: authority.address, basketId: 1n }),
      bv.MsgUnpauseResponseSchema,
    );
    expect(typedEvent(unpaused.result, "persistence.basketvault.v1.EventBasketUnpaused")).toEqual({
      basket_id: "1",
      authority: authority.address,
    });
    const params = { ...q(chain, "params", {}).params!, maxClaimRequestIds: 7 };
    const updated = await ok(
      authority.client,
      authority.address,
      msg(bv.MsgUpdateParamsSchema, { authority: authority.address, params }),
      bv.MsgUpdateParamsResponseSchema,
    );
    expect(typedEvent(updated.result, "persistence.basketvault.v1.EventParamsUpdated")).toMatchObject({
      params: { max_claim_request_ids: 7, max_constituents: 8, default_virtual_offset: 3, min_epoch_seconds: "3600" },
    });
    expect(q(chain, "params", {}).params?.maxClaimRequestIds).toBe(7);
  });
});

describe("queries over gRPC (cosmjs QueryClient) and REST", () => {
  it("answers every query, REST included, with pagination", async () => {
    chain.control.invoke("basketvault/postRates", {});
    const queries = await queryClient(chain);
    const baskets = await queries.call(bv.Query, "baskets", { pagination: { limit: 2n, countTotal: true } });
    expect(baskets.baskets.map((b) => b.id)).toEqual([1n, 2n]);
    expect(baskets.pagination!.total).toBeGreaterThan(2n);
    const next = await queries.call(bv.Query, "baskets", {
      pagination: { key: baskets.pagination!.nextKey, limit: 1n },
    });
    expect(next.baskets.map((b) => b.id)).toEqual([3n]);
    const nav = await queries.call(bv.Query, "nav", { basketId: 1n });
    expect(nav.constituents.length).toBe(4);
    const pending = await queries.call(bv.Query, "pendingRewards", { basketId: 1n, owner: alice.address });
    expect(pending.rewards?.denom).toBe("uxprt");
    const owned = await queries.call(bv.Query, "requestsByOwner", { owner: alice.address, basketId: 0n });
    expect(owned.requests.length).toBeGreaterThan(0);
    const filtered = await queries.call(bv.Query, "requestsByOwner", { owner: alice.address, basketId: 999n });
    expect(filtered.requests).toEqual([]);
    const batch = await queries.call(bv.Query, "batch", { batchId: owned.requests[0]!.batchId });
    expect(batch.batch?.requestIds).toContain(owned.requests[0]!.id);
    const batches = await queries.call(bv.Query, "batches", { basketId: owned.requests[0]!.basketId });
    expect(batches.batches.map((b) => b.id)).toContain(owned.requests[0]!.batchId);
    queries.disconnect();

    const get = async (path: string) => {
      const response = await fetch(`${chain.restUrl}/persistence/basketvault/v1/${path}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect((await get("params")).body).toEqual({
      params: { max_constituents: 8, default_virtual_offset: 3, min_epoch_seconds: "3600", max_claim_request_ids: 7 },
    });
    const restNav = (await get("baskets/1/nav")).body as {
      nav: string;
      price_per_share: string;
      constituents: unknown[];
    };
    expect(restNav.nav).toBe(decString(nav.nav));
    expect(restNav.constituents.length).toBe(4);
    const basket = (await get("baskets/1")).body as {
      basket: { share_denom: string; constituents: { target_weight: string }[] };
    };
    expect(basket.basket.share_denom).toBe("basket/1");
    expect(basket.basket.constituents[0]!.target_weight).toBe("0.250000000000000000");
    const preview = (
      await get(`baskets/1/preview_deposit?amount.denom=${encodeURIComponent(ST)}&amount.amount=1000000`)
    ).body;
    expect(preview).toEqual(
      expect.objectContaining({
        shares: q(chain, "previewDeposit", { basketId: 1n, amount: { denom: ST, amount: "1000000" } }).shares,
      }),
    );
    const redeem = (await get("baskets/1/preview_redeem?shares=1000000&mode=REDEEM_MODE_PRO_RATA")).body as {
      out: unknown[];
      value: string;
    };
    expect(redeem.value).toBe(
      q(chain, "previewRedeem", { basketId: 1n, shares: "1000000", mode: bv.RedeemMode.PRO_RATA }).value,
    );
    expect((await get(`owners/${alice.address}/requests`)).body.requests).toBeInstanceOf(Array);
    expect((await get(`requests/${owned.requests[0]!.id}`)).body).toHaveProperty("request.owner", alice.address);
    expect((await get(`batches/${owned.requests[0]!.batchId}`)).body).toHaveProperty("batch.basket_id");
    expect((await get(`baskets/${owned.requests[0]!.basketId}/batches`)).body.batches).toBeInstanceOf(Array);
    const missing = await get("baskets/999");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 5, message: expect.stringContaining("basket 999 not found") });
    expectInvariants(chain);
  });
});
