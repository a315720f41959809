/**
 * x/liquidstakeibc (stkATOM, stkOSMO, stkDYDX...): exact c-value, mint, unstake, redeem and epoch math.
 *
 * Source: persistenceOne/pstake-native tag v2.16.0 (the last version with this keeper), `x/liquidstakeibc/...`
 * (reference/pstake-math.md Part 2). The module was removed from core-1 in v12.0.0; the math stays for history and
 * for chains that still run it.
 *
 * `cValue` = stkASSET per ASSET (`minted / liquidStaked`), the same direction as liquidstake's `mintRate`; it falls as
 * rewards accrue. Its inverse, the `redemptionRate`, is ASSET per stkASSET.
 */
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  amountArg,
  amountListArg,
  decArg,
  fractionArg,
  nonNegativeDecArg,
  nonNegativeIntegerArg,
  positiveIntegerArg,
  sum,
} from "./checks.js";

/** x/liquidstakeibc types/keys.go `Percentage`. */
const PERCENTAGE = Dec.fromInt(100n);
/** x/liquidstakeibc types/keys.go `DaysInYear`. */
const DAYS_IN_YEAR = Dec.fromInt(365n);
/** x/liquidstakeibc types/keys.go `CValueDynamicLowerDiff`. */
const C_VALUE_DYNAMIC_LOWER_DIFF = Dec.fromInt(2n);
/** x/liquidstakeibc types/keys.go `CValueDynamicUpperDiff`. */
const C_VALUE_DYNAMIC_UPPER_DIFF = Dec.fromInt(10n);
/** Length of the `day` epoch that drives delegation, undelegation and rewards (types/keys.go epoch identifiers). */
export const LIQUID_STAKE_IBC_DAY_EPOCH_SECONDS = 86400n;

/** The amounts the c-value counts as liquid staked (keeper/keeper.go:266-284). */
export interface LiquidStakeIbcStakedParts {
  /** Σ amount of the chain's LSM deposits not yet detokenized (GetLSMDepositAmountUntokenized). */
  readonly lsmDepositAmountUntokenized: bigint;
  /** Σ validator.delegated_amount on the host chain (GetHostChainTotalDelegations). */
  readonly totalDelegations: bigint;
  /** Deposits still on Persistence (GetDepositAmountOnPersistence). */
  readonly depositAmountOnPersistence: bigint;
  /** Deposits received on the host chain, not yet delegated (GetDepositAmountOnHostChain). */
  readonly depositAmountOnHostChain: bigint;
  /** Amounts of validators being fully unbonded (GetAllValidatorUnbondedAmount). */
  readonly validatorUnbondingAmount: bigint;
}

/**
 * Σ `delegated_amount` over the host chain's validators.
 *
 * Go: x/liquidstakeibc/types/host_chain.go `HostChain.GetHostChainTotalDelegations`.
 */
export function liquidStakeIbcTotalDelegations(validators: readonly { readonly delegatedAmount: bigint }[]): bigint {
  return sum(
    amountListArg(
      validators.map((v) => v.delegatedAmount),
      "validators.delegatedAmount",
    ),
  );
}

/**
 * Everything the c-value counts as staked: untokenized LSM deposits + delegations + deposits on Persistence + deposits
 * on the host chain + validator unbondings.
 *
 * Go: x/liquidstakeibc/keeper/keeper.go:266-284 `UpdateCValue` (liquidStakedAmount).
 */
export function liquidStakeIbcLiquidStakedAmount(parts: LiquidStakeIbcStakedParts): bigint {
  return (
    amountArg(parts.lsmDepositAmountUntokenized, "lsmDepositAmountUntokenized") +
    amountArg(parts.totalDelegations, "totalDelegations") +
    amountArg(parts.depositAmountOnPersistence, "depositAmountOnPersistence") +
    amountArg(parts.depositAmountOnHostChain, "depositAmountOnHostChain") +
    amountArg(parts.validatorUnbondingAmount, "validatorUnbondingAmount")
  );
}

/**
 * `cValue = Dec(mintedAmount).Quo(Dec(liquidStakedAmount))`, and exactly 1 when either is 0.
 *
 * Go: x/liquidstakeibc/keeper/keeper.go:286-291 `UpdateCValue` (cValue).
 */
