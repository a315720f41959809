// The position summary and the yield stack against the mock chain's devnet ATOM basket (restaked through Alliance,
// fees and performance fee on): every number checked against what the chain reports or then does. Also a composite
// flow in one transaction (liquid-stake ATOM into stkATOM and deposit it).
import { type Client, query, txMessage } from "@persistence-sdk/client";
import { allianceAnnualTakeRate, Dec } from "@persistence-sdk/core";
import { DEVNET_ATOM, type RunningMockChain } from "@persistence-sdk/mock-chain";
import { Query as AllianceQuery } from "@persistence-sdk/proto/alliance/alliance";
import { MsgLiquidStakeSchema } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// A cross-check only: the Alliance package's APR preview on the same chain must give the same restaking figures.
import { previewAllianceAprs } from "../../../alliance/src/index.js";
import { cutBatch } from "../actions/cutBatch.js";
import { deposit } from "../actions/deposit.js";
import { harvest } from "../actions/harvest.js";
import { postMetrics } from "../actions/postMetrics.js";
import { postRates } from "../actions/postRates.js";
import { requestRedeem } from "../actions/requestRedeem.js";
import { BasketVaultError } from "../errors.js";
import { getBasket } from "../queries/getBasket.js";
import { getBasketNav } from "../queries/getBasketNav.js";
import { getPendingRewards } from "../queries/getPendingRewards.js";
import { getPreviewRedeem } from "../queries/getPreviewRedeem.js";
import { getRedeemRequest } from "../queries/getRedeemRequest.js";
import {
  ATOM_BASKET,
  D_ATOM,
  d,
  devnetClient,
  feederClient,
  freshAccount,
  Q_ATOM,
  ST_ATOM,
  STK_ATOM,
  startChain,
} from "../testing.test-support.js";
import { getBasketPosition, type PositionRequest } from "./getBasketPosition.js";
import { previewBasketYield } from "./previewBasketYield.js";

const DAY = 86_400n;
const PRICE = d("25"); // uxprt per uatom

let chain: RunningMockChain;
let reader: Client;
let feeder: Client;
let client: Client;
let address: string;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
  feeder = await feederClient(chain);
  ({ client, address } = await freshAccount(chain, "amino"));
  await postMetrics(feeder, {
    basketId: ATOM_BASKET,
    metrics: [
      { denom: STK_ATOM, apr: d("0.095"), liquidity: 1_000_000n },
      { denom: ST_ATOM, apr: d("0.15"), liquidity: 4_000_000n },
      { denom: Q_ATOM, apr: d("0.16"), liquidity: 500_000n },
      { denom: D_ATOM, apr: d("0.17"), liquidity: 1_500_000n },
    ],
  });
  await deposit(client, { basketId: ATOM_BASKET, amount: { denom: ST_ATOM, amount: 300_000_000n } });
  await deposit(client, { basketId: ATOM_BASKET, amount: { denom: D_ATOM, amount: 200_000_000n } });
});

afterAll(async () => {
  await chain?.stop();
});

async function refreshRates(): Promise<void> {
  const basket = await getBasket(reader, { basketId: ATOM_BASKET });
  await postRates(feeder, {
    basketId: ATOM_BASKET,
    rates: basket.constituents.map((c) => ({ denom: c.denom, raw: c.raw })),
  });
}

describe("a composite flow in one transaction", () => {
  it("liquid-stakes ATOM into stkATOM and deposits it, atomically", async () => {
    // Early in the file: the devnet's simulated host chain stays active while time has not jumped ahead.
    const fresh = await freshAccount(chain, "direct", [
      { denom: "uxprt", amount: 10_000_000n },
      { denom: DEVNET_ATOM.denom, amount: 20_000_000n },
    ]);
    const amount = { denom: STK_ATOM, amount: 5_000_000n };
    // Alone, the deposit is refused before signing: the account holds no stkATOM yet.
    await expect(deposit(fresh.client, { basketId: ATOM_BASKET, amount })).rejects.toBeInstanceOf(BasketVaultError);
    const liquidStake = txMessage(MsgLiquidStakeSchema, {
      delegatorAddress: fresh.address,
      amount: { denom: DEVNET_ATOM.denom, amount: "10000000" },
    });
    const result = await deposit(fresh.client, { basketId: ATOM_BASKET, amount, before: [liquidStake] });
    expect(result.shares).toBe(result.preview.shares);
    expect(result.tx.msgResponses.length).toBe(2);
    const position = await getBasketPosition(fresh.client, { basketId: ATOM_BASKET, yield: false });
    expect(position.shares).toBe(result.shares);
  });
});

