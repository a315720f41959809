// Every user action and every query against the mock chain's devnet ATOM basket (fees on, restaked through Alliance,
// performance fee), over real HTTP with real signatures: once with a DIRECT signer and once with an AMINO-ONLY one
// (Secp256k1HdWallet, as Ledger signs). Each step compares what was previewed (core's math on queried state, and the
// chain's own preview queries) with what the chain then did.
import { fromBinary } from "@bufbuild/protobuf";
import { type Client, query, type TxStatus } from "@persistence-sdk/client";
import { addCoins, type Coin } from "@persistence-sdk/core";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import { AuthInfoSchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basketRestakeAddress, basketVaultModuleAddress } from "../addresses.js";
import { getBasketPosition } from "../previews/getBasketPosition.js";
import { previewCutBatch } from "../previews/previewCutBatch.js";
import { previewDeposit } from "../previews/previewDeposit.js";
import { previewInstantRedeem } from "../previews/previewInstantRedeem.js";
import { previewRedeem } from "../previews/previewRedeem.js";
import { getBasket } from "../queries/getBasket.js";
import { getBasketNav } from "../queries/getBasketNav.js";
import { getBaskets, getBasketsPage } from "../queries/getBaskets.js";
import { getBasketVaultParams } from "../queries/getBasketVaultParams.js";
import { getPendingRewards } from "../queries/getPendingRewards.js";
import { getPreviewDeposit } from "../queries/getPreviewDeposit.js";
import { getPreviewRedeem } from "../queries/getPreviewRedeem.js";
import { getRedeemBatch } from "../queries/getRedeemBatch.js";
import { getRedeemBatches, getRedeemBatchesPage } from "../queries/getRedeemBatches.js";
import { getRedeemRequest } from "../queries/getRedeemRequest.js";
import { getRedeemRequestsByOwner, getRedeemRequestsByOwnerPage } from "../queries/getRedeemRequestsByOwner.js";
import {
  ATOM_BASKET,
  ATOM_BASKET_SHARES,
  d,
  devnetClient,
  feederClient,
  freshAccount,
  Q_ATOM,
  ST_ATOM,
  startChain,
  TREASURY,
} from "../testing.test-support.js";
import { cancelRedeem } from "./cancelRedeem.js";
import { claim } from "./claim.js";
import { claimRewards } from "./claimRewards.js";
import { cutBatch } from "./cutBatch.js";
import { deposit } from "./deposit.js";
import { harvest } from "./harvest.js";
import { instantRedeem } from "./instantRedeem.js";
import { postRates } from "./postRates.js";
import { requestRedeem } from "./requestRedeem.js";
import { syncHoldings } from "./syncHoldings.js";

const DAY = 86_400n;

let chain: RunningMockChain;
let reader: Client;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
});

afterAll(async () => {
  await chain?.stop();
});

async function balanceOf(address: string, denom: string): Promise<bigint> {
  const { balance } = await query(reader, BankQuery.method.balance, { address, denom });
  return BigInt(balance?.amount ?? "0");
}

/** The sign mode the chain recorded for a transaction. */
function signModeOf(hash: string): SignMode | undefined {
  const found = chain.chain.tx(Buffer.from(hash, "hex"));
  const raw = fromBinary(TxRawSchema, found!.tx);
  const info = fromBinary(AuthInfoSchema, raw.authInfoBytes).signerInfos[0]?.modeInfo?.sum;
  return info?.case === "single" ? info.value.mode : undefined;
}

/** The feeder posts every constituent's current raw rate again (a day on, the rates are stale). */
async function refreshRates(feeder: Client): Promise<void> {
  const basket = await getBasket(reader, { basketId: ATOM_BASKET });
  const { results } = await postRates(feeder, {
    basketId: ATOM_BASKET,
    rates: basket.constituents.map((c) => ({ denom: c.denom, raw: c.raw })),
  });
  expect(results.map((r) => r.outcome)).toEqual(["APPLIED", "APPLIED", "APPLIED", "APPLIED"]);
  expect((await getBasketNav(reader, { basketId: ATOM_BASKET })).ratesFresh).toBe(true);
}

