// cosmos.mint.v1beta1.Query. Inflation and AnnualProvisions are `bytes` fields holding the Dec as gogoproto marshals
// it (the ASCII of its 10^18-scaled integer), which is what cosmjs's MintExtension decodes.
import { create } from "@bufbuild/protobuf";
import {
  Query,
  QueryAnnualProvisionsResponseSchema,
  QueryInflationResponseSchema,
  QueryParamsResponseSchema,
} from "@persistence-sdk/proto/cosmos/mint/v1beta1";
import { queryHandlers } from "../../app/handlers.js";
import type { QueryHandler } from "../../app/module.js";
import { getMinter, getMintParams } from "./params.js";

const ascii = new TextEncoder();

export function mintQueryHandlers(): Record<string, QueryHandler> {
  return queryHandlers(Query, {
    params: (ctx) => create(QueryParamsResponseSchema, { params: getMintParams(ctx.store) }),
    inflation: (ctx) =>
      create(QueryInflationResponseSchema, { inflation: ascii.encode(getMinter(ctx.store).inflation) }),
    annualProvisions: (ctx) =>
      create(QueryAnnualProvisionsResponseSchema, {
        annualProvisions: ascii.encode(getMinter(ctx.store).annualProvisions),
      }),
  });
}
