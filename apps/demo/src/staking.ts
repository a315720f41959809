// The funded account; pSTAKE in (liquid-stake XPRT with x/liquidstake, ATOM with x/liquidstakeibc) and out (instant
// redeem, async unstakes); restaking stkATOM through Alliance. Each step previews, sends, and checks what the chain did
// against the preview.
import {
  delegate,
  getAlliance,
  getAllianceDelegation,
  getAllianceValidators,
  previewDelegate,
} from "@persistence-sdk/alliance";
import type { Coin } from "@persistence-sdk/core";
import {
  getHostChain,
  getLiquidUnstakeUnbondings,
  liquidStake,
  liquidStakeIbc,
  liquidUnstake,
  liquidUnstakeIbc,
  previewLiquidStake,
  previewLiquidStakeIbc,
  previewLiquidUnstake,
  previewLiquidUnstakeIbc,
  previewRedeemIbc,
  redeemIbc,
} from "@persistence-sdk/pstake";
import { amount, date, rate, symbolOf } from "./report.js";
import {
  ATOM,
  balanceOf,
  balances,
  type Demo,
  FOLLOWED,
  HOST_CHAIN,
  latestHeight,
  nextBlockTime,
  quietWindow,
  STK_ATOM,
  STK_XPRT,
  XPRT,
} from "./setup.js";
import type { Story } from "./story.js";

const coin = (denom: string, base: bigint): Coin => ({ denom, amount: base });

export async function showAccount(demo: Demo, story: Story): Promise<void> {
  const { out, running } = demo;
  out.step(
    "A funded devnet account on the embedded mock chain",
    "The mock chain runs in this process; the user is devnet account 0 (the test mnemonic), signing with cosmjs' DirectSecp256k1HdWallet.",
  );
  out.fields("chain", [
    ["chain id", running.chainId],
    ["RPC", running.rpcUrl],
    ["REST", running.restUrl],
    ["account", demo.address],
  ]);
  story.startBalances = await balances(demo);
  story.startHeight = latestHeight(demo);
  out.table(
    ["asset", "balance"],
    FOLLOWED.map((denom) => [symbolOf(denom), amount(coin(denom, story.startBalances[denom] ?? 0n))]),
    [1],
  );
}

export async function stakeXprt(demo: Demo, story: Story): Promise<void> {
  const { out, client } = demo;
  const stake = coin(XPRT, 1_000_000_000n);
  out.step(
    `Liquid-stake ${amount(stake)} into stkXPRT (pSTAKE x/liquidstake)`,
    "previewLiquidStake computes the stkXPRT minted with core's math on the module's NetAmountState; then liquidStake signs and sends.",
  );
  await quietWindow(demo);
  const preview = await previewLiquidStake(client, { amount: stake });
  out.fields(`preview (state at height ${preview.height})`, [
    ["mint rate", `${rate(preview.mintRate)} stkXPRT per XPRT`],
    ["redemption rate", `${rate(preview.redemptionRate)} XPRT per stkXPRT`],
    ["stkXPRT minted", amount(preview.minted)],
    ["delegated", preview.delegations.map((d) => amount(coin(XPRT, d.amount))).join(", ")],
  ]);
  const before = await balanceOf(demo, STK_XPRT);
  const result = await liquidStake(client, { amount: stake });
  out.tx("MsgLiquidStake", result.tx);
  out.line(`the chain minted ${amount(result.minted)} (observed rate ${rate(result.observedRate)})`);
  out.equal("stkXPRT minted = preview", preview.minted, result.minted, amount);
  const after = await balanceOf(demo, STK_XPRT);
  out.equal("stkXPRT balance grew by it", preview.minted.amount, after.amount - before.amount, (v) =>
    amount(coin(STK_XPRT, v)),
  );
  story.stkXprt = result.minted;
}

export async function stakeAtom(demo: Demo, story: Story): Promise<void> {
  const { out, client } = demo;
  const stake = coin(ATOM, 500_000_000n);
  out.step(
    `Liquid-stake ${amount(stake)} into stkATOM (pSTAKE x/liquidstakeibc, host chain ${HOST_CHAIN})`,
    "previewLiquidStakeIbc reads the host chain's c-value and deposit fee; liquidStakeIbc sends the ATOM voucher to the current deposit.",
  );
  await quietWindow(demo);
  const host = await getHostChain(client, { chainId: HOST_CHAIN });
  const preview = await previewLiquidStakeIbc(client, { amount: stake });
  out.fields(`preview (state at height ${preview.height})`, [
    ["c-value", `${rate(preview.cValue)} stkATOM per ATOM`],
    ["redemption rate", `${rate(preview.redemptionRate)} ATOM per stkATOM`],
    ["deposit fee", `${rate(host.params.depositFee)} → ${amount(preview.fee)}`],
    ["stkATOM minted", amount(coin(STK_ATOM, preview.mintAmount))],
    ["stkATOM received", amount(preview.received)],
  ]);
  const before = await balanceOf(demo, STK_ATOM);
  const result = await liquidStakeIbc(client, { amount: stake });
  out.tx("MsgLiquidStake (liquidstakeibc)", result.tx);
  out.line(
    `the chain minted ${amount(coin(STK_ATOM, result.mintAmount))}, sent ${amount(result.received)} to the user`,
  );
  out.equal("stkATOM received = preview", preview.received, result.received, amount);
  out.equal("deposit fee = preview", preview.fee, result.fee, amount);
  out.equal("stkATOM minted = preview", preview.mintAmount, result.mintAmount, (v) => amount(coin(STK_ATOM, v)));
  const after = await balanceOf(demo, STK_ATOM);
  out.equal("stkATOM balance grew by it", preview.received.amount, after.amount - before.amount, (v) =>
    amount(coin(STK_ATOM, v)),
  );
  story.stkAtom = result.received;
}