describe("queries", () => {
  it("read params, baskets (all pages and one page), the basket and its valuation", async () => {
    expect(await getBasketVaultParams(reader)).toEqual({
      maxConstituents: 8,
      defaultVirtualOffset: 3,
      minEpochSeconds: 3600n,
      maxClaimRequestIds: 50,
    });
    const baskets = await getBaskets(reader, { pageSize: 1n });
    expect(baskets.map((b) => b.id)).toEqual([1n]);
    const page = await getBasketsPage(reader, { limit: 1n });
    expect(page.items.map((b) => b.id)).toEqual([1n]);
    expect(page.nextKey).toBeUndefined();
    const basket = await getBasket(reader, { basketId: ATOM_BASKET });
    expect(basket).toEqual(baskets[0]);
    expect(basket).toMatchObject({ shareDenom: ATOM_BASKET_SHARES, underlyingDenom: "uatom", status: "ACTIVE" });
    expect(basket.config.treasury).toBe(TREASURY);
    const nav = await getBasketNav(reader, { basketId: ATOM_BASKET });
    expect(nav.constituents.map((c) => c.denom)).toEqual(basket.constituents.map((c) => c.denom));
    for (const c of nav.constituents) expect(c.holdings).toBe(c.idle + c.restaked);
    // The vault's module account holds the idle LSTs; its restaking account holds nothing between operations.
    const module = basketVaultModuleAddress(reader.chain);
    expect(module).toBe(chain.chain.keepers.auth.moduleAddress("basketvault"));
    for (const c of nav.constituents) expect(await balanceOf(module, c.denom)).toBeGreaterThanOrEqual(c.idle);
    expect(await balanceOf(basketRestakeAddress(reader.chain, ATOM_BASKET), ST_ATOM)).toBe(0n);
    expect(chain.chain.keepers.basketVault.restakeAddress(ATOM_BASKET)).toBe(
      basketRestakeAddress(reader.chain, ATOM_BASKET),
    );
  });
});

