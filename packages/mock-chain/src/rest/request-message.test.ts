import { QueryAllBalancesRequestSchema, QueryBalanceRequestSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { QueryValidatorsRequestSchema } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { GetTxsEventRequestSchema, OrderBy, SimulateRequestSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { describe, expect, it } from "vitest";
import { GatewayError, GrpcCode } from "./grpc-status.js";
import { buildRequestMessage } from "./request-message.js";

function parts(bindings: Record<string, string>, query: string, bodySelector = "", bodyText = "") {
  return { bindings: new Map(Object.entries(bindings)), query: new URLSearchParams(query), bodySelector, bodyText };
}

describe("buildRequestMessage (grpc-gateway's request mapping)", () => {
  it("takes path variables and pagination query parameters", () => {
    const request = buildRequestMessage(
      QueryAllBalancesRequestSchema,
      parts(
        { address: "persistence1abc" },
        "pagination.limit=2&pagination.key=AQI%2B&pagination.reverse=true&pagination.count_total=1",
      ),
      protoRegistry,
    );
    expect(request.address).toBe("persistence1abc");
    expect(request.pagination?.limit).toBe(2n);
    expect(request.pagination?.key).toEqual(new Uint8Array([1, 2, 0x3e]));
    expect(request.pagination?.reverse).toBe(true);
    expect(request.pagination?.countTotal).toBe(true);
  });

  it("accepts JSON names, enum names and ignores unknown parameters", () => {
    const request = buildRequestMessage(
      QueryValidatorsRequestSchema,
      parts({}, "status=BOND_STATUS_BONDED&pagination.countTotal=true&nonsense=1"),
      protoRegistry,
    );
    expect(request.status).toBe("BOND_STATUS_BONDED");
    expect(request.pagination?.countTotal).toBe(true);
    const ordered = buildRequestMessage(
      GetTxsEventRequestSchema,
      parts({}, "events=tx.height%3D5&events=message.module%3D%27bank%27&order_by=ORDER_BY_DESC"),
      protoRegistry,
    );
    expect(ordered.orderBy).toBe(OrderBy.DESC);
    expect(ordered.events).toEqual(["tx.height=5", "message.module='bank'"]);
    const byQuery = buildRequestMessage(
      QueryBalanceRequestSchema,
      parts({ address: "a" }, "denom=stk/uxprt"),
      protoRegistry,
    );
    expect(byQuery.denom).toBe("stk/uxprt");
  });

  it('reads a JSON body for body:"*" rules', () => {
    const request = buildRequestMessage(
      SimulateRequestSchema,
      parts({}, "", "*", '{"tx_bytes":"AQID"}'),
      protoRegistry,
    );
    expect(request.txBytes).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("answers malformed input with InvalidArgument", () => {
    const attempts = [
      () =>
        buildRequestMessage(
          QueryAllBalancesRequestSchema,
          parts({ address: "a" }, "pagination.limit=ten"),
          protoRegistry,
        ),
      () =>
        buildRequestMessage(
          QueryAllBalancesRequestSchema,
          parts({ address: "a" }, "pagination.reverse=maybe"),
          protoRegistry,
        ),
      () => buildRequestMessage(SimulateRequestSchema, parts({}, "", "*", "{broken"), protoRegistry),
      () => buildRequestMessage(SimulateRequestSchema, parts({}, "", "*", '{"tx_bytes": 5}'), protoRegistry),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(GatewayError);
      try {
        attempt();
      } catch (error) {
        expect((error as GatewayError).code).toBe(GrpcCode.InvalidArgument);
      }
    }
  });
});
