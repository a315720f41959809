// The end of the story: every position of the user, read back from the chain, and the yield stack of a basket share.
import {
  getAllianceDelegations,
  getAllianceRewards,
  getAllianceUnbondingsByDelegator,
} from "@persistence-sdk/alliance";
import { getBasketPosition } from "@persistence-sdk/basket-vault";
import {
  expectedIbcClaimTime,
  getLiquidStakeIbcUserUnbondings,
  getLiquidUnstakeUnbondings,
} from "@persistence-sdk/pstake";
import { amount, amounts, atomValue, date, pct, symbolOf } from "./report.js";
import { basketYieldStack, printStack } from "./rewards.js";
import { ATOM, BASKET_ID, balances, type Demo, FOLLOWED, HOST_CHAIN, XPRT } from "./setup.js";
import type { Story } from "./story.js";

function signed(coin: { denom: string; amount: bigint }): string {
  if (coin.amount === 0n) return "";
  return coin.amount > 0n ? `+${amount(coin)}` : `−${amount({ ...coin, amount: -coin.amount })}`;
}

export async function finalPositions(demo: Demo, story: Story): Promise<void> {
  const { out, client, address } = demo;
  out.section("Final positions");
  const now = await balances(demo);
  out.line("Balances");
  out.table(
    ["asset", "balance", "change since step 1"],
    FOLLOWED.map((denom) => {
      const balance = now[denom] ?? 0n;
      return [
        symbolOf(denom),
        amount({ denom, amount: balance }),
        signed({ denom, amount: balance - (story.startBalances[denom] ?? 0n) }),
      ];
    }),
    [1, 2],
  );

  const position = await getBasketPosition(client, { basketId: BASKET_ID, yield: false });
  out.line();
  out.fields(`ATOM basket (basket ${BASKET_ID}), at ${date(position.time)}`, [
    ["shares held", amount({ denom: position.shareDenom, amount: position.shares })],
    ["value (PRO_RATA now)", atomValue(position.value)],
    ["share of the basket", pct(position.shareOfBasket)],
    ["pending rewards", amount(position.pendingRewards)],
    ["operable", position.operable ? "yes (active, rates fresh)" : "no"],
  ]);
  out.table(
    ["exposed to", "amount", "value", "weight", "target"],
    position.composition.map((c) => [
      symbolOf(c.denom),
      amount({ denom: c.denom, amount: c.amount }),
      atomValue(c.value),
      pct(c.weight),
      pct(c.targetWeight),
    ]),
    [1, 2, 3, 4],
  );

  const delegations = await getAllianceDelegations(client, { delegator: address });
  out.line();
  out.line("Alliance delegations");
  const rows = await Promise.all(
    delegations.map(async (d) => [
      d.validatorAddress,
      amount({ denom: d.denom, amount: d.balance }),
      amounts(await getAllianceRewards(client, { delegator: address, validator: d.validatorAddress, denom: d.denom })),
    ]),
  );
  out.table(["validator", "balance", "rewards pending"], rows, [1, 2]);

  const unbondings: string[][] = [];
  for (const u of await getLiquidUnstakeUnbondings(client, { delegator: address })) {
    unbondings.push([
      "stkXPRT unstake",
      amount({ denom: XPRT, amount: u.balance }),
      date(u.completionTime),
      "x/staking",
    ]);
  }
  for (const u of await getLiquidStakeIbcUserUnbondings(client, { delegator: address })) {
    const claim = await expectedIbcClaimTime(client, { chainId: u.chainId, epoch: u.epochNumber });
    const when =
      claim.claimableTime.seconds === claim.latestClaimableTime.seconds
        ? date(claim.claimableTime)
        : `${date(claim.claimableTime)} … ${date(claim.latestClaimableTime)}`;
    unbondings.push([
      `stkATOM unstake (epoch ${u.epochNumber})`,
      amount({ denom: ATOM, amount: u.unbondAmount.amount }),
      when,
      `${HOST_CHAIN} (${claim.basis})`,
    ]);
  }
  for (const u of await getAllianceUnbondingsByDelegator(client, { delegator: address })) {
    unbondings.push([
      "Alliance undelegation",
      amount({ denom: u.denom, amount: u.amount }),
      date(u.completionTime),
      "x/alliance",
    ]);
  }
  for (const r of position.requests) {
    unbondings.push([
      `basket request ${r.requestId} (${r.status})`,
      amounts(r.out),
      date(r.claimableAt),
      `batch ${r.batchId}`,
    ]);
  }
  out.line();
  out.line("Pending unbondings");
  if (unbondings.length === 0) out.line("none");
  else out.table(["what", "amount", "claimable", "where"], unbondings, [1]);
  const estimate = story.atomClaimEstimate;
  out.line(
    `(the stkATOM unstake's preview estimated ${date(estimate.claimableTime)} … ${date(estimate.latestClaimableTime)}: the chain sends an epoch's undelegation in the first block after the epoch ends, here an hour-long block)`,
  );

  const y = await basketYieldStack(demo);
  out.line();
  printStack(out, `Yield stack of a share of the ATOM basket at height ${y.height}`, y.stack);
}
