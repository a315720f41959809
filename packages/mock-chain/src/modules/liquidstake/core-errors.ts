// Core's formulas throw `SdkError` with a stable code where the chain fails with a module error; this maps one onto
// the other at the call site, so the chain runs core's math and still answers with the Go module's error.
import { SdkError, type SdkErrorCode } from "@persistence-sdk/core";
import type { ChainError } from "../../app/module.js";

/** Runs a core formula, turning its `SdkError` codes into the chain errors of `map` (others are rethrown). */
export function withChainErrors<T>(
  formula: () => T,
  map: Partial<Record<SdkErrorCode, (error: SdkError) => ChainError>>,
): T {
  try {
    return formula();
  } catch (error) {
    if (error instanceof SdkError) {
      const toChain = map[error.code];
      if (toChain !== undefined) throw toChain(error);
    }
    throw error;
  }
}
