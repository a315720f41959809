// The SDK shapes of what the pSTAKE queries return: amounts as bigint, LegacyDec fields as `Dec`, times as
// `ChainTimestamp` (exact to the nanosecond), enums as string unions. Rates carry their direction in their name:
// `mintRate` / `cValue` = LST per native token (falls as rewards accrue), `redemptionRate` = native token per LST.
import type { Coin, Dec } from "@persistence-sdk/core";

/** A chain time: seconds since the Unix epoch and nanoseconds, as `google.protobuf.Timestamp` carries it. */
export interface ChainTimestamp {
  readonly seconds: bigint;
  readonly nanos: number;
}

// ---------------------------------------------------------------------------------------------------------------
// x/liquidstake (stkXPRT)

/** A whitelisted validator and its target weight (the weights of all of them sum to 10000). */
export interface WhitelistedValidator {
  /** The validator's operator address. */
  readonly validatorAddress: string;
  /** Its share of new liquid stakes, out of 10000. */
  readonly targetWeight: bigint;
}

/** x/liquidstake module parameters. */
export interface LiquidStakeModuleParams {
  /** The LST denom, "stk/uxprt". */
  readonly liquidBondDenom: string;
  /** Validators that receive liquid stakes, with their target weights. */
  readonly whitelistedValidators: readonly WhitelistedValidator[];
  /** Fraction of an unstake kept by the pool (0 on core-1). */
  readonly unstakeFeeRate: Dec;
  /** Whether MsgStakeToLP (LSM) is off. */
  readonly lsmDisabled: boolean;
  /** The smallest liquid stake, in uxprt. */
  readonly minLiquidStakeAmount: bigint;
  /** The CosmWasm LP contract MsgStakeToLP locks stkXPRT into ("" when unset). */
  readonly cwLockedPoolAddress: string;
  /** Where the autocompound fee goes. */
  readonly feeAccountAddress: string;
  /** Fraction of each hourly autocompound taken as a fee (0.05 by default). */
  readonly autocompoundFeeRate: Dec;
  /** The admin that may update the whitelist and pause the module ("" when none). */
  readonly whitelistAdminAddress: string;
  /** While true every user message fails. */
  readonly modulePaused: boolean;
}

/** A liquid validator's state (`LiquidValidators` query). */
export interface LiquidValidator {
  /** The validator's operator address. */
  readonly operatorAddress: string;
  /** Its target weight while whitelisted and active, else 0. */
  readonly weight: bigint;
  /** "active" (whitelisted, bonded or unbonding, valid exchange rate) or "inactive". */
  readonly status: "active" | "inactive" | "unspecified";
  /** The proxy account's delegation shares with it. */
  readonly delShares: Dec;
  /** The tokens behind those shares (what an unstake splits by). */
  readonly liquidTokens: bigint;
}

/** x/liquidstake's NetAmountState (`States` query), the numbers behind stkXPRT's rate. */
export interface NetAmountState {
  /** stkXPRT per XPRT: `supply / netAmount`, truncated (what the chain reports as the c-value; 0 = no rate). */
  readonly mintRate: Dec;
  /** stk/uxprt in existence. */
  readonly stkxprtTotalSupply: bigint;
  /** XPRT behind the supply: liquid tokens + the proxy's unbonding balance (not its balance nor pending rewards). */
  readonly netAmount: Dec;
  /** The proxy account's delegation shares over all validators. */
  readonly totalDelShares: Dec;
  /** Tokens behind those shares. */
  readonly totalLiquidTokens: bigint;
  /** The proxy's pending staking rewards in uxprt (informational; not part of netAmount). */
  readonly totalRemainingRewards: Dec;
  /** The proxy account's unbonding balance. */
  readonly totalUnbondingBalance: bigint;
  /** The proxy account's uxprt balance (rewards withdrawn and not yet restaked). */
  readonly proxyAccBalance: bigint;
}

/** stkXPRT's exchange rate in both directions, under names that cannot be swapped. */
export interface LiquidStakeRates {
  /** stkXPRT per XPRT (falls as rewards accrue): what the chain stores as the c-value. */
  readonly mintRate: Dec;
  /** XPRT per stkXPRT (rises as rewards accrue): `netAmount / supply`, rounded; 0 when no stkXPRT exists. */
  readonly redemptionRate: Dec;
  /** The height the rates were read at. */
  readonly height: bigint;
}

/** One entry of an x/staking unbonding delegation owned by the user: what a liquid unstake leaves behind. */
export interface LiquidUnstakeUnbonding {
  /** The validator the tokens unbond from. */
  readonly validatorAddress: string;
  /** The block height the unbonding started at. */
  readonly creationHeight: bigint;
  /** When x/staking pays it (the first block after it). */
  readonly completionTime: ChainTimestamp;
  /** Tokens when it started. */
  readonly initialBalance: bigint;
  /** Tokens it will pay (less after a slash). */
  readonly balance: bigint;
}

