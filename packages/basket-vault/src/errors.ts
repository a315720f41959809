// The basket vault's refusals as typed errors. An app wants `error.reason === "STALE_RATE"` and a fix, whether the
// SDK found the problem before signing (`BasketVaultError`, from queried state and core's math), the chain found it
// in a simulation, CheckTx or DeliverTx (`BasketVaultTxError`, a client `TxFailedError`), or a preview query refused
// it. `reason` names every refusal of the module (its registered errors, codespace "basketvault"); `code` is the
// closest stable core `SdkErrorCode` (core has basket codes for most of them; the rest map to NOT_FOUND,
// UNAUTHORIZED or INVALID_ARGUMENT).
import { type ChainFailure, ClientError, QueryError, TxFailedError } from "@persistence-sdk/client";
import { SdkError, type SdkErrorCode } from "@persistence-sdk/core";

/** Every refusal the basket vault (or the SDK on its behalf, before signing) names. */
export type BasketVaultReason =
  | "INVALID_AUTHORITY"
  | "BASKET_NOT_FOUND"
  | "UNKNOWN_CONSTITUENT"
  | "STALE_RATE"
  | "CONSTITUENT_HALTED"
  | "CONSTITUENT_WINDING_DOWN"
  | "BASKET_PAUSED"
  | "CAP_EXCEEDED"
  | "WEIGHT_CAP_EXCEEDED"
  | "SLIPPAGE"
  | "INSUFFICIENT_LIQUIDITY"
  | "INVALID_RATE"
  | "UNAUTHORIZED_FEEDER"
  | "UNAUTHORIZED_GUARDIAN"
  | "INVALID_BASKET"
  | "REQUEST_NOT_FOUND"
  | "INVALID_REQUEST_STATUS"
  | "NOT_REQUEST_OWNER"
  | "EPOCH_NOT_ELAPSED"
  | "BATCH_NOT_FOUND"
  | "NOT_HALTED"
  | "BASKET_NOT_PAUSED"
  | "INVALID_PARAMS"
  // Found by the SDK before signing (the chain reports these as sdk 5 insufficient funds).
  | "INSUFFICIENT_SHARES"
  | "INSUFFICIENT_FUNDS"
  | "NOTHING_TO_CLAIM";

interface ReasonInfo {
  /** The refusal. */
  readonly reason: BasketVaultReason;
  /** The module's registered ABCI code (codespace "basketvault"); undefined for SDK-side reasons. */
  readonly abciCode: number | undefined;
  /** The registered description, which ends the chain's log. */
  readonly description: string | undefined;
  /** The stable core code. */
  readonly code: SdkErrorCode;
  /** What to do. */
  readonly fix: string;
}

const R = (
  reason: BasketVaultReason,
  abciCode: number | undefined,
  description: string | undefined,
  code: SdkErrorCode,
  fix: string,
): ReasonInfo => ({ reason, abciCode, description, code, fix });