export function liquidStakeIbcCValue(input: {
  readonly mintedAmount: bigint;
  readonly liquidStakedAmount: bigint;
}): Dec {
  const minted = amountArg(input.mintedAmount, "mintedAmount");
  const staked = amountArg(input.liquidStakedAmount, "liquidStakedAmount");
  if (minted === 0n || staked === 0n) return Dec.ONE;
  return Dec.fromInt(minted).quo(Dec.fromInt(staked));
}

/**
 * `redemptionRate` = ASSET per stkASSET = `1.Quo(cValue)`, rounded half-even: exactly the factor MsgLiquidUnstake
 * multiplies by (see {@link liquidStakeIbcUnstakeAmounts}). MsgRedeem divides by the c-value directly instead, so its
 * result can differ by a unit from `amount·redemptionRate`. Throws `DIVISION_BY_ZERO` for a zero c-value.
 *
 * Go: x/liquidstakeibc/keeper/msg_server.go:780-781 `LiquidUnstake` (`OneDec.Quo(cValue)`).
 */
export function liquidStakeIbcRedemptionRate(cValue: Dec): Dec {
  decArg(cValue, "cValue");
  if (!cValue.isPositive()) {
    throw new SdkError("DIVISION_BY_ZERO", "the c-value must be positive", {
      field: "cValue",
      value: cValue.toString(),
      fix: "Read HostChain.c_value from the HostChain query.",
    });
  }
  return Dec.ONE.quo(cValue);
}

/**
 * True when `lower < cValue < upper` (both strict). When false the chain marks the host chain inactive and every
 * message for it fails with ErrHostChainInactive.
 *
 * Go: x/liquidstakeibc/keeper/keeper.go:356-358 `CValueWithinLimits`.
 */
export function liquidStakeIbcCValueWithinLimits(input: {
  readonly cValue: Dec;
  readonly lowerCValueLimit: Dec;
  readonly upperCValueLimit: Dec;
}): boolean {
  const c = decArg(input.cValue, "cValue");
  return (
    c.lt(decArg(input.upperCValueLimit, "upperCValueLimit")) && c.gt(decArg(input.lowerCValueLimit, "lowerCValueLimit"))
  );
}

/**
 * Daily reward cap from the yearly percentage given at registration (MsgRegisterHostChain.auto_compound_factor, an
 * int64) or update (a decimal string): `Dec(factor).Quo(100).Quo(365)`, each Quo rounded. 20 (% a year) gives
 * 0.000547945205479452.
 *
 * Go: x/liquidstakeibc/keeper/keeper.go:399-401 `CalculateAutocompoundLimit`.
 */
export function liquidStakeIbcAutoCompoundFactor(factor: Dec | bigint): Dec {
  const percent = typeof factor === "bigint" ? Dec.fromInt(factor) : nonNegativeDecArg(factor, "factor");
  if (percent.isNegative()) {
    throw new SdkError("INVALID_ARGUMENT", "the autocompound factor must not be negative", {
      field: "factor",
      value: factor,
      fix: "Pass the yearly reward cap in percent, such as 20n.",
    });
  }
  return percent.quo(PERCENTAGE).quo(DAYS_IN_YEAR);
}

/**
 * The c-value limits the chain sets after an update that kept the chain active:
 * `diff = Dec(totalDelegations).Mul(autoCompoundFactor).Mul(2)`,
 * `lower = Dec(minted).Quo(Dec(liquidStaked) + diff)`, `upper = cValue + (cValue − lower).Mul(10)`.
 * Returns `undefined` when minted or liquid staked is 0: the limits are then left as they are.
 *
 * (reference/pstake-math.md 2.1 words the guard as "unless total delegations are 0"; the keeper source read for this
 * code returns early on `mintedAmount.IsZero() || lsAmount.IsZero()`, and its test leaves the limits untouched for
 * (0, 0). With minted and staked positive but no delegation yet, this computes lower = cValue = upper, as that source
 * does.)
 *
 * Go: x/liquidstakeibc/keeper/keeper.go:360-397 `RecalculateCValueLimits`.
 */