// ---------------------------------------------------------------------------------------------------------------
// x/liquidstakeibc (stkATOM and other stkASSETs)

/** x/liquidstakeibc module parameters. */
export interface LiquidStakeIbcModuleParams {
  /** The admin that may update host chains and params ("" when none). */
  readonly adminAddress: string;
  /** Where deposit, unstake, redemption and restake fees go. */
  readonly feeAddress: string;
}

/** A host chain's fees and limits (HostChainLSParams); fees are fractions (0.005 = 0.5%). */
export interface HostChainLsParams {
  /** Taken from every liquid stake, in stkASSET. */
  readonly depositFee: Dec;
  /** Taken from restaked rewards, in the host token. */
  readonly restakeFee: Dec;
  /** Taken from every liquid unstake, in stkASSET. */
  readonly unstakeFee: Dec;
  /** Taken from every instant redeem, in stkASSET. */
  readonly redemptionFee: Dec;
  /** LSM: share of the validator set one validator may hold. */
  readonly lsmValidatorCap: Dec;
  /** LSM: validator bond factor (−1 = off). */
  readonly lsmBondFactor: Dec;
  /** Max undelegation/redelegation entries on the host. */
  readonly maxEntries: number;
  /** Skew tolerated between validator delegations before rebalancing. */
  readonly redelegationAcceptableDelta: bigint;
  /** The chain turns inactive when the c-value reaches this (strict). */
  readonly upperCValueLimit: Dec;
  /** The chain turns inactive when the c-value falls to this (strict). */
  readonly lowerCValueLimit: Dec;
}

/** An interchain account on the host chain. */
export interface IcaAccount {
  /** Its address on the host. */
  readonly address: string;
  /** Its balance as last read. */
  readonly balance: Coin;
  /** The owner string of the controller port. */
  readonly owner: string;
  /** Whether its channel is open. */
  readonly channelState: "creating" | "created";
}

/** A host validator pSTAKE delegates to. */
export interface HostValidator {
  /** Its operator address on the host. */
  readonly operatorAddress: string;
  /** Its host staking status ("BOND_STATUS_BONDED"...). */
  readonly status: string;
  /** Its share of new delegations. */
  readonly weight: Dec;
  /** Host tokens pSTAKE delegates to it. */
  readonly delegatedAmount: bigint;
  /** Its token/share rate on the host (what an LSM share is worth). */
  readonly exchangeRate: Dec;
  /** Epoch it is being unbonded in (0 when not). */
  readonly unbondingEpoch: bigint;
  /** Whether it takes new delegations. */
  readonly delegable: boolean;
}

/** A registered host chain: where a stkASSET's tokens are staked, its rate, fees and state. */
export interface HostChain {
  /** The host's chain id, "cosmoshub-4". */
  readonly chainId: string;
  /** The IBC connection to the host. */
  readonly connectionId: string;
  /** The ICS-20 channel the host token arrives over. */
  readonly channelId: string;
  /** The ICS-20 port ("transfer"). */
  readonly portId: string;
  /** The token's denom on the host, "uatom". */
  readonly hostDenom: string;
  /** Its IBC voucher here, `ibc/HASH(port/channel/hostDenom)`: what liquidStakeIbc takes. */
  readonly ibcDenom: string;
  /** The stkASSET, `stk/<hostDenom>`: what liquidUnstakeIbc and redeemIbc take. */
  readonly mintDenom: string;
  /** Fees and c-value limits. */
  readonly params: HostChainLsParams;
  /** The delegation interchain account. */
  readonly delegationAccount: IcaAccount | undefined;
  /** The rewards interchain account. */
  readonly rewardsAccount: IcaAccount | undefined;
  /** The host validators. */
  readonly validators: readonly HostValidator[];
  /** The smallest liquid stake, and the smallest unstake (in stk units). */
  readonly minimumDeposit: bigint;
  /** stkASSET per host token (falls as rewards accrue): the rate mints use. */
  readonly cValue: Dec;
  /** The c-value before the last update. */
  readonly lastCValue: Dec;
  /** Host token per stkASSET: `1 / cValue` rounded (what unstakes multiply by); 0 when the c-value is 0. */
  readonly redemptionRate: Dec;
  /** Unbondings are batched into epochs that are multiples of this (in days). */
  readonly unbondingFactor: bigint;
  /** Whether user messages are accepted (false after the c-value left its limits, or before activation). */
  readonly active: boolean;
  /** Daily cap on restaked rewards as a fraction of delegations. */
  readonly autoCompoundFactor: Dec;
  /** Whether LSM shares are accepted (MsgLiquidStakeLSM). */
  readonly lsmEnabled: boolean;
  /** Where rewards in another denom go, if set. */
  readonly rewardParams: { readonly denom: string; readonly destination: string } | undefined;
}