export async function restake(demo: Demo, story: Story): Promise<void> {
  const { out, client, address } = demo;
  const stake = coin(STK_ATOM, 100_000_000n);
  const [validator] = (await getAllianceValidators(client)).map((v) => v.validatorAddress).sort();
  story.validator = validator!;
  out.step(
    `Restake ${amount(stake)} through Alliance (validator ${validator})`,
    "previewDelegate runs Alliance's two share layers on the validator's state; delegate sends MsgDelegate (x/alliance).",
  );
  const asset = await getAlliance(client, { denom: STK_ATOM });
  out.fields("the Alliance asset", [
    ["reward weight", rate(asset.rewardWeight)],
    ["take rate", `${rate(asset.takeRate)} per take-rate interval`],
    ["staked in total", amount(coin(STK_ATOM, asset.totalTokens))],
  ]);
  await quietWindow(demo);
  const preview = await previewDelegate(client, { validator: story.validator, amount: stake });
  out.fields(`preview (state at height ${preview.height})`, [
    ["delegation shares gained", rate(preview.newDelegationShares)],
    ["validator shares gained", rate(preview.newValidatorShares)],
    ["delegation balance after", amount(coin(STK_ATOM, preview.balanceAfter))],
  ]);
  const result = await delegate(client, { validator: story.validator, amount: stake });
  out.tx("MsgDelegate (alliance)", result.tx);
  out.line(
    `the chain added ${rate(result.newValidatorShares)} validator shares; rewards claimed first: ${result.claimedRewards.length === 0 ? "none (new delegation)" : result.claimedRewards.map(amount).join(", ")}`,
  );
  out.equal("validator shares = preview", preview.newValidatorShares, result.newValidatorShares, rate);
  const delegation = await getAllianceDelegation(client, {
    delegator: address,
    validator: story.validator,
    denom: STK_ATOM,
  });
  out.equal("delegation shares = preview", preview.sharesAfter, delegation.shares, rate);
  out.equal("delegation balance = preview", preview.balanceAfter, delegation.balance, (v) => amount(coin(STK_ATOM, v)));
  story.restaked = stake;
}

export async function redeemStkAtomInstantly(demo: Demo): Promise<void> {
  const { out, client } = demo;
  await quietWindow(demo);
  // Instant redeems are paid from the deposits not yet delegated on the host (the day epoch delegates them): ask
  // how much they hold, and redeem at most 90 % of it.
  const { availableDeposits, cValue } = await previewRedeemIbc(client, { amount: coin(STK_ATOM, 1_000_000n) });
  const affordable = cValue.mulInt((availableDeposits * 9n) / 10n).truncateInt();
  const redeem = coin(STK_ATOM, affordable < 50_000_000n ? affordable : 50_000_000n);
  out.step(
    `Instant redeem: ${amount(redeem)} back to ATOM at once (pSTAKE MsgRedeem, from the current deposits)`,
    `The deposits not yet delegated to the host pay instant redeems (${amount(coin(ATOM, availableDeposits))} now): previewRedeemIbc applies the redemption fee and divides by the c-value; redeemIbc refuses before signing if the deposits cannot pay.`,
  );
  const host = await getHostChain(client, { chainId: HOST_CHAIN });
  const preview = await previewRedeemIbc(client, { amount: redeem });
  out.fields(`preview (state at height ${preview.height})`, [
    ["c-value", `${rate(preview.cValue)} stkATOM per ATOM`],
    ["redemption fee", `${rate(host.params.redemptionFee)} → ${amount(preview.fee)}`],
    ["stkATOM burned", amount(preview.burnAmount)],
    ["ATOM paid", amount(preview.redeemed)],
    ["deposits available", amount(coin(ATOM, preview.availableDeposits))],
  ]);
  const before = await balanceOf(demo, ATOM);
  const result = await redeemIbc(client, { amount: redeem });
  out.tx("MsgRedeem (liquidstakeibc)", result.tx);
  out.line(
    `the chain burned ${amount(result.burnAmount)}, kept ${amount(result.fee)} as the fee, paid ${amount(result.redeemed)}`,
  );
  out.equal("ATOM paid = preview", preview.redeemed, result.redeemed, amount);
  out.equal(
    "fee and burn = preview",
    { fee: preview.fee, burned: preview.burnAmount },
    { fee: result.fee, burned: result.burnAmount },
    (r) => `${amount(r.fee)} fee, ${amount(r.burned)} burned`,
  );
  const after = await balanceOf(demo, ATOM);
  out.equal("ATOM balance grew by it", preview.redeemed.amount, after.amount - before.amount, (v) =>
    amount(coin(ATOM, v)),
  );
}

