// Query handlers in the Cosmos SDK fail with gRPC status errors; baseapp's gRPCErrorToSDKError turns each status code
// into an SDK error before it reaches ABCI, so a client sees e.g. code 22 with
// "rpc error: code = NotFound desc = validator X not found: key not found". These helpers build exactly that.
import { ChainError } from "../app/module.js";

/** gRPC NotFound → sdk 22 "key not found". */
export function queryNotFound(description: string): ChainError {
  return new ChainError("sdk", 22, "key not found", `rpc error: code = NotFound desc = ${description}`);
}

/** gRPC InvalidArgument → sdk 18 "invalid request". */
export function queryInvalidArgument(description: string): ChainError {
  return new ChainError("sdk", 18, "invalid request", `rpc error: code = InvalidArgument desc = ${description}`);
}

/** gRPC Internal (and any other code) → sdk 6 "unknown request". */
export function queryInternal(description: string): ChainError {
  return new ChainError("sdk", 6, "unknown request", `rpc error: code = Internal desc = ${description}`);
}

/** A plain (non-status) error returned by a query handler → sdk 18 "invalid request" wrapping its text. */
export function queryPlainError(message: string): ChainError {
  return new ChainError("sdk", 18, "invalid request", message);
}

/**
 * A module's registered error returned by a query: it carries gRPC code Unknown, which baseapp turns into sdk 6
 * "unknown request" wrapping the error's text ("<detail>: validator does not exist: unknown request").
 */
export function queryModuleError(error: ChainError): ChainError {
  return new ChainError("sdk", 6, "unknown request", error.message);
}
