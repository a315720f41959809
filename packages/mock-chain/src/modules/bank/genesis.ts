import { create, type JsonValue, toJson } from "@bufbuild/protobuf";
import { GenesisStateSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import type { Context } from "../../app/module.js";
import { genesisMessage } from "../proto-genesis.js";
import { addCoins, type Coin, coinsEqual, coinsError, coinsFromProto, coinsToProto, coinsToString } from "./coins.js";
import { type BankKeeper, defaultBankParams } from "./keeper.js";
import { BankKeys } from "./keys.js";

/**
 * x/bank InitGenesis: params, balances, denom metadata. The supply is the sum of the balances; a genesis that
 * states a different supply is refused, as the SDK panics on it.
 */
export function initBankGenesis(keeper: BankKeeper, ctx: Context, section: unknown): void {
  const state = genesisMessage(GenesisStateSchema, section) ?? create(GenesisStateSchema);
  keeper.setParams(ctx, state.params ?? defaultBankParams());
  let total: Coin[] = keeper.getTotalSupply(ctx);
  for (const balance of state.balances) {
    keeper.auth.addresses.toBytes(balance.address);
    const coins = coinsFromProto(balance.coins);
    const bad = coinsError(coins);
    if (bad !== undefined) throw new Error(`bank genesis: balance of ${balance.address}: ${bad}`);
    for (const coin of coins) {
      keeper.setBalance(
        ctx,
        balance.address,
        coin.denom,
        keeper.getBalance(ctx, balance.address, coin.denom) + coin.amount,
      );
    }
    total = addCoins(total, coins);
  }
  const stated = coinsFromProto(state.supply);
  if (stated.length > 0 && !coinsEqual(stated, total)) {
    throw new Error(`genesis supply is incorrect, expected ${coinsToString(stated)}, got ${coinsToString(total)}`);
  }
  for (const coin of total) keeper.setSupply(ctx, coin.denom, coin.amount);
  for (const metadata of state.denomMetadata) keeper.setDenomMetadata(ctx, metadata);
}

/** x/bank ExportGenesis as proto JSON: balances by address bytes, supply and metadata by denom. */
export function exportBankGenesis(keeper: BankKeeper, ctx: Context): JsonValue {
  const byAddress = new Map<string, Coin[]>();
  for (const [key, amount] of ctx.store.iterate<bigint>(BankKeys.balancePrefix)) {
    const rest = key.slice(BankKeys.balancePrefix.length);
    const slash = rest.indexOf("/");
    const hex = rest.slice(0, slash);
    const coins = byAddress.get(hex) ?? [];
    coins.push({ denom: rest.slice(slash + 1), amount });
    byAddress.set(hex, coins);
  }
  const state = create(GenesisStateSchema, {
    params: keeper.params(ctx.store),
    balances: [...byAddress].map(([hex, coins]) => ({
      address: keeper.auth.addresses.fromBytes(Buffer.from(hex, "hex")),
      coins: coinsToProto(coins),
    })),
    supply: coinsToProto(keeper.getTotalSupply(ctx)),
    denomMetadata: Array.from(ctx.store.iterate(BankKeys.denomMetadataPrefix), ([, metadata]) => metadata as never),
  });
  return toJson(GenesisStateSchema, state, { registry: protoRegistry, useProtoFieldName: true });
}
