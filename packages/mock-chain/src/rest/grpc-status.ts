// gRPC status codes and how the Cosmos SDK's gateway renders a failed call: HTTP status from the gRPC code
// (grpc-gateway's HTTPStatusFromCode) and the body {"code", "message", "details": []}.
import type { AbciQueryResult } from "../node/chain-node.js";

/** The gRPC status codes. */
export const GrpcCode = {
  OK: 0,
  Canceled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  FailedPrecondition: 9,
  Aborted: 10,
  OutOfRange: 11,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  DataLoss: 15,
  Unauthenticated: 16,
} as const;

/** One gRPC status code. */
export type GrpcCode = (typeof GrpcCode)[keyof typeof GrpcCode];

const HTTP_STATUS: Record<number, number> = {
  [GrpcCode.OK]: 200,
  [GrpcCode.Canceled]: 408,
  [GrpcCode.Unknown]: 500,
  [GrpcCode.InvalidArgument]: 400,
  [GrpcCode.DeadlineExceeded]: 504,
  [GrpcCode.NotFound]: 404,
  [GrpcCode.AlreadyExists]: 409,
  [GrpcCode.PermissionDenied]: 403,
  [GrpcCode.ResourceExhausted]: 429,
  [GrpcCode.FailedPrecondition]: 400,
  [GrpcCode.Aborted]: 409,
  [GrpcCode.OutOfRange]: 400,
  [GrpcCode.Unimplemented]: 501,
  [GrpcCode.Internal]: 500,
  [GrpcCode.Unavailable]: 503,
  [GrpcCode.DataLoss]: 500,
  [GrpcCode.Unauthenticated]: 401,
};

/** The HTTP status grpc-gateway answers a gRPC code with. */
export function httpStatusOf(code: GrpcCode): number {
  return HTTP_STATUS[code] ?? 500;
}

/** A failed gateway call. */
export class GatewayError extends Error {
  readonly code: GrpcCode;

  constructor(code: GrpcCode, message: string) {
    super(message);
    this.name = "GatewayError";
    this.code = code;
  }

  /** The response body, as the SDK's gateway writes a `google.rpc.Status`. */
  toJson(): { code: number; message: string; details: [] } {
    return { code: this.code, message: this.message, details: [] };
  }
}

// baseapp turns a query handler's gRPC status into an SDK error for ABCI ("rpc error: code = NotFound desc = ...:
// key not found"); the gateway, which calls the handler directly, sees the status itself. This undoes the wrapping.
const STATUS_TEXT = /^rpc error: code = (\w+) desc = ([\s\S]*)$/;
const SDK_WRAPPERS = [": key not found", ": invalid request", ": unknown request", ": not found"];

/** SDK errors a query handler may return as such, with the gRPC code their registration carries. */
const SDK_ERROR_CODES: Record<string, GrpcCode> = {
  "sdk/7": GrpcCode.InvalidArgument,
  "sdk/18": GrpcCode.InvalidArgument,
  "sdk/22": GrpcCode.NotFound,
  "sdk/38": GrpcCode.NotFound,
  "sdk/4": GrpcCode.Unauthenticated,
  "sdk/6": GrpcCode.Unimplemented,
};

/** The gateway error of a failed ABCI query. */
export function gatewayErrorOf(result: AbciQueryResult): GatewayError {
  let text = result.log;
  for (const wrapper of SDK_WRAPPERS) {
    if (text.endsWith(wrapper) && STATUS_TEXT.test(text)) {
      text = text.slice(0, -wrapper.length);
      break;
    }
  }
  const status = STATUS_TEXT.exec(text);
  if (status) {
    const code = (GrpcCode as Record<string, GrpcCode>)[status[1]!] ?? GrpcCode.Unknown;
    return new GatewayError(code, status[2]!);
  }
  return new GatewayError(SDK_ERROR_CODES[`${result.codespace}/${result.code}`] ?? GrpcCode.Unknown, text);
}
