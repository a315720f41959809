// x/liquidstake (stkXPRT) against the mock chain over real HTTP with real signatures, once with a DIRECT signer and
// once with an AMINO-ONLY signer: every action and query, previews equal to what the chain then does (minted stkXPRT,
// XPRT out, fee, completion time, the user's unbondings), after autocompound and across hours, the user's unbonding
// paid after 21 days, and the refusals before signing.
import { type Client, sendTx, txMessage } from "@persistence-sdk/client";
import { type Coin, Dec, SdkError } from "@persistence-sdk/core";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { MsgDelegateSchema } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSetModulePaused } from "../builders/buildSetModulePaused.js";
import { buildUpdateLiquidStakeParams } from "../builders/buildUpdateLiquidStakeParams.js";
import { buildUpdateWhitelistedValidators } from "../builders/buildUpdateWhitelistedValidators.js";
import { PstakeError, PstakeTxError } from "../errors.js";
import { previewLiquidStake } from "../previews/previewLiquidStake.js";
import { previewLiquidUnstake } from "../previews/previewLiquidUnstake.js";
import { previewStakeToLp } from "../previews/previewStakeToLp.js";
import { getLiquidStakeParams } from "../queries/getLiquidStakeParams.js";
import { getLiquidStakeRates } from "../queries/getLiquidStakeRates.js";
import { getLiquidStakeStates } from "../queries/getLiquidStakeStates.js";
import { getLiquidUnstakeUnbondings } from "../queries/getLiquidUnstakeUnbondings.js";
import { getLiquidValidators } from "../queries/getLiquidValidators.js";
import {
  ATOM,
  AUTHORITY,
  authorityClient,
  balanceOf,
  blockTimeAt,
  calmHour,
  devnetClient,
  expectedSignMode,
  freshAccount,
  nextBlockTime,
  STK_ATOM,
  STK_XPRT,
  signModeOf,
  stakingUnbondingTime,
  startChain,
  supplyOf,
  VALIDATORS,
} from "../testing.test-support.js";
import { addDuration } from "../time.js";
import { liquidStake } from "./liquidStake.js";
import { liquidUnstake } from "./liquidUnstake.js";
import { stakeToLp } from "./stakeToLp.js";

let chain: RunningMockChain;
let reader: Client;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
});

afterAll(async () => {
  await chain.stop();
});

const xprt = (amount: bigint): Coin => ({ denom: "uxprt", amount });
const stk = (amount: bigint): Coin => ({ denom: STK_XPRT, amount });
const same = (a: Dec, b: Dec) => expect(a.toString()).toBe(b.toString());

/** Height and mempool: what must not move when something is refused before signing. */
function activity() {
  return { height: chain.chain.status().latestHeight, mempool: chain.chain.numUnconfirmedTxs().count };
}

async function refusedBeforeSigning(run: () => Promise<unknown>): Promise<PstakeError> {
  const before = activity();
  const error = await run().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SdkError);
  expect(activity()).toEqual(before);
  return error as PstakeError;
}

describe("queries", () => {
  it("read the devnet: params, four liquid validators at 2500, NetAmountState with Decs, both rates", async () => {
    const params = await getLiquidStakeParams(reader);
    expect(params).toMatchObject({
      liquidBondDenom: STK_XPRT,
      minLiquidStakeAmount: 1000n,
      modulePaused: false,
      lsmDisabled: false,
      whitelistAdminAddress: AUTHORITY,
    });
    same(params.autocompoundFeeRate, Dec.fromString("0.05"));
    same(params.unstakeFeeRate, Dec.ZERO);
    expect(params.whitelistedValidators.map((v) => v.targetWeight)).toEqual([2500n, 2500n, 2500n, 2500n]);

    const validators = await getLiquidValidators(reader);
    expect(validators).toHaveLength(4);
    expect(validators.every((v) => v.status === "active" && v.weight === 2500n && v.liquidTokens > 0n)).toBe(true);

    const state = await getLiquidStakeStates(reader);
    expect(state.stkxprtTotalSupply).toBe(await supplyOf(reader, STK_XPRT));
    expect(state.netAmount.equals(Dec.fromInt(state.totalLiquidTokens + state.totalUnbondingBalance))).toBe(true);
    expect(state.totalLiquidTokens).toBe(validators.reduce((sum, v) => sum + v.liquidTokens, 0n));

    const rates = await getLiquidStakeRates(reader);
    same(rates.mintRate, state.mintRate);
    same(rates.redemptionRate, state.netAmount.quo(Dec.fromInt(state.stkxprtTotalSupply)));
    expect(rates.height).toBeGreaterThan(0n);

    // A past height reads the past state.
    const past = await getLiquidStakeStates(reader, { height: 1n });
    expect(past.stkxprtTotalSupply).toBe(10_000_000_000n);
  });
});

