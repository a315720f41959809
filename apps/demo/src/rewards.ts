// Time passes: the LST rates move (LST yield from two observations), Alliance pays restaking rewards (claimed
// directly, and through the basket's harvest), and the yield stack of a restaked LST and of a basket share.
import {
  claimRewards as claimAllianceRewards,
  getAllianceRewards,
  previewAllianceAprs,
} from "@persistence-sdk/alliance";
import {
  claimRewards as claimBasketRewards,
  getBasket,
  getBasketPosition,
  getPendingRewards,
  harvest,
  postMetrics,
} from "@persistence-sdk/basket-vault";
import { type Coin, Dec, type YieldStack } from "@persistence-sdk/core";
import { DEVNET_LSTS } from "@persistence-sdk/mock-chain";
import {
  getHostChainExchangeRate,
  getLiquidStakeRates,
  getLstYield,
  type LstObservation,
  type LstYield,
} from "@persistence-sdk/pstake";
import { amount, amounts, date, pct, type Reporter, rate, shareAmount, symbolOf, withSymbols } from "./report.js";
import { advanceTime, BASKET_ID, balanceOf, DAY, type Demo, HOST_CHAIN, quietWindow, STK_ATOM, XPRT } from "./setup.js";
import type { Story } from "./story.js";

/** The ATOM price the demo assumes for APRs paid in XPRT: uxprt per uatom (both have 6 decimals: 25 XPRT per ATOM). */
export const ATOM_PRICE = Dec.fromString("25");

function observed(o: LstObservation): string {
  return `${rate("mintRate" in o ? o.mintRate : o.cValue)} at ${date(o.blockTime)}`;
}

function yieldLine(y: LstYield): string {
  return `${observed(y.start)} → ${observed(y.end)}: APR ${pct(y.apr, 4)}, APY ${pct(y.apy, 4)}`;
}

export async function advanceOneDay(demo: Demo, story: Story): Promise<void> {
  const { out, client } = demo;
  out.step(
    "Advance one day of virtual time",
    "control.advanceTime moves the chain a day ahead, an hour per block: pSTAKE autocompounds stkXPRT hourly and restakes the host's rewards into stkATOM daily, Alliance pays rewards and charges its take rate, the basket's rates go stale.",
  );
  const xprtBefore = await getLiquidStakeRates(client);
  const atomBefore = await getHostChainExchangeRate(client, { chainId: HOST_CHAIN });
  advanceTime(demo, DAY);
  const xprtAfter = await getLiquidStakeRates(client);
  const atomAfter = await getHostChainExchangeRate(client, { chainId: HOST_CHAIN });
  out.fields("the LST rates moved", [
    [
      "stkXPRT redemption rate",
      `${rate(xprtBefore.redemptionRate)} → ${rate(xprtAfter.redemptionRate)} XPRT per stkXPRT`,
    ],
    [
      "stkATOM redemption rate",
      `${rate(atomBefore.redemptionRate)} → ${rate(atomAfter.redemptionRate)} ATOM per stkATOM`,
    ],
  ]);
  const xprt = await getLstYield(client, { source: { module: "liquidstake" }, fromHeight: story.startHeight });
  const atom = await getLstYield(client, {
    source: { module: "liquidstakeibc", chainId: HOST_CHAIN },
    fromHeight: story.startHeight,
  });
  out.fields("LST yield from the rate history (getLstYield: two observations and their block times)", [
    ["stkXPRT mint rate", yieldLine(xprt)],
    ["stkATOM c-value", yieldLine(atom)],
  ]);
  out.line(
    "(the mock chain mints XPRT per block and the demo makes one block per virtual hour where a real chain makes ~720, so stkXPRT's autocompound has little to compound; the simulated host chain pays stkATOM's rewards by time)",
  );
  out.holds(
    "both LSTs earned",
    xprt.apr.isPositive() && atom.apr.isPositive(),
    `${pct(xprt.apr, 4)} and ${pct(atom.apr, 4)} APR`,
  );
  story.stkXprtApr = xprt.apr;
  story.stkAtomApr = atom.apr;
}

const total = (coins: readonly Coin[], denom: string) =>
  coins.filter((c) => c.denom === denom).reduce((sum, c) => sum + c.amount, 0n);

export async function collectRewards(demo: Demo, story: Story): Promise<void> {
  const { out, client, address } = demo;
  out.step(
    "Restaking rewards: claim from Alliance, and the basket's share of its Alliance rewards",
    "getAllianceRewards runs the claim inside a query at the latest block; claimRewards pays that plus what the including block adds. The basket's harvest moves its Alliance rewards into a pool that pays each share its part.",
  );
  await quietWindow(demo);
  const pending = await getAllianceRewards(client, { delegator: address, validator: story.validator, denom: STK_ATOM });
  out.fields("Alliance rewards pending (getAllianceRewards)", [
    [`${amount(story.restaked)} restaked`, amounts(pending)],
  ]);
  const claimed = await claimAllianceRewards(client, { validator: story.validator, denom: STK_ATOM });
  out.tx("MsgClaimDelegationRewards (alliance)", claimed.tx);
  out.line(`the chain paid ${amounts(claimed.total)}`);
  const [p, c] = [total(pending, XPRT), total(claimed.total, XPRT)];
  out.holds(
    "claimed ≥ pending, in every denom",
    p > 0n && pending.every((coin) => total(claimed.total, coin.denom) >= coin.amount),
    `${amount({ denom: XPRT, amount: c })} = ${amount({ denom: XPRT, amount: p })} pending + ${amount({ denom: XPRT, amount: c - p })} from the including block`,
  );

  const harvested = await harvest(client, { basketId: BASKET_ID });
  out.tx("MsgHarvest", harvested.tx);
  out.line(
    `the basket harvested ${amount(harvested.harvested)}; reward index now ${rate(harvested.rewardIndex)} uxprt per base share`,
  );
  const owed = await getPendingRewards(client, { basketId: BASKET_ID, owner: address });
  out.fields("the user's part (getPendingRewards)", [
    ["earning shares", shareAmount(owed.shares)],
    ["rewards", amount(owed.rewards)],
  ]);
  const before = (await balanceOf(demo, XPRT)).amount;
  const paid = await claimBasketRewards(client, { basketId: BASKET_ID });
  out.tx("MsgClaimRewards (basketvault)", paid.tx);
  out.equal("basket rewards paid = pending", owed.rewards, paid.rewards, amount);
  const fee = total(paid.tx.fee.amount, XPRT);
  const after = (await balanceOf(demo, XPRT)).amount;
  out.equal("XPRT balance grew by it (less the tx fee)", owed.rewards.amount - fee, after - before, (v) =>
    amount({ denom: XPRT, amount: v }),
  );
}