export function liquidStakeIbcCValueLimits(input: {
  readonly cValue: Dec;
  readonly mintedAmount: bigint;
  readonly liquidStakedAmount: bigint;
  readonly totalDelegations: bigint;
  /** HostChain.auto_compound_factor, already converted by {@link liquidStakeIbcAutoCompoundFactor}. */
  readonly autoCompoundFactor: Dec;
}): { readonly lowerCValueLimit: Dec; readonly upperCValueLimit: Dec } | undefined {
  const c = decArg(input.cValue, "cValue");
  const minted = amountArg(input.mintedAmount, "mintedAmount");
  const staked = amountArg(input.liquidStakedAmount, "liquidStakedAmount");
  const delegations = amountArg(input.totalDelegations, "totalDelegations");
  const factor = nonNegativeDecArg(input.autoCompoundFactor, "autoCompoundFactor");
  if (minted === 0n || staked === 0n) return undefined;
  const diff = Dec.fromInt(delegations).mul(factor).mul(C_VALUE_DYNAMIC_LOWER_DIFF);
  const lowerCValueLimit = Dec.fromInt(minted).quo(Dec.fromInt(staked).add(diff));
  const upperCValueLimit = c.add(c.sub(lowerCValueLimit).mul(C_VALUE_DYNAMIC_UPPER_DIFF));
  return { lowerCValueLimit, upperCValueLimit };
}

function checkMinimumDeposit(amount: bigint, minimumDeposit: bigint, field: string, unit: string): void {
  amountArg(minimumDeposit, "minimumDeposit");
  if (amount < minimumDeposit) {
    throw new SdkError("AMOUNT_BELOW_MINIMUM", `below the host chain's minimum deposit of ${minimumDeposit}`, {
      field,
      value: amount,
      fix: `Send at least ${minimumDeposit} ${unit} (HostChain.minimum_deposit, ErrMinDeposit).`,
    });
  }
}

function positiveCValue(cValue: Dec): Dec {
  decArg(cValue, "cValue");
  if (!cValue.isPositive()) {
    throw new SdkError("DIVISION_BY_ZERO", "the c-value must be positive", {
      field: "cValue",
      value: cValue.toString(),
      fix: "Read HostChain.c_value from the HostChain query.",
    });
  }
  return cValue;
}

/** stkASSET amounts of a liquid stake. */
export interface LiquidStakeIbcMintAmounts {
  /** `TruncateInt(Dec(amount).Mul(cValue))`, minted to the module. */
  readonly mintAmount: bigint;
  /** `TruncateInt(depositFee.MulInt(mintAmount))`, in stkASSET, sent to params.fee_address. */
  readonly fee: bigint;
  /** `mintAmount − fee`, what the staker receives. */
  readonly received: bigint;
}

function mintFromDeposit(amount: bigint, cValue: Dec, depositFee: Dec): LiquidStakeIbcMintAmounts {
  const mintAmount = Dec.fromInt(amount).mul(cValue).truncateInt();
  const fee = depositFee.mulInt(mintAmount).truncateInt();
  return { mintAmount, fee, received: mintAmount - fee };
}

/**
 * MsgLiquidStake: `mint = TruncateInt(Dec(amount).Mul(cValue))`, `fee = TruncateInt(depositFee.MulInt(mint))` taken in
 * stkASSET, the staker gets `mint − fee`. Throws `AMOUNT_BELOW_MINIMUM` below `minimumDeposit` (ErrMinDeposit).
 *
 * Go: x/liquidstakeibc/keeper/msg_server.go:423-559 `LiquidStake`.
 */
export function liquidStakeIbcMintAmounts(input: {
  /** IBC-denom amount deposited. */
  readonly amount: bigint;
  readonly cValue: Dec;
  /** HostChainLSParams.deposit_fee, a fraction. */
  readonly depositFee: Dec;
  /** HostChain.minimum_deposit. */
  readonly minimumDeposit: bigint;
}): LiquidStakeIbcMintAmounts {
  const amount = amountArg(input.amount, "amount");
  const cValue = positiveCValue(input.cValue);
  const fee = fractionArg(input.depositFee, "depositFee");
  checkMinimumDeposit(amount, input.minimumDeposit, "amount", "base units of the host token");
  return mintFromDeposit(amount, cValue, fee);
}

