// x/distribution's registered errors (codespace "distribution", x/distribution/types/errors.go).
import { ChainError } from "../../app/module.js";

function distributionError(code: number, description: string) {
  return (detail?: string): ChainError => new ChainError("distribution", code, description, detail);
}

/** x/distribution errors by their Go names (`ErrNoValidatorCommission` → `noValidatorCommission`). */
export const DistributionErrors = {
  emptyDelegatorAddr: distributionError(2, "delegator address is empty"),
  emptyWithdrawAddr: distributionError(3, "withdraw address is empty"),
  emptyValidatorAddr: distributionError(4, "validator address is empty"),
  emptyDelegationDistInfo: distributionError(5, "no delegation distribution info"),
  noValidatorDistInfo: distributionError(6, "no validator distribution info"),
  noValidatorCommission: distributionError(7, "no validator commission to withdraw"),
  setWithdrawAddrDisabled: distributionError(8, "set withdraw address disabled"),
  badDistribution: distributionError(9, "community pool does not have sufficient coins to distribute"),
  noValidatorExists: distributionError(12, "validator does not exist"),
  noDelegationExists: distributionError(13, "delegation does not exist"),
} as const;
