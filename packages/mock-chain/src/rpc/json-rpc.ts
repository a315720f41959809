// JSON-RPC 2.0 envelopes and errors as CometBFT's rpc/jsonrpc package writes them: an error carries the standard
// code and message with the Go error text in `data`.

/** A request id: CometBFT accepts strings and whole numbers. */
export type JsonRpcId = string | number;

/** One request of a call or a batch, after validation. `id` undefined marks a notification (never answered). */
export interface JsonRpcRequest {
  readonly id: JsonRpcId | undefined;
  readonly method: string;
  readonly params: unknown;
}

/** The error object of a response. */
export interface JsonRpcErrorBody {
  readonly code: number;
  readonly message: string;
  readonly data?: string;
}

/** A response: `result` on success, `error` on failure. `id` is null when the request's id could not be read. */
export interface JsonRpcResponse {
  readonly jsonrpc: "2.0";
  readonly id: JsonRpcId | null;
  readonly result?: unknown;
  readonly error?: JsonRpcErrorBody;
}

/** The standard error codes (JSON-RPC 2.0 §5.1), which CometBFT uses unchanged. */
export const RpcErrorCode = {
  parseError: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internalError: -32603,
} as const;

const MESSAGES: Record<number, string> = {
  [RpcErrorCode.parseError]: "Parse error. Invalid JSON",
  [RpcErrorCode.invalidRequest]: "Invalid Request",
  [RpcErrorCode.methodNotFound]: "Method not found",
  [RpcErrorCode.invalidParams]: "Invalid params",
  [RpcErrorCode.internalError]: "Internal error",
};

/** A failure that becomes a JSON-RPC error response; `detail` is the `data` string (Go's error text). */
export class RpcError extends Error {
  readonly code: number;
  readonly detail: string | undefined;

  constructor(code: number, detail?: string) {
    super(detail ?? MESSAGES[code] ?? "Server error");
    this.name = "RpcError";
    this.code = code;
    this.detail = detail;
  }

  /** The `error` member of the response. */
  toBody(): JsonRpcErrorBody {
    const message = MESSAGES[this.code] ?? "Server error";
    return this.detail === undefined || this.detail === ""
      ? { code: this.code, message }
      : { code: this.code, message, data: this.detail };
  }
}

/** A success response. */
export function successResponse(id: JsonRpcId | null, result: unknown): JsonRpcResponse {
  return { jsonrpc: "2.0", id, result };
}

/** An error response; anything that is not an `RpcError` is an internal error with its message as data. */
export function errorResponse(id: JsonRpcId | null, error: unknown): JsonRpcResponse {
  const rpcError = error instanceof RpcError ? error : new RpcError(RpcErrorCode.internalError, errorText(error));
  return { jsonrpc: "2.0", id, error: rpcError.toBody() };
}

/** The text of any thrown value. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One slot of a body: a request to run, or a malformed request object answered with an error. */
export type BodyItem =
  | { readonly ok: true; readonly request: JsonRpcRequest }
  | { readonly ok: false; readonly id: JsonRpcId | null; readonly error: RpcError };

/** The outcome of reading a request body: requests to run, or one error that answers the whole body. */
export type ParsedBody =
  | { readonly kind: "requests"; readonly batch: boolean; readonly items: readonly BodyItem[] }
  | { readonly kind: "error"; readonly error: RpcError };

/**
 * Parses a request body: one request object or a batch (an array). Invalid JSON is a parse error for the whole body;
 * a malformed request (not an object, bad id, method not a string) is an invalid-request error in its slot.
 */
export function parseRequestBody(text: string): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      kind: "error",
      error: new RpcError(RpcErrorCode.parseError, `error unmarshaling request: ${errorText(error)}`),
    };
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return { kind: "error", error: new RpcError(RpcErrorCode.invalidRequest, "empty batch") };
    }
    return { kind: "requests", batch: true, items: value.map(readRequest) };
  }
  return { kind: "requests", batch: false, items: [readRequest(value)] };
}

/** Checks one request object. */
export function readRequest(value: unknown): BodyItem {
  if (!isObject(value)) {
    return { ok: false, id: null, error: new RpcError(RpcErrorCode.invalidRequest, "request must be a JSON object") };
  }
  const id = value.id;
  const fail = (detail: string): BodyItem => ({
    ok: false,
    id: validId(id) ? id : null,
    error: new RpcError(RpcErrorCode.invalidRequest, detail),
  });
  if (id !== undefined && id !== null && !validId(id)) {
    return fail(`json-rpc ID (${JSON.stringify(id)}) is of unknown type`);
  }
  if (value.jsonrpc !== undefined && value.jsonrpc !== "2.0") {
    return fail(`jsonrpc must be "2.0", got ${JSON.stringify(value.jsonrpc)}`);
  }
  if (typeof value.method !== "string") return fail("method must be a string");
  return { ok: true, request: { id: validId(id) ? id : undefined, method: value.method, params: value.params } };
}

function validId(id: unknown): id is JsonRpcId {
  return typeof id === "string" || (typeof id === "number" && Number.isSafeInteger(id));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