/**
 * MsgLiquidStakeLSM, per delegation: the deposit is valued at the validator's exchange rate,
 * `TruncateInt(Dec(lsmTokens).Mul(exchangeRate))`; the minimum-deposit check reads the untruncated Dec value; the mint
 * and fee then follow {@link liquidStakeIbcMintAmounts} on the truncated deposit.
 *
 * Go: x/liquidstakeibc/keeper/msg_server.go:562-694 `LiquidStakeLSM`.
 */
export function liquidStakeIbcLsmMintAmounts(input: {
  /** Amount of the LSM share denom (`{valoper}/{record id}`) sent. */
  readonly lsmTokens: bigint;
  /** The host validator's token/share rate (Validator.exchange_rate). */
  readonly exchangeRate: Dec;
  readonly cValue: Dec;
  readonly depositFee: Dec;
  readonly minimumDeposit: bigint;
}): LiquidStakeIbcMintAmounts & { readonly depositAmount: bigint } {
  const tokens = amountArg(input.lsmTokens, "lsmTokens");
  const rate = nonNegativeDecArg(input.exchangeRate, "exchangeRate");
  const cValue = positiveCValue(input.cValue);
  const fee = fractionArg(input.depositFee, "depositFee");
  const minimum = amountArg(input.minimumDeposit, "minimumDeposit");
  const value = Dec.fromInt(tokens).mul(rate);
  if (value.lt(Dec.fromInt(minimum))) {
    throw new SdkError("AMOUNT_BELOW_MINIMUM", `below the host chain's minimum deposit of ${minimum}`, {
      field: "lsmTokens",
      value: tokens,
      fix: `Deposit LSM shares worth at least ${minimum} base units (HostChain.minimum_deposit, ErrMinDeposit).`,
    });
  }
  const depositAmount = value.truncateInt();
  return { depositAmount, ...mintFromDeposit(depositAmount, cValue, fee) };
}

/** Amounts of a liquid unstake. */
export interface LiquidStakeIbcUnstakeAmounts {
  /** `TruncateInt(unstakeFee.MulInt(amount))`, stkASSET sent to params.fee_address. */
  readonly fee: bigint;
  /** `amount − fee`, the stkASSET burned when the unbonding is claimed. */
  readonly unstakeAmount: bigint;
  /** `TruncateInt(Dec(unstakeAmount).Mul(1.Quo(cValue)))`: host tokens the user can claim after the unbonding. */
  readonly unbondAmount: bigint;
}

/**
 * MsgLiquidUnstake: `fee = TruncateInt(unstakeFee.MulInt(amount))`, `unstake = amount − fee`,
 * `unbond = TruncateInt(Dec(unstake).Mul(1.Quo(cValue)))` — the product with the *rounded* reciprocal, which can
 * differ by a unit from dividing by the c-value. Throws `AMOUNT_BELOW_MINIMUM` below `minimumDeposit` (in stk units).
 * The chain also refuses when the epoch's total unbond reaches the host chain's total delegations (ErrNotEnoughDelegations);
 * pass `totalDelegations` and `epochUnbondAmount` to check that too.
 *
 * Go: x/liquidstakeibc/keeper/msg_server.go:697-828 `LiquidUnstake`.
 */
export function liquidStakeIbcUnstakeAmounts(input: {
  /** stkASSET amount. */
  readonly amount: bigint;
  readonly cValue: Dec;
  /** HostChainLSParams.unstake_fee. */
  readonly unstakeFee: Dec;
  readonly minimumDeposit: bigint;
  /** Σ validator.delegated_amount (for the ErrNotEnoughDelegations check). */
  readonly totalDelegations?: bigint;
  /** Unbond amount already queued for the same unbonding epoch (Unbonding.unbond_amount). */
  readonly epochUnbondAmount?: bigint;
}): LiquidStakeIbcUnstakeAmounts {
  const amount = amountArg(input.amount, "amount");
  const cValue = positiveCValue(input.cValue);
  const feeRate = fractionArg(input.unstakeFee, "unstakeFee");
  checkMinimumDeposit(amount, input.minimumDeposit, "amount", "stk base units");
  const fee = feeRate.mulInt(amount).truncateInt();
  const unstakeAmount = amount - fee;
  const unbondAmount = Dec.fromInt(unstakeAmount).mul(Dec.ONE.quo(cValue)).truncateInt();
  if (input.totalDelegations !== undefined) {
    const delegations = amountArg(input.totalDelegations, "totalDelegations");
    const queued = amountArg(input.epochUnbondAmount ?? 0n, "epochUnbondAmount");
    if (delegations <= queued + unbondAmount) {
      throw new SdkError("INSUFFICIENT_LIQUIDITY", "the epoch's unbondings would reach the host chain's delegations", {
        field: "amount",
        value: amount,
        fix: "Unstake less, or wait for the next unbonding epoch (ErrNotEnoughDelegations).",
      });
    }
  }
  return { fee, unstakeAmount, unbondAmount };
}

