/**
 * x/liquidstake (stkXPRT on Persistence core-1): exact mint, unstake, split and autocompound math.
 *
 * Source: persistenceOne/pstake-native HEAD 0142f19e, `x/liquidstake/...` (reference/pstake-math.md Part 1). Every
 * function reproduces the Go rounding step by step; the Go function it mirrors is named on each.
 *
 * Direction of the rates, which is easy to get backwards:
 * - `mintRate` = stkXPRT per XPRT (what the chain stores and reports as the "c-value"; it falls as rewards accrue).
 * - `redemptionRate` = XPRT per stkXPRT (its inverse; it rises as rewards accrue). The chain never stores it.
 */
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { amountArg, amountListArg, decArg, fractionArg, minBigInt, nonNegativeDecArg, sum } from "./checks.js";

/** Target weights of the whitelisted validators are meant to sum to this (types/params.go `TotalValidatorWeight`). */
export const LIQUID_STAKE_TOTAL_VALIDATOR_WEIGHT = 10000n;
/** The active whitelisted weight must reach this share of 10000 (types/params.go `ActiveLiquidValidatorsWeightQuorum`). */
export const LIQUID_STAKE_ACTIVE_WEIGHT_QUORUM: Dec = Dec.withPrec(3333n, 4);
/** Gap that triggers a rebalancing redelegation, as a share of liquid tokens (types/params.go `RebalancingTrigger`). */
export const LIQUID_STAKE_REBALANCING_TRIGGER: Dec = Dec.withPrec(1n, 3);
/** Default `min_liquid_stake_amount` (types/params.go `DefaultMinLiquidStakeAmount`). */
export const LIQUID_STAKE_DEFAULT_MIN_AMOUNT = 1000n;
/** Default `autocompound_fee_rate`, 5% (types/params.go `DefaultAutocompoundFeeRate`). */
export const LIQUID_STAKE_DEFAULT_AUTOCOMPOUND_FEE_RATE: Dec = Dec.withPrec(5n, 2);

const DAYS_PER_YEAR = Dec.fromInt(365n); // types/params.go DefaultLimitAutocompoundPeriodDays
const HOURS_PER_DAY = Dec.fromInt(24n); // types/params.go DefaultLimitAutocompoundPeriodHours

/** The integers behind `NetAmount`, as the `States` query returns them (NetAmountState fields 5 and 7). */
export interface LiquidStakeNetAmountParts {
  /** Σ over the proxy account's delegations of `TruncateInt(TokensFromSharesTruncated(shares))`. */
  readonly totalLiquidTokens: bigint;
  /** Σ `entry.balance` of the proxy account's unbonding delegations (slash-applied). */
  readonly totalUnbondingBalance: bigint;
}

/** The two numbers every stkXPRT conversion reads (NetAmountState fields 2 and 3). */
export interface LiquidStakeSupplyState {
  /** stk/uxprt bank supply. */
  readonly stkxprtTotalSupply: bigint;
  /** XPRT backing that supply (see {@link liquidStakeNetAmount}). */
  readonly netAmount: Dec;
}

/**
 * NetAmount = Dec(totalLiquidTokens + totalUnbondingBalance). Proxy balance and pending rewards are not part of it
 * since pstake-native PR #800, whatever the proto comment says (known-problems.md 16).
 *
 * Go: x/liquidstake/types/liquidstake.go:187-189 `NetAmountState.CalcNetAmount`.
 */
export function liquidStakeNetAmount(parts: LiquidStakeNetAmountParts): Dec {
  const liquid = amountArg(parts.totalLiquidTokens, "totalLiquidTokens");
  const unbonding = amountArg(parts.totalUnbondingBalance, "totalUnbondingBalance");
  return Dec.fromInt(liquid + unbonding);
}

/**
 * `mintRate`, stkXPRT per XPRT: `Dec(stkxprtTotalSupply).QuoTruncate(netAmount)`, and 0 when NetAmount ≤ 0 (the
 * chain's way of saying "no rate"). This is the value the `States` query reports as `mint_rate`.
 *
 * Go: x/liquidstake/types/liquidstake.go:191-196 `NetAmountState.CalcMintRate`.
 */