describe.each(["direct", "amino"] as const)("signed %s", (mode) => {
  const expectedMode = mode === "direct" ? SignMode.DIRECT : SignMode.LEGACY_AMINO_JSON;
  let client: Client;
  let address: string;
  let feeder: Client;
  let shares = 0n;
  let proRataId = 0n;
  let singleId = 0n;
  let cancelledId = 0n;

  beforeAll(async () => {
    ({ client, address } = await freshAccount(chain, mode));
    feeder = await feederClient(chain, mode);
    await refreshRates(feeder);
  });

  it("deposit mints what previewDeposit and the chain's PreviewDeposit said, with the guard from the preview", async () => {
    for (const [denom, amount] of [
      [ST_ATOM, 800_000_000n],
      [Q_ATOM, 600_000_000n],
    ] as const) {
      const coin = { denom, amount };
      const preview = await previewDeposit(client, { basketId: ATOM_BASKET, amount: coin });
      const { minSharesOut, slippage, nav, height, time, ...figures } = preview;
      expect(figures).toEqual(await getPreviewDeposit(reader, { basketId: ATOM_BASKET, amount: coin }));
      expect(preview.feeRate.isPositive()).toBe(true); // the devnet basket charges deposit fees
      const statuses: TxStatus["status"][] = [];
      const before = await balanceOf(address, denom);
      const result = await deposit(client, {
        basketId: ATOM_BASKET,
        amount: coin,
        memo: `deposit ${mode}`,
        onStatus: (s) => statuses.push(s.status),
      });
      expect(statuses).toEqual(["signing", "broadcasting", "broadcast", "included"]);
      expect(signModeOf(result.tx.hash)).toBe(expectedMode);
      expect(result.tx.memo).toBe(`deposit ${mode}`);
      expect(result).toMatchObject({
        sender: address,
        receiver: address,
        amount: coin,
        shares: preview.shares,
        value: preview.value,
        feeValue: preview.feeValue,
        minSharesOut,
      });
      expect(result.feeRate.equals(preview.feeRate)).toBe(true);
      expect(minSharesOut).toBe((preview.shares * 995n) / 1000n);
      // The fee stays in the vault: the price after is not below the price before.
      expect(result.pricePerShareAfter.gte(preview.pricePerShare)).toBe(true);
      expect(before - (await balanceOf(address, denom))).toBe(amount);
      shares += result.shares;
    }
    expect(await balanceOf(address, ATOM_BASKET_SHARES)).toBe(shares);
  });

  it("requestRedeem locks the previewed price and fee; cancelRedeem gives the shares back", async () => {
    // Three quarters of a position this size is more than the idle buffer holds of some LSTs: the cut undelegates.
    const proRata = { basketId: ATOM_BASKET, shares: (shares * 3n) / 4n, mode: "PRO_RATA" as const };
    const preview = await previewRedeem(client, proRata);
    const { minValueOut, slippage, earliestCutTime, earliestClaimTime, height, time, ...figures } = preview;
    expect(figures).toEqual(await getPreviewRedeem(reader, proRata));
    const request = await requestRedeem(client, proRata);
    expect(signModeOf(request.tx.hash)).toBe(expectedMode);
    expect(request.priceAtRequest.equals(preview.pricePerShare)).toBe(true);
    expect(request.minValueOut).toBe((preview.netValue * 995n) / 1000n);
    proRataId = request.requestId;

    // A day of take rate and the performance fee lower P before the cut: allow 5 % (the default 0.5 % would have
    // the cut return this request, as the guard is meant to).
    const single = { basketId: ATOM_BASKET, shares: shares / 10n, mode: "SINGLE" as const, outDenom: Q_ATOM };
    const singlePreview = await previewRedeem(client, { ...single, slippage: d("0.05") });
    expect(singlePreview.feeRate.isPositive()).toBe(true);
    const singleRequest = await requestRedeem(client, { ...single, slippage: d("0.05") });
    expect(singleRequest.minValueOut).toBe(singlePreview.minValueOut);
    expect(singleRequest.minValueOut).toBe((singlePreview.netValue * 95n) / 100n);
    expect(singleRequest.feeRate.equals(singlePreview.feeRate)).toBe(true);
    expect(singleRequest.batchId).toBe(request.batchId);
    singleId = singleRequest.requestId;

    const stored = await getRedeemRequest(reader, { requestId: singleId });
    expect(stored).toMatchObject({
      owner: address,
      receiver: address,
      shares: shares / 10n,
      mode: "SINGLE",
      outDenom: Q_ATOM,
      status: "PENDING",
      minValueOut: singleRequest.minValueOut,
    });

    const extra = await requestRedeem(client, { basketId: ATOM_BASKET, shares: 1_000n, mode: "PRO_RATA" });
    const held = await balanceOf(address, ATOM_BASKET_SHARES);
    const cancelled = await cancelRedeem(client, { requestId: extra.requestId });
    cancelledId = extra.requestId;
    expect(signModeOf(cancelled.tx.hash)).toBe(expectedMode);
    expect(cancelled).toMatchObject({
      owner: address,
      requestId: extra.requestId,
      basketId: ATOM_BASKET,
      shares: 1_000n,
    });
    expect(await balanceOf(address, ATOM_BASKET_SHARES)).toBe(held + 1_000n);
    expect((await getRedeemRequest(reader, { requestId: extra.requestId })).status).toBe("CANCELLED");

    const mine = await getRedeemRequestsByOwner(reader, { owner: address, basketId: ATOM_BASKET });
    expect(mine.map((r) => [r.id, r.status])).toEqual([
      [proRataId, "PENDING"],
      [singleId, "PENDING"],
      [extra.requestId, "CANCELLED"],
    ]);
    const first = await getRedeemRequestsByOwnerPage(reader, { owner: address, limit: 2n });
    expect(first.items.map((r) => r.id)).toEqual([proRataId, singleId]);
    const second = await getRedeemRequestsByOwnerPage(reader, {
      owner: address,
      limit: 2n,
      key: first.nextKey!,
      height: first.height,
    });
    expect(second.items.map((r) => r.id)).toEqual([extra.requestId]);
    expect(second.nextKey).toBeUndefined();
    expect(await getRedeemRequestsByOwner(reader, { owner: address, basketId: 999n })).toEqual([]);
  });

  it("instantRedeem pays what previewInstantRedeem and the chain's preview said, from the idle buffer", async () => {
    const params = { basketId: ATOM_BASKET, shares: shares / 20n, outDenom: ST_ATOM };
    const preview = await previewInstantRedeem(client, params);
    const { minOut, slippage, height, time, ...figures } = preview;
    expect(figures).toEqual(await getPreviewRedeem(reader, { ...params, instant: true }));
    expect(preview.feeRate.toString()).toBe("0.005000000000000000");
    const before = await balanceOf(address, ST_ATOM);
    const result = await instantRedeem(client, params);
    expect(signModeOf(result.tx.hash)).toBe(expectedMode);
    expect(result).toMatchObject({ out: preview.out[0], value: preview.value, feeValue: preview.feeValue, minOut });
    expect(result.pricePerShare.equals(preview.pricePerShare)).toBe(true);
    expect((await balanceOf(address, ST_ATOM)) - before).toBe(preview.out[0]!.amount);
  });

  it("cutBatch after the epoch does what previewCutBatch said, undelegating from Alliance what idle cannot pay", async () => {
    chain.control.advanceTime(DAY);
    await refreshRates(feeder);
    const before = await getBasketNav(reader, { basketId: ATOM_BASKET });
    const synced = await syncHoldings(client, { basketId: ATOM_BASKET });
    expect(signModeOf(synced.tx.hash)).toBe(expectedMode);
    // The take rate lowered the Alliance balances the sync re-read (restaked part only; idle is unchanged).
    const sorted = (coins: readonly Coin[]) => [...coins].sort((a, b) => (a.denom < b.denom ? -1 : 1));
    expect(synced.holdingsBefore).toEqual(
      sorted(before.constituents.map((c) => ({ denom: c.denom, amount: c.holdings }))),
    );
    for (const c of before.constituents) {
      const after = synced.holdings.find((h) => h.denom === c.denom)!.amount;
      expect(after).toBeLessThanOrEqual(c.holdings);
      expect(after).toBeGreaterThanOrEqual(c.idle);
    }
    expect(synced.pricePerShare.lte(before.pricePerShare)).toBe(true);
    if (synced.feeShares > 0n) expect(synced.performanceFee?.feeShares).toBe(synced.feeShares);

    const preview = await previewCutBatch(reader, { basketId: ATOM_BASKET });
    expect(preview.requests.map((r) => [r.requestId, r.status])).toEqual([
      [proRataId, "CUT"],
      [singleId, "CUT"],
    ]);
    const cut = await cutBatch(client, { basketId: ATOM_BASKET });
    expect(signModeOf(cut.tx.hash)).toBe(expectedMode);
    expect(cut.requestIds).toEqual([proRataId, singleId]);
    expect(cut.returned).toEqual([]);
    expect(cut.batchId).toBe(preview.batchId);
    expect(cut.priceAtCut.equals(preview.priceAtCut)).toBe(true);
    expect([cut.shares, cut.expected]).toEqual([preview.shares, preview.expected]);
    expect(cut.performanceFee?.feeShares ?? 0n).toBe(preview.performanceFee.feeShares);
    for (const r of preview.requests) {
      const stored = await getRedeemRequest(reader, { requestId: r.requestId });
      expect([stored.status, stored.value, stored.feeValue, stored.expected]).toEqual([
        "CUT",
        r.value,
        r.feeValue,
        r.expected,
      ]);
    }
    expect(cut.undelegated.length).toBeGreaterThan(0); // the PRO_RATA quarter is more than the idle buffer of some LSTs
    const batch = await getRedeemBatch(reader, { batchId: cut.batchId });
    // The batch lists every request that joined it, the cancelled one included.
    expect(batch).toMatchObject({
      status: "UNBONDING",
      requestIds: [proRataId, singleId, cancelledId],
      shares: cut.shares,
    });
    expect(batch.completionTime).toEqual(cut.completionTime);
    const batches = await getRedeemBatches(reader, { basketId: ATOM_BASKET });
    expect(batches.at(-1)).toMatchObject({ id: cut.openBatchId, status: "OPEN" });
    const page = await getRedeemBatchesPage(reader, { basketId: ATOM_BASKET, limit: 1n });
    expect(page.items.length).toBe(1);
    expect(page.nextKey).toBeDefined();
  });

  it("harvest shares Alliance rewards per share; claimRewards pays what getPendingRewards showed", async () => {
    chain.control.mine(5);
    const result = await harvest(client, { basketId: ATOM_BASKET });
    expect(signModeOf(result.tx.hash)).toBe(expectedMode);
    expect(result.harvested.denom).toBe("uxprt");
    expect(result.harvested.amount).toBeGreaterThan(0n);
    const pending = await getPendingRewards(reader, { basketId: ATOM_BASKET, owner: address });
    expect(pending.rewardIndex.equals(result.rewardIndex)).toBe(true);
    expect(pending.rewards.amount).toBeGreaterThan(0n);
    // Shares escrowed in pending requests kept earning until the cut; now only the balance earns.
    expect(pending.shares).toBe(await balanceOf(address, ATOM_BASKET_SHARES));
    const position = await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false });
    expect(position.pendingRewards).toEqual(pending.rewards);
    const before = await balanceOf(address, "uxprt");
    const claimed = await claimRewards(client, { basketId: ATOM_BASKET });
    expect(signModeOf(claimed.tx.hash)).toBe(expectedMode);
    expect(claimed.rewards).toEqual(pending.rewards);
    expect((await balanceOf(address, "uxprt")) - before).toBe(
      pending.rewards.amount - claimed.tx.fee.amount.reduce((s, c) => s + c.amount, 0n),
    );
    expect((await getPendingRewards(reader, { basketId: ATOM_BASKET, owner: address })).rewards.amount).toBe(0n);
  });

  it("claim pays every CLAIMABLE request once the batch completes", async () => {
    chain.control.advanceTime(21n * DAY);
    chain.control.mine(1);
    const requests = await Promise.all(
      [proRataId, singleId].map((requestId) => getRedeemRequest(reader, { requestId })),
    );
    for (const r of requests) expect(r.status).toBe("CLAIMABLE");
    const position = await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false });
    expect(position.claimableRequestIds).toEqual([proRataId, singleId]);
    let paid: readonly Coin[] = [];
    for (const r of requests) paid = addCoins(paid, r.paid);
    const before = await Promise.all(paid.map((c) => balanceOf(address, c.denom)));
    const result = await claim(client, {});
    expect(signModeOf(result.tx.hash)).toBe(expectedMode);
    expect(result.claims.map((c) => [c.requestId, c.paid])).toEqual(requests.map((r) => [r.id, r.paid]));
    expect(result.total).toEqual(paid);
    const after = await Promise.all(paid.map((c) => balanceOf(address, c.denom)));
    expect(after.map((a, i) => a - before[i]!)).toEqual(paid.map((c) => c.amount));
    for (const requestId of [proRataId, singleId]) {
      expect((await getRedeemRequest(reader, { requestId })).status).toBe("CLAIMED");
    }
    expect((await getBasketPosition(client, { basketId: ATOM_BASKET, yield: false })).requests).toEqual([]);
  });
});
