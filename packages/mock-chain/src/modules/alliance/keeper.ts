// x/alliance's keeper: the module's state transitions in the order the Go keeper (v0.3.6 / release/v0.4.x) runs them.
// Every formula is one of core's alliance functions; this file reads the records, hands them to core, writes back
// what core returns, and moves the coins (bank), the native stake (staking) and the rewards (distribution).
import { create } from "@bufbuild/protobuf";
import {
  type AllianceAssetState,
  type AllianceMathOptions,
  type AllianceMathVersion,
  type AllianceRedelegationRecord,
  type AllianceTimestamp,
  type AllianceValidatorState,
  allianceAddRewardsToPool,
  allianceClaimDelegationRewards,
  allianceDeductTakeRate,
  allianceDelegate,
  allianceRebalanceTargets,
  allianceRedelegate,
  allianceResetValidatorShares,
  allianceRewardsStarted,
  allianceRewardWeightChange,
  allianceRewardWeightChangeSnapshot,
  allianceSlashRedelegation,
  allianceSlashUndelegations,
  allianceSlashValidator,
  allianceUndelegate,
  Dec,
} from "@persistence-sdk/core";
import {
  ClaimAllianceRewardsEventSchema,
  DeductAllianceAssetsEventSchema,
  DelegateAllianceEventSchema,
  type Params,
  type QueuedRedelegation,
  QueuedRedelegationSchema,
  type QueuedUndelegation,
  QueuedUndelegationSchema,
  RedelegateAllianceEventSchema,
  type RedelegationEntry,
  RedelegationEntrySchema,
  RewardWeightChangeSnapshotStateSchema,
  UndelegateAllianceEventSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { BondStatus, type Validator } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context } from "../../app/module.js";
import type { AuthKeeper } from "../auth/keeper.js";
import type { BankKeeper } from "../bank/keeper.js";
import type { DistributionKeeper } from "../distribution/keeper.js";
import { unbond, validateUnbondAmount } from "../staking/delegation.js";
import { StakingErrors } from "../staking/errors.js";
import { BONDED_POOL, type Coin } from "../staking/expected-keepers.js";
import type { StakingKeeper } from "../staking/keeper.js";
import {
  assetProto,
  assetState,
  decOf,
  delegationProto,
  delegationState,
  durationOf,
  nsOf,
  timeFromNs,
  timeOf,
  timestampOf,
  validatorProto,
  validatorState,
} from "./convert.js";
import { AllianceErrors, plainError, statusError, withCoreErrors } from "./errors.js";
import { AllianceKeys } from "./keys.js";
import {
  allAssets,
  allValidatorInfos,
  consumeRebalance,
  deleteAsset,
  deleteDelegation,
  deleteValidatorInfo,
  emptyValidatorInfo,
  getAsset,
  getDelegation,
  getMathVersion,
  getParams,
  getValidatorInfo,
  maturedRedelegationQueue,
  maturedUndelegationQueue,
  queueRebalance,
  type RedelegationIndexEntry,
  redelegationsOf,
  setAsset,
  setDelegation,
  setParams,
  setSnapshot,
  setValidatorInfo,
  snapshotsFrom,
  type UndelegationIndexEntry,
  undelegationIndexEntries,
} from "./store.js";

/** The alliance module account: holds delegated assets and the native stake it delegates (Minter, Burner). */
export const ALLIANCE_MODULE = "alliance";
/** The rewards pool module account (types.RewardsPoolName). */
export const ALLIANCE_REWARDS_POOL = "alliance_rewards";
const FEE_COLLECTOR = "fee_collector";

/** What the keeper works with: the built-in keepers and the authority. */
export interface AllianceDeps {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly staking: StakingKeeper;
  readonly distribution: DistributionKeeper;
  /** The account that may sign the authority messages (x/gov's module account on a real chain). */
  readonly authority: string;
}

/** An alliance validator as GetAllianceValidator returns it: the x/staking record and the alliance info. */
export interface AllianceValidator {
  readonly validator: Validator;
  readonly info: AllianceValidatorState;
}

/** The fields of MsgCreateAlliance / MsgUpdateAlliance once validated. */
export interface AllianceAssetSettings {
  readonly denom: string;
  readonly rewardWeight: Dec;
  readonly takeRate: Dec;
  readonly rewardChangeRate: Dec;
  readonly rewardChangeInterval: { readonly seconds: bigint; readonly nanos: number };
  readonly rewardWeightRange: { readonly min: Dec; readonly max: Dec };
}

/** One move of native stake made by a rebalance. */
export interface RebalanceMove {
  readonly validator: string;
  /** Positive: minted and delegated; negative: unbonded and burned. */
  readonly amount: bigint;
}

function coin(denom: string, amount: bigint) {
  return { denom, amount: amount.toString() };
}