export function liquidStakeMintRate(state: LiquidStakeSupplyState): Dec {
  const supply = amountArg(state.stkxprtTotalSupply, "stkxprtTotalSupply");
  const net = decArg(state.netAmount, "netAmount");
  if (!net.isPositive()) return Dec.ZERO;
  return Dec.fromInt(supply).quoTruncate(net);
}

/**
 * `redemptionRate`, XPRT per stkXPRT: `netAmount.Quo(Dec(stkxprtTotalSupply))`, rounded half-even at 18 decimals.
 * The chain stores no such number; it is derived here from the same two integers `StkXPRTToNativeToken` uses (not by
 * inverting the already-truncated `mintRate`, which would add a second rounding), so `amount·redemptionRate` is what
 * an unstake pays before its own truncations. 0 when there is no stkXPRT or NetAmount ≤ 0, matching
 * {@link liquidStakeMintRate}'s "no rate" (the next stake then mints 1:1, see {@link liquidStakeMintAmount}).
 *
 * Go: derived from x/liquidstake/types/liquidstake.go:177-180 `StkXPRTToNativeToken` (x·N/S for x = 1).
 */
export function liquidStakeRedemptionRate(state: LiquidStakeSupplyState): Dec {
  const supply = amountArg(state.stkxprtTotalSupply, "stkxprtTotalSupply");
  const net = decArg(state.netAmount, "netAmount");
  if (supply === 0n || !net.isPositive()) return Dec.ZERO;
  return net.quo(Dec.fromInt(supply));
}

/**
 * stkXPRT for `amount` XPRT once stkXPRT exists:
 * `TruncateInt(Dec(S).MulTruncate(Dec(amount)).QuoTruncate(netAmount.TruncateDec()))`. Throws
 * `DIVISION_BY_ZERO` when NetAmount's whole part is 0 (Go panics there).
 *
 * Go: x/liquidstake/types/liquidstake.go:172-175 `NativeTokenToStkXPRT`.
 */
export function nativeTokenToStkXprt(input: { readonly amount: bigint } & LiquidStakeSupplyState): bigint {
  const amount = amountArg(input.amount, "amount");
  const supply = amountArg(input.stkxprtTotalSupply, "stkxprtTotalSupply");
  const net = decArg(input.netAmount, "netAmount").truncateDec();
  if (!net.isPositive()) {
    throw new SdkError("DIVISION_BY_ZERO", "NetAmount has no whole XPRT to divide by", {
      field: "netAmount",
      value: input.netAmount.toString(),
      fix: "Read NetAmount from the States query; while stkXPRT exists it must be at least 1 uxprt.",
    });
  }
  return Dec.fromInt(supply).mulTruncate(Dec.fromInt(amount)).quoTruncate(net).truncateInt();
}

/**
 * stkXPRT minted by MsgLiquidStake (and for the redeemed amount of MsgStakeToLP), from the NetAmount state read
 * **before** the stake moves: `amount` itself when no stkXPRT exists (first stake, 1:1), else
 * {@link nativeTokenToStkXprt}. Throws like the chain: `DIVISION_BY_ZERO` when stkXPRT exists with NetAmount 0
 * (`ErrInsufficientProxyAccBalance`), `AMOUNT_TOO_SMALL` when the result is 0 (`ErrTooSmallLiquidStakeAmount`).
 * Check {@link checkLiquidStakeMinAmount} and {@link checkLiquidStakeQuorum} first, as the chain does.
 *
 * Note the chain's first-stake rule: with supply 0 the mint is 1:1 even if NetAmount still holds leftover crumbs,
 * which the first staker then owns.
 *
 * Go: x/liquidstake/keeper/liquidstake.go:64-170 `LiquidStake` (mint part).
 */
export function liquidStakeMintAmount(input: { readonly amount: bigint } & LiquidStakeSupplyState): bigint {
  const amount = amountArg(input.amount, "amount");
  const supply = amountArg(input.stkxprtTotalSupply, "stkxprtTotalSupply");
  decArg(input.netAmount, "netAmount");
  let minted = amount;
  if (supply > 0n) {
    if (input.netAmount.isZero()) {
      throw new SdkError("DIVISION_BY_ZERO", "stkXPRT exists but NetAmount is 0; the chain refuses to mint", {
        field: "netAmount",
        value: input.netAmount.toString(),
        fix: "The module is in an invalid state (ErrInsufficientProxyAccBalance); do not offer liquid staking.",
      });
    }
    minted = nativeTokenToStkXprt(input);
  }
  if (minted <= 0n) {
    throw new SdkError("AMOUNT_TOO_SMALL", "the stake would mint 0 stkXPRT", {
      field: "amount",
      value: amount,
      fix: "Stake a larger amount (ErrTooSmallLiquidStakeAmount).",
    });
  }
  return minted;
}

