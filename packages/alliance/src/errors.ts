// Alliance's refusals as typed errors. The chain says "insufficient delegation shares" in a log; an app wants
// `error.code === "ALLIANCE_INSUFFICIENT_SHARES"` and a fix. Refusals are recognised by the texts x/alliance and
// x/staking register (a simulation loses the codespace, so the text is what is left), and keep everything the
// client's `TxFailedError` carries (phase, codespace, ABCI code, log, hash), so generic handlers still work.
import { type ChainFailure, ClientError, QueryError, TxFailedError } from "@persistence-sdk/client";
import type { SdkErrorCode } from "@persistence-sdk/core";

/** The codes of the chain refusals {@link AllianceTxError} names. */
export type AllianceRefusalCode = Extract<
  SdkErrorCode,
  | "ALLIANCE_INSUFFICIENT_SHARES"
  | "ALLIANCE_INSUFFICIENT_TOKENS"
  | "ALLIANCE_TRANSITIVE_REDELEGATION"
  | "ALLIANCE_SELF_REDELEGATION"
  | "ALLIANCE_UNKNOWN_ASSET"
>;

interface Refusal {
  readonly code: AllianceRefusalCode;
  readonly pattern: RegExp;
  readonly fix: string;
}

// Order matters: the first match wins. Texts: x/staking's registered errors (ErrInsufficientShares,
// ErrNoDelegatorForAddress, ErrTransitiveRedelegation, ErrSelfRedelegation), x/alliance's (ErrInsufficientTokens,
// ErrUnknownAsset) and the gRPC NotFound its keeper returns for an unknown denom.
const REFUSALS: readonly Refusal[] = [
  {
    code: "ALLIANCE_TRANSITIVE_REDELEGATION",
    pattern: /redelegation to this validator already in progress|transitive redelegation/i,
    fix: "These tokens arrived by a redelegation that has not completed: wait until its completionTime (getAllianceRedelegations), or redelegate other tokens.",
  },
  {
    code: "ALLIANCE_SELF_REDELEGATION",
    pattern: /cannot redelegate to the same validator/i,
    fix: "Pick a destination validator other than the source.",
  },
  {
    code: "ALLIANCE_INSUFFICIENT_SHARES",
    pattern:
      /insufficient delegation shares|insufficient shares|delegator does not contain delegation|delegation not found|no delegation/i,
    fix: "Ask for at most maxUndelegatable(client, { delegator, validator, denom }); previewUndelegate says whether the chain accepts an amount.",
  },
  {
    code: "ALLIANCE_INSUFFICIENT_TOKENS",
    pattern: /insufficient tokens/i,
    fix: "Ask for at most maxUndelegatable(client, { delegator, validator, denom }): a reported balance can be refused by rounding.",
  },
  {
    code: "ALLIANCE_UNKNOWN_ASSET",
    pattern:
      /alliance asset is not whitelisted|asset with denom:? \S+ does not exist|alliance ?asset not found|unknown (alliance )?asset/i,
    fix: "Use a denom listed by getAlliances(client); Alliance accepts only the assets governance registered.",
  },
];

/** A transaction x/alliance refused for a reason an app handles: insufficient shares, unknown asset, and so on. */
export class AllianceTxError extends TxFailedError {
  override readonly name: string = "AllianceTxError";
  /** The refusal, as a stable code. */
  override readonly code: AllianceRefusalCode;

  constructor(failure: ChainFailure, code: AllianceRefusalCode, fix: string) {
    super(failure, code, fix);
    this.code = code;
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
 * The typed form of a chain refusal: an {@link AllianceTxError} when a `TxFailedError`'s log names an Alliance
 * refusal, else `error` unchanged. Actions apply it to everything `sendTx` throws.
 */
export function allianceErrorOf(error: unknown): unknown {
  if (!(error instanceof TxFailedError) || error instanceof AllianceTxError) return error;
  const refusal = REFUSALS.find((r) => r.pattern.test(error.log));
  return refusal === undefined ? error : new AllianceTxError(failureOf(error), refusal.code, refusal.fix);
}

/**
 * The chain does not serve this query: its x/alliance release predates it (the `*ByDelegator` queries arrived in
 * v0.3.5; v0.3.4, the Persistence fork, and v0.4.0 lack them). `fix` names the query to use instead.
 */
export class UnsupportedQueryError extends ClientError {
  override readonly name: string = "UnsupportedQueryError";
  /** The ABCI path the chain did not know, e.g. "/alliance.alliance.Query/AllianceUnbondingsByDelegator". */
  readonly path: string;

  constructor(path: string, fix: string, cause: QueryError) {
    super("QUERY_FAILED", "the chain does not serve this query (its x/alliance release predates it)", {
      field: path,
      value: { codespace: cause.codespace, code: cause.abciCode, log: cause.log },
      fix,
      cause,
    });
    this.path = path;
  }
}

// The client owns the test (it knows the node's wordings); re-exported so this package's users find it here too.
export { isUnknownQuery } from "@persistence-sdk/client";

const UNKNOWN_ASSET = REFUSALS.find((r) => r.code === "ALLIANCE_UNKNOWN_ASSET")!;

/** A query named an asset the chain does not have (`ALLIANCE_UNKNOWN_ASSET`). */
export class UnknownAssetError extends ClientError {
  override readonly name: string = "UnknownAssetError";
  /** The denom asked for. */
  readonly denom: string;

  constructor(denom: string, cause?: unknown) {
    super("ALLIANCE_UNKNOWN_ASSET", "the chain has no Alliance asset with this denom", {
      field: "denom",
      value: denom,
      fix: UNKNOWN_ASSET.fix,
      cause,
    });
    this.denom = denom;
  }

  /** The typed error for a query about `denom` that failed because the asset is unknown; else `error` itself. */
  static from(error: unknown, denom: string): unknown {
    if (!(error instanceof QueryError)) return error;
    if (UNKNOWN_ASSET.pattern.test(error.log) || (error.notFound && /asset|alliance|denom/i.test(error.log))) {
      return new UnknownAssetError(denom, error);
    }
    return error;
  }
}
