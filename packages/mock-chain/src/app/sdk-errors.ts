import { ChainError } from "./module.js";

/** The root codespace errors of the Cosmos SDK (types/errors/errors.go) that the chain itself raises. */
const SDK_ERRORS = {
  2: "tx parse error",
  3: "invalid sequence",
  4: "unauthorized",
  5: "insufficient funds",
  6: "unknown request",
  7: "invalid address",
  8: "invalid pubkey",
  9: "unknown address",
  10: "invalid coins",
  11: "out of gas",
  12: "memo too large",
  13: "insufficient fee",
  14: "maximum number of signatures exceeded",
  15: "no signatures supplied",
  18: "invalid request",
  19: "tx already in mempool",
  20: "mempool is full",
  21: "tx too large",
  22: "key not found",
  26: "invalid height",
  28: "invalid chain-id",
  29: "invalid type",
  30: "tx timeout height",
  31: "unknown extension options",
  32: "incorrect account sequence",
  35: "internal logic error",
  37: "feature not supported",
  41: "invalid gas limit",
} as const;

/** A code of the SDK's root codespace that the chain raises. */
export type SdkErrorCode = keyof typeof SDK_ERRORS;

/** `errorsmod.Wrap(sdkerrors.Err<code>, detail)`: codespace "sdk", the registered description, the detail before it. */
export function sdkError(code: SdkErrorCode, detail?: string): ChainError {
  return new ChainError("sdk", code, SDK_ERRORS[code], detail);
}

/** `errorsmod.Wrapf(err, context)`: same codespace and code, the context prepended to the log. */
export function wrapError(error: ChainError, context: string): ChainError {
  const wrapped = new ChainError(error.codespace, error.code, error.description);
  wrapped.message = `${context}: ${error.message}`;
  return wrapped;
}

/**
 * What baseapp's recovery makes of a panic in a handler (anything thrown that is not a `ChainError`): codespace
 * "undefined", code 111222 (errorsmod.ErrPanic). A real node redacts the message; the mock keeps it, since the
 * panic is in code the developer is writing.
 */
export function panicError(thrown: unknown): ChainError {
  const text = thrown instanceof Error ? thrown.message : String(thrown);
  return new ChainError("undefined", 111222, "panic", `recovered: ${text}`);
}

/** The `ChainError` for anything a handler threw. */
export function asChainError(thrown: unknown): ChainError {
  return thrown instanceof ChainError ? thrown : panicError(thrown);
}
