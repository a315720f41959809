// x/liquidstake's keeper (pstake-native x/liquidstake/keeper/liquidstake.go, rebalancing.go): NetAmount, liquid stake,
// liquid unstake into user-owned x/staking unbondings, StakeToLP, the hourly autocompound and the liquid validator
// set. Every amount comes from @persistence-sdk/core's pSTAKE functions; this file only moves coins and delegations
// in the order, and with the checks and errors, of the Go keeper.
import { create } from "@bufbuild/protobuf";
import {
  checkLiquidStakeMinAmount,
  checkLiquidStakeQuorum,
  Dec,
  LIQUID_STAKE_ACTIVE_WEIGHT_QUORUM,
  liquidStakeAutocompound,
  liquidStakeDeductFeeRate,
  liquidStakeDelegationAmounts,
  liquidStakeHourlyApy,
  liquidStakeMintAmount,
  liquidStakeMintRate,
  liquidStakeNetAmount,
  liquidUnstakeAmounts,
  nativeTokenToStkXprt,
  stkXprtToNativeToken,
} from "@persistence-sdk/core";
import { BondStatus } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import {
  type LiquidValidator,
  LiquidValidatorSchema,
  type LiquidValidatorState,
  LiquidValidatorStateSchema,
  type NetAmountState,
  NetAmountStateSchema,
  type Params,
  ValidatorStatus,
  type WhitelistedValidator,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import type { Context, KVStore } from "../../app/module.js";
import type { BankKeeper } from "../bank/keeper.js";
import type { DistributionKeeper } from "../distribution/keeper.js";
import { getMinter } from "../mint/params.js";
import { undelegate, validateUnbondAmount } from "../staking/delegation.js";
import { unbondingsOf } from "../staking/delegation-store.js";
import { StakingErrors } from "../staking/errors.js";
import { coinsString, rfc3339, StakingEvents } from "../staking/events.js";
import { BONDED_POOL } from "../staking/expected-keepers.js";
import type { StakingKeeper } from "../staking/keeper.js";
import { getStakingParams } from "../staking/params.js";
import { hasInvalidExchangeRate, tokensFromSharesTruncated } from "../staking/shares.js";
import { hexOf } from "../staking/validator-store.js";
import { liquidStakeProxyAddress } from "./addresses.js";
import { cacheContext, runCached } from "./cache-context.js";
import { withChainErrors } from "./core-errors.js";
import { transferDelegation } from "./delegation-transfer.js";
import { LiquidStakeErrors, plainError } from "./errors.js";
import {
  decField,
  getLiquidStakeParams,
  intField,
  LIQUID_STAKE_MODULE,
  setLiquidStakeParams,
  validateLiquidStakeParams,
  whitelistedMap,
} from "./params.js";

const LIQUID_VALIDATOR_PREFIX = "liquidstake/lv/";

/** The keepers x/liquidstake works through. */
export interface LiquidStakeDeps {
  readonly bank: BankKeeper;
  readonly staking: StakingKeeper;
  readonly distribution: DistributionKeeper;
}

/** NetAmountState with its parts as numbers (the query returns the proto form). */
export interface NetAmountParts {
  readonly mintRate: Dec;
  readonly stkxprtTotalSupply: bigint;
  readonly netAmount: Dec;
  readonly totalDelShares: Dec;
  readonly totalLiquidTokens: bigint;
  readonly totalRemainingRewards: Dec;
  readonly totalUnbondingBalance: bigint;
  readonly proxyAccBalance: bigint;
}

/** What MsgLiquidUnstake did. */
export interface LiquidUnstakeResult {
  /** Completion of the user's x/staking unbondings; undefined when paid at once (Go's zero time). */
  readonly completionNs: bigint | undefined;
  /** Tokens x/staking pays the user at maturity. */
  readonly unbondingAmount: bigint;
  /** Tokens paid at once from the proxy account (only without liquid tokens). */
  readonly unbondedAmount: bigint;
}

/** x/liquidstake's keeper for this chain. */
export class LiquidStakeKeeper {
  /** The proxy account holding every liquid-staked delegation. */
  readonly proxyAddress: string;

  constructor(
    readonly deps: LiquidStakeDeps,
    /** The governance authority (k.authority): the devnet's authority account. */
    readonly authority: string,
    readonly bech32Prefix = "persistence",
  ) {
    this.proxyAddress = liquidStakeProxyAddress(bech32Prefix);
  }

  params(store: KVStore): Params {
    return getLiquidStakeParams(store, this.bech32Prefix);
  }

  /** SetParams: validates (a plain Go error when invalid) and stores. */
  setParams(ctx: Context, params: Params): void {
    const error = validateLiquidStakeParams(params, this.bech32Prefix);
    if (error !== undefined) throw plainError(error);
    setLiquidStakeParams(ctx.store, params);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Liquid validators

  liquidValidators(store: KVStore): LiquidValidator[] {
    return Array.from(store.iterate<LiquidValidator>(LIQUID_VALIDATOR_PREFIX), ([, lv]) => lv);
  }

  setLiquidValidator(store: KVStore, operator: string): void {
    store.set(
      `${LIQUID_VALIDATOR_PREFIX}${hexOf(operator)}`,
      create(LiquidValidatorSchema, { operatorAddress: operator }),
    );
  }

  hasLiquidValidator(store: KVStore, operator: string): boolean {
    return store.has(`${LIQUID_VALIDATOR_PREFIX}${hexOf(operator)}`);
  }

  /**
   * types.ActiveCondition: whitelisted, not tombstoned (the mock has no x/slashing, so never), a status other than
   * Unspecified, and a valid exchange rate. Jailed validators stay active, as in Go.
   */
  isActive(store: KVStore, operator: string, whitelist: ReadonlyMap<string, WhitelistedValidator>): boolean {
    const validator = this.deps.staking.validator(store, operator);
    if (validator === undefined) return false;
    return whitelist.has(operator) && validator.status !== BondStatus.UNSPECIFIED && !hasInvalidExchangeRate(validator);
  }

  /** GetActiveLiquidValidators: the stored liquid validators that are active, in store order. */
  activeLiquidValidators(store: KVStore, whitelist: ReadonlyMap<string, WhitelistedValidator>): LiquidValidator[] {
    return this.liquidValidators(store).filter((lv) => this.isActive(store, lv.operatorAddress, whitelist));
  }

  /** LiquidValidator.GetWeight: the target weight when whitelisted and active, else 0. */
  weight(lv: LiquidValidator, whitelist: ReadonlyMap<string, WhitelistedValidator>, active: boolean): bigint {
    const wv = whitelist.get(lv.operatorAddress);
    return wv !== undefined && active ? (intField(wv.targetWeight) ?? 0n) : 0n;
  }

  private delShares(store: KVStore, operator: string): Dec {
    const delegation = this.deps.staking.delegation(store, this.proxyAddress, operator);
    return delegation === undefined ? Dec.ZERO : Dec.fromProto(delegation.shares);
  }

  /** LiquidValidator.GetLiquidTokens(onlyBonded = false). */
  liquidTokens(store: KVStore, operator: string): bigint {
    const shares = this.delShares(store, operator);
    if (!shares.isPositive()) return 0n;
    const validator = this.deps.staking.validator(store, operator);
    return validator === undefined ? 0n : tokensFromSharesTruncated(validator, shares).truncateInt();
  }

  /** The `LiquidValidators` query: every liquid validator's state. */
  validatorStates(store: KVStore): LiquidValidatorState[] {
    const whitelist = whitelistedMap(this.params(store));
    return this.liquidValidators(store).map((lv) => {
      const active = this.isActive(store, lv.operatorAddress, whitelist);
      return create(LiquidValidatorStateSchema, {
        operatorAddress: lv.operatorAddress,
        weight: this.weight(lv, whitelist, active).toString(),
        status: active ? ValidatorStatus.ACTIVE : ValidatorStatus.INACTIVE,
        delShares: this.delShares(store, lv.operatorAddress).toProto(),
        liquidTokens: this.liquidTokens(store, lv.operatorAddress).toString(),
      });
    });
  }

  /** UpdateLiquidValidatorSet(redelegate = false): whitelisted validators that are active become liquid validators. */
  updateLiquidValidatorSet(ctx: Context): void {
    const params = this.params(ctx.store);
    const whitelist = whitelistedMap(params);
    for (const wv of params.whitelistedValidators) {
      if (this.hasLiquidValidator(ctx.store, wv.validatorAddress)) continue;
      if (!this.isActive(ctx.store, wv.validatorAddress, whitelist)) continue;
      this.setLiquidValidator(ctx.store, wv.validatorAddress);
      ctx.events.emit("add_liquid_validator", { liquid_validator: wv.validatorAddress });
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // NetAmount

  /** GetNetAmountState: the proxy account's delegations, unbondings and balance, NetAmount and mint rate (core). */
  netAmountState(ctx: Context): NetAmountParts {
    const { staking, bank, distribution } = this.deps;
    const bondDenom = staking.bondDenom(ctx.store);
    let totalDelShares = Dec.ZERO;
    let totalLiquidTokens = 0n;
    let totalRemainingRewards = Dec.ZERO;
    for (const delegation of staking.delegatorDelegations(ctx.store, this.proxyAddress)) {
      const shares = Dec.fromProto(delegation.shares);
      if (!shares.isPositive()) continue;
      const validator = staking.validator(ctx.store, delegation.validatorAddress);
      if (validator === undefined) continue;
      totalDelShares = totalDelShares.add(shares);
      totalLiquidTokens += tokensFromSharesTruncated(validator, shares).truncateInt();
      const rewards = distribution.pendingRewards(ctx, this.proxyAddress, delegation.validatorAddress) ?? [];
      const bonded = rewards.find((coin) => coin.denom === bondDenom)?.amount ?? Dec.ZERO;
      totalRemainingRewards = totalRemainingRewards.add(bonded.truncateDec());
    }
    let totalUnbondingBalance = 0n;
    for (const [, ubd] of unbondingsOf(ctx.store, this.proxyAddress)) {
      for (const entry of ubd.entries) totalUnbondingBalance += BigInt(entry.balance);
    }
    const stkxprtTotalSupply = bank.getSupply(ctx, this.params(ctx.store).liquidBondDenom);
    const netAmount = liquidStakeNetAmount({ totalLiquidTokens, totalUnbondingBalance });
    return {
      mintRate: liquidStakeMintRate({ stkxprtTotalSupply, netAmount }),
      stkxprtTotalSupply,
      netAmount,
      totalDelShares,
      totalLiquidTokens,
      totalRemainingRewards,
      totalUnbondingBalance,
      proxyAccBalance: bank.getBalance(ctx, this.proxyAddress, bondDenom),
    };
  }

  /** The `States` query's NetAmountState. */
  netAmountStateProto(ctx: Context): NetAmountState {
    const nas = this.netAmountState(ctx);
    return create(NetAmountStateSchema, {
      mintRate: nas.mintRate.toProto(),
      stkxprtTotalSupply: nas.stkxprtTotalSupply.toString(),
      netAmount: nas.netAmount.toProto(),
      totalDelShares: nas.totalDelShares.toProto(),
      totalLiquidTokens: nas.totalLiquidTokens.toString(),
      totalRemainingRewards: nas.totalRemainingRewards.toProto(),
      totalUnbondingBalance: nas.totalUnbondingBalance.toString(),
      proxyAccBalance: nas.proxyAccBalance.toString(),
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Checks shared by LiquidStake and LSMDelegate

  private checkStake(
    ctx: Context,
    params: Params,
    amount: { denom: string; amount: bigint },
  ): { active: LiquidValidator[]; whitelist: Map<string, WhitelistedValidator> } {
    withChainErrors(() => checkLiquidStakeMinAmount(amount.amount, intField(params.minLiquidStakeAmount) ?? 0n), {
      AMOUNT_BELOW_MINIMUM: () => LiquidStakeErrors.lessThanMinLiquidStakeAmount(),
    });
    const bondDenom = this.deps.staking.bondDenom(ctx.store);
    if (amount.denom !== bondDenom) {
      throw LiquidStakeErrors.invalidBondDenom(`invalid coin denomination: got ${amount.denom}, expected ${bondDenom}`);
    }
    const whitelist = whitelistedMap(params);
    const active = this.activeLiquidValidators(ctx.store, whitelist);
    if (active.length === 0) throw LiquidStakeErrors.activeLiquidValidatorsNotExists();
    const weights = active.map((lv) => this.weight(lv, whitelist, true));
    withChainErrors(() => checkLiquidStakeQuorum(weights), {
      QUORUM_NOT_REACHED: (error) =>
        LiquidStakeErrors.activeLiquidValidatorsWeightQuorumNotReached(
          `${String(error.value)} < ${LIQUID_STAKE_ACTIVE_WEIGHT_QUORUM}`,
        ),
    });
    return { active, whitelist };
  }

  // -------------------------------------------------------------------------------------------------------------
  // Liquid stake

  /** LiquidStake: mints stkXPRT with the NetAmount read before the coins move, then delegates by weight. */
  liquidStake(ctx: Context, staker: string, amount: { denom: string; amount: bigint }): bigint {
    const params = this.params(ctx.store);
    if (params.modulePaused) throw LiquidStakeErrors.modulePaused();
    const { active, whitelist } = this.checkStake(ctx, params, amount);
    const nas = this.netAmountState(ctx);

    this.deps.bank.sendCoins(ctx, staker, this.proxyAddress, [amount]);
    const minted = withChainErrors(
      () =>
        liquidStakeMintAmount({
          amount: amount.amount,
          stkxprtTotalSupply: nas.stkxprtTotalSupply,
          netAmount: nas.netAmount,
        }),
      {
        DIVISION_BY_ZERO: () => LiquidStakeErrors.insufficientProxyAccBalance(),
        AMOUNT_TOO_SMALL: () => LiquidStakeErrors.tooSmallLiquidStakeAmount(),
      },
    );
    const mintCoin = { denom: params.liquidBondDenom, amount: minted };
    this.deps.bank.mintCoins(ctx, LIQUID_STAKE_MODULE, [mintCoin]);
    this.deps.bank.sendCoinsFromModuleToAccount(ctx, LIQUID_STAKE_MODULE, staker, [mintCoin]);
    this.liquidDelegate(ctx, active, amount.amount, whitelist);
    return minted;
  }

  /** LiquidDelegate: core's split by target weight (crumb to the first), each part a MsgDelegate from the proxy. */
  liquidDelegate(
    ctx: Context,
    active: readonly LiquidValidator[],
    amount: bigint,
    whitelist: ReadonlyMap<string, WhitelistedValidator>,
  ): void {
    const weights = active.map((lv) => this.weight(lv, whitelist, true));
    const amounts = withChainErrors(() => liquidStakeDelegationAmounts(amount, weights), {
      INVALID_ARGUMENT: () => LiquidStakeErrors.invalidActiveLiquidValidators(),
    });
    if (amounts.length === 0) throw LiquidStakeErrors.invalidActiveLiquidValidators();
    const bondDenom = this.deps.staking.bondDenom(ctx.store);
    active.forEach((lv, i) => {
      const part = amounts[i] ?? 0n;
      if (part <= 0n) return;
      this.delegateFromProxy(ctx, lv.operatorAddress, { denom: bondDenom, amount: part });
    });
  }

  /** DelegateWithCap: MsgDelegate through the router, whose failures Go wraps as ErrDelegationFailed. */
  private delegateFromProxy(ctx: Context, operator: string, coin: { denom: string; amount: bigint }): void {
    let shares: Dec;
    try {
      shares = this.deps.staking.delegate(ctx, this.proxyAddress, operator, coin.amount);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      throw LiquidStakeErrors.delegationFailed(`failed to send delegate msg with err: ${text}`);
    }
    ctx.events.emit(StakingEvents.delegate, {
      validator: operator,
      delegator: this.proxyAddress,
      amount: coinsString([coin]),
      new_shares: shares.toString(),
    });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Liquid unstake

  /**
   * LiquidUnstake: burns the stkXPRT, computes the XPRT owed with core (fee deducted), splits it by the validators'
   * current liquid tokens (inactive validators first) and hands each part to the user as their own delegation, which
   * the user then undelegates: the unbondings are the user's x/staking unbonding delegations.
   */
  liquidUnstake(ctx: Context, staker: string, amount: { denom: string; amount: bigint }): LiquidUnstakeResult {
    const params = this.params(ctx.store);
    if (params.modulePaused) throw LiquidStakeErrors.modulePaused();
    if (amount.denom !== params.liquidBondDenom) {
      throw LiquidStakeErrors.invalidLiquidBondDenom(
        `invalid coin denomination: got ${amount.denom}, expected ${params.liquidBondDenom}`,
      );
    }
    const nas = this.netAmountState(ctx);
    if (amount.amount > nas.stkxprtTotalSupply || nas.stkxprtTotalSupply === 0n) {
      throw LiquidStakeErrors.invalidStkXprtSupply();
    }
    const unstakeFeeRate = decField(params.unstakeFeeRate) ?? Dec.ZERO;
    const owed = liquidStakeDeductFeeRate(
      stkXprtToNativeToken({
        stkAmount: amount.amount,
        stkxprtTotalSupply: nas.stkxprtTotalSupply,
        netAmount: nas.netAmount,
      }),
      unstakeFeeRate,
    );
    if (owed.truncateInt() <= 0n) throw LiquidStakeErrors.tooSmallLiquidUnstakingAmount();

    this.deps.bank.sendCoinsFromAccountToModule(ctx, staker, LIQUID_STAKE_MODULE, [amount]);
    this.deps.bank.burnCoins(ctx, LIQUID_STAKE_MODULE, [amount]);

    const ordered = this.unbondingOrder(ctx.store, params);
    const liquidTokens = ordered.map((lv) => this.liquidTokens(ctx.store, lv.operatorAddress));
    const split = withChainErrors(
      () =>
        liquidUnstakeAmounts({
          amount: amount.amount,
          stkxprtTotalSupply: nas.stkxprtTotalSupply,
          netAmount: nas.netAmount,
          unstakeFeeRate,
          liquidTokens,
          proxyAccBalance: nas.proxyAccBalance,
        }),
      {
        INSUFFICIENT_FUNDS: () => LiquidStakeErrors.insufficientProxyAccBalance(),
        AMOUNT_TOO_SMALL: () => LiquidStakeErrors.tooSmallLiquidUnstakingAmount(),
        INVALID_AMOUNT: () => LiquidStakeErrors.invalidStkXprtSupply(),
      },
    );
    const bondDenom = this.deps.staking.bondDenom(ctx.store);
    if (split.unbondedAmount > 0n) {
      this.deps.bank.sendCoins(ctx, this.proxyAddress, staker, [{ denom: bondDenom, amount: split.unbondedAmount }]);
      return { completionNs: undefined, unbondingAmount: 0n, unbondedAmount: split.unbondedAmount };
    }
    if (ordered.length === 0) throw LiquidStakeErrors.liquidValidatorsNotExists();

    let completionNs: bigint | undefined;
    let unbondingAmount = 0n;
    ordered.forEach((lv, i) => {
      const part = split.unbondingAmounts[i] ?? 0n;
      if (part <= 0n) return;
      const shares = validateUnbondAmount(ctx, this.proxyAddress, lv.operatorAddress, part);
      if (!shares.isPositive()) return;
      const result = this.liquidUnbond(ctx, staker, lv.operatorAddress, { denom: bondDenom, amount: part });
      completionNs = result.completionNs;
      unbondingAmount += result.returned;
    });
    return { completionNs, unbondingAmount, unbondedAmount: 0n };
  }

  /** PrioritiseInactiveLiquidValidators: a stable sort putting inactive (or missing) validators first. */
  private unbondingOrder(store: KVStore, params: Params): LiquidValidator[] {
    const whitelist = whitelistedMap(params);
    const rank = (lv: LiquidValidator) => (this.isActive(store, lv.operatorAddress, whitelist) ? 1 : 0);
    return this.liquidValidators(store)
      .map((lv, index) => ({ lv, index }))
      .sort((a, b) => rank(a.lv) - rank(b.lv) || a.index - b.index)
      .map(({ lv }) => lv);
  }

  /** LiquidUnbond + UnbondWithCap: the max-entries check, the LSM hand-over to the user, MsgUndelegate as the user. */
  private liquidUnbond(
    ctx: Context,
    staker: string,
    operator: string,
    coin: { denom: string; amount: bigint },
  ): { completionNs: bigint; returned: bigint } {
    const { staking } = this.deps;
    if (staking.validator(ctx.store, operator) === undefined) throw StakingErrors.noDelegatorForAddress();
    const existing = staking.unbondingDelegation(ctx.store, staker, operator);
    if ((existing?.entries.length ?? 0) >= getStakingParams(ctx.store).maxEntries) {
      throw StakingErrors.maxUnbondingDelegationEntries();
    }
    const returned = this.lsmHandOver(ctx, this.proxyAddress, staker, operator, coin);
    const userShares = validateUnbondAmount(ctx, staker, operator, returned);
    let result: { completionNs: bigint; amount: bigint };
    try {
      result = undelegate(staking, ctx, staker, operator, userShares);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      throw LiquidStakeErrors.unstakeFailed(
        `error: ${text}; message: ${undelegateText(staker, operator, coin.denom, returned)}`,
      );
    }
    ctx.events.emit(StakingEvents.unbond, {
      validator: operator,
      delegator: staker,
      amount: coinsString([{ denom: coin.denom, amount: result.amount }]),
      completion_time: rfc3339(result.completionNs),
    });
    const ubdTimeNs = ctx.time.ns + unbondingTimeNsOf(ctx.store);
    return { completionNs: ubdTimeNs, returned };
  }

  /** The tokenize → send → redeem round trip; failures wrapped as Go wraps the LSM handlers' errors. */
  private lsmHandOver(
    ctx: Context,
    from: string,
    to: string,
    operator: string,
    coin: { denom: string; amount: bigint },
  ): bigint {
    try {
      return transferDelegation(this.deps.staking, ctx, from, to, operator, coin.amount);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const message = tokenizeText(from, operator, coin, to);
      throw LiquidStakeErrors.lsmTokenizeFailed(`error: ${text}; message: ${message}`);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Stake to LP

  /**
   * LSMDelegate: the user's existing delegation (staked_amount) is handed over to the proxy account, stkXPRT is minted
   * for it with the NetAmount read before, and locked into the LP contract on the user's behalf.
   */
  lsmDelegate(ctx: Context, delegator: string, operator: string, staked: { denom: string; amount: bigint }): bigint {
    const params = this.params(ctx.store);
    if (params.modulePaused) throw LiquidStakeErrors.modulePaused();
    if (params.lsmDisabled) throw LiquidStakeErrors.disabledLsm();
    const { whitelist } = this.checkStake(ctx, params, staked);
    if (!whitelist.has(operator)) {
      throw LiquidStakeErrors.liquidValidatorsNotExists("delegation from a non allowed validator");
    }
    const nas = this.netAmountState(ctx);
    const redeemed = this.lsmHandOver(ctx, delegator, this.proxyAddress, operator, staked);

    let minted = redeemed;
    if (nas.stkxprtTotalSupply > 0n) {
      minted = withChainErrors(
        () =>
          nativeTokenToStkXprt({
            amount: redeemed,
            stkxprtTotalSupply: nas.stkxprtTotalSupply,
            netAmount: nas.netAmount,
          }),
        { DIVISION_BY_ZERO: () => LiquidStakeErrors.insufficientProxyAccBalance() },
      );
    }
    if (minted <= 0n) throw LiquidStakeErrors.tooSmallLiquidStakeAmount();
    const mintCoin = { denom: params.liquidBondDenom, amount: minted };
    this.deps.bank.mintCoins(ctx, LIQUID_STAKE_MODULE, [mintCoin]);
    this.deps.bank.sendCoinsFromModuleToAccount(ctx, LIQUID_STAKE_MODULE, delegator, [mintCoin]);
    this.lockOnLp(ctx, delegator, mintCoin);
    return minted;
  }

  /**
   * LockOnLP. The real module executes `{"lock_lst_asset": …}` on the CosmWasm contract at cw_locked_pool_address
   * with the stkXPRT as funds. The mock has no CosmWasm: the funds move to the contract address exactly as
   * MsgExecuteContract moves them, and the contract's own bookkeeping (the lock, its LP position) is not modelled.
   */
  lockOnLp(ctx: Context, delegator: string, coin: { denom: string; amount: bigint }): void {
    const params = this.params(ctx.store);
    if (params.cwLockedPoolAddress.length === 0) throw LiquidStakeErrors.noLpContractAddress();
    if (coin.denom !== params.liquidBondDenom) {
      throw LiquidStakeErrors.invalidDenom(
        `cannot lock any denom on LP except liquid bond denom: ${params.liquidBondDenom}`,
      );
    }
    try {
      this.deps.bank.sendCoins(ctx, delegator, params.cwLockedPoolAddress, [coin]);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      throw LiquidStakeErrors.lpContract(`error: ${text}, message ${params.cwLockedPoolAddress}`);
    }
    ctx.events.emit("execute", { _contract_address: params.cwLockedPoolAddress });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Autocompound (hourly)

  /**
   * AutocompoundStakingRewards: withdraws the proxy account's rewards, caps what is restaked at NetAmount × the
   * hourly APY implied by x/mint's inflation and the bonded ratio (core), sends the fee to the fee account and
   * delegates the rest by weight. Failures are logged and skipped in Go; here they leave no writes.
   */
  autocompound(ctx: Context): void {
    const { staking, bank, distribution } = this.deps;
    const params = this.params(ctx.store);
    const whitelist = whitelistedMap(params);
    for (const delegation of staking.delegatorDelegations(ctx.store, this.proxyAddress)) {
      runCached(ctx, (cached) => {
        distribution.withdrawDelegationRewards(cached, this.proxyAddress, delegation.validatorAddress);
      });
    }
    const active = this.activeLiquidValidators(ctx.store, whitelist);
    if (active.length === 0) return;

    const bondDenom = staking.bondDenom(ctx.store);
    let hourlyApy: Dec;
    try {
      hourlyApy = liquidStakeHourlyApy({
        inflation: Dec.fromProto(getMinter(ctx.store).inflation),
        bondedTokens: bank.getBalance(ctx, bank.moduleAddress(BONDED_POOL), bondDenom),
        bondDenomSupply: bank.getSupply(ctx, bondDenom),
      });
    } catch {
      return;
    }
    const nas = this.netAmountState(ctx);
    const amounts = liquidStakeAutocompound({
      netAmount: nas.netAmount,
      hourlyApy,
      proxyAccBalance: nas.proxyAccBalance,
      autocompoundFeeRate: decField(params.autocompoundFeeRate) ?? Dec.ZERO,
    });

    const cached = cacheContext(ctx);
    try {
      this.liquidDelegate(cached.ctx, active, amounts.delegable, whitelist);
    } catch {
      return;
    }
    cached.write();

    if (amounts.fee > 0n) {
      const sent = runCached(ctx, (c) =>
        bank.sendCoins(c, this.proxyAddress, params.feeAccountAddress, [{ denom: bondDenom, amount: amounts.fee }]),
      );
      if (sent !== undefined) return;
    }
    ctx.events.emit("autocompound", {
      delegator: this.proxyAddress,
      amount: amounts.delegable.toString(),
      autocompound_fee: `${amounts.fee}${bondDenom}`,
    });
  }
}

function unbondingTimeNsOf(store: KVStore): bigint {
  const duration = getStakingParams(store).unbondingTime;
  return duration === undefined ? 0n : duration.seconds * 1_000_000_000n + BigInt(duration.nanos);
}

/** `%v` of a MsgTokenizeShares (gogoproto compact text), as the Go error wraps it. */
function tokenizeText(from: string, operator: string, coin: { denom: string; amount: bigint }, owner: string): string {
  return `delegator_address:"${from}" validator_address:"${operator}" amount:<denom:"${coin.denom}" amount:"${coin.amount}" > tokenized_share_owner:"${owner}" `;
}

/** `%v` of a MsgUndelegate. */
function undelegateText(delegator: string, operator: string, denom: string, amount: bigint): string {
  return `delegator_address:"${delegator}" validator_address:"${operator}" amount:<denom:"${denom}" amount:"${amount}" > `;
}