export async function unstakeAsync(demo: Demo, story: Story): Promise<void> {
  const { out, client, address } = demo;
  const xprtOut = coin(STK_XPRT, story.stkXprt.amount / 2n);
  const atomOut = coin(STK_ATOM, 25_000_000n);
  out.step(
    `Async unstake: ${amount(xprtOut)} (21-day x/staking unbonding) and ${amount(atomOut)} (next unbonding epoch + 21 days on the host)`,
    "previewLiquidUnstake gives the XPRT out after the unstake fee and the completion time (for the including block's time); previewLiquidUnstakeIbc the ATOM out, the unbonding epoch and the expected claim date.",
  );
  await quietWindow(demo);
  const preview = await previewLiquidUnstake(client, { amount: xprtOut, blockTime: nextBlockTime(demo) });
  out.fields(`stkXPRT preview (state at height ${preview.height})`, [
    ["redemption rate", `${rate(preview.redemptionRate)} XPRT per stkXPRT`],
    ["XPRT before the fee", amount(coin(XPRT, preview.nativeBeforeFee.truncateInt()))],
    ["unstake fee", amount(coin(XPRT, preview.fee.truncateInt()))],
    ["XPRT unbonding", `${amount(coin(XPRT, preview.unbondingAmount))} over ${preview.unbondings.length} validators`],
    ["completes", date(preview.completionTime)],
  ]);
  const result = await liquidUnstake(client, { amount: xprtOut });
  out.tx("MsgLiquidUnstake", result.tx);
  out.line(
    `the chain burned ${amount(result.amount)}; ${amount(coin(XPRT, result.unbondingAmount))} unbonding until ${date(result.completionTime)}`,
  );
  out.equal("XPRT unbonding = preview", preview.unbondingAmount, result.unbondingAmount, (v) => amount(coin(XPRT, v)));
  out.equal("completion time = preview", preview.completionTime, result.completionTime, date);
  const entries = await getLiquidUnstakeUnbondings(client, { delegator: address });
  out.equal(
    "the user's x/staking unbondings = preview",
    preview.unbondings.map((u) => [u.validator, u.amount]).sort(),
    entries.map((e) => [e.validatorAddress, e.balance]).sort(),
    (list) => `${list.length} entries`,
  );
  story.xprtUnbonding = { amount: result.unbondingAmount, completionTime: result.completionTime };

  await quietWindow(demo);
  const ibc = await previewLiquidUnstakeIbc(client, { amount: atomOut });
  const claim = ibc.expectedClaim;
  out.fields(`stkATOM preview (state at height ${ibc.height})`, [
    ["unstake fee", amount(ibc.fee)],
    ["stkATOM unstaked", amount(ibc.unstakeAmount)],
    ["ATOM to claim", amount({ denom: ATOM, amount: ibc.unbondAmount.amount })],
    ["unbonding epoch", `${ibc.unbondingEpoch} (the day epoch is ${claim.currentEpoch} now)`],
    ["claimable", `${date(claim.claimableTime)} … ${date(claim.latestClaimableTime)} (${claim.basis})`],
  ]);
  const unstaked = await liquidUnstakeIbc(client, { amount: atomOut });
  out.tx("MsgLiquidUnstake (liquidstakeibc)", unstaked.tx);
  out.line(
    `the chain queued ${amount(unstaked.unstakeAmount)} in epoch ${unstaked.unbondingEpoch} for ${amount({ denom: ATOM, amount: unstaked.unbondAmount.amount })}`,
  );
  out.equal(
    "fee, stkATOM unstaked, ATOM to claim = preview",
    { fee: ibc.fee, unstaked: ibc.unstakeAmount, claim: ibc.unbondAmount },
    { fee: unstaked.fee, unstaked: unstaked.unstakeAmount, claim: unstaked.unbondAmount },
    (r) => `${amount(r.fee)}, ${amount(r.unstaked)}, ${amount({ denom: ATOM, amount: r.claim.amount })}`,
  );
  out.equal("unbonding epoch = preview", ibc.unbondingEpoch, unstaked.unbondingEpoch, String);
  story.atomClaimEstimate = claim;
}
