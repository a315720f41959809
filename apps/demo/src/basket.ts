// The ATOM basket (persistence.basketvault.v1): deposit, instant redeem, an asynchronous redeem request, the epoch's
// cut and the claim after the unbonding. Previews are core's basket math on the state the chain serves; the chain's
// own PreviewDeposit / PreviewRedeem queries and then the Msgs must agree with them to the unit.
import {
  claim,
  cutBatch,
  deposit,
  getBasket,
  getBasketPosition,
  getPreviewDeposit,
  getPreviewRedeem,
  getRedeemRequest,
  instantRedeem,
  previewCutBatch,
  previewDeposit,
  previewInstantRedeem,
  previewRedeem,
  type RedeemPreview,
  requestRedeem,
} from "@persistence-sdk/basket-vault";
import { addCoins, type Coin } from "@persistence-sdk/core";
import {
  amount,
  amounts,
  atomValue,
  date,
  pct,
  rate,
  registerShares,
  shareAmount,
  shareDenom,
  sharePrice,
  symbolOf,
} from "./report.js";
import { advanceTime, BASKET_ID, balanceOf, DAY, type Demo, quietWindow, STK_ATOM, XPRT } from "./setup.js";
import type { Story } from "./story.js";

/** The figures of a redemption preview that the chain's PreviewRedeem also returns. */
function redeemFigures(p: RedeemPreview): RedeemPreview {
  const { value, feeRate, feeValue, netValue, out, pricePerShare, weightAfter } = p;
  return { value, feeRate, feeValue, netValue, out, pricePerShare, weightAfter };
}

export async function depositIntoBasket(demo: Demo, story: Story): Promise<void> {
  const { out, client } = demo;
  const basket = await getBasket(client, { basketId: BASKET_ID });
  registerShares(basket.shareDenom, basket.underlyingExponent, basket.virtualOffset);
  const coin = { denom: STK_ATOM, amount: 200_000_000n };
  out.step(
    `Deposit ${amount(coin)} into the ATOM basket (basket ${BASKET_ID}: stkATOM, stATOM, qATOM, dATOM)`,
    "previewDeposit runs core's basket math on the basket and its NAV read at one height; the chain's PreviewDeposit must agree; deposit sends MsgDeposit with min_shares_out = preview − 0.5 %.",
  );
  out.table(
    ["constituent", "rate (ATOM per LST)", "target weight"],
    basket.constituents.map((c) => [symbolOf(c.denom), rate(c.rate), pct(c.targetWeight)]),
    [1, 2],
  );
  await quietWindow(demo);
  const preview = await previewDeposit(client, { basketId: BASKET_ID, amount: coin });
  out.fields(`preview (state at height ${preview.height})`, [
    ["value", atomValue(preview.value)],
    ["deposit fee", `${pct(preview.feeRate)} → ${atomValue(preview.feeValue)}`],
    ["shares", shareAmount(preview.shares)],
    ["price per share", sharePrice(preview.pricePerShare)],
    ["stkATOM weight after", pct(preview.weightAfter)],
    ["min_shares_out", shareAmount(preview.minSharesOut)],
  ]);
  const chainPreview = await getPreviewDeposit(client, { basketId: BASKET_ID, amount: coin, height: preview.height });
  const { minSharesOut, slippage, nav, height, time, ...figures } = preview;
  out.equal("the chain's PreviewDeposit = SDK preview", figures, chainPreview, (f) => shareAmount(f.shares));
  const result = await deposit(client, { basketId: BASKET_ID, amount: coin });
  out.tx("MsgDeposit", result.tx);
  out.line(
    `the chain minted ${shareAmount(result.shares)} for ${atomValue(result.value)} (fee ${atomValue(result.feeValue)}); price after ${sharePrice(result.pricePerShareAfter)}`,
  );
  out.equal("shares = preview", preview.shares, result.shares, (v) => shareAmount(v));
  out.equal("value = preview", preview.value, result.value, atomValue);
  out.equal(
    "fee = preview",
    { rate: preview.feeRate, value: preview.feeValue },
    { rate: result.feeRate, value: result.feeValue },
    (f) => `${pct(f.rate)}, ${atomValue(f.value)}`,
  );
  out.equal("min_shares_out sent = preview's", preview.minSharesOut, result.minSharesOut, (v) => shareAmount(v));
  story.shares = result.shares;
}