/** The module's registered errors (the reference implementation's codes) and the SDK-side reasons. */
const REASONS: readonly ReasonInfo[] = [
  R(
    "INVALID_AUTHORITY",
    2,
    "expected gov account as only signer for proposal message",
    "UNAUTHORIZED",
    "Sign with the module authority (governance; the mock devnet's DEVNET.authority), or submit it in a proposal.",
  ),
  R("BASKET_NOT_FOUND", 3, "basket not found", "NOT_FOUND", "Use a basket id listed by getBaskets(client)."),
  R(
    "UNKNOWN_CONSTITUENT",
    4,
    "unknown constituent",
    "UNKNOWN_CONSTITUENT",
    "Use a denom listed in the basket's constituents (getBasket(client, { basketId }).constituents).",
  ),
  R(
    "STALE_RATE",
    5,
    "stale rate",
    "STALE_RATE",
    "Wait for a feeder to post fresh rates (getBasketNav shows ratesFresh and each rate's age), then retry; redeem requests are still accepted.",
  ),
  R(
    "CONSTITUENT_HALTED",
    6,
    "constituent halted",
    "CONSTITUENT_HALTED",
    "A large rate drop waits for governance (MsgResolveRate); deposits, instant redemptions and cuts resume after it. Redeem requests are still accepted.",
  ),
  R(
    "CONSTITUENT_WINDING_DOWN",
    7,
    "constituent winding down",
    "CONSTITUENT_WINDING_DOWN",
    "This LST is being removed from the basket and takes no deposits: deposit another constituent.",
  ),
  R(
    "BASKET_PAUSED",
    8,
    "basket paused",
    "BASKET_PAUSED",
    "Wait until the authority unpauses the basket; redeem requests, cancels and claims still work.",
  ),
  R(
    "CAP_EXCEEDED",
    9,
    "cap exceeded",
    "CAP_EXCEEDED",
    "Deposit less of this LST (its value cap is reached), or another constituent.",
  ),
  R(
    "WEIGHT_CAP_EXCEEDED",
    10,
    "weight cap exceeded",
    "WEIGHT_CAP_EXCEEDED",
    "Deposit less, or an under-weight constituent (getBasketNav shows weights and targets).",
  ),
  R(
    "SLIPPAGE",
    11,
    "slippage",
    "SLIPPAGE",
    "The state moved since the preview: preview again, or allow more slippage.",
  ),
  R(
    "INSUFFICIENT_LIQUIDITY",
    12,
    "insufficient idle liquidity",
    "INSUFFICIENT_LIQUIDITY",
    "The idle buffer cannot pay this at once: redeem fewer shares, another LST, or use requestRedeem.",
  ),
  R(
    "INVALID_RATE",
    13,
    "invalid rate",
    "INVALID_RATE",
    "Post a positive raw rate with a source time not after the block time.",
  ),
  R(
    "UNAUTHORIZED_FEEDER",
    14,
    "not a feeder of the basket",
    "UNAUTHORIZED",
    "Sign with one of the basket's feeders (getBasket(client, { basketId }).config.feeders).",
  ),
  R(
    "UNAUTHORIZED_GUARDIAN",
    15,
    "not the guardian of the basket",
    "UNAUTHORIZED",
    "Sign with the basket's guardian (config.guardian) or the module authority.",
  ),
  R(
    "INVALID_BASKET",
    16,
    "invalid basket",
    "INVALID_ARGUMENT",
    "Fix the basket settings named in the log (directions, weight bounds, fees in [0, 1), addresses).",
  ),
  R(
    "REQUEST_NOT_FOUND",
    17,
    "redeem request not found",
    "NOT_FOUND",
    "Use a request id listed by getRedeemRequestsByOwner(client, { owner }).",
  ),
  R(
    "INVALID_REQUEST_STATUS",
    18,
    "redeem request in wrong status",
    "INVALID_ARGUMENT",
    "Only a PENDING request can be cancelled and only a CLAIMABLE one claimed: check getRedeemRequest(client, { requestId }).status.",
  ),
  R("NOT_REQUEST_OWNER", 19, "not the owner of the redeem request", "UNAUTHORIZED", "Sign with the request's owner."),
  R(
    "EPOCH_NOT_ELAPSED",
    20,
    "epoch not elapsed",
    "INVALID_ARGUMENT",
    "Cut once epochSeconds have passed since the basket's lastCutTime (getBasket).",
  ),
  R(
    "BATCH_NOT_FOUND",
    21,
    "batch not found",
    "NOT_FOUND",
    "Use a batch id listed by getRedeemBatches(client, { basketId }).",
  ),
  R(
    "NOT_HALTED",
    22,
    "constituent not halted",
    "INVALID_ARGUMENT",
    "Only a HALTED constituent's rate can be resolved.",
  ),
  R("BASKET_NOT_PAUSED", 23, "basket not paused", "INVALID_ARGUMENT", "Only a paused basket can be unpaused."),
  R("INVALID_PARAMS", 24, "invalid params", "INVALID_ARGUMENT", "Fix the params named in the log."),
  R(
    "INSUFFICIENT_SHARES",
    undefined,
    undefined,
    "INSUFFICIENT_FUNDS",
    "Redeem at most the shares the owner holds (getBasketPosition(client, { basketId, owner }).shares).",
  ),
  R("INSUFFICIENT_FUNDS", undefined, undefined, "INSUFFICIENT_FUNDS", "Deposit at most the sender's balance."),
  R(
    "NOTHING_TO_CLAIM",
    undefined,
    undefined,
    "INVALID_ARGUMENT",
    "Wait until a request's batch completes (getBasketPosition lists when each becomes claimable).",
  ),
];