/** A yield stack as a table: one line per layer, costs negative, then the net APR and APY. */
export function printStack(out: Reporter, title: string, stack: YieldStack): void {
  out.line(title);
  const cost = new Set(["takeRate", "fee"]);
  out.table(
    ["layer", "kind", "APR"],
    [
      ...stack.layers.map((l) => [withSymbols(l.name), l.kind, cost.has(l.kind) ? `−${pct(l.apr)}` : `+${pct(l.apr)}`]),
      ["net APR", "", pct(stack.netApr)],
      // Compounding an APR of hundreds of percent daily gives an APY that means nothing (the devnet's Alliance rewards).
      ["net APY (daily compounding)", "", stack.netApr.lte(Dec.ONE) ? pct(stack.netApy) : "— (APR above 100 %)"],
    ],
    [2],
  );
}

/** The basket's yield stack at the latest height, priced at ATOM_PRICE. */
export async function basketYieldStack(demo: Demo) {
  const position = await getBasketPosition(demo.client, {
    basketId: BASKET_ID,
    yield: { underlyingPrice: ATOM_PRICE },
  });
  return position.yield!;
}

export async function showYieldStack(demo: Demo, story: Story): Promise<void> {
  const { out, client, feeder } = demo;
  out.step(
    "The yield stack: LST yield + Alliance rewards − take rate (− the basket's performance fee)",
    `The feeder (devnet account 9) posts each LST's APR to the basket (MsgPostMetrics): stkATOM's as measured above, the other three as their providers would quote them (devnet figures). Rewards are paid in XPRT: the demo assumes 1 ATOM = ${rate(ATOM_PRICE)} XPRT.`,
  );
  const quoted: Record<string, Dec> = {
    [STK_ATOM]: story.stkAtomApr,
    [DEVNET_LSTS.stAtom.denom]: Dec.fromString("0.15"),
    [DEVNET_LSTS.qAtom.denom]: Dec.fromString("0.16"),
    [DEVNET_LSTS.dAtom.denom]: Dec.fromString("0.17"),
  };
  const posted = await postMetrics(feeder, {
    basketId: BASKET_ID,
    metrics: Object.entries(quoted).map(([denom, apr]) => ({ denom, apr, liquidity: 1_000_000_000_000n })),
  });
  out.tx("MsgPostMetrics (feeder)", posted.tx);
  out.line(
    `new target weights: ${posted.targets.map((t) => `${symbolOf(t.denom)} ${pct(t.targetWeight)}`).join(", ")}`,
  );
  const basket = await getBasket(client, { basketId: BASKET_ID });
  out.equal(
    "posted APRs stored on the basket",
    Object.values(quoted),
    basket.constituents.map((c) => c.apr),
    (aprs) => aprs.map((apr) => pct(apr)).join(", "),
  );

  await quietWindow(demo);
  const { redemptionRate } = await getHostChainExchangeRate(client, { chainId: HOST_CHAIN });
  const aprs = await previewAllianceAprs(client, {
    prices: { [STK_ATOM]: redemptionRate.mul(ATOM_PRICE) },
    lstAprs: { [STK_ATOM]: story.stkAtomApr },
  });
  const stk = aprs.assets.find((a) => a.denom === STK_ATOM);
  if (stk?.stack === undefined) throw new Error("previewAllianceAprs gave no stack for stkATOM");
  out.line(
    `Alliance inputs at height ${aprs.inputs.height}: inflation ${pct(aprs.inputs.inflation)}, community tax ${pct(aprs.inputs.communityTax)}, the module's virtual stake ${amount({ denom: XPRT, amount: aprs.inputs.allianceBond })}`,
  );
  out.line(
    "(the devnet's Alliance assets are a few thousand ATOM next to millions of XPRT of native stake, so their rewards APR is far above a mainnet's)",
  );
  printStack(out, "stkATOM restaked through Alliance (previewAllianceAprs):", stk.stack);

  const y = await basketYieldStack(demo);
  out.line();
  out.table(
    ["constituent", "weight", "LST APR", "source", "restaked", "Alliance APR", "take rate / yr"],
    y.constituents.map((c) => [
      symbolOf(c.denom),
      pct(c.weight),
      pct(c.lstApr),
      c.lstAprSource,
      pct(c.restakedFraction),
      c.restakingApr === undefined ? "—" : pct(c.restakingApr),
      pct(c.annualTakeRate),
    ]),
    [1, 2, 4, 5, 6],
  );
  printStack(out, "a share of the ATOM basket (getBasketPosition → yield):", y.stack);
  out.holds(
    "both stacks earn (net APR > 0)",
    stk.stack.netApr.isPositive() && y.stack.netApr.isPositive(),
    `net ${pct(stk.stack.netApr)} and ${pct(y.stack.netApr)} APR`,
  );
}