describe("getBasketPosition", () => {
  it("shares, value, share of the basket and composition agree with the chain", async () => {
    const position = await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false });
    const height = { height: position.height };
    const nav = await getBasketNav(reader, { basketId: ATOM_BASKET, ...height });
    expect(position).toMatchObject({
      owner: address,
      shareDenom: "basket/1",
      shareExponent: 9,
      underlyingDenom: "uatom",
      underlyingExponent: 6,
      escrowedShares: 0n,
      requests: [],
      claimableRequestIds: [],
      operable: true,
    });
    expect(position.pricePerShare.equals(nav.pricePerShare)).toBe(true);
    expect(position.shareOfBasket.equals(Dec.fromInt(position.shares).quoTruncate(Dec.fromInt(nav.shares)))).toBe(true);
    expect(position.time.getTime()).toBe(Number(nav.time.seconds) * 1000);
    // The value and the composition are what a PRO_RATA redemption of the shares would pay now.
    const chainPreview = await getPreviewRedeem(reader, {
      basketId: ATOM_BASKET,
      shares: position.shares,
      mode: "PRO_RATA",
      ...height,
    });
    expect(position.value).toBe(chainPreview.value);
    expect(
      position.composition
        .map((c) => ({ denom: c.denom, amount: c.amount }))
        .sort((a, b) => (a.denom < b.denom ? -1 : 1)),
    ).toEqual(chainPreview.out);
    for (const [i, c] of position.composition.entries()) {
      const line = nav.constituents[i]!;
      expect(c.denom).toBe(line.denom);
      expect(c.weight.equals(line.weight) && c.targetWeight.equals(line.targetWeight) && c.rate.equals(line.rate)).toBe(
        true,
      );
      expect(c.value).toBe((c.amount * line.rate.atomics) / 10n ** 18n);
    }
    const pending = await getPendingRewards(reader, { basketId: ATOM_BASKET, owner: address, ...height });
    expect(position.pendingRewards).toEqual(pending.rewards);
  });

  it("pending requests: estimated exactly as the cut then pays, with their dates; then CUT, then CLAIMABLE", async () => {
    const held = (await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false })).shares;
    const a = await requestRedeem(client, { basketId: ATOM_BASKET, shares: held / 3n, mode: "PRO_RATA" });
    const b = await requestRedeem(client, {
      basketId: ATOM_BASKET,
      shares: held / 5n,
      mode: "SINGLE",
      outDenom: ST_ATOM,
      slippage: d("0.05"),
    });
    chain.control.advanceTime(DAY);
    await refreshRates();

    const pending = await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false });
    expect(pending.escrowedShares).toBe(held / 3n + held / 5n);
    expect(pending.shares).toBe(held - held / 3n - held / 5n);
    expect(pending.requests.map((r) => [r.requestId, r.status, r.mode, r.estimated, r.claimable])).toEqual([
      [a.requestId, "PENDING", "PRO_RATA", true, false],
      [b.requestId, "PENDING", "SINGLE", true, false],
    ]);
    const basket = await getBasket(reader, { basketId: ATOM_BASKET });
    const now = pending.time.getTime();
    for (const r of pending.requests) {
      expect(r.cutAt.getTime()).toBe(
        Math.max(now, Number(basket.lastCutTime.seconds + basket.config.epochSeconds) * 1000),
      );
      expect(r.claimableAt.getTime() - r.cutAt.getTime()).toBe(Number(basket.config.unbondingSeconds) * 1000);
    }

    const cut = await cutBatch(client, { basketId: ATOM_BASKET });
    expect(cut.requestIds).toEqual([a.requestId, b.requestId]);
    for (const estimate of pending.requests) {
      const request = await getRedeemRequest(reader, { requestId: estimate.requestId });
      expect([estimate.value, estimate.out]).toEqual([request.value, request.expected]);
    }

    const unbonding = await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false });
    expect(unbonding.escrowedShares).toBe(0n);
    expect(unbonding.requests.map((r) => [r.status, r.estimated, r.claimable])).toEqual([
      ["CUT", false, false],
      ["CUT", false, false],
    ]);
    for (const r of unbonding.requests) {
      expect(r.claimableAt.getTime()).toBe(Number(cut.completionTime.seconds) * 1000);
      expect(r.cutAt.getTime()).toBe(Number(cut.completionTime.seconds - basket.config.unbondingSeconds) * 1000);
    }

    chain.control.advanceTime(21n * DAY);
    chain.control.mine(1);
    const done = await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false });
    expect(done.claimableRequestIds).toEqual([a.requestId, b.requestId]);
    for (const r of done.requests as PositionRequest[]) {
      const request = await getRedeemRequest(reader, { requestId: r.requestId });
      expect([r.status, r.claimable, r.out]).toEqual(["CLAIMABLE", true, request.paid]);
      expect(r.claimableAt.getTime()).toBeLessThanOrEqual(done.time.getTime());
    }
  });

  it("pending rewards after a harvest are what claimRewards will pay", async () => {
    await refreshRates();
    chain.control.mine(3);
    const { harvested } = await harvest(client, { basketId: ATOM_BASKET });
    expect(harvested.amount).toBeGreaterThan(0n);
    const position = await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false });
    const pending = await getPendingRewards(reader, { basketId: ATOM_BASKET, owner: address, height: position.height });
    expect(position.pendingRewards).toEqual(pending.rewards);
    expect(position.pendingRewards.amount).toBeGreaterThan(0n);
  });
});

