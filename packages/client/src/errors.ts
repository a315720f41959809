// Every error the client throws: core's `SdkError` (stable `code`, `field`, `value`, `fix`) plus two flags a UI or
// a retry loop needs: `isRetryable` (doing the same thing again may work) and `mayStillLand` (a transaction whose
// fate is unknown: do not send it again, wait for it). All of them serialise with JSON.stringify, bigints included.
import { SdkError, type SdkErrorCode, type SdkErrorDetails } from "@persistence-sdk/core";
import { jsonReplacer } from "./json.js";

/** Details of a {@link ClientError}: core's details plus the retry flags. */
export interface ClientErrorDetails extends SdkErrorDetails {
  /** Doing the same again may succeed (network faults, a full mempool, a sequence race). Default false. */
  readonly isRetryable?: boolean;
  /** A transaction may still be included although this error was thrown: wait for it, never resend. Default false. */
  readonly mayStillLand?: boolean;
}

/** The base of the client's errors: an `SdkError` with `isRetryable`, `mayStillLand` and a bigint-safe `toJSON`. */
export class ClientError extends SdkError {
  override readonly name: string = "ClientError";
  /** Doing the same again may succeed. */
  readonly isRetryable: boolean;
  /** The transaction may still be included: wait for it (`waitForTx`), never send it again. */
  readonly mayStillLand: boolean;

  constructor(code: SdkErrorCode, problem: string, details: ClientErrorDetails) {
    super(code, problem, details);
    this.isRetryable = details.isRetryable ?? false;
    this.mayStillLand = details.mayStillLand ?? false;
  }

