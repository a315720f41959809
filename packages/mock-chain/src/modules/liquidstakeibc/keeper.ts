// x/liquidstakeibc's keeper (pstake-native v2.16 x/liquidstakeibc/keeper): params, host chains, the c-value update
// with its limits, and the block and epoch workflows (deposits to the host, delegation, undelegation on unbonding
// epochs, claims, rewards autocompounding, LSM deposits), run against the simulated host chains of host-sim.ts.
// Every pSTAKE formula (c-value, limits, fees, unbonding epochs) is @persistence-sdk/core's.
import { create } from "@bufbuild/protobuf";
import {
  Dec,
  ibcDenom,
  type LiquidStakeIbcStakedParts,
  liquidStakeIbcCurrentUnbondingEpoch,
  liquidStakeIbcCValue,
  liquidStakeIbcCValueLimits,
  liquidStakeIbcCValueWithinLimits,
  liquidStakeIbcIsUnbondingEpoch,
  liquidStakeIbcLiquidStakedAmount,
  liquidStakeIbcRestakeAmounts,
  liquidStakeIbcTotalDelegations,
} from "@persistence-sdk/core";
import { CoinSchema, type Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import {
  Deposit_DepositState,
  DepositSchema,
  type HostChain,
  LSMDeposit_LSMDepositState,
  type Params,
  ParamsSchema,
  Unbonding_UnbondingState,
  type Validator,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import type { Context, KVStore } from "../../app/module.js";
import type { BankKeeper } from "../bank/keeper.js";
import { runCached } from "../liquidstake/cache-context.js";
import { EpochTracker } from "../liquidstake/epochs.js";
import { timestampFromNs } from "../staking/validator-set.js";
import {
  accrue,
  allSimulatedHosts,
  getSimulatedHost,
  nextSequence,
  type SimulatedHost,
  setSimulatedHost,
} from "./host-sim.js";
import {
  allDeposits,
  allHostChains,
  allUnbondings,
  allUserUnbondings,
  allValidatorUnbondings,
  deleteDeposit,
  deleteLsmDeposit,
  deleteUnbonding,
  deleteUserUnbonding,
  depositFor,
  getHostChain,
  LsibcKeys,
  lsmDepositsOf,
  setDeposit,
  setHostChain,
  setLsmDeposit,
  setUnbonding,
} from "./store.js";

export const LIQUID_STAKE_IBC_MODULE = "liquidstakeibc";
export const DEPOSIT_MODULE_ACCOUNT = "liquidstakeibc_deposit_account";
export const UNDELEGATION_MODULE_ACCOUNT = "liquidstakeibc_undelegation_account";
/** ibc-go's transfer module account, which burns and mints the vouchers of tokens crossing to and from a host. */
export const TRANSFER_MODULE_ACCOUNT = "transfer";

/** Epoch identifiers (types/keys.go): deposits, undelegations and rewards on `day`, the c-value on `hour`. */
export const DAY_EPOCH = "day";
export const HOUR_EPOCH = "hour";

/** `LiquidStakeDenomPrefix` + "/" + host denom. */
export function mintDenomOf(hc: Pick<HostChain, "hostDenom">): string {
  return `stk/${hc.hostDenom}`;
}

/** The host token's voucher denom on Persistence: ibc/HASH(port/channel/host_denom). */
export function ibcDenomOf(hc: Pick<HostChain, "portId" | "channelId" | "hostDenom">): string {
  return ibcDenom(`${hc.portId}/${hc.channelId}/${hc.hostDenom}`);
}

/** types.MintDenomToHostDenom: the host denom of an "stk/…" denom, or undefined. */
export function hostDenomOfMintDenom(denom: string): string | undefined {
  return denom.startsWith("stk/") ? denom.slice(4) : undefined;
}

/** A protobuf Coin. */
export function coinOf(denom: string, amount: bigint): ProtoCoin {
  return create(CoinSchema, { denom, amount: amount.toString() });
}

/** Reads a LegacyDec field; Go reads an unset one as a nil Dec, shown here as zero. */
export function decOf(atomics: string | undefined): Dec {
  return atomics === undefined || atomics === "" ? Dec.ZERO : Dec.fromProto(atomics);
}

/** Reads a math.Int field (unset = 0). */
export function intOf(text: string | undefined): bigint {
  return text === undefined || text === "" ? 0n : BigInt(text);
}

/** x/liquidstakeibc's keeper for this chain. */
export class LiquidStakeIbcKeeper {
  readonly epochs = new EpochTracker(LsibcKeys.epochs);

  constructor(
    readonly bank: BankKeeper,
    /** The governance authority (k.authority). */
    readonly authority: string,
    readonly bech32Prefix = "persistence",
  ) {}

  params(store: KVStore): Params {
    return store.get<Params>(LsibcKeys.params) ?? create(ParamsSchema);
  }

  setParams(store: KVStore, params: Params): void {
    store.set(LsibcKeys.params, params);
  }

  moduleAddress(name: string): string {
    return this.bank.moduleAddress(name);
  }

  /** x/epochs' current_epoch of an identifier (0 before the first block). */
  currentEpoch(store: KVStore, identifier: string): bigint {
    return this.epochs.get(store, identifier)?.currentEpoch ?? 0n;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Host chain lookups (host_chain.go)

  hostChainByIbcDenom(store: KVStore, denom: string): HostChain | undefined {
    return allHostChains(store).find((hc) => ibcDenomOf(hc) === denom);
  }

  hostChainByHostDenom(store: KVStore, hostDenom: string): HostChain | undefined {
    return allHostChains(store).find((hc) => hc.hostDenom === hostDenom);
  }

  hostChainByChannel(store: KVStore, channelId: string): HostChain | undefined {
    return allHostChains(store).find((hc) => hc.channelId === channelId);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Amounts behind the c-value (keeper.go UpdateCValues)

  /** Deposits still on Persistence (PENDING or SENT). */
  depositAmountOnPersistence(store: KVStore, chainId: string): bigint {
    return this.sumDeposits(store, chainId, [Deposit_DepositState.DEPOSIT_PENDING, Deposit_DepositState.DEPOSIT_SENT]);
  }

  /** Deposits arrived on the host, not yet delegated (RECEIVED or DELEGATING). */
  depositAmountOnHostChain(store: KVStore, chainId: string): bigint {
    return this.sumDeposits(store, chainId, [
      Deposit_DepositState.DEPOSIT_RECEIVED,
      Deposit_DepositState.DEPOSIT_DELEGATING,
    ]);
  }

  private sumDeposits(store: KVStore, chainId: string, states: readonly Deposit_DepositState[]): bigint {
    let total = 0n;
    for (const deposit of allDeposits(store)) {
      if (deposit.chainId === chainId && states.includes(deposit.state)) total += intOf(deposit.amount?.amount);
    }
    return total;
  }

  /** GetLSMDepositAmountUntokenized: every LSM deposit of the chain not yet redeemed into a delegation. */
  lsmDepositAmountUntokenized(store: KVStore, chainId: string): bigint {
    return lsmDepositsOf(store, chainId).reduce((sum, deposit) => sum + intOf(deposit.amount), 0n);
  }

  /** GetAllValidatorUnbondedAmount: amounts of validators being fully unbonded. */
  validatorUnbondingAmount(store: KVStore, chainId: string): bigint {
    return allValidatorUnbondings(store)
      .filter((u) => u.chainId === chainId)
      .reduce((sum, u) => sum + intOf(u.amount?.amount), 0n);
  }

  totalDelegations(hc: HostChain): bigint {
    return liquidStakeIbcTotalDelegations(hc.validators.map((v) => ({ delegatedAmount: intOf(v.delegatedAmount) })));
  }

  stakedParts(store: KVStore, hc: HostChain): LiquidStakeIbcStakedParts {
    return {
      lsmDepositAmountUntokenized: this.lsmDepositAmountUntokenized(store, hc.chainId),
      totalDelegations: this.totalDelegations(hc),
      depositAmountOnPersistence: this.depositAmountOnPersistence(store, hc.chainId),
      depositAmountOnHostChain: this.depositAmountOnHostChain(store, hc.chainId),
      validatorUnbondingAmount: this.validatorUnbondingAmount(store, hc.chainId),
    };
  }

  /** Minted stk supply and everything the c-value counts as staked. */
  cValueInputs(
    ctx: Context,
    hc: HostChain,
  ): { minted: bigint; liquidStaked: bigint; parts: LiquidStakeIbcStakedParts } {
    const parts = this.stakedParts(ctx.store, hc);
    return {
      minted: this.bank.getSupply(ctx, mintDenomOf(hc)),
      liquidStaked: liquidStakeIbcLiquidStakedAmount(parts),
      parts,
    };
  }

  /**
   * UpdateCValues for one chain: recompute the c-value (core), emit c_value_update, switch the chain off when the
   * value leaves its (strict) limits, otherwise recompute the limits (core). Inactive chains are updated too.
   */
  updateCValue(ctx: Context, chainId: string): HostChain | undefined {
    const hc = getHostChain(ctx.store, chainId);
    if (hc === undefined) return undefined;
    const { minted, liquidStaked, parts } = this.cValueInputs(ctx, hc);
    const cValue = liquidStakeIbcCValue({ mintedAmount: minted, liquidStakedAmount: liquidStaked });
    let next: HostChain = { ...hc, lastCValue: hc.cValue, cValue: cValue.toProto() };
    setHostChain(ctx.store, next);
    const host = (amount: bigint) => `${amount}${hc.hostDenom}`;
    ctx.events.emit("c_value_update", {
      chain_id: hc.chainId,
      minted_amount: `${minted}${mintDenomOf(hc)}`,
      lsm_tokenized_amount: host(parts.lsmDepositAmountUntokenized),
      staked_amount: host(parts.totalDelegations),
      amount_on_persistence: host(parts.depositAmountOnPersistence),
      amount_on_host_chain: host(parts.depositAmountOnHostChain),
      unbonding_amount: host(parts.validatorUnbondingAmount),
      old_c_value: decOf(next.lastCValue).toString(),
      new_c_value: cValue.toString(),
    });

    const lsParams = next.params;
    const within = liquidStakeIbcCValueWithinLimits({
      cValue,
      lowerCValueLimit: decOf(lsParams?.lowerCValueLimit),
      upperCValueLimit: decOf(lsParams?.upperCValueLimit),
    });
    if (!within) {
      next = { ...next, active: false };
      setHostChain(ctx.store, next);
      ctx.events.emit("chain_disabled", {
        chain_id: hc.chainId,
        old_c_value: decOf(next.lastCValue).toString(),
        new_c_value: cValue.toString(),
      });
      return next;
    }
    const limits = liquidStakeIbcCValueLimits({
      cValue,
      mintedAmount: minted,
      liquidStakedAmount: liquidStaked,
      totalDelegations: parts.totalDelegations,
      autoCompoundFactor: decOf(hc.autoCompoundFactor),
    });
    if (limits !== undefined && lsParams !== undefined) {
      next = {
        ...next,
        params: {
          ...lsParams,
          lowerCValueLimit: limits.lowerCValueLimit.toProto(),
          upperCValueLimit: limits.upperCValueLimit.toProto(),
        },
      };
      setHostChain(ctx.store, next);
      ctx.events.emit("c_value_limits_updated", {
        chain_id: hc.chainId,
        lower_limit: limits.lowerCValueLimit.toString(),
        upper_limit: limits.upperCValueLimit.toString(),
      });
    }
    return next;
  }

  updateCValues(ctx: Context): void {
    for (const hc of allHostChains(ctx.store)) this.updateCValue(ctx, hc.chainId);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Simulated IBC

  /** An ICS-20 transfer of host tokens from Persistence to the host: the voucher is burned. */
  private sendToHost(ctx: Context, fromModule: string, denom: string, amount: bigint): void {
    if (amount <= 0n) return;
    const coins = [{ denom, amount }];
    this.bank.sendCoinsFromModuleToModule(ctx, fromModule, TRANSFER_MODULE_ACCOUNT, coins);
    this.bank.burnCoins(ctx, TRANSFER_MODULE_ACCOUNT, coins);
  }

  /** An ICS-20 transfer from the host to a module account here: the voucher is minted. */
  private receiveFromHost(ctx: Context, toModule: string, denom: string, amount: bigint): void {
    if (amount <= 0n) return;
    const coins = [{ denom, amount }];
    this.bank.mintCoins(ctx, TRANSFER_MODULE_ACCOUNT, coins);
    this.bank.sendCoinsFromModuleToModule(ctx, TRANSFER_MODULE_ACCOUNT, toModule, coins);
  }

  /** GetTransactionSequenceID: "<channel>-sequence-<n>". */
  private sequenceId(ctx: Context, channelId: string): string {
    return `${channelId}-sequence-${nextSequence(ctx.store)}`;
  }

  private updateValidators(ctx: Context, chainId: string, change: (validators: Validator[]) => Validator[]): HostChain {
    const hc = getHostChain(ctx.store, chainId);
    if (hc === undefined) throw new Error(`host chain ${chainId} vanished`);
    const next = { ...hc, validators: change(hc.validators.map((v) => ({ ...v }))) };
    setHostChain(ctx.store, next);
    return next;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Epoch hooks (hooks.go)

  /**
   * BeforeEpochStart(day): the new epoch's deposit records; then the rewards of the day just ended arrive (in Go
   * the rewards workflow runs at AfterEpochEnd and its ICS-20 transfer lands blocks later, in the new epoch's
   * deposit; the simulation delivers it at once, so it runs once that deposit exists).
   */
  beforeEpochStart(ctx: Context, identifier: string, epoch: bigint): void {
    if (identifier !== DAY_EPOCH) return;
    this.createDeposits(ctx, epoch);
    if (epoch > 1n) runCached(ctx, (c) => this.rewardsWorkflow(c));
  }

  afterEpochEnd(ctx: Context, identifier: string, epoch: bigint): void {
    if (identifier === DAY_EPOCH) {
      runCached(ctx, (c) => this.depositWorkflow(c, epoch));
      runCached(ctx, (c) => this.undelegationWorkflow(c, epoch));
    }
    if (identifier === HOUR_EPOCH) this.updateCValues(ctx);
  }

  /** CreateDeposits: an empty PENDING deposit per host chain for the new `day` epoch. */
  createDeposits(ctx: Context, epoch: bigint): void {
    for (const hc of allHostChains(ctx.store)) {
      setDeposit(
        ctx.store,
        create(DepositSchema, {
          chainId: hc.chainId,
          amount: { denom: ibcDenomOf(hc), amount: "0" },
          epoch,
          state: Deposit_DepositState.DEPOSIT_PENDING,
          ibcSequenceId: "",
        }),
      );
    }
  }

  /**
   * DepositWorkflow: every PENDING deposit of this or an earlier epoch goes to the host's delegation account (empty
   * ones of earlier epochs are deleted); the transfer is acknowledged at once (RECEIVED).
   */
  depositWorkflow(ctx: Context, epoch: bigint): void {
    for (const deposit of allDeposits(ctx.store)) {
      if (deposit.epoch > epoch || deposit.state !== Deposit_DepositState.DEPOSIT_PENDING) continue;
      const hc = getHostChain(ctx.store, deposit.chainId);
      if (hc === undefined || !hc.active) continue;
      const amount = intOf(deposit.amount?.amount);
      if (amount <= 0n) {
        if (deposit.epoch < epoch) deleteDeposit(ctx.store, deposit);
        continue;
      }
      runCached(ctx, (c) => {
        this.sendToHost(c, DEPOSIT_MODULE_ACCOUNT, ibcDenomOf(hc), amount);
        setDeposit(c.store, { ...deposit, state: Deposit_DepositState.DEPOSIT_RECEIVED, ibcSequenceId: "" });
        const delegationAccount = hc.delegationAccount;
        if (delegationAccount !== undefined) {
          const balance = intOf(delegationAccount.balance?.amount) + amount;
          setHostChain(c.store, {
            ...(getHostChain(c.store, hc.chainId) ?? hc),
            delegationAccount: { ...delegationAccount, balance: coinOf(hc.hostDenom, balance) },
          });
        }
      });
    }
  }

  /**
   * DoDelegate: the RECEIVED deposits of an active chain are delegated on the host, split over the delegable
   * validators by weight (the remainder to the first); acknowledged at once, so the deposits are deleted and the
   * validators' delegated amounts grow.
   */
  doDelegate(ctx: Context, chainId: string): void {
    const deposits = allDeposits(ctx.store).filter(
      (d) => d.chainId === chainId && d.state === Deposit_DepositState.DEPOSIT_RECEIVED,
    );
    if (deposits.length === 0) return;
    const total = deposits.reduce((sum, d) => sum + intOf(d.amount?.amount), 0n);
    const hc = getHostChain(ctx.store, chainId);
    if (hc === undefined) return;
    const parts = splitByWeight(total, hc.validators);
    if (parts === undefined) return;
    for (const deposit of deposits) deleteDeposit(ctx.store, deposit);
    const next = this.updateValidators(ctx, chainId, (validators) =>
      validators.map((v, i) => ({ ...v, delegatedAmount: (intOf(v.delegatedAmount) + (parts[i] ?? 0n)).toString() })),
    );
    const account = next.delegationAccount;
    if (account !== undefined) {
      const balance = intOf(account.balance?.amount) - total;
      setHostChain(ctx.store, {
        ...next,
        delegationAccount: {
          ...account,
          balance: coinOf(hc.hostDenom, balance < 0n ? 0n : balance),
        },
      });
    }
  }

  /**
   * UndelegationWorkflow: on an unbonding epoch (epoch % factor == 0) the epoch's unbonding is undelegated on the
   * host (split over the validators by their delegations); on the acknowledgement the stk tokens are burned and the
   * unbonding matures after the host's unbonding time.
   */
  undelegationWorkflow(ctx: Context, epoch: bigint): void {
    for (const hc of allHostChains(ctx.store)) {
      if (!hc.active || hc.unbondingFactor <= 0n) continue;
      if (!liquidStakeIbcIsUnbondingEpoch(hc.unbondingFactor, epoch)) continue;
      const unbondingEpoch = liquidStakeIbcCurrentUnbondingEpoch(hc.unbondingFactor, epoch);
      const unbonding = allUnbondings(ctx.store).find(
        (u) => u.chainId === hc.chainId && u.epochNumber === unbondingEpoch,
      );
      if (unbonding === undefined) continue;
      const amount = intOf(unbonding.unbondAmount?.amount);
      if (amount <= 0n) continue;
      runCached(ctx, (c) => {
        const parts = splitByDelegations(amount, hc.validators);
        if (parts === undefined) throw new Error("not enough delegations to undelegate");
        this.updateValidators(c, hc.chainId, (validators) =>
          validators.map((v, i) => ({
            ...v,
            delegatedAmount: (intOf(v.delegatedAmount) - (parts[i] ?? 0n)).toString(),
          })),
        );
        const burn = intOf(unbonding.burnAmount?.amount);
        if (burn > 0n) {
          this.bank.burnCoins(c, UNDELEGATION_MODULE_ACCOUNT, [{ denom: mintDenomOf(hc), amount: burn }]);
        }
        const host = getSimulatedHost(c.store, hc.chainId);
        const unbondingNs = (host?.unbondingSeconds ?? 0n) * 1_000_000_000n;
        setUnbonding(c.store, {
          ...unbonding,
          state: Unbonding_UnbondingState.UNBONDING_MATURING,
          matureTime: timestampFromNs(c.time.ns + unbondingNs),
          ibcSequenceId: this.sequenceId(c, hc.channelId),
        });
      });
    }
  }

  /**
   * RewardsWorkflow (simulated): the host's accrued rewards are withdrawn to the rewards account, and the part
   * within the daily cap (total delegations × auto_compound_factor, the ICQ callback's limit) is sent to the deposit
   * account; the restake fee (core) goes to the fee address and the rest joins the current deposit. The c-value
   * is then updated. (The real chain reads the rewards balance by ICQ before withdrawing, so rewards are restaked
   * one epoch later than here.)
   */
  rewardsWorkflow(ctx: Context): void {
    for (const hc of allHostChains(ctx.store)) {
      if (!hc.active) continue;
      const host = getSimulatedHost(ctx.store, hc.chainId);
      if (host === undefined) continue;
      const accrued = Dec.fromProto(host.accruedRewards);
      const withdrawn = accrued.truncateInt();
      const balance = host.rewardsAccountBalance + withdrawn;
      // The cap of the rewards-balance ICQ callback: TruncateInt(Dec(totalDelegations) × AutoCompoundFactor).
      const cap = Dec.fromInt(this.totalDelegations(hc)).mul(decOf(hc.autoCompoundFactor)).truncateInt();
      let transfer = cap;
      if (balance < cap) transfer = balance;
      setSimulatedHost(ctx.store, {
        ...host,
        accruedRewards: accrued.sub(Dec.fromInt(withdrawn)).toProto(),
        rewardsAccountBalance: balance - transfer,
      });
      if (transfer <= 0n) continue;
      runCached(ctx, (c) => this.receiveRewards(c, hc, transfer));
    }
  }

  /** OnRecvIBCTransferPacket, autocompound branch. */
  private receiveRewards(ctx: Context, hc: HostChain, transfer: bigint): void {
    const denom = ibcDenomOf(hc);
    this.receiveFromHost(ctx, DEPOSIT_MODULE_ACCOUNT, denom, transfer);
    const { fee, depositAmount } = liquidStakeIbcRestakeAmounts({
      transferAmount: transfer,
      restakeFee: decOf(hc.params?.restakeFee),
    });
    if (fee > 0n) {
      this.bank.sendCoinsFromModuleToAccount(ctx, DEPOSIT_MODULE_ACCOUNT, this.params(ctx.store).feeAddress, [
        { denom, amount: fee },
      ]);
    }
    const epoch = this.currentEpoch(ctx.store, DAY_EPOCH);
    const deposit = depositFor(ctx.store, hc.chainId, epoch);
    if (deposit === undefined) throw new Error(`deposit not found for chain ${hc.chainId} and epoch ${epoch}`);
    setDeposit(ctx.store, {
      ...deposit,
      amount: coinOf(denom, intOf(deposit.amount?.amount) + depositAmount),
    });
    this.updateCValue(ctx, hc.chainId);
  }

  // -------------------------------------------------------------------------------------------------------------
  // BeginBlock (abci.go)

  /** Host-side reward accrual for every simulated host, over the block time elapsed. */
  accrueRewards(ctx: Context): void {
    for (const host of allSimulatedHosts(ctx.store)) {
      const hc = getHostChain(ctx.store, host.chainId);
      const delegated = hc === undefined ? 0n : this.totalDelegations(hc);
      setSimulatedHost(ctx.store, accrue(host, delegated, ctx.time.ns));
    }
  }

  /** BeginBlock: for each active chain DoDelegate, DoClaim, DoProcessMaturedUndelegations, then the LSM deposits. */
  beginBlock(ctx: Context): void {
    for (const hc of allHostChains(ctx.store)) {
      if (!hc.active) continue;
      runCached(ctx, (c) => this.doDelegate(c, hc.chainId));
      this.doClaim(ctx, hc.chainId);
      runCached(ctx, (c) => this.doProcessMaturedUndelegations(c, hc.chainId));
      runCached(ctx, (c) => this.doTransferLsmTokens(c, hc.chainId));
      runCached(ctx, (c) => this.doRedeemLsmTokens(c, hc.chainId));
    }
  }

  /**
   * DoClaim: CLAIMABLE unbondings pay each user their unbond amount in the host token's voucher (FAILED ones would
   * refund the stk tokens); paid user unbondings are deleted and an unbonding is deleted once fully paid.
   */
  doClaim(ctx: Context, chainId: string): void {
    const hc = getHostChain(ctx.store, chainId);
    if (hc === undefined) return;
    for (const found of allUnbondings(ctx.store)) {
      if (found.chainId !== chainId) continue;
      if (
        found.state !== Unbonding_UnbondingState.UNBONDING_CLAIMABLE &&
        found.state !== Unbonding_UnbondingState.UNBONDING_FAILED
      ) {
        continue;
      }
      let unbonding = found;
      for (const user of allUserUnbondings(ctx.store)) {
        if (user.chainId !== chainId || user.epochNumber !== unbonding.epochNumber) continue;
        const claimable = unbonding.state === Unbonding_UnbondingState.UNBONDING_CLAIMABLE;
        const coin = claimable
          ? { denom: ibcDenomOf(hc), amount: intOf(user.unbondAmount?.amount) }
          : { denom: mintDenomOf(hc), amount: intOf(user.stkAmount?.amount) };
        const failed = runCached(ctx, (c) => {
          if (coin.amount > 0n) {
            this.bank.sendCoinsFromModuleToAccount(c, UNDELEGATION_MODULE_ACCOUNT, user.address, [coin]);
          }
        });
        if (failed !== undefined) return;
        unbonding = claimable
          ? {
              ...unbonding,
              unbondAmount: coinOf(
                unbonding.unbondAmount?.denom ?? hc.hostDenom,
                intOf(unbonding.unbondAmount?.amount) - coin.amount,
              ),
            }
          : {
              ...unbonding,
              burnAmount: coinOf(
                unbonding.burnAmount?.denom ?? mintDenomOf(hc),
                intOf(unbonding.burnAmount?.amount) - coin.amount,
              ),
            };
        if (intOf(unbonding.unbondAmount?.amount) === 0n || intOf(unbonding.burnAmount?.amount) === 0n) {
          deleteUnbonding(ctx.store, unbonding);
        } else {
          setUnbonding(ctx.store, unbonding);
        }
        deleteUserUnbonding(ctx.store, user);
      }
    }
  }

  /**
   * DoProcessMaturedUndelegations: a MATURING unbonding whose mature time has passed is transferred back from the
   * delegation account to the undelegation account (MATURED); the transfer arrives at once (CLAIMABLE).
   */
  doProcessMaturedUndelegations(ctx: Context, chainId: string): void {
    const hc = getHostChain(ctx.store, chainId);
    if (hc === undefined) return;
    for (const unbonding of allUnbondings(ctx.store)) {
      if (unbonding.chainId !== chainId || unbonding.state !== Unbonding_UnbondingState.UNBONDING_MATURING) continue;
      const matureNs = unbonding.matureTime
        ? unbonding.matureTime.seconds * 1_000_000_000n + BigInt(unbonding.matureTime.nanos)
        : 0n;
      if (!(ctx.time.ns > matureNs)) continue;
      this.receiveFromHost(ctx, UNDELEGATION_MODULE_ACCOUNT, ibcDenomOf(hc), intOf(unbonding.unbondAmount?.amount));
      setUnbonding(ctx.store, { ...unbonding, state: Unbonding_UnbondingState.UNBONDING_CLAIMABLE, ibcSequenceId: "" });
    }
  }

  /** DoTransferLSMTokens: PENDING LSM deposits go back to the host (voucher burned), acknowledged at once. */
  doTransferLsmTokens(ctx: Context, chainId: string): void {
    for (const deposit of lsmDepositsOf(ctx.store, chainId)) {
      if (deposit.state !== LSMDeposit_LSMDepositState.DEPOSIT_PENDING) continue;
      this.sendToHost(ctx, DEPOSIT_MODULE_ACCOUNT, deposit.ibcDenom, Dec.fromProto(deposit.shares).truncateInt());
      setLsmDeposit(ctx.store, { ...deposit, state: LSMDeposit_LSMDepositState.DEPOSIT_RECEIVED, ibcSequenceId: "" });
    }
  }

  /**
   * DoRedeemLSMTokens: RECEIVED LSM deposits are redeemed for a delegation of the delegation account
   * (MsgRedeemTokensForShares); on the acknowledgement the validator's delegated amount grows by the deposit's
   * value and the deposit is deleted.
   */
  doRedeemLsmTokens(ctx: Context, chainId: string): void {
    for (const deposit of lsmDepositsOf(ctx.store, chainId)) {
      if (deposit.state !== LSMDeposit_LSMDepositState.DEPOSIT_RECEIVED) continue;
      const operator = deposit.denom.split("/")[0] ?? "";
      this.updateValidators(ctx, chainId, (validators) =>
        validators.map((v) =>
          v.operatorAddress === operator
            ? { ...v, delegatedAmount: (intOf(v.delegatedAmount) + intOf(deposit.amount)).toString() }
            : v,
        ),
      );
      deleteLsmDeposit(ctx.store, deposit);
    }
  }

  /** AdjustDepositsForRedemption: draws `amount` from the chain's PENDING non-empty deposits in store order. */
  adjustDepositsForRedemption(ctx: Context, hc: HostChain, amount: bigint): string | undefined {
    const redeemable = allDeposits(ctx.store).filter(
      (d) =>
        d.chainId === hc.chainId && d.state === Deposit_DepositState.DEPOSIT_PENDING && intOf(d.amount?.amount) !== 0n,
    );
    const available = redeemable.reduce((sum, d) => sum + intOf(d.amount?.amount), 0n);
    if (available < amount) {
      return `deposits are lesser than amount to be redeemed, deposits present ${available}, required ${amount}`;
    }
    let remaining = amount;
    for (const deposit of redeemable) {
      const held = intOf(deposit.amount?.amount);
      if (held > remaining || remaining === 0n) {
        setDeposit(ctx.store, {
          ...deposit,
          amount: coinOf(deposit.amount?.denom ?? ibcDenomOf(hc), held - remaining),
        });
        return undefined;
      }
      remaining -= held;
      deleteDeposit(ctx.store, deposit);
    }
    return undefined;
  }

  /** The host chain plus its simulation (for controls and tests). */
  simulated(store: KVStore, chainId: string): { hc: HostChain; host: SimulatedHost } | undefined {
    const hc = getHostChain(store, chainId);
    const host = getSimulatedHost(store, chainId);
    return hc === undefined || host === undefined ? undefined : { hc, host };
  }
}

/**
 * The host's delegation split (simulated delegation strategy): `total` over the delegable validators with a
 * positive weight in proportion to their weights, truncated, the remainder to the first of them. Undefined when no
 * validator can take delegations.
 */
export function splitByWeight(total: bigint, validators: readonly Validator[]): bigint[] | undefined {
  const eligible = validators.map((v) => v.delegable && decOf(v.weight).isPositive());
  const first = eligible.indexOf(true);
  if (first === -1) return undefined;
  let weights = Dec.ZERO;
  validators.forEach((v, i) => {
    if (eligible[i]) weights = weights.add(decOf(v.weight));
  });
  const parts = validators.map((v, i) =>
    eligible[i] ? Dec.fromInt(total).mul(decOf(v.weight)).quo(weights).truncateInt() : 0n,
  );
  const assigned = parts.reduce((a, b) => a + b, 0n);
  parts[first] = (parts[first] ?? 0n) + (total - assigned);
  return parts;
}

/**
 * The host's undelegation split (simulated): `total` over the validators in proportion to their delegations
 * (floored), the remainder one unit at a time to validators that still have delegation left. Undefined when the
 * delegations cannot cover it.
 */
export function splitByDelegations(total: bigint, validators: readonly Validator[]): bigint[] | undefined {
  const delegated = validators.map((v) => intOf(v.delegatedAmount));
  const sum = delegated.reduce((a, b) => a + b, 0n);
  if (sum < total) return undefined;
  if (total === 0n) return delegated.map(() => 0n);
  const parts = delegated.map((d) => (total * d) / sum);
  let remainder = total - parts.reduce((a, b) => a + b, 0n);
  for (let i = 0; remainder > 0n; i = (i + 1) % parts.length) {
    if ((parts[i] ?? 0n) < (delegated[i] ?? 0n)) {
      parts[i] = (parts[i] ?? 0n) + 1n;
      remainder -= 1n;
    }
  }
  return parts;
}