describe.each(["direct", "amino"] as const)("signed %s", (mode) => {
  it("liquidStake mints exactly what previewLiquidStake said and delegates by weight", async () => {
    const { client, address } = await freshAccount(chain, mode);
    calmHour(chain);
    const amount = xprt(12_345_678_901n);
    const validatorsBefore = await getLiquidValidators(reader);
    const preview = await previewLiquidStake(client, { amount });
    const stkBefore = await balanceOf(reader, address, STK_XPRT);

    const result = await liquidStake(client, { amount, memo: `pstake ${mode}` });

    expect(signModeOf(chain, result.tx.hash)).toBe(expectedSignMode(mode));
    expect(result.tx.memo).toBe(`pstake ${mode}`);
    expect(result).toMatchObject({ delegator: address, amount, minted: preview.minted });
    expect(preview.minted.amount).toBeGreaterThan(0n);
    same(result.observedRate, Dec.fromInt(preview.minted.amount).quo(Dec.fromInt(amount.amount)));
    expect(await balanceOf(reader, address, STK_XPRT)).toBe(stkBefore + preview.minted.amount);
    const validatorsAfter = await getLiquidValidators(reader);
    const gained = validatorsAfter.map((v, i) => ({
      validator: v.operatorAddress,
      amount: v.liquidTokens - validatorsBefore[i]!.liquidTokens,
    }));
    expect(gained.filter((g) => g.amount > 0n)).toEqual(preview.delegations);
  });

  it("previews stay exact after an autocompound and across an hour boundary", async () => {
    const { client, address } = await freshAccount(chain, mode);
    calmHour(chain);
    const before = await getLiquidStakeRates(reader);
    const report = chain.control.invoke("liquidstake/autocompound", {}) as {
      mintRateBefore: string;
      mintRateAfter: string;
    };
    expect(report.mintRateAfter).not.toBe(report.mintRateBefore);
    const after = await getLiquidStakeRates(reader);
    expect(after.mintRate.lt(before.mintRate)).toBe(true);
    expect(after.redemptionRate.gt(before.redemptionRate)).toBe(true);

    const amount = xprt(3_000_000_000n);
    const preview = await previewLiquidStake(client, { amount });
    same(preview.mintRate, after.mintRate);
    const staked = await liquidStake(client, { amount });
    expect(staked.minted).toEqual(preview.minted);

    // An hour later (the epoch autocompounds again) the preview reads the new state and still agrees.
    calmHour(chain);
    const later = await getLiquidStakeRates(reader);
    expect(later.mintRate.lt(after.mintRate)).toBe(true);
    const unstakeAmount = stk(staked.minted.amount / 3n);
    const unstakePreview = await previewLiquidUnstake(client, {
      amount: unstakeAmount,
      blockTime: nextBlockTime(chain),
    });
    const unstaked = await liquidUnstake(client, { amount: unstakeAmount });
    expect(unstaked.unbondingAmount).toBe(unstakePreview.unbondingAmount);
    expect(unstaked.completionTime).toEqual(unstakePreview.completionTime);
    expect(await balanceOf(reader, address, STK_XPRT)).toBe(staked.minted.amount - unstakeAmount.amount);
  });

  it("liquidUnstake: XPRT out after the fee, the user's unbondings and completion time as previewed; paid after 21 days", async () => {
    const { client, address } = await freshAccount(chain, mode);
    const staked = await liquidStake(client, { amount: xprt(20_000_000_000n) });
    calmHour(chain);
    const amount = stk(staked.minted.amount / 2n);
    const preview = await previewLiquidUnstake(client, { amount, blockTime: nextBlockTime(chain) });
    expect(preview.fee.isZero()).toBe(true);
    expect(preview.unbondedAmount).toBe(0n);
    expect(preview.unbondings).toHaveLength(4);

    const result = await liquidUnstake(client, { amount });

    expect(signModeOf(chain, result.tx.hash)).toBe(expectedSignMode(mode));
    expect(result).toMatchObject({
      delegator: address,
      amount,
      unbondingAmount: preview.unbondingAmount,
      unbondedAmount: 0n,
    });
    expect(result.unbondingAmount).toBeLessThanOrEqual(preview.nativeAmount.truncateInt());
    const completion = addDuration(await blockTimeAt(reader, result.tx.height), await stakingUnbondingTime(reader));
    expect(result.completionTime).toEqual(completion);
    expect(preview.completionTime).toEqual(completion);

    const unbondings = await getLiquidUnstakeUnbondings(reader, { delegator: address, pageSize: 1n });
    expect(unbondings.map((u) => ({ validator: u.validatorAddress, amount: u.balance })).sort(byValidator)).toEqual(
      [...preview.unbondings].sort(byValidator),
    );
    expect(
      unbondings.every((u) => u.initialBalance === u.balance && u.completionTime.seconds === completion.seconds),
    ).toBe(true);

    // x/staking pays an unbonding in the first block at or after its completion time.
    const xprtBefore = await balanceOf(reader, address, "uxprt");
    chain.control.advanceTime(21n * 86_400n - 1n);
    expect(await balanceOf(reader, address, "uxprt")).toBe(xprtBefore);
    expect(await getLiquidUnstakeUnbondings(reader, { delegator: address })).toHaveLength(4);
    chain.control.advanceTime(1n);
    expect(await balanceOf(reader, address, "uxprt")).toBe(xprtBefore + preview.unbondingAmount);
    expect(await getLiquidUnstakeUnbondings(reader, { delegator: address })).toEqual([]);
  });

  it("stakeToLp moves a delegation into stkXPRT locked in the LP contract, as previewed", async () => {
    const { client, address } = await freshAccount(chain, mode);
    const validator = VALIDATORS[2]!;
    await sendTx(client, {
      messages: [
        txMessage(MsgDelegateSchema, {
          delegatorAddress: address,
          validatorAddress: validator,
          amount: { denom: "uxprt", amount: "5000000000" },
        }),
      ],
    });
    calmHour(chain);
    const params = await getLiquidStakeParams(reader);
    const lpBefore = await balanceOf(reader, params.cwLockedPoolAddress, STK_XPRT);
    const stakedAmount = xprt(2_000_000_000n);
    const liquidAmount = xprt(1_000_000_000n);
    const preview = await previewStakeToLp(client, { validator, stakedAmount, liquidAmount });

    const result = await stakeToLp(client, { validator, stakedAmount, liquidAmount });

    expect(signModeOf(chain, result.tx.hash)).toBe(expectedSignMode(mode));
    expect(result).toMatchObject({
      delegator: address,
      validator,
      stakedMinted: preview.stakedMinted,
      liquidMinted: preview.liquidMinted,
      locked: preview.locked,
    });
    expect(await balanceOf(reader, params.cwLockedPoolAddress, STK_XPRT)).toBe(lpBefore + preview.locked.amount);
    expect(await balanceOf(reader, address, STK_XPRT)).toBe(0n);

    const tooMuch = await previewStakeToLp(client, { validator, stakedAmount: xprt(5_000_000_000n) }).catch(
      (e: unknown) => e,
    );
    expect(tooMuch).toBeInstanceOf(PstakeError);
    expect((tooMuch as PstakeError).code).toBe("INSUFFICIENT_FUNDS");
  });

  it("refuses before signing: wrong denoms, below the minimum, more than the supply, no signer", async () => {
    const { client } = await freshAccount(chain, mode);
    const wrong = await refusedBeforeSigning(() =>
      liquidStake(client, { amount: { denom: ATOM, amount: 1_000_000n } }),
    );
    expect(wrong.code).toBe("INVALID_DENOM");
    expect(wrong.fix).toMatch(/liquidStakeIbc/);
    const stkAtom = await refusedBeforeSigning(() =>
      liquidStake(client, { amount: { denom: STK_ATOM, amount: 1_000_000n } }),
    );
    expect(stkAtom.code).toBe("INVALID_DENOM");
    expect((await refusedBeforeSigning(() => liquidUnstake(client, { amount: xprt(5n) }))).code).toBe("INVALID_DENOM");
    const below = await refusedBeforeSigning(() => liquidStake(client, { amount: xprt(999n) }));
    expect(below.reason).toBe("BELOW_MINIMUM");
    expect(below.code).toBe("AMOUNT_BELOW_MINIMUM");
    for (const amount of [0n, -1n]) {
      await expect(liquidStake(client, { amount: xprt(amount) })).rejects.toMatchObject({ field: "amount.amount" });
    }
    const supply = await supplyOf(reader, STK_XPRT);
    const preview = await previewLiquidUnstake(client, { amount: stk(supply + 1n) }).catch((e: unknown) => e);
    expect((preview as PstakeError).reason).toBe("EXCEEDS_SUPPLY");
    // The chain refuses it too, in the simulation (nothing signed, nothing paid): typed.
    const before = activity();
    const chainRefusal = await liquidUnstake(client, { amount: stk(supply + 1n) }).catch((e: unknown) => e);
    expect(chainRefusal).toBeInstanceOf(PstakeTxError);
    expect(chainRefusal).toMatchObject({ reason: "EXCEEDS_SUPPLY", code: "INVALID_AMOUNT", phase: "simulate" });
    expect(activity()).toEqual(before);
    await expect(liquidStake(reader, { amount: xprt(1_000_000n) })).rejects.toMatchObject({ code: "NO_SIGNER" });
  });
});

