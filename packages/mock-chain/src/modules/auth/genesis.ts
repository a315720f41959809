import { create, type JsonValue, toJson } from "@bufbuild/protobuf";
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { GenesisStateSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import type { Context } from "../../app/module.js";
import { genesisMessage } from "../proto-genesis.js";
import { type Account, type AuthKeeper, baseAccountOf, packAccount } from "./keeper.js";
import { AuthKeys } from "./keys.js";
import { FEE_COLLECTOR } from "./module-accounts.js";
import { defaultAuthParams } from "./params.js";

/**
 * x/auth InitGenesis: params, then the accounts in account-number order; the next account number follows the
 * highest one; the fee collector exists afterwards.
 */
export function initAuthGenesis(keeper: AuthKeeper, ctx: Context, section: unknown): void {
  const state = genesisMessage(GenesisStateSchema, section) ?? create(GenesisStateSchema);
  keeper.setParams(ctx, state.params ?? defaultAuthParams());
  const accounts = state.accounts.map((any) => {
    const account = anyUnpack(any, protoRegistry) as Account | undefined;
    if (
      account === undefined ||
      (account.$typeName !== "cosmos.auth.v1beta1.BaseAccount" &&
        account.$typeName !== "cosmos.auth.v1beta1.ModuleAccount")
    ) {
      throw new Error(`auth genesis: unsupported account type ${any.typeUrl}`);
    }
    return account;
  });
  accounts.sort((a, b) => (baseAccountOf(a).accountNumber < baseAccountOf(b).accountNumber ? -1 : 1));
  let next = ctx.store.get<bigint>(AuthKeys.nextAccountNumber) ?? 0n;
  const seen = new Set<string>();
  for (const account of accounts) {
    const base = baseAccountOf(account);
    if (seen.has(base.address)) throw new Error(`auth genesis: duplicate account ${base.address}`);
    seen.add(base.address);
    keeper.addresses.toBytes(base.address);
    keeper.setAccount(ctx, account);
    if (base.accountNumber >= next) next = base.accountNumber + 1n;
  }
  ctx.store.set(AuthKeys.nextAccountNumber, next);
  keeper.getModuleAccount(ctx, FEE_COLLECTOR);
}

/** x/auth ExportGenesis as proto JSON. */
export function exportAuthGenesis(keeper: AuthKeeper, ctx: Context): JsonValue {
  const accounts = Array.from(keeper.accounts(ctx.store), ([, account]) => packAccount(account));
  const state = create(GenesisStateSchema, { params: keeper.params(ctx.store), accounts });
  return toJson(GenesisStateSchema, state, { registry: protoRegistry, useProtoFieldName: true });
}
