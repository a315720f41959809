// pstake.liquidstake.v1beta1.Query: params, the liquid validators' states and the NetAmountState (grpc_query.go).
import { create } from "@bufbuild/protobuf";
import {
  Query,
  QueryLiquidValidatorsResponseSchema,
  QueryParamsResponseSchema,
  QueryStatesResponseSchema,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { queryHandlers } from "../../app/handlers.js";
import type { QueryHandler } from "../../app/module.js";
import type { LiquidStakeKeeper } from "./keeper.js";

export function liquidStakeQueryHandlers(keeper: LiquidStakeKeeper): Record<string, QueryHandler> {
  return queryHandlers(Query, {
    params: (ctx) => create(QueryParamsResponseSchema, { params: keeper.params(ctx.store) }),
    liquidValidators: (ctx) =>
      create(QueryLiquidValidatorsResponseSchema, { liquidValidators: keeper.validatorStates(ctx.store) }),
    states: (ctx) => create(QueryStatesResponseSchema, { netAmountState: keeper.netAmountStateProto(ctx) }),
  });
}
