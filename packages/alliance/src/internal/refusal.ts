import { SdkError } from "@persistence-sdk/core";

/** The core error codes that mean "the chain would refuse this", as opposed to bad input or inconsistent state. */
const REFUSALS: ReadonlySet<string> = new Set([
  "ALLIANCE_INSUFFICIENT_SHARES",
  "ALLIANCE_INSUFFICIENT_TOKENS",
  "ALLIANCE_TRANSITIVE_REDELEGATION",
  "ALLIANCE_SELF_REDELEGATION",
  "DIVISION_BY_ZERO",
]);

/** Runs core math that mirrors a keeper; a refusal comes back as the error, anything else is thrown. */
export function refusalOf<T>(run: () => T): { readonly value: T } | { readonly refusal: SdkError } {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof SdkError && REFUSALS.has(error.code)) return { refusal: error };
    throw error;
  }
}

/** The refusal for an undelegation or redelegation from a delegation that does not exist. */
export function noDelegationRefusal(delegator: string, validator: string, denom: string): SdkError {
  return new SdkError("ALLIANCE_INSUFFICIENT_SHARES", "there is no delegation of this asset with this validator", {
    field: "validator",
    value: { delegator, validator, denom },
    fix: "Pick a validator the delegator has delegated this asset to (getAllianceDelegations).",
  });
}