/**
 * Rejects a stake below `min_liquid_stake_amount` (`amount.LT(min)`, so the minimum itself is accepted).
 *
 * Go: x/liquidstake/keeper/liquidstake.go:64-170 `LiquidStake` (ErrLessThanMinLiquidStakeAmount check).
 */
export function checkLiquidStakeMinAmount(amount: bigint, minLiquidStakeAmount: bigint): bigint {
  amountArg(amount, "amount");
  amountArg(minLiquidStakeAmount, "minLiquidStakeAmount");
  if (amount < minLiquidStakeAmount) {
    throw new SdkError("AMOUNT_BELOW_MINIMUM", `liquid stake below the minimum of ${minLiquidStakeAmount} uxprt`, {
      field: "amount",
      value: amount,
      fix: `Stake at least ${minLiquidStakeAmount} uxprt (params.min_liquid_stake_amount).`,
    });
  }
  return amount;
}

/**
 * Share of the total validator weight held by active whitelisted validators:
 * `Dec(Σ activeWeights).Quo(Dec(10000))`.
 *
 * Go: x/liquidstake/keeper/liquidstake.go:96-113 `LiquidStake` (activeWeightQuorum).
 */
export function liquidStakeActiveWeightQuorum(activeWeights: readonly bigint[]): Dec {
  const weights = amountListArg(activeWeights, "activeWeights");
  return Dec.fromInt(sum(weights)).quo(Dec.fromInt(LIQUID_STAKE_TOTAL_VALIDATOR_WEIGHT));
}

/**
 * Rejects a stake when there is no active liquid validator (`ErrActiveLiquidValidatorsNotExists`) or their weight
 * quorum is below 0.3333 (`ErrActiveLiquidValidatorsWeightQuorumNotReached`); returns the quorum otherwise.
 *
 * Go: x/liquidstake/keeper/liquidstake.go:96-113 `LiquidStake` (active validator and quorum checks).
 */
export function checkLiquidStakeQuorum(activeWeights: readonly bigint[]): Dec {
  if (Array.isArray(activeWeights) && activeWeights.length === 0) {
    throw new SdkError("QUORUM_NOT_REACHED", "no active liquid validator", {
      field: "activeWeights",
      value: [],
      fix: "Liquid staking is unavailable until a whitelisted validator is active (ErrActiveLiquidValidatorsNotExists).",
    });
  }
  const quorum = liquidStakeActiveWeightQuorum(activeWeights);
  if (quorum.lt(LIQUID_STAKE_ACTIVE_WEIGHT_QUORUM)) {
    throw new SdkError("QUORUM_NOT_REACHED", "active liquid validators hold less than 0.3333 of the weight", {
      field: "activeWeights",
      value: quorum.toString(),
      fix: "Liquid staking is unavailable until enough whitelisted validators are active.",
    });
  }
  return quorum;
}

/**
 * XPRT owed for `stkAmount` stkXPRT before the unstake fee: `Dec(x).MulTruncate(netAmount).Quo(Dec(S)).TruncateDec()`.
 * The Quo rounds half-even before the truncation, exactly as in Go. Throws `DIVISION_BY_ZERO` when S is 0.
 *
 * Go: x/liquidstake/types/liquidstake.go:177-180 `StkXPRTToNativeToken`.
 */
export function stkXprtToNativeToken(input: { readonly stkAmount: bigint } & LiquidStakeSupplyState): Dec {
  const stk = amountArg(input.stkAmount, "stkAmount");
  const supply = amountArg(input.stkxprtTotalSupply, "stkxprtTotalSupply");
  const net = decArg(input.netAmount, "netAmount");
  if (supply === 0n) {
    throw new SdkError("DIVISION_BY_ZERO", "no stkXPRT exists to convert from", {
      field: "stkxprtTotalSupply",
      value: supply,
      fix: "Read the stk/uxprt supply from the States query; it is 0 only before the first stake.",
    });
  }
  return Dec.fromInt(stk).mulTruncate(net).quo(Dec.fromInt(supply)).truncateDec();
}

