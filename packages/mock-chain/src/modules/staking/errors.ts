// x/staking's registered errors (codespace "staking", x/staking/types/errors.go). Codes and descriptions are the
// SDK's, so clients can switch on them; root "sdk" errors come from app/sdk-errors.ts.
import { ChainError } from "../../app/module.js";

const STAKING = "staking";

function stakingError(code: number, description: string) {
  return (detail?: string): ChainError => new ChainError(STAKING, code, description, detail);
}

/** x/staking errors by their Go names (`ErrNoValidatorFound` → `noValidatorFound`). */
export const StakingErrors = {
  emptyValidatorAddr: stakingError(2, "empty validator address"),
  noValidatorFound: stakingError(3, "validator does not exist"),
  validatorOwnerExists: stakingError(
    4,
    "validator already exist for this operator address; must use new validator operator address",
  ),
  validatorPubKeyExists: stakingError(5, "validator already exist for this pubkey; must use new validator pubkey"),
  validatorPubKeyTypeNotSupported: stakingError(6, "validator pubkey type is not supported"),
  validatorJailed: stakingError(7, "validator for this address is currently jailed"),
  commissionNegative: stakingError(9, "commission must be positive"),
  commissionHuge: stakingError(10, "commission cannot be more than 100%"),
  commissionGTMaxRate: stakingError(11, "commission cannot be more than the max rate"),
  commissionUpdateTime: stakingError(12, "commission cannot be changed more than once in 24h"),
  commissionChangeRateNegative: stakingError(13, "commission change rate must be positive"),
  commissionChangeRateGTMaxRate: stakingError(14, "commission change rate cannot be more than the max rate"),
  commissionGTMaxChangeRate: stakingError(15, "commission cannot be changed more than max change rate"),
  selfDelegationBelowMinimum: stakingError(
    16,
    "validator's self delegation must be greater than their minimum self delegation",
  ),
  minSelfDelegationDecreased: stakingError(17, "minimum self delegation cannot be decrease"),
  noDelegation: stakingError(19, "no delegation for (address, validator) tuple"),
  noDelegatorForAddress: stakingError(21, "delegator does not contain delegation"),
  insufficientShares: stakingError(22, "insufficient delegation shares"),
  notEnoughDelegationShares: stakingError(24, "not enough delegation shares"),
  noUnbondingDelegation: stakingError(26, "no unbonding delegation found"),
  maxUnbondingDelegationEntries: stakingError(
    27,
    "too many unbonding delegation entries for (delegator, validator) tuple",
  ),
  noRedelegation: stakingError(28, "no redelegation found"),
  selfRedelegation: stakingError(29, "cannot redelegate to the same validator"),
  tinyRedelegationAmount: stakingError(30, "too few tokens to redelegate (truncates to zero tokens)"),
  badRedelegationDst: stakingError(31, "redelegation destination validator not found"),
  transitiveRedelegation: stakingError(
    32,
    "redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation",
  ),
  maxRedelegationEntries: stakingError(
    33,
    "too many redelegation entries for (delegator, src-validator, dst-validator) tuple",
  ),
  delegatorShareExRateInvalid: stakingError(34, "cannot delegate to validators with invalid (zero) ex-rate"),
  noHistoricalInfo: stakingError(38, "no historical info found"),
  emptyValidatorPubKey: stakingError(39, "empty validator public key"),
  commissionLTMinRate: stakingError(40, "commission cannot be less than min rate"),
} as const;