/** Amounts of an instant redeem. */
export interface LiquidStakeIbcRedeemAmounts {
  /** `TruncateInt(redemptionFee.MulInt(amount))`, stkASSET sent to params.fee_address. */
  readonly fee: bigint;
  /** `amount − fee`, burned. */
  readonly burnAmount: bigint;
  /** `TruncateInt(Dec(burnAmount).Quo(cValue))`, IBC tokens paid at once from the deposit account. */
  readonly redeemAmount: bigint;
}

/**
 * MsgRedeem (instant): `fee = TruncateInt(redemptionFee.MulInt(amount))`, `redeem = TruncateInt(Dec(amount − fee).Quo(cValue))`
 * (a direct Quo, unlike the unstake). Pass `depositAccountBalance` to apply the chain's liquidity check: it refuses
 * when `redeem ≥ balance` (`INSUFFICIENT_LIQUIDITY`).
 *
 * Go: x/liquidstakeibc/keeper/msg_server.go:831-986 `Redeem`.
 */
export function liquidStakeIbcRedeemAmounts(input: {
  readonly amount: bigint;
  readonly cValue: Dec;
  /** HostChainLSParams.redemption_fee. */
  readonly redemptionFee: Dec;
  /** IBC-denom balance of the deposit module account. */
  readonly depositAccountBalance?: bigint;
}): LiquidStakeIbcRedeemAmounts {
  const amount = amountArg(input.amount, "amount");
  const cValue = positiveCValue(input.cValue);
  const feeRate = fractionArg(input.redemptionFee, "redemptionFee");
  const fee = feeRate.mulInt(amount).truncateInt();
  const burnAmount = amount - fee;
  const redeemAmount = Dec.fromInt(burnAmount).quo(cValue).truncateInt();
  if (input.depositAccountBalance !== undefined) {
    const balance = amountArg(input.depositAccountBalance, "depositAccountBalance");
    if (redeemAmount >= balance) {
      throw new SdkError("INSUFFICIENT_LIQUIDITY", "not enough deposits for an instant redeem", {
        field: "amount",
        value: amount,
        fix: `Redeem less (deposits hold ${balance}) or use a liquid unstake.`,
      });
    }
  }
  return { fee, burnAmount, redeemAmount };
}

/**
 * Autocompounded rewards arriving from the host chain: `fee = TruncateInt(restakeFee.MulInt(transferAmount))` goes to
 * params.fee_address, `deposit = transferAmount − fee` joins the current deposit and raises the redemption rate.
 *
 * Go: x/liquidstakeibc/keeper/hooks.go:251-325 `OnRecvIBCTransferPacket` (autocompound branch).
 */
export function liquidStakeIbcRestakeAmounts(input: {
  readonly transferAmount: bigint;
  /** HostChainLSParams.restake_fee. */
  readonly restakeFee: Dec;
}): { readonly fee: bigint; readonly depositAmount: bigint } {
  const transfer = amountArg(input.transferAmount, "transferAmount");
  const fee = fractionArg(input.restakeFee, "restakeFee").mulInt(transfer).truncateInt();
  return { fee, depositAmount: transfer - fee };
}

/**
 * The epoch an unstake made in `epochNumber` is batched into: the next multiple of `unbondingFactor` (the epoch itself
 * if it is one). Both are the int64s of the chain; the factor must be positive.
 *
 * Go: x/liquidstakeibc/types/liquidstakeibc.go:34-39 `CurrentUnbondingEpoch`.
 */
export function liquidStakeIbcCurrentUnbondingEpoch(unbondingFactor: bigint, epochNumber: bigint): bigint {
  const factor = positiveIntegerArg(unbondingFactor, "unbondingFactor");
  const epoch = nonNegativeIntegerArg(epochNumber, "epochNumber");
  const remainder = epoch % factor;
  return remainder === 0n ? epoch : epoch + factor - remainder;
}