/**
 * `input · (1 − feeRate)` with truncations: `input.MulTruncate(1 − feeRate).TruncateDec()`. `feeRate` must be in
 * [0, 1]. The fee is not paid to anyone: it stays in NetAmount for the remaining holders.
 *
 * Go: x/liquidstake/types/liquidstake.go:182-185 `DeductFeeRate`.
 */
export function liquidStakeDeductFeeRate(input: Dec, feeRate: Dec): Dec {
  decArg(input, "input");
  fractionArg(feeRate, "feeRate");
  return input.mulTruncate(Dec.ONE.sub(feeRate)).truncateDec();
}

/**
 * Splits `input` by validator target weight: `unit = Dec(input).QuoTruncate(Dec(Σ weights))`,
 * `outputs[i] = TruncateInt(unit.MulInt(weights[i]))`, `crumb = input − Σ outputs`. `outputs` + `crumb` always sum to
 * `input`. Throws `INVALID_ARGUMENT` when the weights sum to 0 (Go returns nothing there, and its callers then fail).
 *
 * Go: x/liquidstake/types/rebalancing.go:17-34 `DivideByWeight`.
 */
export function liquidStakeDivideByWeight(
  input: bigint,
  weights: readonly bigint[],
): { readonly outputs: bigint[]; readonly crumb: bigint } {
  const amount = amountArg(input, "input");
  const list = amountListArg(weights, "weights");
  const totalWeight = sum(list);
  if (totalWeight <= 0n) {
    throw new SdkError("INVALID_ARGUMENT", "validator weights sum to 0", {
      field: "weights",
      value: list,
      fix: "Pass the target weights of the active liquid validators (at least one must be positive).",
    });
  }
  const unit = Dec.fromInt(amount).quoTruncate(Dec.fromInt(totalWeight));
  const outputs = list.map((w) => unit.mulInt(w).truncateInt());
  return { outputs, crumb: amount - sum(outputs) };
}

/**
 * What MsgLiquidStake (and autocompound) delegates to each active validator: {@link liquidStakeDivideByWeight} with
 * the crumb added to the first validator. The amounts sum exactly to `amount`.
 *
 * Go: x/liquidstake/keeper/liquidstake.go:731-759 `LiquidDelegate`.
 */
export function liquidStakeDelegationAmounts(amount: bigint, activeWeights: readonly bigint[]): bigint[] {
  const { outputs, crumb } = liquidStakeDivideByWeight(amount, activeWeights);
  if (outputs.length > 0) outputs[0] = (outputs[0] ?? 0n) + crumb;
  return outputs;
}

/**
 * Splits an unstake by the validators' current liquid tokens: `unit = input.QuoTruncate(Dec(Σ liquidTokens))`,
 * `outputs[i] = unit.MulTruncate(Dec(liquidTokens[i])).TruncateDec()`, `crumb = input − Σ outputs` (the crumb stays in
 * the pool). Throws `DIVISION_BY_ZERO` when there are no liquid tokens: the chain then pays from the proxy account
 * instead (see {@link liquidUnstakeAmounts}).
 *
 * Go: x/liquidstake/types/rebalancing.go:36-52 `DivideByCurrentWeight`.
 */
export function liquidStakeDivideByCurrentWeight(
  input: Dec,
  liquidTokens: readonly bigint[],
): { readonly outputs: Dec[]; readonly crumb: Dec } {
  nonNegativeDecArg(input, "input");
  const list = amountListArg(liquidTokens, "liquidTokens");
  const total = sum(list);
  if (total <= 0n) {
    throw new SdkError("DIVISION_BY_ZERO", "no liquid tokens to divide by", {
      field: "liquidTokens",
      value: list,
      fix: "With no delegated liquid tokens the chain pays the unstake from the proxy account; use liquidUnstakeAmounts.",
    });
  }
  const unit = input.quoTruncate(Dec.fromInt(total));
  const outputs = list.map((t) => unit.mulTruncate(Dec.fromInt(t)).truncateDec());
  let paid = Dec.ZERO;
  for (const o of outputs) paid = paid.add(o);
  return { outputs, crumb: input.sub(paid) };
}