export async function redeemInstantly(demo: Demo, story: Story): Promise<void> {
  const { out, client } = demo;
  const shares = story.shares / 4n;
  out.step(
    `Instant redeem: ${shareAmount(shares)} from the basket's idle buffer, paid in stkATOM`,
    "previewInstantRedeem prices the shares and applies the instant fee; the chain's PreviewRedeem (instant) must agree; instantRedeem sends MsgInstantRedeem with min_out from the preview.",
  );
  await quietWindow(demo);
  const preview = await previewInstantRedeem(client, { basketId: BASKET_ID, shares, outDenom: STK_ATOM });
  out.fields(`preview (state at height ${preview.height})`, [
    ["value", atomValue(preview.value)],
    ["instant fee", `${pct(preview.feeRate)} → ${atomValue(preview.feeValue)}`],
    ["paid", amounts(preview.out)],
    ["price per share", sharePrice(preview.pricePerShare)],
    ["min_out", amount({ denom: STK_ATOM, amount: preview.minOut })],
  ]);
  const chainPreview = await getPreviewRedeem(client, {
    basketId: BASKET_ID,
    shares,
    outDenom: STK_ATOM,
    instant: true,
    height: preview.height,
  });
  out.equal("the chain's PreviewRedeem (instant) = SDK preview", redeemFigures(preview), chainPreview, (f) =>
    amounts(f.out),
  );
  const before = await balanceOf(demo, STK_ATOM);
  const result = await instantRedeem(client, { basketId: BASKET_ID, shares, outDenom: STK_ATOM });
  out.tx("MsgInstantRedeem", result.tx);
  out.line(
    `the chain burned the shares and paid ${amount(result.out)} (value ${atomValue(result.value)}, fee ${atomValue(result.feeValue)})`,
  );
  out.equal("paid = preview", preview.out[0], result.out, (c) => (c === undefined ? "nothing" : amount(c)));
  out.equal(
    "value and fee = preview",
    { value: preview.value, fee: preview.feeValue },
    { value: result.value, fee: result.feeValue },
    (f) => `${atomValue(f.value)}, fee ${atomValue(f.fee)}`,
  );
  out.equal("price per share = preview", preview.pricePerShare, result.pricePerShare, sharePrice);
  const after = await balanceOf(demo, STK_ATOM);
  out.equal("stkATOM balance grew by it", result.out.amount, after.amount - before.amount, (v) =>
    amount({ denom: STK_ATOM, amount: v }),
  );
}

export async function requestRedemption(demo: Demo, story: Story): Promise<void> {
  const { out, client } = demo;
  const held = (await balanceOf(demo, shareDenom)).amount;
  const shares = held / 2n;
  out.step(
    `Async redeem: request ${shareAmount(shares)} PRO_RATA (a slice of every constituent, no fee)`,
    "previewRedeem gives what the request would pay if the batch were cut now and its dates; requestRedeem escrows the shares and locks the price (P_req) for the epoch's cut.",
  );
  await quietWindow(demo);
  const params = { basketId: BASKET_ID, shares, mode: "PRO_RATA" as const };
  const preview = await previewRedeem(client, params);
  out.fields(`preview (state at height ${preview.height})`, [
    ["value", atomValue(preview.value)],
    ["fee", `${pct(preview.feeRate)} → ${atomValue(preview.feeValue)}`],
    ["paid if cut now", amounts(preview.out)],
    ["price per share", sharePrice(preview.pricePerShare)],
    ["min_value_out", atomValue(preview.minValueOut)],
    ["earliest cut", date(preview.earliestCutTime)],
    ["earliest claim", date(preview.earliestClaimTime)],
  ]);
  const chainPreview = await getPreviewRedeem(client, { ...params, height: preview.height });
  out.equal("the chain's PreviewRedeem = SDK preview", redeemFigures(preview), chainPreview, (f) => atomValue(f.value));
  const result = await requestRedeem(client, params);
  out.tx("MsgRequestRedeem", result.tx);
  out.line(
    `the chain opened request ${result.requestId} in batch ${result.batchId}, price locked at ${sharePrice(result.priceAtRequest)}`,
  );
  out.equal("locked price = preview", preview.pricePerShare, result.priceAtRequest, sharePrice);
  out.equal("locked fee rate = preview", preview.feeRate, result.feeRate, pct);
  out.equal("min_value_out sent = preview's", preview.minValueOut, result.minValueOut, atomValue);
  out.equal("claim date = preview", preview.earliestClaimTime, result.earliestClaimTime, date);
  story.redeemRequestId = result.requestId;
}

