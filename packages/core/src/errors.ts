/**
 * Stable machine-readable codes of every error the SDK throws. Codes never change meaning; new ones are added.
 * Apps switch on `error.code`, never on the message text.
 */
export type SdkErrorCode =
  // numbers and amounts
  | "INVALID_DECIMAL"
  | "DECIMAL_OUT_OF_RANGE"
  | "INVALID_INTEGER"
  | "INT_OUT_OF_RANGE"
  | "DIVISION_BY_ZERO"
  | "INVALID_AMOUNT"
  | "NEGATIVE_AMOUNT"
  | "TOO_MANY_DECIMALS"
  | "INVALID_DENOM"
  | "INSUFFICIENT_FUNDS"
  | "INVALID_ARGUMENT"
  // pSTAKE and yield math
  | "RATE_OUT_OF_RANGE"
  | "AMOUNT_BELOW_MINIMUM"
  | "AMOUNT_TOO_SMALL"
  | "QUORUM_NOT_REACHED"
  // alliance (x/alliance keeper errors)
  | "ALLIANCE_INSUFFICIENT_SHARES"
  | "ALLIANCE_INSUFFICIENT_TOKENS"
  | "ALLIANCE_TRANSITIVE_REDELEGATION"
  | "ALLIANCE_SELF_REDELEGATION"
  | "ALLIANCE_UNKNOWN_ASSET"
  // amino JSON
  | "AMINO_UNSUPPORTED_MESSAGE"
  | "AMINO_UNKNOWN_TYPE"
  | "AMINO_INVALID_VALUE"
  // basket vault (basket-vault.md)
  | "BASKET_PAUSED"
  | "UNKNOWN_CONSTITUENT"
  | "CONSTITUENT_HALTED"
  | "CONSTITUENT_WINDING_DOWN"
  | "INVALID_RATE"
  | "INVALID_RATE_DIRECTION"
  | "STALE_RATE"
  | "CAP_EXCEEDED"
  | "WEIGHT_CAP_EXCEEDED"
  | "SLIPPAGE"
  | "INSUFFICIENT_LIQUIDITY"
  | "INFEASIBLE_WEIGHTS"
  // client: addresses, signers, queries, transactions (@persistence-sdk/client)
  | "INVALID_ADDRESS"
  | "WRONG_ADDRESS_PREFIX"
  | "NO_SIGNER"
  | "UNSUPPORTED_SIGNER"
  | "SIGNER_MISMATCH"
  | "SIGNING_FAILED"
  | "ACCOUNT_NOT_FOUND"
  | "QUERY_FAILED"
  | "NOT_FOUND"
  | "NETWORK_ERROR"
  | "RPC_ERROR"
  | "INVALID_RESPONSE"
  | "TX_FAILED"
  | "INSUFFICIENT_FEE"
  | "OUT_OF_GAS"
  | "SEQUENCE_MISMATCH"
  | "UNAUTHORIZED"
  | "BROADCAST_TIMEOUT";

export interface SdkErrorDetails {
  /** The input that was wrong, by the name the caller knows it (a parameter, or a message field path). */
  readonly field: string;
  /** The offending value, as given. */
  readonly value: unknown;
  /** What to do instead. */
  readonly fix: string;
  /** The error that led to this one, if any. */
  readonly cause?: unknown;
}

/** Renders a value for an error message without ever throwing (bigint and cycles included). */
function describeValue(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "string") return JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value);
  try {
    const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
    return text === undefined ? String(value) : text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    return String(value);
  }
}

/**
 * The base of every error the SDK throws: a stable `code`, the `field` and `value` that were wrong, and the `fix`.
 * The message reads "<field>: <problem> (got <value>). <fix>".
 */
export class SdkError extends Error {
  override readonly name: string = "SdkError";
  readonly code: SdkErrorCode;
  readonly field: string;
  readonly value: unknown;
  readonly fix: string;

  constructor(code: SdkErrorCode, problem: string, details: SdkErrorDetails) {
    super(
      `${details.field}: ${problem} (got ${describeValue(details.value)}). ${details.fix}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.code = code;
    this.field = details.field;
    this.value = details.value;
    this.fix = details.fix;
  }
}
