// Genesis import and export of the basket vault (GenesisState, as the SDK writes genesis JSON: proto field names,
// LegacyDec fields as 18-decimal strings). Escrow totals and the end blocker's queue are rebuilt from the requests
// and batches; share supply is the bank's.
import { create, type JsonValue } from "@bufbuild/protobuf";
import { ModuleAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import {
  type Basket,
  type Batch,
  BatchStatus,
  type GenesisState,
  GenesisStateSchema,
  type RedeemRequest,
  RequestStatus,
  type RewardSnapshot,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { Context } from "../../app/module.js";
import { fromGenesisJson, toGenesisJson } from "../staking/genesis-json.js";
import { amountIn, coinsOf, int, nanosOf } from "./convert.js";
import { shareMetadata } from "./governance.js";
import { BASKETVAULT_MODULE, type BasketVaultKeeper } from "./keeper.js";
import { BasketVaultKeys } from "./keys.js";
import { defaultBasketVaultParams, validateBasketVaultParams } from "./params.js";
import type { AllianceUnbondingRecord } from "./restake.js";

function genesisState(section: unknown): GenesisState {
  if (section === undefined || section === null)
    return create(GenesisStateSchema, { params: defaultBasketVaultParams() });
  if (typeof section === "object" && (section as { $typeName?: unknown }).$typeName === GenesisStateSchema.typeName) {
    return section as GenesisState;
  }
  return fromGenesisJson(GenesisStateSchema, section as JsonValue);
}

/**
 * What the module account must hold of each denom: every basket's idle holdings, the idle-covered part of every
 * UNBONDING batch, every CLAIMABLE request's payout, the escrowed shares of PENDING requests and the unpaid reward
 * pools (§10 invariant 2: the balance may be larger, by ignored donations).
 */
export function requiredModuleBalances(state: GenesisState): Map<string, bigint> {
  const need = new Map<string, bigint>();
  const add = (denom: string, amount: bigint) => {
    if (amount !== 0n) need.set(denom, (need.get(denom) ?? 0n) + amount);
  };
  const shareDenoms = new Map<bigint, string>();
  for (const basket of state.baskets) {
    shareDenoms.set(basket.id, basket.shareDenom);
    for (const c of basket.constituents) add(c.denom, int(c.idle));
    add(basket.rewards?.rewardDenom ?? "", int(basket.rewards?.unpaid ?? ""));
  }
  for (const batch of state.batches) {
    if (batch.status !== BatchStatus.UNBONDING) continue;
    for (const coin of coinsOf(batch.expected)) add(coin.denom, coin.amount - amountIn(batch.undelegated, coin.denom));
  }
  for (const request of state.requests) {
    if (request.status === RequestStatus.CLAIMABLE)
      for (const coin of coinsOf(request.paid)) add(coin.denom, coin.amount);
    if (request.status === RequestStatus.PENDING) add(shareDenoms.get(request.basketId) ?? "", int(request.shares));
  }
  need.delete("");
  return need;
}

/** The module's state read back from a genesis section (the message itself, or SDK genesis JSON). */
export function basketVaultGenesisState(section: unknown): GenesisState {
  return genesisState(section);
}

/** InitGenesis: params, baskets (with their share metadata), batches, requests, snapshots, id sequences. */
export function initBasketVaultGenesis(keeper: BasketVaultKeeper, ctx: Context, section: unknown): void {
  const state = genesisState(section);
  const params = state.params ?? defaultBasketVaultParams();
  validateBasketVaultParams(params);
  keeper.setParams(ctx, params);
  const account = keeper.auth.getModuleAccount(ctx, BASKETVAULT_MODULE);
  // A genesis that funds the module lists its address as a plain account (the devnet's does): make it the module's.
  if (account.$typeName === "cosmos.auth.v1beta1.BaseAccount") {
    keeper.auth.setAccount(
      ctx,
      create(ModuleAccountSchema, {
        baseAccount: account,
        name: BASKETVAULT_MODULE,
        permissions: [...(keeper.auth.permissions.get(BASKETVAULT_MODULE) ?? [])],
      }),
    );
  }

  let maxBasket = 0n;
  for (const basket of state.baskets) {
    keeper.setBasket(ctx, basket);
    if (keeper.bank.getDenomMetadata(ctx, basket.shareDenom) === undefined) {
      keeper.bank.setDenomMetadata(ctx, shareMetadata(basket));
    }
    if (basket.id > maxBasket) maxBasket = basket.id;
  }
  let maxBatch = 0n;
  for (const batch of state.batches) {
    keeper.setBatch(ctx, batch);
    if (batch.id > maxBatch) maxBatch = batch.id;
    if (batch.status !== BatchStatus.UNBONDING) continue;
    const completionNs = nanosOf(batch.completionTime);
    keeper.enqueueUnbonding(ctx, batch, completionNs);
    // Which Alliance unbonding belongs to which batch is not part of GenesisState: rebuild one record per undelegated
    // denom that takes what arrives (see restake.ts).
    if (keeper.restaking !== undefined) {
      coinsOf(batch.undelegated).forEach((coin, index) => {
        const record: AllianceUnbondingRecord = {
          basketId: batch.basketId,
          batchId: batch.id,
          validator: "",
          denom: coin.denom,
          amount: coin.amount,
          completionTimeNs: completionNs,
          captured: coin.amount,
        };
        ctx.store.set(BasketVaultKeys.allianceUnbonding(batch.id, index), record);
      });
    }
  }
  let maxRequest = 0n;
  for (const request of state.requests) {
    keeper.setRequest(ctx, request);
    if (request.id > maxRequest) maxRequest = request.id;
    if (request.status === RequestStatus.PENDING) {
      const key = BasketVaultKeys.escrow(request.basketId, keeper.auth.addresses.key(request.owner));
      ctx.store.set(key, (ctx.store.get<bigint>(key) ?? 0n) + int(request.shares));
    }
  }
  for (const snapshot of state.rewardSnapshots) keeper.setSnapshot(ctx, snapshot);
  const atLeast = (given: bigint, used: bigint) => (given > used ? given : used + 1n);
  ctx.store.set(BasketVaultKeys.nextBasketId, atLeast(state.nextBasketId, maxBasket));
  ctx.store.set(BasketVaultKeys.nextBatchId, atLeast(state.nextBatchId, maxBatch));
  ctx.store.set(BasketVaultKeys.nextRequestId, atLeast(state.nextRequestId, maxRequest));

  // The books must be covered by what the module account holds, as the SDK panics on an inconsistent genesis.
  for (const [denom, amount] of requiredModuleBalances(state)) {
    const balance = keeper.bank.getBalance(ctx, keeper.moduleAddress, denom);
    if (balance < amount) {
      throw new Error(
        `basketvault genesis: the module account holds ${balance}${denom} but its books need ${amount}${denom}`,
      );
    }
  }
}

/** The whole state as GenesisState. */
export function exportBasketVaultState(keeper: BasketVaultKeeper, ctx: Pick<Context, "store">): GenesisState {
  const values = <T>(prefix: string): T[] => Array.from(ctx.store.iterate<T>(prefix), ([, value]) => value);
  return create(GenesisStateSchema, {
    params: keeper.params(ctx.store),
    baskets: values<Basket>(BasketVaultKeys.basketPrefix),
    requests: values<RedeemRequest>(BasketVaultKeys.requestPrefix),
    batches: values<Batch>(BasketVaultKeys.batchPrefix),
    rewardSnapshots: values<RewardSnapshot>(BasketVaultKeys.snapshotPrefix),
    nextBasketId: keeper.peekId(ctx.store, BasketVaultKeys.nextBasketId),
    nextRequestId: keeper.peekId(ctx.store, BasketVaultKeys.nextRequestId),
    nextBatchId: keeper.peekId(ctx.store, BasketVaultKeys.nextBatchId),
  });
}

/** ExportGenesis as SDK genesis JSON. */
export function exportBasketVaultGenesis(keeper: BasketVaultKeeper, ctx: Context): JsonValue {
  return toGenesisJson(GenesisStateSchema, exportBasketVaultState(keeper, ctx));
}