export async function cutTheBatch(demo: Demo, story: Story): Promise<void> {
  const { out, client } = demo;
  out.step(
    "A day later: cut the redeem batch",
    "Once an epoch (a day on the devnet) anyone may cut the open batch: previewCutBatch takes the performance fee, fixes P_cut and each request's LSTs at min(P_req, P_cut); cutBatch sends MsgCutBatch, which undelegates from Alliance what the idle buffer cannot pay.",
  );
  advanceTime(demo, DAY);
  await quietWindow(demo);
  const preview = await previewCutBatch(client, { basketId: BASKET_ID });
  out.fields(`preview (state at height ${preview.height})`, [
    ["batch", String(preview.batchId)],
    ["performance fee", `${shareAmount(preview.performanceFee.feeShares)} minted to the treasury`],
    ["P_cut", sharePrice(preview.priceAtCut)],
    ["shares burned", shareAmount(preview.shares)],
    ["LSTs owed", amounts(preview.expected)],
    ...preview.requests.map((r): [string, string] => [
      `request ${r.requestId}`,
      `${r.status}, ${atomValue(r.netValue)} → ${amounts(r.expected)}`,
    ]),
  ]);
  const result = await cutBatch(client, { basketId: BASKET_ID });
  out.tx("MsgCutBatch", result.tx);
  out.line(
    `the chain cut batch ${result.batchId} at ${sharePrice(result.priceAtCut)}, undelegated ${amounts(result.undelegated)} from Alliance; claimable at ${date(result.completionTime)}`,
  );
  out.equal("P_cut = preview", preview.priceAtCut, result.priceAtCut, sharePrice);
  out.equal("shares burned = preview", preview.shares, result.shares, (v) => shareAmount(v));
  out.equal("LSTs owed = preview", preview.expected, result.expected, amounts);
  out.equal(
    "requests executed = preview",
    preview.requests.filter((r) => r.status === "CUT").map((r) => r.requestId),
    result.requestIds,
    (ids) => ids.join(", "),
  );
  out.equal(
    "performance fee shares = preview",
    preview.performanceFee.feeShares,
    result.performanceFee?.feeShares ?? 0n,
    (v) => shareAmount(v),
  );
  const mine = preview.requests.find((r) => r.requestId === story.redeemRequestId);
  const stored = await getRedeemRequest(client, { requestId: story.redeemRequestId });
  out.equal(
    `request ${story.redeemRequestId}: value and LSTs stored = preview`,
    { value: mine?.value ?? 0n, expected: mine?.expected ?? [] },
    { value: stored.value, expected: stored.expected },
    (r) => `${atomValue(r.value)} → ${amounts(r.expected)}`,
  );
}

export async function claimAfterUnbonding(demo: Demo, story: Story): Promise<void> {
  const { out, client } = demo;
  out.step(
    "Advance 21 days (the unbonding) and claim",
    "The batch completes in the first block after its completion time once its Alliance unbondings paid back; claim pays every CLAIMABLE request of the signer. The stkXPRT unstake's x/staking unbondings pay out on their own.",
  );
  const xprtBefore = (await balanceOf(demo, XPRT)).amount;
  advanceTime(demo, 21n * DAY);
  const xprtAfter = (await balanceOf(demo, XPRT)).amount;
  out.equal(
    "stkXPRT unstake paid by x/staking = previewed unbonding amount",
    story.xprtUnbonding.amount,
    xprtAfter - xprtBefore,
    (v) => amount({ denom: XPRT, amount: v }),
  );
  const position = await getBasketPosition(client, { basketId: BASKET_ID, yield: false });
  const claimable = position.requests.filter((r) => r.claimable);
  out.holds(
    `request ${story.redeemRequestId} is claimable`,
    position.claimableRequestIds.includes(story.redeemRequestId),
    `claimable requests: ${position.claimableRequestIds.join(", ") || "none"}`,
  );
  out.fields(
    "claimable now (getBasketPosition)",
    claimable.map((r) => [`request ${r.requestId}`, `${amounts(r.out)} (claimable since ${date(r.claimableAt)})`]),
  );
  let owed: readonly Coin[] = [];
  for (const r of claimable) owed = addCoins(owed, r.out);
  const before = await Promise.all(owed.map((c) => balanceOf(demo, c.denom)));
  const result = await claim(client, {});
  out.tx("MsgClaim", result.tx);
  out.line(`the chain paid ${amounts(result.total)}`);
  out.equal(
    "paid per request = position's claimable amounts",
    claimable.map((r) => [r.requestId, r.out]),
    result.claims.map((c) => [c.requestId, c.paid]),
    (list) => `${list.length} request(s)`,
  );
  const after = await Promise.all(owed.map((c) => balanceOf(demo, c.denom)));
  out.equal(
    "balances grew by it",
    owed,
    owed.map((c, i) => ({ denom: c.denom, amount: after[i]!.amount - before[i]!.amount })),
    amounts,
  );
}