describe("the yield stack", () => {
  it("weights the posted LST APRs by the basket's composition, adds Alliance rewards, subtracts the take rate and the fee", async () => {
    const position = await getBasketPosition(client, { basketId: ATOM_BASKET, yield: { underlyingPrice: PRICE } });
    const y = position.yield!;
    const nav = await getBasketNav(reader, { basketId: ATOM_BASKET, height: position.height });
    const basket = await getBasket(reader, { basketId: ATOM_BASKET, height: position.height });
    let totalWeight = Dec.ZERO;
    for (const c of nav.constituents) totalWeight = totalWeight.add(c.weight);

    expect(y.stack.layers.map((l) => l.kind)).toEqual(["lst", "lst", "lst", "lst", "restaking", "takeRate", "fee"]);
    y.constituents.forEach((c, i) => {
      const line = nav.constituents[i]!;
      expect(c.denom).toBe(line.denom);
      expect(c.weight.equals(line.weight)).toBe(true);
      expect(c.lstApr.equals(basket.constituents[i]!.apr)).toBe(true);
      expect(c.lstAprSource).toBe("metrics");
      expect(c.restakedFraction.equals(Dec.fromInt(line.restaked).quoTruncate(Dec.fromInt(line.holdings)))).toBe(true);
      expect(y.stack.layers[i]!.apr.equals(line.weight.mul(c.lstApr).quo(totalWeight))).toBe(true);
    });

    // The take rate: x/alliance's per-interval rate of each asset as a yearly cost, on the restaked part.
    const [{ alliances }, { params }] = await Promise.all([
      query(reader, AllianceQuery.method.alliances, {}),
      query(reader, AllianceQuery.method.params, {}),
    ]);
    let takeRate = Dec.ZERO;
    y.constituents.forEach((c) => {
      const asset = alliances.find((a) => a.denom === c.denom)!;
      const annual = allianceAnnualTakeRate(Dec.fromProto(asset.takeRate), {
        seconds: params!.takeRateClaimInterval!.seconds,
        nanos: params!.takeRateClaimInterval!.nanos,
      });
      expect(c.annualTakeRate.equals(annual)).toBe(true);
      takeRate = takeRate.add(c.weight.mul(c.restakedFraction).mul(annual));
    });
    expect(y.annualTakeRate.equals(takeRate.quo(totalWeight))).toBe(true);
    expect(y.stack.layers[5]!.apr.equals(y.annualTakeRate)).toBe(true);

    // The Alliance rewards APR of each LST is the Alliance package's, priced at rate × underlying price.
    const aprs = await previewAllianceAprs(reader, {
      prices: Object.fromEntries(nav.constituents.map((c) => [c.denom, c.rate.mul(PRICE)])),
    });
    for (const c of y.constituents) {
      const expected = aprs.assets.find((a) => a.denom === c.denom)!;
      expect(c.restakingApr?.equals(expected.rewardsApr!)).toBe(true);
      expect(c.annualTakeRate.equals(expected.annualTakeRate)).toBe(true);
    }
    expect(y.restakingApr!.isPositive()).toBe(true);

    // The performance fee: φ of the price gain (LST yield − take rate); the net is earning − cost layers.
    const lst = y.stack.layers.slice(0, 4).reduce((sum, l) => sum.add(l.apr), Dec.ZERO);
    expect(y.performanceFeeApr.equals(lst.sub(y.annualTakeRate).mul(basket.config.fees.performanceFee))).toBe(true);
    expect(y.stack.netApr.equals(lst.add(y.restakingApr!).sub(y.annualTakeRate).sub(y.performanceFeeApr))).toBe(true);
  });

  it("takes LST APRs you give, and leaves the restaking layer out without a price", async () => {
    const y = await previewBasketYield(reader, { basketId: ATOM_BASKET, lstAprs: { [ST_ATOM]: d("0.2") } });
    expect(y.restakingApr).toBeUndefined();
    expect(y.stack.layers.map((l) => l.kind)).toEqual(["lst", "lst", "lst", "lst", "takeRate", "fee"]);
    expect(y.constituents.find((c) => c.denom === ST_ATOM)).toMatchObject({ lstAprSource: "given" });
    expect(y.constituents.find((c) => c.denom === ST_ATOM)!.lstApr.toString()).toBe("0.200000000000000000");
    await expect(previewBasketYield(reader, { basketId: ATOM_BASKET, underlyingPrice: d("-1") })).rejects.toMatchObject(
      {
        code: "RATE_OUT_OF_RANGE",
        field: "underlyingPrice",
      },
    );
  });
});
