import { create } from "@bufbuild/protobuf";
import {
  type Metadata,
  Query,
  QueryAllBalancesResponseSchema,
  QueryBalanceResponseSchema,
  QueryDenomMetadataResponseSchema,
  QueryDenomOwnersResponseSchema,
  QueryDenomsMetadataResponseSchema,
  QueryParamsResponseSchema,
  QuerySpendableBalancesResponseSchema,
  QuerySupplyOfResponseSchema,
  QueryTotalSupplyResponseSchema,
} from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { queryHandlers } from "../../app/handlers.js";
import type { Context, QueryHandler } from "../../app/module.js";
import { paginate } from "../pagination.js";
import { queryInvalidArgument, queryNotFound } from "../query-errors.js";
import { entriesBelow } from "../store-entries.js";
import { coinToProto, denomError } from "./coins.js";
import type { BankKeeper } from "./keeper.js";
import { BankKeys } from "./keys.js";

/** cosmos.bank.v1beta1.Query, answered as x/bank's query server does (errors included). */
export function bankQueryHandlers(keeper: BankKeeper): Record<string, QueryHandler> {
  const addressKey = (address: string): string => {
    if (address === "") throw queryInvalidArgument("empty address string is not allowed");
    const decoded = keeper.auth.addresses.decode(address);
    if (typeof decoded === "string") throw queryInvalidArgument(`invalid address: ${decoded}`);
    return keeper.auth.addresses.key(address);
  };
  const balancesPage = (ctx: Context, address: string, pagination: Parameters<typeof paginate>[1]) => {
    const prefix = BankKeys.balancesOf(addressKey(address));
    const entries = Array.from(
      entriesBelow<bigint>(ctx.store, prefix),
      ([denom, amount]) => [denom, { denom, amount }] as const,
    );
    return paginate(entries, pagination);
  };
  const validDenom = (denom: string): void => {
    const bad = denomError(denom);
    if (bad !== undefined) throw queryInvalidArgument(bad);
  };

  return queryHandlers(Query, {
    balance: (ctx, req) => {
      validDenom(req.denom);
      addressKey(req.address);
      const amount = keeper.getBalance(ctx, req.address, req.denom);
      return create(QueryBalanceResponseSchema, { balance: coinToProto({ denom: req.denom, amount }) });
    },
    allBalances: (ctx, req) => {
      const page = balancesPage(ctx, req.address, req.pagination);
      return create(QueryAllBalancesResponseSchema, {
        balances: page.items.map(coinToProto),
        pagination: page.pagination,
      });
    },
    spendableBalances: (ctx, req) => {
      const page = balancesPage(ctx, req.address, req.pagination);
      return create(QuerySpendableBalancesResponseSchema, {
        balances: page.items.map(coinToProto),
        pagination: page.pagination,
      });
    },
    totalSupply: (ctx, req) => {
      const entries = Array.from(
        entriesBelow<bigint>(ctx.store, BankKeys.supplyPrefix),
        ([denom, amount]) => [denom, { denom, amount }] as const,
      );
      const page = paginate(entries, req.pagination);
      return create(QueryTotalSupplyResponseSchema, {
        supply: page.items.map(coinToProto),
        pagination: page.pagination,
      });
    },
    supplyOf: (ctx, req) => {
      validDenom(req.denom);
      return create(QuerySupplyOfResponseSchema, {
        amount: coinToProto({ denom: req.denom, amount: keeper.getSupply(ctx, req.denom) }),
      });
    },
    params: (ctx) => create(QueryParamsResponseSchema, { params: keeper.params(ctx.store) }),
    denomMetadata: (ctx, req) => {
      if (req.denom === "") throw queryInvalidArgument("invalid denom");
      const metadata = keeper.getDenomMetadata(ctx, req.denom);
      if (metadata === undefined) throw queryNotFound(`client metadata for denom ${req.denom}`);
      return create(QueryDenomMetadataResponseSchema, { metadata });
    },
    denomsMetadata: (ctx, req) => {
      const page = paginate(entriesBelow<Metadata>(ctx.store, BankKeys.denomMetadataPrefix), req.pagination);
      return create(QueryDenomsMetadataResponseSchema, { metadatas: page.items, pagination: page.pagination });
    },
    denomOwners: (ctx, req) => {
      validDenom(req.denom);
      const owners: [string, { address: string; amount: bigint }][] = [];
      for (const [key, amount] of entriesBelow<bigint>(ctx.store, BankKeys.balancePrefix)) {
        const slash = key.indexOf("/");
        if (key.slice(slash + 1) !== req.denom) continue;
        const hex = key.slice(0, slash);
        owners.push([hex, { address: keeper.auth.addresses.fromBytes(Buffer.from(hex, "hex")), amount }]);
      }
      const page = paginate(owners, req.pagination);
      return create(QueryDenomOwnersResponseSchema, {
        denomOwners: page.items.map((owner) => ({
          address: owner.address,
          balance: coinToProto({ denom: req.denom, amount: owner.amount }),
        })),
        pagination: page.pagination,
      });
    },
  });
}