/** Inputs of {@link liquidUnstakeAmounts}: the state read before the burn, the params, and the validators. */
export interface LiquidUnstakeInput extends LiquidStakeSupplyState {
  /** stk/uxprt to burn. */
  readonly amount: bigint;
  /** params.unstake_fee_rate (default 0). */
  readonly unstakeFeeRate: Dec;
  /**
   * Liquid tokens of every liquid validator (LiquidValidatorState.liquid_tokens) in the chain's unbonding order
   * (inactive validators first, otherwise as stored). The order only decides which entry is which.
   */
  readonly liquidTokens: readonly bigint[];
  /** Proxy account balance (NetAmountState.proxy_acc_balance); read only when Σ liquidTokens is 0. */
  readonly proxyAccBalance?: bigint;
}

/** What MsgLiquidUnstake does with the amount. */
export interface LiquidUnstakeAmounts {
  /** XPRT owed after the fee, a whole number as a Dec (StkXPRTToNativeToken then DeductFeeRate). */
  readonly nativeAmount: Dec;
  /** Per entry of `liquidTokens`: the tokens unbonded from that validator (0 where nothing is unbonded). */
  readonly unbondingAmounts: bigint[];
  /** Σ unbondingAmounts: paid to the user by x/staking when the unbonding matures (21 days on core-1). */
  readonly unbondingAmount: bigint;
  /** Paid at once from the proxy account, only when no liquid tokens are delegated. */
  readonly unbondedAmount: bigint;
  /** Part of `nativeAmount` that is not unbonded and stays in NetAmount. */
  readonly crumb: Dec;
}

/**
 * The amounts of MsgLiquidUnstake: `nativeAmount = DeductFeeRate(StkXPRTToNativeToken(amount, S, N), fee)`; with
 * liquid tokens delegated, split by {@link liquidStakeDivideByCurrentWeight} and unbonded per validator as
 * `TruncateInt(output)` (entries of 0 are skipped); with none, paid instantly from the proxy account. Throws like the
 * chain: `INVALID_AMOUNT` when `amount` exceeds the supply or no supply exists (ErrInvalidStkXPRTSupply),
 * `AMOUNT_TOO_SMALL` when the payout truncates to 0 or everything would be crumb (ErrTooSmallLiquidUnstakingAmount),
 * `INSUFFICIENT_FUNDS` when the proxy balance cannot pay an instant unstake (ErrInsufficientProxyAccBalance).
 *
 * Assumes each validator's token/share rate is 1 (not slashed): x/staking converts the tokens to shares and back, and
 * for a slashed validator that round trip can return 1 base unit less per validator than shown here.
 *
 * Go: x/liquidstake/keeper/liquidstake.go:762-911 `LiquidUnstake`.
 */
export function liquidUnstakeAmounts(input: LiquidUnstakeInput): LiquidUnstakeAmounts {
  const amount = amountArg(input.amount, "amount");
  const supply = amountArg(input.stkxprtTotalSupply, "stkxprtTotalSupply");
  decArg(input.netAmount, "netAmount");
  fractionArg(input.unstakeFeeRate, "unstakeFeeRate");
  const liquidTokens = amountListArg(input.liquidTokens, "liquidTokens");
  if (amount > supply || supply === 0n) {
    throw new SdkError("INVALID_AMOUNT", "cannot unstake more stkXPRT than exists", {
      field: "amount",
      value: amount,
      fix: `Unstake at most the stk/uxprt supply (${supply}) (ErrInvalidStkXPRTSupply).`,
    });
  }
  const beforeFee = stkXprtToNativeToken({
    stkAmount: amount,
    stkxprtTotalSupply: supply,
    netAmount: input.netAmount,
  });
  const nativeAmount = liquidStakeDeductFeeRate(beforeFee, input.unstakeFeeRate);
  const nativeInt = nativeAmount.truncateInt();
  const tooSmall = () =>
    new SdkError("AMOUNT_TOO_SMALL", "the unstake would pay 0 uxprt", {
      field: "amount",
      value: amount,
      fix: "Unstake a larger amount (ErrTooSmallLiquidUnstakingAmount).",
    });
  if (nativeInt <= 0n) throw tooSmall();

  if (sum(liquidTokens) <= 0n) {
    if (input.proxyAccBalance === undefined) {
      throw new SdkError("INVALID_ARGUMENT", "no liquid tokens are delegated, so the proxy balance decides", {
        field: "proxyAccBalance",
        value: undefined,
        fix: "Pass NetAmountState.proxy_acc_balance from the States query.",
      });
    }
    const balance = amountArg(input.proxyAccBalance, "proxyAccBalance");
    if (balance < nativeInt) {
      throw new SdkError("INSUFFICIENT_FUNDS", "the proxy account cannot pay this unstake now", {
        field: "amount",
        value: amount,
        fix: "Wait for the proxy account's unbondings to complete (ErrInsufficientProxyAccBalance).",
      });
    }
    return {
      nativeAmount,
      unbondingAmounts: liquidTokens.map(() => 0n),
      unbondingAmount: 0n,
      unbondedAmount: nativeInt,
      crumb: Dec.ZERO,
    };
  }

  const { outputs, crumb } = liquidStakeDivideByCurrentWeight(nativeAmount, liquidTokens);
  if (!nativeAmount.sub(crumb).isPositive()) throw tooSmall();
  const unbondingAmounts = outputs.map((o) => o.truncateInt());
  return { nativeAmount, unbondingAmounts, unbondingAmount: sum(unbondingAmounts), unbondedAmount: 0n, crumb };
}