  /** A JSON-safe snapshot: name, code, message and every own field, bigints as strings, bytes as hex. */
  toJSON(): Record<string, unknown> {
    const fields: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    for (const [key, value] of Object.entries(this)) if (!(key in fields)) fields[key] = value;
    if (this.cause !== undefined) fields.cause = this.cause instanceof Error ? this.cause.message : this.cause;
    return JSON.parse(JSON.stringify(fields, jsonReplacer)) as Record<string, unknown>;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Transport

/** The node could not be reached or answered with an HTTP error (5xx, 429, a dropped connection, a timeout). */
export class NetworkError extends ClientError {
  override readonly name: string = "NetworkError";
  /** The HTTP status, when the node (or a proxy in front of it) answered with one. */
  readonly status: number | undefined;
  /** The transaction hash, when the failure happened while broadcasting it. */
  readonly hash: string | undefined;

  constructor(
    problem: string,
    details: {
      readonly url: string;
      readonly status?: number;
      readonly hash?: string;
      readonly cause?: unknown;
      /** Default true: a transport fault usually passes (4xx answers are not retryable). */
      readonly retryable?: boolean;
    },
  ) {
    const broadcasting = details.hash !== undefined;
    super("NETWORK_ERROR", problem, {
      field: "rpcUrl",
      value: details.url,
      fix: broadcasting
        ? `The transaction may have reached the node: call waitForTx(client, "${details.hash}") before sending anything again.`
        : "Check the RPC URL and your connection; the request can be retried.",
      cause: details.cause,
      isRetryable: !broadcasting && (details.retryable ?? true),
      mayStillLand: broadcasting,
    });
    this.status = details.status;
    this.hash = details.hash;
  }
}

/** The node answered the JSON-RPC call with an error object (not a transport failure, not an ABCI code). */
export class RpcError extends ClientError {
  override readonly name: string = "RpcError";
  /** The JSON-RPC error code, e.g. -32603. */
  readonly rpcCode: number | undefined;
  /** The error's `data`, where CometBFT puts the reason ("tx already exists in cache"). */
  readonly data: string | undefined;

  constructor(method: string, rpcCode: number | undefined, message: string, data: string | undefined) {
    super("RPC_ERROR", `the node refused ${method}: ${data ?? message}`, {
      field: method,
      value: { code: rpcCode, message, data },
      fix: "Read the node's reason above; this is not a network fault, so retrying the same request will not help.",
    });
    this.rpcCode = rpcCode;
    this.data = data;
  }
}

/** The node's answer could not be decoded as what was asked for (wrong chain, wrong proto version, a proxy page). */
export class InvalidResponseError extends ClientError {
  override readonly name: string = "InvalidResponseError";

  constructor(what: string, value: unknown, cause?: unknown) {
    super("INVALID_RESPONSE", `could not decode the node's answer to ${what}`, {
      field: what,
      value,
      fix: "Check that the RPC URL points to a node of the configured chain and that its version matches the SDK's protos.",
      cause,
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Queries

/** An ABCI query the chain answered with a non-zero code. `code` is "NOT_FOUND" when the thing asked for is absent. */
export class QueryError extends ClientError {
  override readonly name: string = "QueryError";
  /** The gRPC-style path, e.g. "/cosmos.bank.v1beta1.Query/Balance". */
  readonly path: string;
  readonly codespace: string;
  /** The chain's ABCI code (sdk 22 "key not found" for gRPC NotFound, 18 for InvalidArgument, 6 otherwise). */
  readonly abciCode: number;
  readonly log: string;
  /** The queried height, if one was given. */
  readonly height: bigint | undefined;
  /** True when the chain said the item does not exist (gRPC NotFound). */
  readonly notFound: boolean;

  constructor(info: {
    readonly path: string;
    readonly codespace: string;
    readonly abciCode: number;
    readonly log: string;
    readonly height?: bigint;
  }) {
    const notFound = isNotFound(info.codespace, info.abciCode, info.log);
    super(
      notFound ? "NOT_FOUND" : "QUERY_FAILED",
      `${info.log || "query failed"} (${info.codespace} ${info.abciCode})`,
      {
        field: info.path,
        value: { codespace: info.codespace, code: info.abciCode },
        fix: notFound
          ? "The chain has no such item at this height: check the identifiers in the request."
          : "Check the request fields named in the log; the chain refused them.",
      },
    );
    this.path = info.path;
    this.codespace = info.codespace;
    this.abciCode = info.abciCode;
    this.log = info.log;
    this.height = info.height;
    this.notFound = notFound;
  }
}

/** gRPC NotFound reaches ABCI as sdk 22 "key not found" (baseapp's gRPCErrorToSDKError); older nodes only say it in the log. */
function isNotFound(codespace: string, code: number, log: string): boolean {
  return (codespace === "sdk" && code === 22) || log.includes("code = NotFound");
}

/**
 * Whether a query failed because the node has no handler for its path: sdk 6 "unknown query path", gRPC Unimplemented,
 * an unknown service or method — the module or method is not on this chain (a removed module, an older version).
 */
export function isUnknownQuery(error: unknown): error is QueryError {
  return (
    error instanceof QueryError &&
    /unknown query path|unknown method|unimplemented|not implemented|unknown service/i.test(error.log)
  );
}

/** The account has never received tokens, so the chain does not know it (it cannot sign or pay fees yet). */
export class AccountNotFoundError extends ClientError {
  override readonly name: string = "AccountNotFoundError";
  readonly address: string;

  constructor(address: string, cause?: unknown) {
    super("ACCOUNT_NOT_FOUND", "the chain has no account at this address: it has never received tokens", {
      field: "address",
      value: address,
      fix: "Send tokens to the address first (an account exists on chain only once funded), or check the address.",
      cause,
    });
    this.address = address;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Signers

/** An action needs a signer and the client has none. */
export class NoSignerError extends ClientError {
  override readonly name: string = "NoSignerError";

  constructor(action: string) {
    super("NO_SIGNER", `${action} signs a transaction but the client has no signer`, {
      field: "signer",
      value: undefined,
      fix: "Create the client with `signer`, or call withSigner(client, signer) and use the client it returns.",
    });
  }
}

/** A message names a signer other than the client's account (it would be rejected as unauthorized). */
export class SignerMismatchError extends ClientError {
  override readonly name: string = "SignerMismatchError";
  readonly expected: string;

  constructor(field: string, value: string, expected: string) {
    super("SIGNER_MISMATCH", "the message must be signed by this address, but the client signs for another one", {
      field,
      value,
      fix: `Use the signer's address "${expected}" here, or a client whose signer holds this address's key.`,
    });
    this.expected = expected;
  }
}

/** The wallet failed or refused to sign (the user rejected it, a Ledger was locked, the wrong app was open). */
export class SigningError extends ClientError {
  override readonly name: string = "SigningError";

  constructor(mode: "direct" | "amino", address: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super("SIGNING_FAILED", `the wallet did not sign (${mode} mode): ${reason}`, {
      field: "signer",
      value: address,
      fix: "Approve the request in the wallet (unlock the Ledger and open the Cosmos app), then try again.",
      cause,
      isRetryable: true,
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Transactions

/** Where the chain refused a transaction: its simulation, CheckTx (never entered the mempool), or DeliverTx (in a block). */
export type TxPhase = "simulate" | "checkTx" | "deliverTx";

/** What the chain said about a failed transaction. */
export interface ChainFailure {
  readonly phase: TxPhase;
  readonly codespace: string;
  /** The ABCI code: 0 is success; sdk 5 insufficient funds, 11 out of gas, 13 insufficient fee, 32 wrong sequence. */
  readonly code: number;
  readonly log: string;
  /** Upper-case hex SHA-256 of the tx bytes (absent for simulations). */
  readonly hash?: string;
  /** The block it was included in (DeliverTx failures only). */
  readonly height?: number;
  readonly gasWanted?: bigint;
  readonly gasUsed?: bigint;
  /** The gas the simulation reported before the limit was set, when the fee was "auto". */
  readonly simulatedGas?: bigint;
}

const PHASE_TEXT: Record<TxPhase, string> = {
  simulate: "the simulation failed",
  checkTx: "the node refused the transaction (CheckTx; it never entered the mempool)",
  deliverTx: "the transaction was included in a block but failed (fees were paid, the sequence was used)",
};

/**
 * The chain refused a transaction. Every CheckTx, DeliverTx and simulation failure is a `TxFailedError` (or one of
 * its subclasses for the failures apps handle: insufficient fee, out of gas, insufficient funds, unauthorized,
 * sequence mismatch), carrying the chain's codespace, code and log.
 */
export class TxFailedError extends ClientError {
  override readonly name: string = "TxFailedError";
  readonly phase: TxPhase;
  readonly codespace: string;
  /** The chain's ABCI code (the SDK-level `code` is the stable string). */
  readonly abciCode: number;
  readonly log: string;
  readonly hash: string | undefined;
  readonly height: number | undefined;
  readonly gasWanted: bigint | undefined;
  readonly gasUsed: bigint | undefined;
  readonly simulatedGas: bigint | undefined;
  /** True when the failed tx is in a block (DeliverTx): its fee was paid and its sequence consumed. */
  readonly included: boolean;

  constructor(
    failure: ChainFailure,
    code: SdkErrorCode = "TX_FAILED",
    fix = "Read the log: it names what the chain refused.",
    isRetryable = false,
  ) {
    super(code, `${PHASE_TEXT[failure.phase]}: ${readableLog(failure.log) || "(no log)"}`, {
      field: failure.hash === undefined ? "tx" : `tx ${failure.hash}`,
      value: `${failure.codespace || "?"}/${failure.code}`,
      fix,
      isRetryable,
    });
    this.phase = failure.phase;
    this.codespace = failure.codespace;
    this.abciCode = failure.code;
    this.log = failure.log;
    this.hash = failure.hash;
    this.height = failure.height;
    this.gasWanted = failure.gasWanted;
    this.gasUsed = failure.gasUsed;
    this.simulatedGas = failure.simulatedGas;
    this.included = failure.phase === "deliverTx";
  }
}

/** A chain log without the gRPC wrapping a simulation adds ("rpc error: code = Unknown desc = ... With gas wanted: ..."). */
function readableLog(log: string): string {
  return log.replace(/^rpc error: code = \w+ desc = /, "").replace(/ With gas wanted: .*$/s, "");
}

/** The fee is below the node's minimum gas prices (sdk 13). */
export class InsufficientFeeError extends TxFailedError {
  override readonly name: string = "InsufficientFeeError";

  constructor(failure: ChainFailure) {
    super(
      failure,
      "INSUFFICIENT_FEE",
      "Raise the gas price (createClient's gasPrice, or the chain config's) to at least the node's minimum named in the log, or pass a larger explicit fee.",
    );
  }
}

/** The gas limit ran out (sdk 11). Carries the limit, the gas used and, for "auto" fees, the simulated figure. */
export class OutOfGasError extends TxFailedError {
  override readonly name: string = "OutOfGasError";

  constructor(failure: ChainFailure) {
    const simulated = failure.simulatedGas === undefined ? "" : ` The simulation estimated ${failure.simulatedGas}.`;
    super(
      failure,
      "OUT_OF_GAS",
      `Gas limit ${failure.gasWanted ?? "?"} was too low (used ${failure.gasUsed ?? "?"}).${simulated} Raise gasMultiplier or the explicit gas, or use fee: "auto".`,
    );
  }
}

/** An account lacks the tokens for the fee or for a message (sdk 5). */
export class InsufficientFundsError extends TxFailedError {
  override readonly name: string = "InsufficientFundsError";

  constructor(failure: ChainFailure) {
    super(failure, "INSUFFICIENT_FUNDS", "Lower the amount (leaving room for the fee) or fund the account first.");
  }
}

/** A signature or signer check failed (sdk 4): wrong chain id, account number, or a message signed by someone else. */
export class UnauthorizedError extends TxFailedError {
  override readonly name: string = "UnauthorizedError";

  constructor(failure: ChainFailure) {
    super(
      failure,
      "UNAUTHORIZED",
      "Check that the client's chain config matches the node (chain id) and that every message's signer is the signer's address.",
    );
  }
}

/** The account sequence did not match (sdk 32) and re-reading the account and re-signing did not resolve it. */
export class SequenceMismatchError extends TxFailedError {
  override readonly name: string = "SequenceMismatchError";
  /** The sequence the chain expected, parsed from its log. */
  readonly expected: bigint | undefined;
  /** The sequence the transaction carried. */
  readonly got: bigint | undefined;

  constructor(failure: ChainFailure) {
    super(
      failure,
      "SEQUENCE_MISMATCH",
      "Another transaction from this account raced this one: send again (the client re-reads the account).",
      true,
    );
    const parsed = parseSequenceMismatch(failure.log);
    this.expected = parsed?.expected;
    this.got = parsed?.got;
  }
}

/** "account sequence mismatch, expected 5, got 4" → { expected: 5n, got: 4n }. */
export function parseSequenceMismatch(log: string): { expected: bigint; got: bigint } | undefined {
  const match = /expected (\d+), got (\d+)/.exec(log);
  return match === null ? undefined : { expected: BigInt(match[1]!), got: BigInt(match[2]!) };
}

/**
 * The transaction passed CheckTx (it is in the mempool, `hash` is final) but was not seen in a block within the
 * timeout. It may still be included: call `waitForTx(client, error.hash)` to keep waiting; never sign it again.
 */
export class BroadcastTimeoutError extends ClientError {
  override readonly name: string = "BroadcastTimeoutError";
  readonly hash: string;
  readonly timeoutMs: number;

  constructor(hash: string, timeoutMs: number, cause?: unknown) {
    super("BROADCAST_TIMEOUT", `the transaction was not included within ${timeoutMs} ms; it may still land`, {
      field: "hash",
      value: hash,
      fix: `Call waitForTx(client, "${hash}") to keep waiting. Do not send it again: it would be a second transaction.`,
      cause,
      mayStillLand: true,
    });
    this.hash = hash;
    this.timeoutMs = timeoutMs;
  }
}

// SDK root-codespace descriptions (types/errors/errors.go): how a simulation failure names its cause. A failed
// simulation reaches ABCI as sdk 6 wrapping "<detail>: <description> With gas wanted: ..." (baseapp's gRPC Unknown).
const SDK_DESCRIPTIONS: readonly (readonly [string, number])[] = [
  ["incorrect account sequence", 32],
  ["insufficient funds", 5],
  ["insufficient fee", 13],
  ["out of gas", 11],
  ["unauthorized", 4],
  ["invalid address", 7],
  ["unknown address", 9],
  ["invalid coins", 10],
  ["memo too large", 12],
  ["invalid pubkey", 8],
  ["tx timeout height", 30],
  ["invalid request", 18],
];

/**
 * The failure a simulation reports, with the inner error's SDK code recovered from the log when it names one (a
 * simulation always arrives as sdk 6 "unknown request"), so "insufficient funds" is an `InsufficientFundsError` whether
 * the simulation, CheckTx or DeliverTx found it.
 */
export function simulationFailure(codespace: string, code: number, log: string): ChainFailure {
  const inner = log.replace(/ With gas wanted: .*$/s, "");
  for (const [description, innerCode] of SDK_DESCRIPTIONS) {
    if (inner.endsWith(`: ${description}`) || inner === description) {
      return { phase: "simulate", codespace: "sdk", code: innerCode, log };
    }
  }
  return { phase: "simulate", codespace, code, log };
}

/** The typed error for a chain failure: one of the subclasses for well-known SDK codes, else `TxFailedError`. */
export function txError(failure: ChainFailure): TxFailedError {
  if (failure.codespace === "sdk") {
    switch (failure.code) {
      case 4:
        return new UnauthorizedError(failure);
      case 5:
        return new InsufficientFundsError(failure);
      case 11:
        return new OutOfGasError(failure);
      case 13:
        return new InsufficientFeeError(failure);
      case 32:
        return new SequenceMismatchError(failure);
      case 20: // mempool is full
        return new TxFailedError(failure, "TX_FAILED", "The node's mempool is full: try again shortly.", true);
    }
  }
  return new TxFailedError(failure);
}
