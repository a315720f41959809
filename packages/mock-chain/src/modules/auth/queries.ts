import { create } from "@bufbuild/protobuf";
import {
  AddressBytesToStringResponseSchema,
  AddressStringToBytesResponseSchema,
  Bech32PrefixResponseSchema,
  ModuleAccountSchema,
  Query,
  QueryAccountResponseSchema,
  QueryAccountsResponseSchema,
  QueryModuleAccountsResponseSchema,
  QueryParamsResponseSchema,
} from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { queryHandlers } from "../../app/handlers.js";
import type { QueryHandler } from "../../app/module.js";
import { paginate } from "../pagination.js";
import { queryInvalidArgument, queryNotFound, queryPlainError } from "../query-errors.js";
import { entriesBelow } from "../store-entries.js";
import { type Account, type AuthKeeper, packAccount } from "./keeper.js";
import { AuthKeys } from "./keys.js";

/** cosmos.auth.v1beta1.Query, answered as x/auth's query server does (errors included). */
export function authQueryHandlers(keeper: AuthKeeper): Record<string, QueryHandler> {
  return queryHandlers(Query, {
    accounts: (ctx, req) => {
      const page = paginate(entriesBelow<Account>(ctx.store, AuthKeys.accountPrefix), req.pagination);
      return create(QueryAccountsResponseSchema, {
        accounts: page.items.map(packAccount),
        pagination: page.pagination,
      });
    },
    account: (ctx, req) => {
      if (req.address === "") throw queryInvalidArgument("Address cannot be empty");
      const decoded = keeper.addresses.decode(req.address);
      if (typeof decoded === "string") throw queryPlainError(decoded);
      const account = keeper.getAccount(ctx.store, req.address);
      if (account === undefined) throw queryNotFound(`account ${req.address} not found`);
      return create(QueryAccountResponseSchema, { account: packAccount(account) });
    },
    params: (ctx) => create(QueryParamsResponseSchema, { params: keeper.params(ctx.store) }),
    moduleAccounts: (ctx) => {
      // The SDK lists every permissioned module, creating missing accounts in the (discarded) query state.
      let nextNumber = ctx.store.get<bigint>(AuthKeys.nextAccountNumber) ?? 0n;
      const accounts = [...keeper.permissions.keys()].sort().map((name) => {
        const address = keeper.moduleAddress(name);
        const existing = keeper.getAccount(ctx.store, address);
        if (existing !== undefined) return packAccount(existing);
        const permissions = [...(keeper.permissions.get(name) ?? [])];
        return packAccount(
          create(ModuleAccountSchema, { baseAccount: { address, accountNumber: nextNumber++ }, name, permissions }),
        );
      });
      return create(QueryModuleAccountsResponseSchema, { accounts });
    },
    bech32Prefix: () => create(Bech32PrefixResponseSchema, { bech32Prefix: keeper.bech32Prefix }),
    addressBytesToString: (_ctx, req) => {
      if (req.addressBytes.length === 0) throw queryInvalidArgument("empty address bytes is not allowed");
      return create(AddressBytesToStringResponseSchema, {
        addressString: keeper.addresses.fromBytes(req.addressBytes),
      });
    },
    addressStringToBytes: (_ctx, req) => {
      if (req.addressString.trim() === "") throw queryInvalidArgument("empty address string is not allowed");
      const decoded = keeper.addresses.decode(req.addressString);
      if (typeof decoded === "string") throw queryPlainError(decoded);
      return create(AddressStringToBytesResponseSchema, { addressBytes: decoded });
    },
  });
}
