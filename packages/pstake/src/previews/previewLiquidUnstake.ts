import { type Client, paginateAll } from "@persistence-sdk/client";
import {
  type Coin,
  type Dec,
  liquidStakeDeductFeeRate,
  liquidUnstakeAmounts,
  stkXprtToNativeToken,
} from "@persistence-sdk/core";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { PstakeError } from "../errors.js";
import { asPstake, checkNotPaused, ratesOf, readLiquidStakeSnapshot } from "../internal/liquidStakeState.js";
import { delegatorOf, stakingFactsAt } from "../internal/state.js";
import { liquidBondCoinArg, paramsArg } from "../internal/validate.js";
import { addDuration } from "../time.js";
import type { ChainTimestamp } from "../types.js";

/** Parameters of {@link previewLiquidUnstake}. */
export interface PreviewLiquidUnstakeParams {
  /** stkXPRT to unstake (the liquid bond denom). */
  readonly amount: Coin;
  /**
   * Whose unstake (default: the client's signer). With one, the preview also checks that the user has room for a new
   * unbonding entry with every validator the unstake uses (x/staking's max entries, 7 by default).
   */
  readonly delegator?: string;
  /**
   * The time of the block that will include the transaction (default: the latest block's; the chain uses the
   * including block's, usually one block time later). The completion time is this + the staking unbonding time.
   */
  readonly blockTime?: ChainTimestamp;
}

/** What a liquid unstake would do, computed by core's x/liquidstake math on the chain's current state. */
export interface LiquidUnstakePreview {
  /** The stkXPRT burned. */
  readonly amount: Coin;
  /** XPRT the stkXPRT is worth before the fee (`StkXPRTToNativeToken`, a whole number as a Dec). */
  readonly nativeBeforeFee: Dec;
  /** XPRT kept by the pool as the unstake fee (params.unstake_fee_rate; it stays behind stkXPRT). */
  readonly fee: Dec;
  /** XPRT owed after the fee (`DeductFeeRate`). */
  readonly nativeAmount: Dec;
  /** XPRT x/staking pays the user when the unbondings complete (per validator, truncated: the rest stays in the pool). */
  readonly unbondingAmount: bigint;
  /** XPRT paid at once from the proxy account (only when nothing is delegated). */
  readonly unbondedAmount: bigint;
  /** The user's unbondings it creates: one per validator, in the chain's order (inactive validators first). */
  readonly unbondings: readonly { readonly validator: string; readonly amount: bigint }[];
  /** When the XPRT returns (`blockTime` + the staking unbonding time); `undefined` when paid at once. */
  readonly completionTime: ChainTimestamp | undefined;
  /** stkXPRT per XPRT before the unstake. */
  readonly mintRate: Dec;
  /** XPRT per stkXPRT before the unstake. */
  readonly redemptionRate: Dec;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * Previews `liquidUnstake` with core's `stkXprtToNativeToken`, `liquidStakeDeductFeeRate` and `liquidUnstakeAmounts`
 * on the state read at the latest height: the XPRT out after the unstake fee, its split into the user's unbondings,
 * and their completion time. Refusals are typed `PstakeError`s: `MODULE_PAUSED`, `WRONG_DENOM`, `EXCEEDS_SUPPLY`,
 * `AMOUNT_TOO_SMALL`, `INSUFFICIENT_LIQUIDITY`, `UNBONDING_ENTRIES_FULL`. Assumes the validators are not slashed
 * (x/staking's token/share round trip can then return a unit less per validator).
 */
export async function previewLiquidUnstake(
  client: Client,
  params: PreviewLiquidUnstakeParams,
): Promise<LiquidUnstakePreview> {
  paramsArg(params, "previewLiquidUnstake");
  const coin = liquidBondCoinArg(client.chain, params.amount, "amount");
  const delegator = await delegatorOf(client, params.delegator);
  const snapshot = await readLiquidStakeSnapshot(client);
  const { params: moduleParams, state } = snapshot;
  checkNotPaused(moduleParams);
  const amount = liquidBondCoinArg(client.chain, coin, "amount", moduleParams.liquidBondDenom);
  // The chain's unbonding order: inactive validators first, otherwise as stored (a stable sort).
  const ordered = [
    ...snapshot.validators.filter((v) => v.status !== "active"),
    ...snapshot.validators.filter((v) => v.status === "active"),
  ];
  const supply = { stkxprtTotalSupply: state.stkxprtTotalSupply, netAmount: state.netAmount };
  const split = asPstake(
    () =>
      liquidUnstakeAmounts({
        amount: amount.amount,
        ...supply,
        unstakeFeeRate: moduleParams.unstakeFeeRate,
        liquidTokens: ordered.map((v) => v.liquidTokens),
        proxyAccBalance: state.proxyAccBalance,
      }),
    { INVALID_AMOUNT: "EXCEEDS_SUPPLY", INSUFFICIENT_FUNDS: "INSUFFICIENT_LIQUIDITY" },
  );
  const nativeBeforeFee = stkXprtToNativeToken({ stkAmount: amount.amount, ...supply });
  const nativeAmount = liquidStakeDeductFeeRate(nativeBeforeFee, moduleParams.unstakeFeeRate);
  const unbondings = ordered
    .map((v, i) => Object.freeze({ validator: v.operatorAddress, amount: split.unbondingAmounts[i] ?? 0n }))
    .filter((u) => u.amount > 0n);
  const facts = await stakingFactsAt(client, snapshot.block.height);
  if (delegator !== undefined && unbondings.length > 0) {
    const existing = await paginateAll(
      client,
      StakingQuery.method.delegatorUnbondingDelegations,
      { delegatorAddr: delegator },
      (r) => r.unbondingResponses,
      { height: snapshot.block.height },
    );
    for (const u of unbondings) {
      const entries = existing.find((e) => e.validatorAddress === u.validator)?.entries.length ?? 0;
      if (entries >= facts.maxEntries) {
        throw new PstakeError("UNBONDING_ENTRIES_FULL", `already ${entries} unbonding entries with this validator`, {
          field: "amount",
          value: { validator: u.validator, entries, maxEntries: facts.maxEntries },
          fix: "Wait until one of your unbondings with this validator completes (getLiquidUnstakeUnbondings); x/staking allows at most max_entries per validator.",
        });
      }
    }
  }
  return Object.freeze({
    amount,
    nativeBeforeFee,
    fee: nativeBeforeFee.sub(nativeAmount),
    nativeAmount,
    unbondingAmount: split.unbondingAmount,
    unbondedAmount: split.unbondedAmount,
    unbondings: Object.freeze(unbondings),
    completionTime:
      split.unbondedAmount > 0n ? undefined : addDuration(params.blockTime ?? snapshot.block.time, facts.unbondingTime),
    ...ratesOf(state),
    height: snapshot.block.height,
  });
}