const BY_REASON = new Map(REASONS.map((r) => [r.reason, r]));
const BY_ABCI = new Map(REASONS.filter((r) => r.abciCode !== undefined).map((r) => [r.abciCode!, r]));
// Longest first, so that "constituent not halted" is never read as "constituent halted".
const BY_DESCRIPTION = REASONS.filter((r) => r.description !== undefined).sort(
  (a, b) => b.description!.length - a.description!.length,
);

/** The module's codespace. */
export const BASKETVAULT_CODESPACE = "basketvault";

/** The stable core code and the fix for a reason. */
export function reasonInfo(reason: BasketVaultReason): { readonly code: SdkErrorCode; readonly fix: string } {
  const info = BY_REASON.get(reason)!;
  return { code: info.code, fix: info.fix };
}

/** A chain log without the wrappings a simulation or a query adds. */
function innerLog(log: string): string {
  return log
    .replace(/^rpc error: code = \w+ desc = /, "")
    .replace(/ With gas wanted: .*$/s, "")
    .replace(/(: unknown request)+$/, "")
    .trim();
}

/** The reason a chain log names (its last registered description), if any. */
export function reasonOfLog(log: string): BasketVaultReason | undefined {
  const inner = innerLog(log);
  return BY_DESCRIPTION.find((r) => inner === r.description || inner.endsWith(`: ${r.description}`))?.reason;
}

/** The reason of a chain failure: by codespace and code (DeliverTx, CheckTx), else by the log (simulations). */
export function reasonOfFailure(codespace: string, code: number, log: string): BasketVaultReason | undefined {
  if (codespace === BASKETVAULT_CODESPACE) return BY_ABCI.get(code)?.reason ?? reasonOfLog(log);
  return reasonOfLog(log);
}

/**
 * Refused before anything was signed or sent: the SDK read the chain's state and found that the chain would refuse
 * (stale rates, a paused or halted basket, a denom that is not a constituent, more shares than the owner holds...),
 * or a preview query the chain refused. `reason` names the refusal; `code` is core's closest stable code.
 */
export class BasketVaultError extends ClientError {
  override readonly name: string = "BasketVaultError";
  /** The refusal, as the module names it. */
  readonly reason: BasketVaultReason;

  constructor(
    reason: BasketVaultReason,
    problem: string,
    details: { readonly field: string; readonly value: unknown; readonly fix?: string; readonly cause?: unknown },
  ) {
    const info = BY_REASON.get(reason)!;
    super(info.code, problem, {
      field: details.field,
      value: details.value,
      fix: details.fix ?? info.fix,
      cause: details.cause,
    });
    this.reason = reason;
  }
}

/** Core basket-math codes and the reason each means. */
const CORE_REASONS: Partial<Record<SdkErrorCode, BasketVaultReason>> = {
  UNKNOWN_CONSTITUENT: "UNKNOWN_CONSTITUENT",
  STALE_RATE: "STALE_RATE",
  CONSTITUENT_HALTED: "CONSTITUENT_HALTED",
  CONSTITUENT_WINDING_DOWN: "CONSTITUENT_WINDING_DOWN",
  BASKET_PAUSED: "BASKET_PAUSED",
  CAP_EXCEEDED: "CAP_EXCEEDED",
  WEIGHT_CAP_EXCEEDED: "WEIGHT_CAP_EXCEEDED",
  SLIPPAGE: "SLIPPAGE",
  INSUFFICIENT_LIQUIDITY: "INSUFFICIENT_LIQUIDITY",
  INVALID_RATE: "INVALID_RATE",
  INVALID_RATE_DIRECTION: "INVALID_BASKET",
  INFEASIBLE_WEIGHTS: "INVALID_BASKET",
  INSUFFICIENT_FUNDS: "INSUFFICIENT_SHARES",
};

