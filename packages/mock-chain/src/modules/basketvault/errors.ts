// The basket vault's registered errors (codespace "basketvault"). No Go module exists yet, so these codes are this
// reference implementation's: stable, documented, one per failure a client may want to switch on. Root "sdk" errors
// (invalid address 7, invalid coins 10, insufficient funds 5, invalid request 18) are used where the SDK's own
// helpers would raise them.
import { SdkError } from "@persistence-sdk/core";
import { ChainError } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";

export const BASKETVAULT_CODESPACE = "basketvault";

function basketError(code: number, description: string) {
  return (detail?: string): ChainError => new ChainError(BASKETVAULT_CODESPACE, code, description, detail);
}

/** The module's errors by their Go-style names (`ErrStaleRate` → `staleRate`). */
export const BasketVaultErrors = {
  /** The signer of a governance message is not the module authority. */
  invalidSigner: basketError(2, "expected gov account as only signer for proposal message"),
  basketNotFound: basketError(3, "basket not found"),
  unknownConstituent: basketError(4, "unknown constituent"),
  staleRate: basketError(5, "stale rate"),
  constituentHalted: basketError(6, "constituent halted"),
  constituentWindingDown: basketError(7, "constituent winding down"),
  basketPaused: basketError(8, "basket paused"),
  capExceeded: basketError(9, "cap exceeded"),
  weightCapExceeded: basketError(10, "weight cap exceeded"),
  slippage: basketError(11, "slippage"),
  insufficientLiquidity: basketError(12, "insufficient idle liquidity"),
  invalidRate: basketError(13, "invalid rate"),
  unauthorizedFeeder: basketError(14, "not a feeder of the basket"),
  unauthorizedGuardian: basketError(15, "not the guardian of the basket"),
  invalidBasket: basketError(16, "invalid basket"),
  requestNotFound: basketError(17, "redeem request not found"),
  invalidRequestStatus: basketError(18, "redeem request in wrong status"),
  notRequestOwner: basketError(19, "not the owner of the redeem request"),
  epochNotElapsed: basketError(20, "epoch not elapsed"),
  batchNotFound: basketError(21, "batch not found"),
  notHalted: basketError(22, "constituent not halted"),
  basketNotPaused: basketError(23, "basket not paused"),
  invalidParams: basketError(24, "invalid params"),
} as const;

/**
 * A `ChainError` for an error of the core math: its code picks the registered error, its message (what was wrong,
 * the value, what to do) becomes the log's detail.
 */
export function fromCoreError(error: unknown): unknown {
  if (!(error instanceof SdkError)) return error;
  const detail = error.message;
  switch (error.code) {
    case "BASKET_PAUSED":
      return BasketVaultErrors.basketPaused(detail);
    case "UNKNOWN_CONSTITUENT":
      return BasketVaultErrors.unknownConstituent(detail);
    case "CONSTITUENT_HALTED":
      return BasketVaultErrors.constituentHalted(detail);
    case "CONSTITUENT_WINDING_DOWN":
      return BasketVaultErrors.constituentWindingDown(detail);
    case "STALE_RATE":
      return BasketVaultErrors.staleRate(detail);
    case "CAP_EXCEEDED":
      return BasketVaultErrors.capExceeded(detail);
    case "WEIGHT_CAP_EXCEEDED":
      return BasketVaultErrors.weightCapExceeded(detail);
    case "SLIPPAGE":
      return BasketVaultErrors.slippage(detail);
    case "INSUFFICIENT_LIQUIDITY":
      return BasketVaultErrors.insufficientLiquidity(detail);
    case "INVALID_RATE":
      return BasketVaultErrors.invalidRate(detail);
    case "INVALID_RATE_DIRECTION":
    case "INFEASIBLE_WEIGHTS":
      return BasketVaultErrors.invalidBasket(detail);
    case "INSUFFICIENT_FUNDS":
      return sdkError(5, detail);
    default:
      return sdkError(18, detail);
  }
}

/** Runs core math, turning its `SdkError`s into the module's `ChainError`s. */
export function core<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw fromCoreError(error);
  }
}