/** A host chain's exchange rate in both directions. */
export interface HostChainExchangeRate {
  /** The host chain. */
  readonly chainId: string;
  /** stkASSET per host token (the chain's c-value, the `ExchangeRate` query's rate). */
  readonly cValue: Dec;
  /** Host token per stkASSET: `1 / cValue`, rounded. */
  readonly redemptionRate: Dec;
  /** The height the rate was read at. */
  readonly height: bigint;
}

/** A deposit record: the host tokens liquid staked in one `day` epoch, on their way to the host. */
export interface HostChainDeposit {
  /** The host chain. */
  readonly chainId: string;
  /** The IBC voucher amount. */
  readonly amount: Coin;
  /** The `day` epoch it belongs to. */
  readonly epoch: bigint;
  /** pending (on Persistence), sent, received (on the host), delegating. */
  readonly state: "pending" | "sent" | "received" | "delegating";
  /** The IBC packet sequence once sent. */
  readonly ibcSequenceId: string;
}

/** An LSM deposit in flight (MsgLiquidStakeLSM until the shares are redeemed on the host). */
export interface LsmDeposit {
  /** The host chain. */
  readonly chainId: string;
  /** Host tokens it is worth. */
  readonly amount: bigint;
  /** LSM shares deposited. */
  readonly shares: Dec;
  /** The share denom on the host, `<valoper>/<record>`. */
  readonly denom: string;
  /** The share voucher here, `ibc/...`. */
  readonly ibcDenom: string;
  /** Who deposited. */
  readonly delegatorAddress: string;
  /** pending, sent, received, untokenizing. */
  readonly state: "pending" | "sent" | "received" | "untokenizing";
  /** The IBC packet sequence once sent. */
  readonly ibcSequenceId: string;
}

/** Lifecycle of an epoch's unbonding. */
export type UnbondingState = "pending" | "initiated" | "maturing" | "matured" | "claimable" | "failed";

/** The unbonding of one host chain for one unbonding epoch (every user's unstakes of that epoch together). */
export interface HostChainUnbonding {
  /** The host chain. */
  readonly chainId: string;
  /** The unbonding epoch (a multiple of the host chain's unbonding factor). */
  readonly epochNumber: bigint;
  /** When the host undelegation matures; `undefined` until it is sent (Go's zero time on chain). */
  readonly matureTime: ChainTimestamp | undefined;
  /** stkASSET burned for it. */
  readonly burnAmount: Coin;
  /** Host tokens it returns. */
  readonly unbondAmount: Coin;
  /** The IBC packet sequence once sent. */
  readonly ibcSequenceId: string;
  /** Where it is in its lifecycle. */
  readonly state: UnbondingState;
}

/** A user's share of an epoch's unbonding: what the user can claim once it is claimable. */
export interface UserUnbonding {
  /** The host chain. */
  readonly chainId: string;
  /** The unbonding epoch. */
  readonly epochNumber: bigint;
  /** The user. */
  readonly address: string;
  /** stkASSET unstaked (after the unstake fee). */
  readonly stkAmount: Coin;
  /** Host tokens paid at the claim (in the host denom; paid as the IBC voucher). */
  readonly unbondAmount: Coin;
}

/** A host validator being fully unbonded. */
export interface ValidatorUnbonding {
  /** The host chain. */
  readonly chainId: string;
  /** The epoch it started in. */
  readonly epochNumber: bigint;
  /** When it matures (`undefined` when unset). */
  readonly matureTime: ChainTimestamp | undefined;
  /** The validator. */
  readonly validatorAddress: string;
  /** Host tokens unbonding. */
  readonly amount: Coin;
  /** The IBC packet sequence. */
  readonly ibcSequenceId: string;
}

/** A redelegation on the host (cosmos.staking Redelegation), amounts as bigint. */
export interface HostRedelegation {
  /** The delegation interchain account. */
  readonly delegatorAddress: string;
  /** Source validator. */
  readonly validatorSrcAddress: string;
  /** Destination validator. */
  readonly validatorDstAddress: string;
  /** Its entries. */
  readonly entries: readonly {
    readonly creationHeight: bigint;
    readonly completionTime: ChainTimestamp | undefined;
    readonly initialBalance: bigint;
    readonly sharesDst: Dec;
  }[];
}

/** A redelegation interchain transaction's state. */
export interface RedelegationTx {
  /** The host chain. */
  readonly chainId: string;
  /** The IBC packet sequence. */
  readonly ibcSequenceId: string;
  /** sent, or acked. */
  readonly state: "sent" | "acked";
}
