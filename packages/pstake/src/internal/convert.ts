// From the generated protobuf messages to the SDK shapes: LegacyDec atomics strings to `Dec` (`Dec.fromProto`),
// math.Int strings to bigint, Timestamps to `ChainTimestamp`, enums to string unions. An answer that does not convert
// is the node's fault: `InvalidResponseError`, naming the query.
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { InvalidResponseError } from "@persistence-sdk/client";
import {
  type Coin,
  coinFromProto,
  Dec,
  ibcDenom,
  liquidStakeIbcRedemptionRate,
  parseInt256,
} from "@persistence-sdk/core";
import type { Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import type { Redelegation, UnbondingDelegationEntry } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import {
  type LiquidValidatorState,
  type NetAmountState as ProtoNetAmountState,
  type Params as ProtoParams,
  ValidatorStatus,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import {
  Deposit_DepositState,
  type ICAAccount,
  ICAAccount_ChannelState,
  LSMDeposit_LSMDepositState,
  type Deposit as ProtoDeposit,
  type HostChain as ProtoHostChain,
  type Params as ProtoIbcParams,
  type LSMDeposit as ProtoLsmDeposit,
  type Unbonding as ProtoUnbonding,
  type UserUnbonding as ProtoUserUnbonding,
  type ValidatorUnbonding as ProtoValidatorUnbonding,
  type RedelegateTx,
  RedelegateTx_RedelegateTxState,
  Unbonding_UnbondingState,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import type {
  ChainTimestamp,
  HostChain,
  HostChainDeposit,
  HostChainUnbonding,
  HostRedelegation,
  LiquidStakeIbcModuleParams,
  LiquidStakeModuleParams,
  LiquidUnstakeUnbonding,
  LiquidValidator,
  LsmDeposit,
  NetAmountState,
  RedelegationTx,
  UnbondingState,
  UserUnbonding,
  ValidatorUnbonding,
} from "../types.js";

/** Runs a conversion; a failure becomes `InvalidResponseError` for `path`. */
export function converted<T>(path: string, value: unknown, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    throw new InvalidResponseError(path, value, error);
  }
}

/** Go's zero time.Time (0001-01-01T00:00:00Z) in Unix seconds: what an unset non-nullable stdtime holds. */
const GO_ZERO_TIME_SECONDS = -62_135_596_800n;

/** A Timestamp that must be there. */
export function timestampOf(time: Timestamp | undefined, field: string): ChainTimestamp {
  if (time === undefined) throw new Error(`${field} is missing`);
  return Object.freeze({ seconds: time.seconds, nanos: time.nanos });
}

/** A Timestamp that may be unset: absent or Go's zero time is `undefined`. */
export function optionalTimestampOf(time: Timestamp | undefined): ChainTimestamp | undefined {
  if (time === undefined || time.seconds <= GO_ZERO_TIME_SECONDS) return undefined;
  return Object.freeze({ seconds: time.seconds, nanos: time.nanos });
}

/** A math.Int field; empty is 0 (an unset non-nullable Int). */
export function intOf(text: string, field: string): bigint {
  return text === "" ? 0n : parseInt256(text, field);
}

/** A LegacyDec field; empty is 0. */
export function decOf(atomics: string, field: string): Dec {
  return atomics === "" ? Dec.ZERO : Dec.fromProto(atomics, field);
}

/** A coin; absent is `{ denom, amount: 0n }` with the denom given. */
export function coinOf(coin: ProtoCoin | undefined, field: string, denom = ""): Coin {
  if (coin === undefined || (coin.denom === "" && coin.amount === "")) return Object.freeze({ denom, amount: 0n });
  return Object.freeze(coinFromProto({ denom: coin.denom, amount: coin.amount === "" ? "0" : coin.amount }, field));
}

// ---------------------------------------------------------------------------------------------------------------
// x/liquidstake

/** Module parameters. */
export function liquidStakeParamsOf(params: ProtoParams | undefined): LiquidStakeModuleParams {
  return Object.freeze({
    liquidBondDenom: params?.liquidBondDenom ?? "",
    whitelistedValidators: Object.freeze(
      (params?.whitelistedValidators ?? []).map((wv, i) =>
        Object.freeze({
          validatorAddress: wv.validatorAddress,
          targetWeight: intOf(wv.targetWeight, `whitelistedValidators[${i}].targetWeight`),
        }),
      ),
    ),
    unstakeFeeRate: decOf(params?.unstakeFeeRate ?? "", "unstakeFeeRate"),
    lsmDisabled: params?.lsmDisabled ?? false,
    minLiquidStakeAmount: intOf(params?.minLiquidStakeAmount ?? "", "minLiquidStakeAmount"),
    cwLockedPoolAddress: params?.cwLockedPoolAddress ?? "",
    feeAccountAddress: params?.feeAccountAddress ?? "",
    autocompoundFeeRate: decOf(params?.autocompoundFeeRate ?? "", "autocompoundFeeRate"),
    whitelistAdminAddress: params?.whitelistAdminAddress ?? "",
    modulePaused: params?.modulePaused ?? false,
  });
}

/** A liquid validator's state. */
export function liquidValidatorOf(state: LiquidValidatorState, i: number): LiquidValidator {
  const field = `liquidValidators[${i}]`;
  return Object.freeze({
    operatorAddress: state.operatorAddress,
    weight: intOf(state.weight, `${field}.weight`),
    status:
      state.status === ValidatorStatus.ACTIVE
        ? "active"
        : state.status === ValidatorStatus.INACTIVE
          ? "inactive"
          : "unspecified",
    delShares: decOf(state.delShares, `${field}.delShares`),
    liquidTokens: intOf(state.liquidTokens, `${field}.liquidTokens`),
  });
}

/** NetAmountState with Decs and bigints. */
export function netAmountStateOf(state: ProtoNetAmountState | undefined): NetAmountState {
  const s = state ?? {
    mintRate: "",
    stkxprtTotalSupply: "",
    netAmount: "",
    totalDelShares: "",
    totalLiquidTokens: "",
    totalRemainingRewards: "",
    totalUnbondingBalance: "",
    proxyAccBalance: "",
  };
  return Object.freeze({
    mintRate: decOf(s.mintRate, "mintRate"),
    stkxprtTotalSupply: intOf(s.stkxprtTotalSupply, "stkxprtTotalSupply"),
    netAmount: decOf(s.netAmount, "netAmount"),
    totalDelShares: decOf(s.totalDelShares, "totalDelShares"),
    totalLiquidTokens: intOf(s.totalLiquidTokens, "totalLiquidTokens"),
    totalRemainingRewards: decOf(s.totalRemainingRewards, "totalRemainingRewards"),
    totalUnbondingBalance: intOf(s.totalUnbondingBalance, "totalUnbondingBalance"),
    proxyAccBalance: intOf(s.proxyAccBalance, "proxyAccBalance"),
  });
}

/** An x/staking unbonding delegation entry. */
export function unbondingEntryOf(
  validatorAddress: string,
  entry: UnbondingDelegationEntry,
  field: string,
): LiquidUnstakeUnbonding {
  return Object.freeze({
    validatorAddress,
    creationHeight: entry.creationHeight,
    completionTime: timestampOf(entry.completionTime, `${field}.completionTime`),
    initialBalance: intOf(entry.initialBalance, `${field}.initialBalance`),
    balance: intOf(entry.balance, `${field}.balance`),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// x/liquidstakeibc

/** Module parameters. */
export function liquidStakeIbcParamsOf(params: ProtoIbcParams | undefined): LiquidStakeIbcModuleParams {
  return Object.freeze({ adminAddress: params?.adminAddress ?? "", feeAddress: params?.feeAddress ?? "" });
}

function icaOf(account: ICAAccount | undefined, field: string, denom: string) {
  if (account === undefined) return undefined;
  return Object.freeze({
    address: account.address,
    balance: coinOf(account.balance, `${field}.balance`, denom),
    owner: account.owner,
    channelState:
      account.channelState === ICAAccount_ChannelState.ICA_CHANNEL_CREATED
        ? ("created" as const)
        : ("creating" as const),
  });
}

/** The `ibc/...` voucher of a host chain's token on this chain. */
export function ibcDenomOfHost(hc: Pick<ProtoHostChain, "portId" | "channelId" | "hostDenom">): string {
  return ibcDenom(`${hc.portId}/${hc.channelId}/${hc.hostDenom}`);
}

/** A host chain, with its IBC and stk denoms and its redemption rate derived. */
export function hostChainOf(hc: ProtoHostChain): HostChain {
  const p = hc.params;
  const cValue = decOf(hc.cValue, "cValue");
  return Object.freeze({
    chainId: hc.chainId,
    connectionId: hc.connectionId,
    channelId: hc.channelId,
    portId: hc.portId,
    hostDenom: hc.hostDenom,
    ibcDenom: hc.hostDenom === "" ? "" : ibcDenomOfHost(hc),
    mintDenom: `stk/${hc.hostDenom}`,
    params: Object.freeze({
      depositFee: decOf(p?.depositFee ?? "", "params.depositFee"),
      restakeFee: decOf(p?.restakeFee ?? "", "params.restakeFee"),
      unstakeFee: decOf(p?.unstakeFee ?? "", "params.unstakeFee"),
      redemptionFee: decOf(p?.redemptionFee ?? "", "params.redemptionFee"),
      lsmValidatorCap: decOf(p?.lsmValidatorCap ?? "", "params.lsmValidatorCap"),
      lsmBondFactor: decOf(p?.lsmBondFactor ?? "", "params.lsmBondFactor"),
      maxEntries: p?.maxEntries ?? 0,
      redelegationAcceptableDelta: intOf(p?.redelegationAcceptableDelta ?? "", "params.redelegationAcceptableDelta"),
      upperCValueLimit: decOf(p?.upperCValueLimit ?? "", "params.upperCValueLimit"),
      lowerCValueLimit: decOf(p?.lowerCValueLimit ?? "", "params.lowerCValueLimit"),
    }),
    delegationAccount: icaOf(hc.delegationAccount, "delegationAccount", hc.hostDenom),
    rewardsAccount: icaOf(hc.rewardsAccount, "rewardsAccount", hc.hostDenom),
    validators: Object.freeze(
      hc.validators.map((v, i) =>
        Object.freeze({
          operatorAddress: v.operatorAddress,
          status: v.status,
          weight: decOf(v.weight, `validators[${i}].weight`),
          delegatedAmount: intOf(v.delegatedAmount, `validators[${i}].delegatedAmount`),
          exchangeRate: decOf(v.exchangeRate, `validators[${i}].exchangeRate`),
          unbondingEpoch: v.unbondingEpoch,
          delegable: v.delegable,
        }),
      ),
    ),
    minimumDeposit: intOf(hc.minimumDeposit, "minimumDeposit"),
    cValue,
    lastCValue: decOf(hc.lastCValue, "lastCValue"),
    redemptionRate: cValue.isPositive() ? liquidStakeIbcRedemptionRate(cValue) : Dec.ZERO,
    unbondingFactor: hc.unbondingFactor,
    active: hc.active,
    autoCompoundFactor: decOf(hc.autoCompoundFactor, "autoCompoundFactor"),
    lsmEnabled: hc.flags?.lsm ?? false,
    rewardParams:
      hc.rewardParams === undefined
        ? undefined
        : Object.freeze({ denom: hc.rewardParams.denom, destination: hc.rewardParams.destination }),
  });
}

const DEPOSIT_STATES = {
  [Deposit_DepositState.DEPOSIT_PENDING]: "pending",
  [Deposit_DepositState.DEPOSIT_SENT]: "sent",
  [Deposit_DepositState.DEPOSIT_RECEIVED]: "received",
  [Deposit_DepositState.DEPOSIT_DELEGATING]: "delegating",
} as const;

/** A deposit record. */
export function depositOf(deposit: ProtoDeposit, i: number): HostChainDeposit {
  const state = DEPOSIT_STATES[deposit.state];
  if (state === undefined) throw new Error(`deposits[${i}].state ${deposit.state} is unknown`);
  return Object.freeze({
    chainId: deposit.chainId,
    amount: coinOf(deposit.amount, `deposits[${i}].amount`),
    epoch: deposit.epoch,
    state,
    ibcSequenceId: deposit.ibcSequenceId,
  });
}

const LSM_STATES = {
  [LSMDeposit_LSMDepositState.DEPOSIT_PENDING]: "pending",
  [LSMDeposit_LSMDepositState.DEPOSIT_SENT]: "sent",
  [LSMDeposit_LSMDepositState.DEPOSIT_RECEIVED]: "received",
  [LSMDeposit_LSMDepositState.DEPOSIT_UNTOKENIZING]: "untokenizing",
} as const;

/** An LSM deposit. */
export function lsmDepositOf(deposit: ProtoLsmDeposit, i: number): LsmDeposit {
  const state = LSM_STATES[deposit.state];
  if (state === undefined) throw new Error(`deposits[${i}].state ${deposit.state} is unknown`);
  return Object.freeze({
    chainId: deposit.chainId,
    amount: intOf(deposit.amount, `deposits[${i}].amount`),
    shares: decOf(deposit.shares, `deposits[${i}].shares`),
    denom: deposit.denom,
    ibcDenom: deposit.ibcDenom,
    delegatorAddress: deposit.delegatorAddress,
    state,
    ibcSequenceId: deposit.ibcSequenceId,
  });
}

const UNBONDING_STATES: Readonly<Record<number, UnbondingState>> = {
  [Unbonding_UnbondingState.UNBONDING_PENDING]: "pending",
  [Unbonding_UnbondingState.UNBONDING_INITIATED]: "initiated",
  [Unbonding_UnbondingState.UNBONDING_MATURING]: "maturing",
  [Unbonding_UnbondingState.UNBONDING_MATURED]: "matured",
  [Unbonding_UnbondingState.UNBONDING_CLAIMABLE]: "claimable",
  [Unbonding_UnbondingState.UNBONDING_FAILED]: "failed",
};

/** An epoch's unbonding. */
export function unbondingOf(unbonding: ProtoUnbonding, field: string): HostChainUnbonding {
  const state = UNBONDING_STATES[unbonding.state];
  if (state === undefined) throw new Error(`${field}.state ${unbonding.state} is unknown`);
  return Object.freeze({
    chainId: unbonding.chainId,
    epochNumber: unbonding.epochNumber,
    matureTime: optionalTimestampOf(unbonding.matureTime),
    burnAmount: coinOf(unbonding.burnAmount, `${field}.burnAmount`),
    unbondAmount: coinOf(unbonding.unbondAmount, `${field}.unbondAmount`),
    ibcSequenceId: unbonding.ibcSequenceId,
    state,
  });
}

/** A user's unbonding. */
export function userUnbondingOf(user: ProtoUserUnbonding, field: string): UserUnbonding {
  return Object.freeze({
    chainId: user.chainId,
    epochNumber: user.epochNumber,
    address: user.address,
    stkAmount: coinOf(user.stkAmount, `${field}.stkAmount`),
    unbondAmount: coinOf(user.unbondAmount, `${field}.unbondAmount`),
  });
}

/** A validator unbonding. */
export function validatorUnbondingOf(unbonding: ProtoValidatorUnbonding, field: string): ValidatorUnbonding {
  return Object.freeze({
    chainId: unbonding.chainId,
    epochNumber: unbonding.epochNumber,
    matureTime: optionalTimestampOf(unbonding.matureTime),
    validatorAddress: unbonding.validatorAddress,
    amount: coinOf(unbonding.amount, `${field}.amount`),
    ibcSequenceId: unbonding.ibcSequenceId,
  });
}

/** A host redelegation. */
export function redelegationOf(redelegation: Redelegation, field: string): HostRedelegation {
  return Object.freeze({
    delegatorAddress: redelegation.delegatorAddress,
    validatorSrcAddress: redelegation.validatorSrcAddress,
    validatorDstAddress: redelegation.validatorDstAddress,
    entries: Object.freeze(
      redelegation.entries.map((entry, i) =>
        Object.freeze({
          creationHeight: entry.creationHeight,
          completionTime: optionalTimestampOf(entry.completionTime),
          initialBalance: intOf(entry.initialBalance, `${field}.entries[${i}].initialBalance`),
          sharesDst: decOf(entry.sharesDst, `${field}.entries[${i}].sharesDst`),
        }),
      ),
    ),
  });
}

/** A redelegation interchain transaction. */
export function redelegationTxOf(tx: RedelegateTx): RedelegationTx {
  return Object.freeze({
    chainId: tx.chainId,
    ibcSequenceId: tx.ibcSequenceId,
    state: tx.state === RedelegateTx_RedelegateTxState.REDELEGATE_ACKED ? ("acked" as const) : ("sent" as const),
  });
}