describe.each(["direct", "amino"] as const)("authority, signed %s", (mode) => {
  it("updateParams sets an unstake fee that the preview and the chain then apply alike; pause refuses before signing", async () => {
    const authority = await authorityClient(chain, mode);
    const params = await getLiquidStakeParams(reader);
    const updated = await sendTx(authority, {
      messages: [
        buildUpdateLiquidStakeParams(authority, {
          authority: AUTHORITY,
          params: { ...params, unstakeFeeRate: Dec.fromString("0.0123") },
        }),
      ],
    });
    expect(signModeOf(chain, updated.hash)).toBe(expectedSignMode(mode));
    same((await getLiquidStakeParams(reader)).unstakeFeeRate, Dec.fromString("0.0123"));

    const { client, address } = await freshAccount(chain, mode);
    const staked = await liquidStake(client, { amount: xprt(7_000_000_000n) });
    calmHour(chain);
    const amount = stk(staked.minted.amount);
    const preview = await previewLiquidUnstake(client, { amount, blockTime: nextBlockTime(chain) });
    expect(preview.fee.isPositive()).toBe(true);
    same(
      preview.nativeAmount,
      preview.nativeBeforeFee.mulTruncate(Dec.ONE.sub(Dec.fromString("0.0123"))).truncateDec(),
    );
    const result = await liquidUnstake(client, { amount });
    expect(result.unbondingAmount).toBe(preview.unbondingAmount);
    expect(result.completionTime).toEqual(preview.completionTime);
    const total = (await getLiquidUnstakeUnbondings(reader, { delegator: address })).reduce(
      (s, u) => s + u.balance,
      0n,
    );
    expect(total).toBe(preview.unbondingAmount);

    await sendTx(authority, { messages: [buildSetModulePaused(authority, { authority: AUTHORITY, paused: true })] });
    try {
      const paused = await refusedBeforeSigning(() => liquidStake(client, { amount: xprt(5_000_000n) }));
      expect(paused.reason).toBe("MODULE_PAUSED");
      await expect(previewLiquidStake(client, { amount: xprt(5_000_000n) })).rejects.toMatchObject({
        reason: "MODULE_PAUSED",
      });
    } finally {
      await sendTx(authority, { messages: [buildSetModulePaused(authority, { authority: AUTHORITY, paused: false })] });
      await sendTx(authority, {
        messages: [buildUpdateLiquidStakeParams(authority, { authority: AUTHORITY, params })],
      });
    }
    expect((await getLiquidStakeParams(reader)).modulePaused).toBe(false);
  });

  it("updateWhitelistedValidators changes the weights a liquid stake is split by", async () => {
    const authority = await authorityClient(chain, mode);
    const weights = [4000n, 3000n, 2000n, 1000n];
    await sendTx(authority, {
      messages: [
        buildUpdateWhitelistedValidators(authority, {
          authority: AUTHORITY,
          whitelistedValidators: VALIDATORS.map((validatorAddress, i) => ({
            validatorAddress,
            targetWeight: weights[i]!,
          })),
        }),
      ],
    });
    try {
      const validators = await getLiquidValidators(reader);
      const weightOf = (validator: string) => validators.find((v) => v.operatorAddress === validator)?.weight;
      expect(VALIDATORS.map(weightOf)).toEqual(weights);
      const { client } = await freshAccount(chain, mode);
      calmHour(chain);
      const before = await getLiquidValidators(reader);
      const preview = await previewLiquidStake(client, { amount: xprt(1_000_000_000n) });
      const share = (validator: string) => preview.delegations.find((d) => d.validator === validator)?.amount;
      expect(VALIDATORS.map(share)).toEqual([400_000_000n, 300_000_000n, 200_000_000n, 100_000_000n]);
      await liquidStake(client, { amount: xprt(1_000_000_000n) });
      const after = await getLiquidValidators(reader);
      expect(after.map((v, i) => v.liquidTokens - before[i]!.liquidTokens)).toEqual(
        preview.delegations.map((d) => d.amount),
      );
    } finally {
      await sendTx(authority, {
        messages: [
          buildUpdateWhitelistedValidators(authority, {
            authority: AUTHORITY,
            whitelistedValidators: VALIDATORS.map((validatorAddress) => ({ validatorAddress, targetWeight: 2500n })),
          }),
        ],
      });
    }
  });
});

function byValidator(a: { validator: string }, b: { validator: string }): number {
  return a.validator < b.validator ? -1 : a.validator > b.validator ? 1 : 0;
}