/** x/alliance's keeper for this chain. Stateless: state lives in the context's store. */
export class AllianceKeeper {
  constructor(
    readonly deps: AllianceDeps,
    /** The math used when the genesis does not choose one (see AllianceModuleOptions.mathVersion). */
    readonly defaultMathVersion: AllianceMathVersion = "v0.3.6",
  ) {}

  get authority(): string {
    return this.deps.authority;
  }

  /** The bech32 address of the `alliance` module account. */
  get moduleAddress(): string {
    return this.deps.bank.moduleAddress(ALLIANCE_MODULE);
  }

  mathVersion(ctx: Pick<Context, "store">): AllianceMathVersion {
    return getMathVersion(ctx.store) ?? this.defaultMathVersion;
  }

  mathOptions(ctx: Pick<Context, "store">): AllianceMathOptions {
    return { version: this.mathVersion(ctx) };
  }

  params(ctx: Pick<Context, "store">): Params {
    return getParams(ctx.store);
  }

  /** An asset in core's shape, or undefined. */
  asset(ctx: Pick<Context, "store">, denom: string): AllianceAssetState | undefined {
    const stored = getAsset(ctx.store, denom);
    return stored === undefined ? undefined : assetState(stored);
  }

  assets(ctx: Pick<Context, "store">): AllianceAssetState[] {
    return allAssets(ctx.store).map(assetState);
  }

  /** A validator's alliance info in core's shape (empty when it has none yet). */
  validatorInfo(ctx: Pick<Context, "store">, operator: string): AllianceValidatorState {
    return validatorState(getValidatorInfo(ctx.store, operator) ?? emptyValidatorInfo());
  }

  /**
   * GetAllianceValidator: the x/staking validator (plain error when it does not exist) and its alliance info, which
   * is created and stored on first read, as Go does.
   */
  allianceValidator(ctx: Context, operator: string): AllianceValidator {
    const validator = this.deps.staking.validator(ctx.store, operator);
    if (validator === undefined) throw plainError(`validator with address ${operator} does not exist`);
    let info = getValidatorInfo(ctx.store, operator);
    if (info === undefined) {
      info = emptyValidatorInfo();
      setValidatorInfo(ctx.store, operator, info);
    }
    return { validator, info: validatorState(info) };
  }

  private blockTime(ctx: Context): AllianceTimestamp {
    return timeFromNs(ctx.time.ns);
  }

  private unbondingTime(ctx: Context) {
    return durationOf(this.deps.staking.params(ctx.store).unbondingTime);
  }

