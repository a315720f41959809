// x/liquidstake's registered errors (codespace "liquidstake", pstake-native x/liquidstake/types/errors.go, the
// numbering of v2.x–v6 where codes run 2..26) and the non-module errors its handlers return.
import { ChainError } from "../../app/module.js";

const CODESPACE = "liquidstake";

function moduleError(code: number, description: string) {
  return (detail?: string): ChainError => new ChainError(CODESPACE, code, description, detail);
}

/** x/liquidstake errors by their Go names (`ErrModulePaused` → `modulePaused`). */
export const LiquidStakeErrors = {
  activeLiquidValidatorsNotExists: moduleError(2, "active liquid validators not exists"),
  invalidDenom: moduleError(3, "invalid denom"),
  invalidBondDenom: moduleError(4, "invalid bond denom"),
  invalidLiquidBondDenom: moduleError(5, "invalid liquid bond denom"),
  notImplementedYet: moduleError(6, "not implemented yet"),
  lessThanMinLiquidStakeAmount: moduleError(7, "staking amount should be over params.min_liquid_stake_amount"),
  invalidStkXprtSupply: moduleError(8, "invalid liquid bond denom supply"),
  invalidActiveLiquidValidators: moduleError(9, "invalid active liquid validators"),
  liquidValidatorsNotExists: moduleError(10, "liquid validators not exists"),
  insufficientProxyAccBalance: moduleError(
    11,
    "insufficient liquid tokens or balance of proxy account, need to wait for new liquid validator to be added or unbonding of proxy account to be completed",
  ),
  tooSmallLiquidStakeAmount: moduleError(12, "liquid stake amount is too small, the result becomes zero"),
  tooSmallLiquidUnstakingAmount: moduleError(13, "liquid unstaking amount is too small, the result becomes zero"),
  noLpContractAddress: moduleError(14, "CW address of an LP contract is not set"),
  disabledLsm: moduleError(15, "LSM delegation is disabled"),
  lsmTokenizeFailed: moduleError(16, "LSM tokenization failed"),
  lsmRedeemFailed: moduleError(17, "LSM redemption failed"),
  lpContract: moduleError(18, "CW contract execution failed"),
  whitelistedValidatorsList: moduleError(19, "whitelisted validators list incorrect"),
  activeLiquidValidatorsWeightQuorumNotReached: moduleError(20, "active liquid validators weight quorum not reached"),
  modulePaused: moduleError(21, "module functions have been paused"),
  delegationFailed: moduleError(22, "delegation failed"),
  unbondFailed: moduleError(23, "unbond failed"),
  invalidResponse: moduleError(24, "invalid response"),
  unstakeFailed: moduleError(25, "Unstaking failed"),
  redelegateFailed: moduleError(26, "Redelegate failed"),
} as const;

/** sdkerrors.ErrorInvalidSigner (root code 24), wrapped as the msg server wraps it. */
export function invalidSignerError(detail: string): ChainError {
  return new ChainError("sdk", 24, "tx intended signer does not match the given signer", detail);
}

/**
 * A plain Go error (`fmt.Errorf`) returned by a handler: baseapp reports it with codespace "undefined", code 1 and
 * the error text as the log.
 */
export function plainError(text: string): ChainError {
  return new ChainError("undefined", 1, text);
}