/**
 * The hourly reward cap of autocompound: `bondRatio = bondedTokens / bondDenomSupply` (both Quo'd as raw LegacyDec,
 * which leaves the ratio unchanged), `hourlyApy = inflation.Quo(bondRatio).Quo(365).Quo(24)`, each Quo rounded.
 * Throws `DIVISION_BY_ZERO` when nothing is bonded or the supply is 0.
 *
 * Go: x/liquidstake/keeper/rebalancing.go:203-297 `AutocompoundStakingRewards` (hourly APY).
 */
export function liquidStakeHourlyApy(input: {
  /** x/mint minter.inflation. */
  readonly inflation: Dec;
  /** Bond-denom balance of the bonded pool. */
  readonly bondedTokens: bigint;
  /** Bank supply of the bond denom. */
  readonly bondDenomSupply: bigint;
}): Dec {
  nonNegativeDecArg(input.inflation, "inflation");
  const bonded = amountArg(input.bondedTokens, "bondedTokens");
  const supply = amountArg(input.bondDenomSupply, "bondDenomSupply");
  if (supply === 0n || bonded === 0n) {
    throw new SdkError("DIVISION_BY_ZERO", "the bond ratio needs a bonded amount and a supply", {
      field: supply === 0n ? "bondDenomSupply" : "bondedTokens",
      value: supply === 0n ? supply : bonded,
      fix: "Pass the bonded pool balance and the bond denom supply, both positive.",
    });
  }
  const bondRatio = Dec.fromAtomics(bonded).quo(Dec.fromAtomics(supply));
  return input.inflation.quo(bondRatio).quo(DAYS_PER_YEAR).quo(HOURS_PER_DAY);
}

/** What one hourly autocompound moves (all in uxprt). */
export interface LiquidStakeAutocompoundAmounts {
  /** `TruncateInt(netAmount.Mul(hourlyApy))`: the most rewards that may be restaked this hour. */
  readonly limit: bigint;
  /** `min(limit, proxyAccBalance)`: the rewards actually taken. */
  readonly amount: bigint;
  /** `TruncateInt(autocompoundFeeRate.MulInt(amount))`, sent to params.fee_account_address. */
  readonly fee: bigint;
  /** `amount − fee`, delegated with {@link liquidStakeDelegationAmounts}; this is what raises the redemption rate. */
  readonly delegable: bigint;
}

/**
 * One hourly autocompound after the rewards were withdrawn to the proxy account.
 *
 * Go: x/liquidstake/keeper/rebalancing.go:203-297 `AutocompoundStakingRewards`.
 */
export function liquidStakeAutocompound(input: {
  readonly netAmount: Dec;
  /** From {@link liquidStakeHourlyApy}. */
  readonly hourlyApy: Dec;
  /** Proxy account's spendable uxprt after the reward withdrawal. */
  readonly proxyAccBalance: bigint;
  /** params.autocompound_fee_rate (default 0.05). */
  readonly autocompoundFeeRate: Dec;
}): LiquidStakeAutocompoundAmounts {
  nonNegativeDecArg(input.netAmount, "netAmount");
  nonNegativeDecArg(input.hourlyApy, "hourlyApy");
  const balance = amountArg(input.proxyAccBalance, "proxyAccBalance");
  fractionArg(input.autocompoundFeeRate, "autocompoundFeeRate");
  const limit = input.netAmount.mul(input.hourlyApy).truncateInt();
  const amount = minBigInt(balance, limit);
  const fee =
    !input.autocompoundFeeRate.isZero() && amount > 0n ? input.autocompoundFeeRate.mulInt(amount).truncateInt() : 0n;
  return { limit, amount, fee, delegable: amount - fee };
}