  /**
   * Pays coins out of a module account. Go's SendCoinsFromModuleToAccount refuses blocked (module) addresses; the
   * mock pays a module-account delegator (e.g. a basket vault restaking through Alliance) module-to-module instead.
   */
  private payOut(ctx: Context, fromModule: string, recipient: string, coins: readonly Coin[]): void {
    const paid = coins.filter((c) => c.amount > 0n);
    if (paid.length === 0) return;
    const recipientModule = this.deps.auth.isModuleAddress(recipient);
    if (recipientModule !== undefined) {
      this.deps.bank.sendCoinsFromModuleToModule(ctx, fromModule, recipientModule, paid);
    } else {
      this.deps.bank.sendCoinsFromModuleToAccount(ctx, fromModule, recipient, paid);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rewards

  /**
   * ClaimValidatorRewards: withdraws the x/distribution rewards of the module's delegation to the validator and adds
   * them to the validator's reward indices (core's allianceAddRewardsToPool); the coins move to `alliance_rewards`.
   * Nothing happens without a module delegation; with no delegator shares on the validator the coins stay in the
   * module account (and the next CompleteUnbondings burns them with the virtual stake), as in Go.
   */
  claimValidatorRewards(ctx: Context, operator: string): Coin[] {
    const { staking, distribution, bank } = this.deps;
    if (staking.delegation(ctx.store, this.moduleAddress, operator) === undefined) return [];
    const coins = distribution
      .withdrawDelegationRewards(ctx, this.moduleAddress, operator)
      .filter((c) => c.amount > 0n);
    if (coins.length === 0) return [];
    const info = this.validatorInfo(ctx, operator);
    if (Object.values(info.totalDelegatorShares).every((shares) => shares.isZero())) return coins;
    const result = withCoreErrors(() =>
      allianceAddRewardsToPool(
        { validator: info, assets: this.assets(ctx), blockTime: this.blockTime(ctx), rewards: coins },
        this.mathOptions(ctx),
      ),
    );
    setValidatorInfo(ctx.store, operator, validatorProto(result.validator));
    bank.sendCoinsFromModuleToModule(ctx, ALLIANCE_MODULE, ALLIANCE_REWARDS_POOL, coins);
    return coins;
  }

  /**
   * ClaimDelegationRewards: ErrUnknownAsset for an unknown denom; nothing before the asset's rewards start;
   * ErrNoDelegatorForAddress without a delegation; else the validator's rewards are claimed, the delegation's
   * rewards computed by core (snapshots first), paid from `alliance_rewards`, and ClaimAllianceRewardsEvent emitted.
   */
  claimDelegationRewards(ctx: Context, delegator: string, operator: string, denom: string): Coin[] {
    this.allianceValidator(ctx, operator);
    const stored = getAsset(ctx.store, denom);
    if (stored === undefined) throw AllianceErrors.unknownAsset();
    if (!allianceRewardsStarted(assetState(stored), this.blockTime(ctx))) return [];
    const delegation = getDelegation(ctx.store, delegator, operator, denom);
    if (delegation === undefined) throw StakingErrors.noDelegatorForAddress();

    this.claimValidatorRewards(ctx, operator);
    const snapshots = snapshotsFrom(ctx.store, denom, operator, delegation.lastRewardClaimHeight).map((state) => ({
      height: state.height,
      prevRewardWeight: decOf(state.snapshot?.prevRewardWeight ?? ""),
      rewardHistories: (state.snapshot?.rewardHistories ?? []).map((h) => ({
        denom: h.denom,
        index: decOf(h.index),
        alliance: h.alliance,
      })),
    }));
    const result = withCoreErrors(() =>
      allianceClaimDelegationRewards(
        {
          asset: assetState(stored),
          validator: this.validatorInfo(ctx, operator),
          delegation: delegationState(delegation),
          snapshots,
          blockTime: this.blockTime(ctx),
          blockHeight: ctx.height,
        },
        this.mathOptions(ctx),
      ),
    );
    setDelegation(ctx.store, delegationProto(delegator, operator, denom, result.delegation));
    const rewards = result.rewards.map((c) => ({ denom: c.denom, amount: c.amount }));
    this.payOut(ctx, ALLIANCE_REWARDS_POOL, delegator, rewards);
    ctx.events.emitTyped(
      ClaimAllianceRewardsEventSchema,
      create(ClaimAllianceRewardsEventSchema, {
        allianceSender: delegator,
        validator: operator,
        coins: rewards.map((c) => coin(c.denom, c.amount)),
      }),
    );
    return rewards;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Delegations

  /**
   * Delegate (keeper/delegation.go): the coin moves to the module account; an existing delegation claims its rewards
   * first, a new one (v0.3.6+) claims the validator's rewards; core computes both share amounts on the pre-update
   * state. Returns the validator shares added (DelegateAllianceEvent.newShares).
   */
  delegate(ctx: Context, delegator: string, operator: string, amount: Coin): Dec {
    this.allianceValidator(ctx, operator);
    if (getAsset(ctx.store, amount.denom) === undefined) {
      throw statusError("NotFound", `asset with denom: ${amount.denom} does not exist in alliance whitelist`);
    }
    this.deps.bank.sendCoinsFromAccountToModule(ctx, delegator, ALLIANCE_MODULE, [amount]);
    if (getDelegation(ctx.store, delegator, operator, amount.denom) !== undefined) {
      this.claimDelegationRewards(ctx, delegator, operator, amount.denom);
    } else if (this.mathVersion(ctx) === "v0.3.6") {
      this.claimValidatorRewards(ctx, operator);
    }
    const existing = getDelegation(ctx.store, delegator, operator, amount.denom);
    const result = withCoreErrors(() =>
      allianceDelegate({
        asset: assetState(getAsset(ctx.store, amount.denom)!),
        validator: this.validatorInfo(ctx, operator),
        ...(existing === undefined ? {} : { delegation: delegationState(existing) }),
        amount: amount.amount,
        blockHeight: ctx.height,
      }),
    );
    setAsset(ctx.store, assetProto(result.asset));
    setValidatorInfo(ctx.store, operator, validatorProto(result.validator));
    setDelegation(ctx.store, delegationProto(delegator, operator, amount.denom, result.delegation));
    queueRebalance(ctx.store);
    ctx.events.emitTyped(
      DelegateAllianceEventSchema,
      create(DelegateAllianceEventSchema, {
        allianceSender: delegator,
        validator: operator,
        coin: coin(amount.denom, amount.amount),
        newShares: result.validatorShares.toProto(),
      }),
    );
    return result.validatorShares;
  }

  /**
   * Undelegate: claims the rewards, takes the shares core's ValidateDelegatedAmount gives (full exit within the
   * Rounder), refuses more than they are worth, removes tokens and shares, clears dust, and queues the requested
   * amount until BlockTime + UnbondingTime. Returns the completion time in ns.
   */
  undelegate(ctx: Context, delegator: string, operator: string, amount: Coin): bigint {
    this.allianceValidator(ctx, operator);
    const { denom } = amount;
    if (getAsset(ctx.store, denom) === undefined) {
      throw statusError("NotFound", `Asset with denom: ${denom} does not exist`);
    }
    if (getDelegation(ctx.store, delegator, operator, denom) === undefined) {
      throw StakingErrors.noDelegatorForAddress();
    }
    this.claimDelegationRewards(ctx, delegator, operator, denom);
    const options = this.mathOptions(ctx);
    const result = withCoreErrors(() =>
      allianceUndelegate(
        {
          asset: assetState(getAsset(ctx.store, denom)!),
          validator: this.validatorInfo(ctx, operator),
          delegation: delegationState(getDelegation(ctx.store, delegator, operator, denom)!),
          amount: amount.amount,
          blockTime: this.blockTime(ctx),
          unbondingTime: this.unbondingTime(ctx),
        },
        options,
      ),
    );
    setAsset(ctx.store, assetProto(result.asset));
    setValidatorInfo(ctx.store, operator, validatorProto(result.validator));
    if (result.delegation === undefined) deleteDelegation(ctx.store, delegator, operator, denom);
    else setDelegation(ctx.store, delegationProto(delegator, operator, denom, result.delegation));
    if (result.resetValidatorShares) this.resetValidatorShares(ctx, denom, operator);

    const completionNs = nsOf(result.completionTime);
    this.queueUndelegation(ctx, delegator, operator, amount, completionNs);
    queueRebalance(ctx.store);
    ctx.events.emitTyped(
      UndelegateAllianceEventSchema,
      create(UndelegateAllianceEventSchema, {
        allianceSender: delegator,
        validator: operator,
        coin: coin(denom, amount.amount),
        completionTime: timestampOf(result.completionTime),
      }),
    );
    return completionNs;
  }

  /** ResetAssetAndValidators: every other validator loses its validator shares of `denom`. */
  private resetValidatorShares(ctx: Context, denom: string, except: string): void {
    for (const state of allValidatorInfos(ctx.store)) {
      if (state.validatorAddress === except || state.validator === undefined) continue;
      const reset = allianceResetValidatorShares(validatorState(state.validator), denom);
      setValidatorInfo(ctx.store, state.validatorAddress, validatorProto(reset));
    }
  }

  /** queueUndelegation: appends to the (completion, delegator) queue record and indexes it by validator. */
  queueUndelegation(ctx: Context, delegator: string, operator: string, amount: Coin, completionNs: bigint): void {
    const key = AllianceKeys.undelegationQueue(completionNs, delegator);
    const queued = ctx.store.get<QueuedUndelegation>(key) ?? create(QueuedUndelegationSchema);
    ctx.store.set(
      key,
      create(QueuedUndelegationSchema, {
        entries: [
          ...queued.entries,
          { delegatorAddress: delegator, validatorAddress: operator, balance: coin(amount.denom, amount.amount) },
        ],
      }),
    );
    const index: UndelegationIndexEntry = { validator: operator, completionNs, denom: amount.denom, delegator };
    ctx.store.set(AllianceKeys.undelegationByValidator(operator, completionNs, amount.denom, delegator), index);
  }

  /**
   * Redelegate: refuses src == dst, claims both sides, takes the source shares, refuses more than they are worth and
   * transitive redelegations (a redelegation of the denom into the source still stored), moves the validator shares;
   * asset totals do not change. The record blocks further hops until CompleteRedelegations. Returns completion ns.
   */
  redelegate(ctx: Context, delegator: string, source: string, destination: string, amount: Coin): bigint {
    this.allianceValidator(ctx, source);
    this.allianceValidator(ctx, destination);
    const { denom } = amount;
    if (source === destination) throw statusError("InvalidArgument", "Cannot redelegate to the same validator");
    if (getAsset(ctx.store, denom) === undefined) {
      throw statusError("NotFound", `Asset with denom: ${denom} does not exist`);
    }
    if (getDelegation(ctx.store, delegator, source, denom) === undefined) {
      throw StakingErrors.noDelegatorForAddress();
    }
    this.claimDelegationRewards(ctx, delegator, source, denom);
    if (getDelegation(ctx.store, delegator, destination, denom) !== undefined) {
      this.claimDelegationRewards(ctx, delegator, destination, denom);
    }
    const destinationDelegation = getDelegation(ctx.store, delegator, destination, denom);
    const records: AllianceRedelegationRecord[] = redelegationsOf(ctx.store, delegator).map(redelegationRecord);
    const result = withCoreErrors(() =>
      allianceRedelegate(
        {
          asset: assetState(getAsset(ctx.store, denom)!),
          srcValidator: this.validatorInfo(ctx, source),
          dstValidator: this.validatorInfo(ctx, destination),
          srcDelegation: delegationState(getDelegation(ctx.store, delegator, source, denom)!),
          ...(destinationDelegation === undefined ? {} : { dstDelegation: delegationState(destinationDelegation) }),
          amount: amount.amount,
          blockTime: this.blockTime(ctx),
          blockHeight: ctx.height,
          unbondingTime: this.unbondingTime(ctx),
          srcValidatorAddress: source,
          dstValidatorAddress: destination,
          denom,
          delegatorRedelegations: records,
        },
        this.mathOptions(ctx),
      ),
    );
    setValidatorInfo(ctx.store, source, validatorProto(result.srcValidator));
    setValidatorInfo(ctx.store, destination, validatorProto(result.dstValidator));
    if (result.srcDelegation === undefined) deleteDelegation(ctx.store, delegator, source, denom);
    else setDelegation(ctx.store, delegationProto(delegator, source, denom, result.srcDelegation));
    setDelegation(ctx.store, delegationProto(delegator, destination, denom, result.dstDelegation));

    const completionNs = nsOf(result.completionTime);
    this.addRedelegation(ctx, delegator, source, destination, amount, completionNs);
    queueRebalance(ctx.store);
    ctx.events.emitTyped(
      RedelegateAllianceEventSchema,
      create(RedelegateAllianceEventSchema, {
        allianceSender: delegator,
        sourceValidator: source,
        destinationValidator: destination,
        coin: coin(denom, amount.amount),
        completionTime: timestampOf(result.completionTime),
      }),
    );
    return completionNs;
  }

  /** addRedelegation + queueRedelegation: the record (balances of one key add up), its index and the queue entry. */
  addRedelegation(
    ctx: Context,
    delegator: string,
    source: string,
    destination: string,
    amount: Coin,
    completionNs: bigint,
  ): void {
    const key = AllianceKeys.redelegation(delegator, amount.denom, destination, completionNs);
    const existing = ctx.store.get<RedelegationEntry>(key);
    const balance = BigInt(existing?.balance?.amount ?? "0") + amount.amount;
    ctx.store.set(
      key,
      create(RedelegationEntrySchema, {
        delegatorAddress: delegator,
        srcValidatorAddress: existing?.srcValidatorAddress ?? source,
        dstValidatorAddress: destination,
        balance: coin(amount.denom, balance),
        completionTime: timestampOf(timeFromNs(completionNs)),
      }),
    );
    const index: RedelegationIndexEntry = { recordKey: key, completionNs };
    ctx.store.set(AllianceKeys.redelegationBySource(source, completionNs, amount.denom, destination, delegator), index);

    const queueKey = AllianceKeys.redelegationQueue(completionNs);
    const queued = ctx.store.get<QueuedRedelegation>(queueKey);
    ctx.store.set(
      queueKey,
      create(QueuedRedelegationSchema, {
        entries: [
          ...(queued?.entries ?? []),
          {
            delegatorAddress: delegator,
            srcValidatorAddress: source,
            dstValidatorAddress: destination,
            balance: coin(amount.denom, amount.amount),
          },
        ],
      }),
    );
  }

  // -------------------------------------------------------------------------------------------------------------
  // Assets (authority)

  /** MsgCreateAlliance after validation: ErrAlreadyExists, else a new asset starting after the reward delay. */
  createAlliance(ctx: Context, settings: AllianceAssetSettings): void {
    if (getAsset(ctx.store, settings.denom) !== undefined) throw AllianceErrors.alreadyExists();
    const rewardStartTime = timeFromNs(ctx.time.ns + nsOfDuration(getParams(ctx.store).rewardDelayTime));
    setAsset(
      ctx.store,
      assetProto({
        denom: settings.denom,
        rewardWeight: settings.rewardWeight,
        takeRate: settings.takeRate,
        totalTokens: 0n,
        totalValidatorShares: Dec.ZERO,
        rewardStartTime,
        rewardChangeRate: settings.rewardChangeRate,
        rewardChangeInterval: settings.rewardChangeInterval,
        lastRewardChangeTime: rewardStartTime,
        rewardWeightRange: settings.rewardWeightRange,
        isInitialized: false,
      }),
    );
  }

  /** MsgUpdateAlliance after validation: ErrUnknownAsset, ErrRewardWeightOutOfBound, then UpdateAllianceAsset. */
  updateAlliance(ctx: Context, settings: AllianceAssetSettings): void {
    const stored = getAsset(ctx.store, settings.denom);
    if (stored === undefined) throw AllianceErrors.unknownAsset();
    const { min, max } = settings.rewardWeightRange;
    if (min.gt(settings.rewardWeight) || max.lt(settings.rewardWeight)) throw AllianceErrors.rewardWeightOutOfBound();
    this.updateAllianceAsset(ctx, { ...assetState(stored), ...settings });
  }

  /**
   * UpdateAllianceAsset: a changed reward weight first claims every alliance validator's rewards at the old weight
   * and snapshots them; a newly scheduled weight change starts counting now; only the whitelisted fields change.
   */
  updateAllianceAsset(ctx: Context, next: AllianceAssetState): void {
    const stored = getAsset(ctx.store, next.denom);
    if (stored === undefined) throw AllianceErrors.unknownAsset();
    const current = assetState(stored);
    if (next.rewardWeightRange.min.gt(next.rewardWeight) || next.rewardWeightRange.max.lt(next.rewardWeight)) {
      throw AllianceErrors.rewardWeightOutOfBound();
    }
    if (!next.rewardWeight.equals(current.rewardWeight)) {
      for (const state of allValidatorInfos(ctx.store)) {
        const operator = state.validatorAddress;
        this.allianceValidator(ctx, operator);
        this.claimValidatorRewards(ctx, operator);
        const snapshot = allianceRewardWeightChangeSnapshot(current, this.validatorInfo(ctx, operator));
        setSnapshot(
          ctx.store,
          create(RewardWeightChangeSnapshotStateSchema, {
            height: ctx.height,
            validator: operator,
            denom: current.denom,
            snapshot: {
              prevRewardWeight: snapshot.prevRewardWeight.toProto(),
              rewardHistories: snapshot.rewardHistories.map((h) => ({
                denom: h.denom,
                index: h.index.toProto(),
                alliance: h.alliance,
              })),
            },
          }),
        );
      }
      queueRebalance(ctx.store);
    }
    let lastRewardChangeTime = next.lastRewardChangeTime;
    const scheduleChanged =
      !next.rewardChangeRate.equals(current.rewardChangeRate) ||
      nsOfDuration(next.rewardChangeInterval) !== nsOfDuration(current.rewardChangeInterval);
    if (
      scheduleChanged &&
      (current.rewardChangeRate.equals(Dec.ONE) || nsOfDuration(current.rewardChangeInterval) === 0n)
    ) {
      lastRewardChangeTime = this.blockTime(ctx);
    }
    setAsset(
      ctx.store,
      assetProto({
        ...current,
        takeRate: next.takeRate,
        rewardWeight: next.rewardWeight,
        rewardChangeRate: next.rewardChangeRate,
        rewardChangeInterval: next.rewardChangeInterval,
        lastRewardChangeTime,
        rewardWeightRange: next.rewardWeightRange,
      }),
    );
  }

  /** MsgDeleteAlliance after validation: ErrUnknownAsset, ErrActiveDelegationsExists while tokens are staked. */
  deleteAlliance(ctx: Context, denom: string): void {
    const stored = getAsset(ctx.store, denom);
    if (stored === undefined) throw AllianceErrors.unknownAsset();
    if (BigInt(stored.totalTokens || "0") > 0n) throw AllianceErrors.activeDelegationsExists();
    deleteAsset(ctx.store, denom);
  }

  updateParams(ctx: Context, params: Params): void {
    setParams(ctx.store, params);
  }

  // -------------------------------------------------------------------------------------------------------------
  // End block (abci.go), in the real module's order

  /** The EndBlocker: complete redelegations and unbondings, then the hooks over the assets loaded once. */
  endBlock(ctx: Context): void {
    this.completeRedelegations(ctx);
    this.completeUnbondings(ctx);
    const assets = this.assets(ctx);
    this.initializeAssets(ctx, assets);
    this.deductTakeRate(ctx, assets);
    this.rewardWeightChange(ctx, assets);
    if (consumeRebalance(ctx.store)) this.rebalance(ctx, assets);
  }

  /** CompleteRedelegations: drops every record whose completion time is before the block time. */
  completeRedelegations(ctx: Context): number {
    let deleted = 0;
    for (const [queueKey, completionNs, queued] of Array.from(maturedRedelegationQueue(ctx.store, ctx.time.ns))) {
      for (const entry of queued.entries) {
        const denom = entry.balance?.denom ?? "";
        ctx.store.delete(
          AllianceKeys.redelegation(entry.delegatorAddress, denom, entry.dstValidatorAddress, completionNs),
        );
        ctx.store.delete(
          AllianceKeys.redelegationBySource(
            entry.srcValidatorAddress,
            completionNs,
            denom,
            entry.dstValidatorAddress,
            entry.delegatorAddress,
          ),
        );
        deleted++;
      }
      ctx.store.delete(queueKey);
    }
    return deleted;
  }

  /**
   * CompleteUnbondings: pays every queued undelegation completing before the block time, then burns the module's
   * whole bond-denom balance (the virtual stake returned by unbonding, and any reward left unassigned).
   */
  completeUnbondings(ctx: Context): void {
    for (const [queueKey, completionNs, queued] of Array.from(maturedUndelegationQueue(ctx.store, ctx.time.ns))) {
      for (const entry of queued.entries) {
        const denom = entry.balance?.denom ?? "";
        this.payOut(ctx, ALLIANCE_MODULE, entry.delegatorAddress, [
          { denom, amount: BigInt(entry.balance?.amount ?? "0") },
        ]);
        ctx.store.delete(
          AllianceKeys.undelegationByValidator(entry.validatorAddress, completionNs, denom, entry.delegatorAddress),
        );
      }
      ctx.store.delete(queueKey);
    }
    const bondDenom = this.deps.staking.bondDenom(ctx.store);
    const virtual = this.deps.bank.getBalance(ctx, this.moduleAddress, bondDenom);
    if (virtual > 0n) this.deps.bank.burnCoins(ctx, ALLIANCE_MODULE, [{ denom: bondDenom, amount: virtual }]);
  }

  /** InitializeAllianceAssets: marks started assets initialized. */
  initializeAssets(ctx: Context, assets: AllianceAssetState[]): void {
    const now = this.blockTime(ctx);
    assets.forEach((asset, i) => {
      if (asset.isInitialized || !allianceRewardsStarted(asset, now)) return;
      assets[i] = { ...asset, isInitialized: true };
      setAsset(ctx.store, assetProto(assets[i]!));
    });
  }

  /** DeductAssetsHook: core's per-interval take rate; the deducted coins go to the fee collector. */
  deductTakeRate(ctx: Context, assets: AllianceAssetState[]): Coin[] {
    const params = getParams(ctx.store);
    const last = timeOf(params.lastTakeRateClaimTime);
    const result = allianceDeductTakeRate({
      assets,
      lastTakeRateClaimTime: last,
      takeRateClaimInterval: durationOf(params.takeRateClaimInterval),
      blockTime: this.blockTime(ctx),
    });
    result.assets.forEach((asset, i) => {
      if (asset.totalTokens === assets[i]!.totalTokens) return;
      assets[i] = asset;
      setAsset(ctx.store, assetProto(asset));
    });
    const deducted = result.deducted.map((c) => ({ denom: c.denom, amount: c.amount }));
    if (deducted.length > 0) {
      this.deps.bank.sendCoinsFromModuleToModule(ctx, ALLIANCE_MODULE, FEE_COLLECTOR, deducted);
    }
    if (nsOf(result.lastTakeRateClaimTime) !== nsOf(last)) {
      setParams(ctx.store, { ...params, lastTakeRateClaimTime: timestampOf(result.lastTakeRateClaimTime) });
    }
    if (deducted.length > 0) {
      ctx.events.emitTyped(
        DeductAllianceAssetsEventSchema,
        create(DeductAllianceAssetsEventSchema, { coins: deducted.map((c) => coin(c.denom, c.amount)) }),
      );
    }
    return deducted;
  }

  /** RewardWeightChangeHook: core's decay/growth per interval, applied through UpdateAllianceAsset. */
  rewardWeightChange(ctx: Context, assets: AllianceAssetState[]): void {
    const now = this.blockTime(ctx);
    assets.forEach((asset, i) => {
      const change = allianceRewardWeightChange(asset, now);
      if (change.intervals === 0n) return;
      queueRebalance(ctx.store);
      this.updateAllianceAsset(ctx, change.asset);
      assets[i] = change.asset;
    });
  }

  /**
   * RebalanceBondTokenWeights: core's targets from the alliance validators, the assets (as the end block left them)
   * and the bonded pool; then, per bonded validator, mint and delegate or unbond and burn the difference, claiming
   * the validator's rewards before its stake changes. Assets whose rewards have not started queue another rebalance.
   */
  rebalance(ctx: Context, assets: readonly AllianceAssetState[] = this.assets(ctx)): RebalanceMove[] {
    const { staking, bank } = this.deps;
    const moduleAddress = this.moduleAddress;
    const validators = allValidatorInfos(ctx.store).map((state) => {
      const operator = state.validatorAddress;
      const { validator, info } = this.allianceValidator(ctx, operator);
      const delegation = staking.delegation(ctx.store, moduleAddress, operator);
      return {
        operatorAddress: operator,
        bonded: validator.status === BondStatus.BONDED,
        validatorShares: info.validatorShares,
        tokens: BigInt(validator.tokens),
        delegatorShares: decOf(validator.delegatorShares),
        moduleDelegationShares: delegation === undefined ? Dec.ZERO : decOf(delegation.shares),
      };
    });
    const now = this.blockTime(ctx);
    const result = withCoreErrors(() =>
      allianceRebalanceTargets({
        assets,
        validators,
        totalBondedTokens: staking.totalBondedTokens(ctx),
        blockTime: now,
      }),
    );
    if (result.targets.length > 0 && assets.some((asset) => !allianceRewardsStarted(asset, now))) {
      queueRebalance(ctx.store);
    }
    const bondDenom = staking.bondDenom(ctx.store);
    const moves: RebalanceMove[] = [];
    for (const target of result.targets) {
      const operator = target.operatorAddress;
      if (target.delta > 0n) {
        bank.mintCoins(ctx, ALLIANCE_MODULE, [{ denom: bondDenom, amount: target.delta }]);
        this.claimValidatorRewards(ctx, operator);
        staking.delegate(ctx, moduleAddress, operator, target.delta);
      } else if (target.delta < 0n) {
        const shares = validateUnbondAmount(ctx, moduleAddress, operator, -target.delta);
        this.claimValidatorRewards(ctx, operator);
        const tokens = unbond(staking, ctx, moduleAddress, operator, shares);
        if (tokens > 0n) bank.burnCoins(ctx, BONDED_POOL, [{ denom: bondDenom, amount: tokens }]);
      } else {
        continue;
      }
      moves.push({ validator: operator, amount: target.delta });
    }
    return moves;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Slashing (staking hook BeforeValidatorSlashed)

  /**
   * SlashValidator: the validator's alliance shares lose `fraction` (core's allianceSlashValidator), then immature
   * redelegations from it and unbondings from it are slashed; a rebalance is queued.
   */
  slashValidator(ctx: Context, operator: string, fraction: Dec): void {
    const { info } = this.allianceValidator(ctx, operator);
    const assets = Object.keys(info.validatorShares).map((denom) => {
      const asset = getAsset(ctx.store, denom);
      if (asset === undefined) throw AllianceErrors.unknownAsset();
      return assetState(asset);
    });
    const result = withCoreErrors(() => allianceSlashValidator({ validator: info, assets, fraction }));
    for (const asset of result.assets) setAsset(ctx.store, assetProto(asset));
    setValidatorInfo(ctx.store, operator, validatorProto(result.validator));
    this.slashRedelegations(ctx, operator, fraction);
    this.slashUndelegations(ctx, operator, fraction);
    queueRebalance(ctx.store);
  }

  private slashRedelegations(ctx: Context, operator: string, fraction: Dec): void {
    const now = this.blockTime(ctx);
    for (const [, index] of Array.from(
      ctx.store.iterate<RedelegationIndexEntry>(AllianceKeys.redelegationsFrom(operator)),
    )) {
      if (index.completionNs < ctx.time.ns) continue;
      const record = ctx.store.get<RedelegationEntry>(index.recordKey);
      if (record === undefined) continue;
      const denom = record.balance?.denom ?? "";
      const delegator = record.delegatorAddress;
      const destination = record.dstValidatorAddress;
      this.allianceValidator(ctx, destination);
      this.claimDelegationRewards(ctx, delegator, destination, denom);
      const delegation = getDelegation(ctx.store, delegator, destination, denom);
      if (delegation === undefined) continue;
      const asset = getAsset(ctx.store, denom);
      if (asset === undefined) continue;
      const result = withCoreErrors(() =>
        allianceSlashRedelegation(
          {
            redelegation: redelegationRecord(record),
            asset: assetState(asset),
            dstValidator: this.validatorInfo(ctx, destination),
            dstDelegation: delegationState(delegation),
            fraction,
            blockTime: now,
          },
          this.mathOptions(ctx),
        ),
      );
      if (result.skipped) continue;
      setValidatorInfo(ctx.store, destination, validatorProto(result.dstValidator));
      if (result.dstDelegation !== undefined) {
        setDelegation(ctx.store, delegationProto(delegator, destination, denom, result.dstDelegation));
      }
    }
  }

  private slashUndelegations(ctx: Context, operator: string, fraction: Dec): void {
    const now = this.blockTime(ctx);
    for (const index of undelegationIndexEntries(ctx.store, AllianceKeys.undelegationsFrom(operator))) {
      if (index.completionNs < ctx.time.ns) continue;
      const key = AllianceKeys.undelegationQueue(index.completionNs, index.delegator);
      const queued = ctx.store.get<QueuedUndelegation>(key);
      if (queued === undefined) continue;
      const result = allianceSlashUndelegations({
        entries: queued.entries.map((entry) => ({
          delegatorAddress: entry.delegatorAddress,
          validatorAddress: entry.validatorAddress,
          balance: { denom: entry.balance?.denom ?? "", amount: BigInt(entry.balance?.amount ?? "0") },
        })),
        completionTime: timeFromNs(index.completionNs),
        fraction,
        blockTime: now,
      });
      for (const slashed of result.slashed) {
        if (slashed.amount > 0n) {
          this.deps.bank.sendCoinsFromModuleToModule(ctx, ALLIANCE_MODULE, FEE_COLLECTOR, [
            { denom: slashed.denom, amount: slashed.amount },
          ]);
        }
      }
      ctx.store.set(
        key,
        create(QueuedUndelegationSchema, {
          entries: result.entries.map((entry) => ({
            delegatorAddress: entry.delegatorAddress,
            validatorAddress: entry.validatorAddress,
            balance: coin(entry.balance.denom, entry.balance.amount),
          })),
        }),
      );
    }
  }

  /** AfterValidatorRemoved: the validator's alliance info goes (DeleteValidatorInfo). */
  removeValidatorInfo(ctx: Context, operator: string): void {
    deleteValidatorInfo(ctx.store, operator);
  }
}

function nsOfDuration(duration: { readonly seconds: bigint; readonly nanos: number } | undefined): bigint {
  return duration === undefined ? 0n : duration.seconds * 1_000_000_000n + BigInt(duration.nanos);
}

/** A stored redelegation record in core's shape. */
export function redelegationRecord(entry: RedelegationEntry): AllianceRedelegationRecord {
  return {
    srcValidatorAddress: entry.srcValidatorAddress,
    dstValidatorAddress: entry.dstValidatorAddress,
    balance: { denom: entry.balance?.denom ?? "", amount: BigInt(entry.balance?.amount ?? "0") },
    completionTime: timeOf(entry.completionTime),
  };
}
