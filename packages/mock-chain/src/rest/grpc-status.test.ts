import { describe, expect, it } from "vitest";
import { GrpcCode, gatewayErrorOf, httpStatusOf } from "./grpc-status.js";

function failed(codespace: string, code: number, log: string) {
  return { code, codespace, log, value: new Uint8Array(), height: 5n };
}

describe("gatewayErrorOf", () => {
  it("recovers the gRPC status baseapp wrapped into an SDK error", () => {
    const notFound = gatewayErrorOf(
      failed("sdk", 22, "rpc error: code = NotFound desc = account persistence1abc not found: key not found"),
    );
    expect(notFound.toJson()).toEqual({
      code: GrpcCode.NotFound,
      message: "account persistence1abc not found",
      details: [],
    });
    expect(httpStatusOf(notFound.code)).toBe(404);

    const invalid = gatewayErrorOf(
      failed(
        "sdk",
        18,
        "rpc error: code = InvalidArgument desc = empty address string is not allowed: invalid request",
      ),
    );
    expect([invalid.code, invalid.message]).toEqual([GrpcCode.InvalidArgument, "empty address string is not allowed"]);
    expect(httpStatusOf(invalid.code)).toBe(400);
  });

  it("maps plain SDK errors by their registration and keeps their text", () => {
    expect(gatewayErrorOf(failed("sdk", 6, "unknown query path: unknown request")).code).toBe(GrpcCode.Unimplemented);
    const other = gatewayErrorOf(failed("staking", 3, "validator does not exist"));
    expect([other.code, other.message]).toEqual([GrpcCode.Unknown, "validator does not exist"]);
    expect(httpStatusOf(other.code)).toBe(500);
  });
});