/**
 * Whether the host-chain undelegation is sent at the end of `epochNumber` (`epochNumber % factor == 0`).
 *
 * Go: x/liquidstakeibc/types/liquidstakeibc.go `IsUnbondingEpoch`.
 */
export function liquidStakeIbcIsUnbondingEpoch(unbondingFactor: bigint, epochNumber: bigint): boolean {
  const factor = positiveIntegerArg(unbondingFactor, "unbondingFactor");
  return nonNegativeIntegerArg(epochNumber, "epochNumber") % factor === 0n;
}

/** When an unstake made now is expected to become claimable. */
export interface LiquidStakeIbcClaimEstimate {
  /** The unbonding epoch the unstake joins ({@link liquidStakeIbcCurrentUnbondingEpoch}). */
  readonly unbondingEpoch: bigint;
  /** End of that epoch: the undelegation ICA transaction is sent then (AfterEpochEnd of the `day` epoch). */
  readonly undelegationTime: Date;
  /** `undelegationTime` + the host chain's unbonding time: the earliest the tokens can be back and claimable. */
  readonly claimableTime: Date;
}

/**
 * Expected claim date of a liquidstakeibc unstake. The chain sends the epoch's undelegation when epoch `U` ends
 * (AfterEpochEnd(day, U) with `U % factor == 0`, keeper/hooks.go UndelegationWorkflow); epoch `U` ends at
 * `currentEpochStartTime + (U − currentEpoch + 1)·epochDuration`. The tokens come back after the host chain's
 * unbonding time and are paid by DoClaim (abci.go:137-259).
 *
 * Assumptions (the estimate is a lower bound): epochs tick exactly on schedule (x/epochs fires at the first block past
 * the boundary), the ICA undelegation and the ICS-20 transfer back are relayed at once, the undelegation does not fail,
 * and the host's unbonding time does not change. Real claims come minutes to hours later.
 *
 * Go: x/liquidstakeibc/types/liquidstakeibc.go:34-39 `CurrentUnbondingEpoch` + keeper/hooks.go `UndelegationWorkflow`.
 */
export function liquidStakeIbcExpectedClaimTime(input: {
  /** x/epochs current_epoch of the `day` identifier. */
  readonly currentEpoch: bigint;
  /** x/epochs current_epoch_start_time of the `day` identifier. */
  readonly currentEpochStartTime: Date;
  /** HostChain.unbonding_factor. */
  readonly unbondingFactor: bigint;
  /** Host chain's x/staking unbonding_time, in seconds (21 days = 1814400n on the Cosmos Hub). */
  readonly hostUnbondingTimeSeconds: bigint;
  /** Length of the `day` epoch in seconds; 86400n unless the chain changed it. */
  readonly epochDurationSeconds?: bigint;
}): LiquidStakeIbcClaimEstimate {
  const start = input.currentEpochStartTime;
  if (!(start instanceof Date) || Number.isNaN(start.getTime())) {
    throw new SdkError("INVALID_ARGUMENT", "expected a valid Date", {
      field: "currentEpochStartTime",
      value: start,
      fix: "Pass the epoch's current_epoch_start_time as a Date.",
    });
  }
  const epoch = nonNegativeIntegerArg(input.currentEpoch, "currentEpoch");
  const duration = positiveIntegerArg(
    input.epochDurationSeconds ?? LIQUID_STAKE_IBC_DAY_EPOCH_SECONDS,
    "epochDurationSeconds",
  );
  const unbondingTime = nonNegativeIntegerArg(input.hostUnbondingTimeSeconds, "hostUnbondingTimeSeconds");
  const unbondingEpoch = liquidStakeIbcCurrentUnbondingEpoch(input.unbondingFactor, epoch);
  const startMs = BigInt(start.getTime());
  const undelegationMs = startMs + (unbondingEpoch - epoch + 1n) * duration * 1000n;
  const claimableMs = undelegationMs + unbondingTime * 1000n;
  return {
    unbondingEpoch,
    undelegationTime: new Date(Number(undelegationMs)),
    claimableTime: new Date(Number(claimableMs)),
  };
}