/**
 * Rebalancing targets: `target[i] = totalLiquidTokens·weights[i] / Σ weights` (integer division), the remainder added
 * to the first positive target. When every target is 0 the chain does not rebalance and the zeros are returned.
 * Rebalancing by redelegation is switched off on core-1 (keeper/hooks.go:39-45); kept for previews and history.
 *
 * Go: x/liquidstake/keeper/rebalancing.go:60-156 `Rebalance` (target map).
 */
export function liquidStakeRebalanceTargets(totalLiquidTokens: bigint, weights: readonly bigint[]): bigint[] {
  const total = amountArg(totalLiquidTokens, "totalLiquidTokens");
  const list = amountListArg(weights, "weights");
  const totalWeight = sum(list);
  if (totalWeight <= 0n) {
    throw new SdkError("INVALID_ARGUMENT", "validator weights sum to 0", {
      field: "weights",
      value: list,
      fix: "Pass each liquid validator's weight (0 for inactive ones); at least one must be positive.",
    });
  }
  const targets = list.map((w) => (total * w) / totalWeight);
  const assigned = sum(targets);
  if (assigned <= 0n) return targets;
  const first = targets.findIndex((t) => t > 0n);
  targets[first] = (targets[first] ?? 0n) + (total - assigned);
  return targets;
}

/**
 * The next rebalancing move: the validators furthest above (`maxGapIndex`) and below (`minGapIndex`) their targets,
 * `amountNeeded = min(maxGap, |minGap|)`, and whether that move empties a validator whose target is 0. Indexes are
 * `undefined` where Go returns an empty validator.
 *
 * Go: x/liquidstake/types/liquidstake.go:107-130 `LiquidValidators.MinMaxGap`.
 */
export function liquidStakeMinMaxGap(
  targets: readonly bigint[],
  liquidTokens: readonly bigint[],
): {
  readonly minGapIndex: number | undefined;
  readonly maxGapIndex: number | undefined;
  readonly amountNeeded: bigint;
  readonly lastRedelegation: boolean;
} {
  const targetList = amountListArg(targets, "targets");
  const tokenList = amountListArg(liquidTokens, "liquidTokens");
  if (targetList.length !== tokenList.length) {
    throw new SdkError("INVALID_ARGUMENT", "targets and liquidTokens differ in length", {
      field: "liquidTokens",
      value: tokenList.length,
      fix: `Pass one entry per validator in both lists (${targetList.length} targets).`,
    });
  }
  let maxGap = 0n;
  let minGap = 0n;
  let maxGapIndex: number | undefined;
  let minGapIndex: number | undefined;
  tokenList.forEach((tokens, i) => {
    const gap = tokens - (targetList[i] ?? 0n);
    if (gap > maxGap) {
      maxGap = gap;
      maxGapIndex = i;
    }
    if (gap < minGap) {
      minGap = gap;
      minGapIndex = i;
    }
  });
  const amountNeeded = minBigInt(maxGap, -minGap);
  const lastRedelegation =
    amountNeeded > 0n &&
    maxGapIndex !== undefined &&
    !((targetList[maxGapIndex] ?? 0n) > 0n) &&
    tokenList[maxGapIndex] === amountNeeded;
  return { minGapIndex, maxGapIndex, amountNeeded, lastRedelegation };
}

/**
 * Smallest gap worth a first redelegation: `TruncateInt(0.001.Mul(Dec(totalLiquidTokens)))`.
 *
 * Go: x/liquidstake/keeper/rebalancing.go:60-156 `Rebalance` (rebalancingThresholdAmt).
 */
export function liquidStakeRebalancingThreshold(totalLiquidTokens: bigint): bigint {
  const total = amountArg(totalLiquidTokens, "totalLiquidTokens");
  return LIQUID_STAKE_REBALANCING_TRIGGER.mul(Dec.fromInt(total)).truncateInt();
}
