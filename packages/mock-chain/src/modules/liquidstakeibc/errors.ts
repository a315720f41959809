// x/liquidstakeibc's registered errors (codespace "liquidstakeibc", pstake-native v2.16 x/liquidstakeibc/types/errors.go)
// and the root and gov errors its handlers return.
import { ChainError } from "../../app/module.js";

const CODESPACE = "liquidstakeibc";

function moduleError(code: number, description: string) {
  return (detail?: string): ChainError => new ChainError(CODESPACE, code, description, detail);
}

/** x/liquidstakeibc errors by their Go names (`ErrHostChainInactive` → `hostChainInactive`). */
export const LiquidStakeIbcErrors = {
  invalidDenom: moduleError(2000, "invalid token denom"),
  invalidHostChain: moduleError(2001, "host chain not registered"),
  minDeposit: moduleError(2002, "deposit amount less than minimum deposit"),
  failedDeposit: moduleError(2003, "deposit failed"),
  mintFailed: moduleError(2004, "minting failed"),
  registerFailed: moduleError(2005, "host chain register failed"),
  failedIcqRequest: moduleError(2006, "icq failed"),
  depositNotFound: moduleError(2007, "deposit record not found"),
  icaTxFailure: moduleError(2008, "ica transaction failed"),
  invalidMessages: moduleError(2009, "not enough messages"),
  invalidResponses: moduleError(2010, "not enough message responses"),
  validatorNotFound: moduleError(2011, "validator not found"),
  notEnoughDelegations: moduleError(2012, "delegated amount is less than undelegation amount requested"),
  redeemFailed: moduleError(2013, "an error occurred while instant redeeming tokens"),
  burnFailed: moduleError(2014, "burn failed"),
  parsingAmount: moduleError(2015, "could not parse message amount"),
  hostChainInactive: moduleError(2016, "host chain is not active"),
  invalidParams: moduleError(2017, "invalid params"),
  invalidLsmDenom: moduleError(2018, "invalid lsm token denom"),
  lsmNotEnabled: moduleError(2019, "host chain has LSM staking disabled"),
  lsmDepositProcessing: moduleError(2020, "already processing LSM deposit"),
  lsmValidatorInvalidState: moduleError(2021, "validator invalid state"),
  insufficientDeposits: moduleError(2022, "insufficient deposits"),
} as const;

/** govtypes.ErrInvalidSigner (gov code 13), which the authority checks wrap. */
export function govInvalidSigner(detail: string): ChainError {
  return new ChainError("gov", 13, "expected gov account as only signer for proposal message", detail);
}

/** sdkerrors.ErrKeyNotFound returned bare by a query handler, as baseapp turns it into an ABCI error. */
export function keyNotFound(): ChainError {
  return new ChainError("sdk", 22, "key not found", "key not found");
}