/**
 * A refusal of core's basket math (run on queried state) as a {@link BasketVaultError}, keeping core's field, value
 * and fix; any other error unchanged.
 */
export function basketVaultErrorOfCore(error: unknown): unknown {
  if (!(error instanceof SdkError) || error instanceof ClientError) return error;
  const reason = CORE_REASONS[error.code];
  if (reason === undefined) return error;
  const start = error.field.length + 2;
  const end = error.message.lastIndexOf(" (got ");
  const problem = end > start ? error.message.slice(start, end) : error.message;
  return new BasketVaultError(reason, problem, {
    field: error.field,
    value: error.value,
    fix: error.fix,
    cause: error,
  });
}

/** Runs core math on queried state; its refusals become {@link BasketVaultError}s. */
export function refusing<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw basketVaultErrorOfCore(error);
  }
}

/** A transaction the basket vault refused (simulation, CheckTx or DeliverTx): a client `TxFailedError` with `reason`. */
export class BasketVaultTxError extends TxFailedError {
  override readonly name: string = "BasketVaultTxError";
  /** The refusal, as the module names it. */
  readonly reason: BasketVaultReason;

  constructor(failure: ChainFailure, reason: BasketVaultReason) {
    const info = BY_REASON.get(reason)!;
    super(failure, info.code, info.fix);
    this.reason = reason;
  }
}

function failureOf(error: TxFailedError): ChainFailure {
  return {
    phase: error.phase,
    codespace: error.codespace,
    code: error.abciCode,
    log: error.log,
    ...(error.hash === undefined ? {} : { hash: error.hash }),
    ...(error.height === undefined ? {} : { height: error.height }),
    ...(error.gasWanted === undefined ? {} : { gasWanted: error.gasWanted }),
    ...(error.gasUsed === undefined ? {} : { gasUsed: error.gasUsed }),
    ...(error.simulatedGas === undefined ? {} : { simulatedGas: error.simulatedGas }),
  };
}

/**
 * The typed form of a chain refusal: a {@link BasketVaultTxError} when a `TxFailedError` is one of the module's
 * (by codespace and code, or by the description ending its log), else `error` unchanged. Actions apply it to
 * everything `sendTx` throws; the client's own subclasses (insufficient funds, out of gas...) stay as they are.
 */
export function basketVaultTxErrorOf(error: unknown): unknown {
  if (!(error instanceof TxFailedError) || error instanceof BasketVaultTxError) return error;
  if (error.constructor !== TxFailedError) return error;
  const reason = reasonOfFailure(error.codespace, error.abciCode, error.log);
  return reason === undefined ? error : new BasketVaultTxError(failureOf(error), reason);
}

/**
 * The typed form of a failed query: a {@link BasketVaultError} when the chain's log names a module refusal (a
 * preview the Msg would refuse, a basket, request or batch that does not exist), else `error` unchanged.
 * `notFound` names what a gRPC NotFound means for this query.
 */
export function basketVaultQueryErrorOf(
  error: unknown,
  notFound?: { readonly reason: BasketVaultReason; readonly field: string; readonly value: unknown },
): unknown {
  if (!(error instanceof QueryError)) return error;
  if (error.notFound && notFound !== undefined) {
    return new BasketVaultError(notFound.reason, "the chain has none with this id", {
      field: notFound.field,
      value: notFound.value,
      cause: error,
    });
  }
  const reason = reasonOfLog(error.log);
  if (reason === undefined) return error;
  return new BasketVaultError(reason, `the chain refused: ${innerLog(error.log)}`, {
    field: error.path,
    value: { codespace: error.codespace, code: error.abciCode },
    cause: error,
  });
}
