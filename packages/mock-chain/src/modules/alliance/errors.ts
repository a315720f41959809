// The errors x/alliance returns, with the codespaces, codes and wording a node reports:
// - its registered errors (codespace "alliance", x/alliance/types/errors.go);
// - the x/staking and x/gov errors it reuses;
// - gRPC status errors and plain Go errors (fmt.Errorf, bech32 decoding), which carry no ABCI code: baseapp reports
//   them as codespace "undefined", code 1. A node without --trace redacts their log to "internal"; the mock keeps
//   the text, as it keeps panic messages, because it is what tells a developer what went wrong.
import { SdkError } from "@persistence-sdk/core";
import { ChainError } from "../../app/module.js";
import { StakingErrors } from "../staking/errors.js";

const ALLIANCE = "alliance";

function allianceError(code: number, description: string) {
  return (detail?: string): ChainError => new ChainError(ALLIANCE, code, description, detail);
}

/** x/alliance's registered errors by their Go names. */
export const AllianceErrors = {
  insufficientTokens: allianceError(21, "insufficient tokens"),
  unknownAsset: allianceError(30, "alliance asset is not whitelisted"),
  alreadyExists: allianceError(31, "alliance asset already exists"),
  // UNVERIFIED: the errors.go that declares ErrActiveDelegationsExists is not in the stored sources; code and wording
  // follow the neighbouring asset errors (30, 31).
  activeDelegationsExists: allianceError(32, "there are still active delegations for this alliance asset"),
  rewardWeightOutOfBound: allianceError(40, "alliance asset must be between reward_weight_range"),
} as const;

/** x/gov's ErrInvalidSigner (code 13), wrapped as the alliance msg server does. */
export function invalidAuthority(expected: string, got: string): ChainError {
  return new ChainError(
    "gov",
    13,
    "expected gov account as only signer for proposal message",
    `invalid authority; expected ${expected}, got ${got}`,
  );
}

/** A Go error without an ABCI code (fmt.Errorf, bech32 decoding): codespace "undefined", code 1. */
export function plainError(text: string): ChainError {
  return new ChainError("undefined", 1, text);
}

/** A gRPC status error returned by a Msg handler: status.Errorf(code, ...) has no ABCI code either. */
export function statusError(code: "InvalidArgument" | "NotFound" | "AlreadyExists" | "Internal", text: string) {
  return plainError(`rpc error: code = ${code} desc = ${text}`);
}

/**
 * The chain's error for a failure core's alliance math reports: core names the Go keeper error it mirrors
 * (ErrInsufficientShares, ErrInsufficientTokens, ErrTransitiveRedelegation...). Anything else is a bug in state or
 * input that Go would panic on, so it goes on as a panic.
 */
export function fromCoreError(error: unknown): unknown {
  if (!(error instanceof SdkError)) return error;
  switch (error.code) {
    case "ALLIANCE_INSUFFICIENT_SHARES":
      return StakingErrors.insufficientShares();
    case "ALLIANCE_INSUFFICIENT_TOKENS":
      return AllianceErrors.insufficientTokens(error.message.replace(/^.*?(wanted \d+ but have \d+).*$/s, "$1"));
    case "ALLIANCE_TRANSITIVE_REDELEGATION":
      return StakingErrors.transitiveRedelegation();
    case "ALLIANCE_SELF_REDELEGATION":
      return statusError("InvalidArgument", "Cannot redelegate to the same validator");
    case "ALLIANCE_UNKNOWN_ASSET":
      return AllianceErrors.unknownAsset();
    default:
      return error;
  }
}

/** Runs core math, turning its keeper-error equivalents into the chain's errors. */
export function withCoreErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw fromCoreError(error);
  }
}
