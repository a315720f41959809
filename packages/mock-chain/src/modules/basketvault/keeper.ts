// The basket vault's keeper: its state (params, baskets, requests, batches, reward snapshots, escrow), the share
// token it mints and burns through bank, the valuation every operation starts from, the per-holder reward
// settlement, and the performance fee. The operations (deposit.ts, redeem.ts, rates.ts, restake.ts, governance.ts)
// are functions over it.
import { create } from "@bufbuild/protobuf";
import {
  type BasketPerformanceFeeResult,
  type BasketValuation,
  basketPendingRewards,
  basketPerformanceFee,
  basketSettleRewards,
  basketValuation,
  type Dec,
} from "@persistence-sdk/core";
import {
  type Basket,
  type Batch,
  BatchSchema,
  BatchStatus,
  EventPerformanceFeeSchema,
  type Params,
  type RedeemRequest,
  type RewardSnapshot,
  RewardSnapshotSchema,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { Context, KVStore } from "../../app/module.js";
import type { AuthKeeper } from "../auth/keeper.js";
import { Permission } from "../auth/module-accounts.js";
import type { BankKeeper } from "../bank/keeper.js";
import { coreBasket, dec, int, ZERO_TIME } from "./convert.js";
import { BasketVaultErrors, core } from "./errors.js";
import { BasketVaultKeys } from "./keys.js";
import { defaultBasketVaultParams } from "./params.js";
import { type BasketRestaking, derivedModuleAddressBytes, restakeKey } from "./restaking.js";

/** The module account: holds every basket's idle LSTs, what cut batches owe, escrowed shares and reward pools. */
export const BASKETVAULT_MODULE = "basketvault";
/** Prefix of every share denom, `basket/{id}`. */
export const SHARE_DENOM_PREFIX = "basket/";

/** The share denom of a basket. */
export function shareDenomOf(basketId: bigint): string {
  return `${SHARE_DENOM_PREFIX}${basketId}`;
}

/** The basket id behind a share denom, or undefined for any other denom. */
export function basketIdOfDenom(denom: string): bigint | undefined {
  if (!denom.startsWith(SHARE_DENOM_PREFIX)) return undefined;
  const rest = denom.slice(SHARE_DENOM_PREFIX.length);
  return /^[1-9][0-9]{0,19}$/.test(rest) ? BigInt(rest) : undefined;
}

export interface BasketVaultKeeperDeps {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  /** The account accepted as `authority` (governance). */
  readonly authority: string;
  /** Alliance, seen through the restaking interface; without it nothing is restaked. */
  readonly restaking?: BasketRestaking | undefined;
}

export class BasketVaultKeeper {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly authority: string;
  readonly restaking: BasketRestaking | undefined;
  private readonly restakeAddresses = new Map<bigint, string>();

  constructor(deps: BasketVaultKeeperDeps) {
    this.auth = deps.auth;
    this.bank = deps.bank;
    this.authority = deps.authority;
    this.restaking = deps.restaking;
    this.bank.onBalanceChange((ctx, address, denom) => this.afterBalanceChange(ctx, address, denom));
  }

  /** The module account's permissions (app.go's maccPerms entry). */
  static readonly moduleAccounts = { [BASKETVAULT_MODULE]: [Permission.minter, Permission.burner] } as const;

  get moduleAddress(): string {
    return this.auth.moduleAddress(BASKETVAULT_MODULE);
  }

  /** The address a basket delegates through Alliance from (see restaking.ts). */
  restakeAddress(basketId: bigint): string {
    let address = this.restakeAddresses.get(basketId);
    if (address === undefined) {
      address = this.auth.addresses.fromBytes(derivedModuleAddressBytes(BASKETVAULT_MODULE, restakeKey(basketId)));
      this.restakeAddresses.set(basketId, address);
    }
    return address;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Params and ids

  params(store: KVStore): Params {
    return store.get<Params>(BasketVaultKeys.params) ?? defaultBasketVaultParams();
  }

  setParams(ctx: Pick<Context, "store">, params: Params): void {
    ctx.store.set(BasketVaultKeys.params, params);
  }

  /** Takes the next id of a sequence (ids start at 1). */
  takeId(ctx: Pick<Context, "store">, key: string): bigint {
    const next = this.peekId(ctx.store, key);
    ctx.store.set(key, next + 1n);
    return next;
  }

  peekId(store: KVStore, key: string): bigint {
    return store.get<bigint>(key) ?? 1n;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Baskets

  getBasket(store: KVStore, id: bigint): Basket | undefined {
    return store.get<Basket>(BasketVaultKeys.basket(id));
  }

  /** The basket, or ErrBasketNotFound. */
  requireBasket(store: KVStore, id: bigint): Basket {
    const basket = this.getBasket(store, id);
    if (basket === undefined) throw BasketVaultErrors.basketNotFound(`basket ${id}`);
    return basket;
  }

  setBasket(ctx: Pick<Context, "store">, basket: Basket): void {
    ctx.store.set(BasketVaultKeys.basket(basket.id), basket);
  }

  *baskets(store: KVStore): IterableIterator<Basket> {
    for (const [, basket] of store.iterate<Basket>(BasketVaultKeys.basketPrefix)) yield basket;
  }

  /** S: the bank supply of the share denom (shares escrowed by PENDING requests included). */
  shareSupply(ctx: Pick<Context, "store">, basket: Basket): bigint {
    return this.bank.getSupply(ctx, basket.shareDenom);
  }

  /** The core valuation (A, A_dn, A_up, S, P and the per-constituent lines) at the stored holdings and rates. */
  valuation(ctx: Pick<Context, "store">, basket: Basket): BasketValuation {
    return core(() => basketValuation(coreBasket(basket, this.shareSupply(ctx, basket))));
  }

  // -------------------------------------------------------------------------------------------------------------
  // Requests and batches

  getRequest(store: KVStore, id: bigint): RedeemRequest | undefined {
    return store.get<RedeemRequest>(BasketVaultKeys.request(id));
  }

  requireRequest(store: KVStore, id: bigint): RedeemRequest {
    const request = this.getRequest(store, id);
    if (request === undefined) throw BasketVaultErrors.requestNotFound(`request ${id}`);
    return request;
  }

  setRequest(ctx: Pick<Context, "store">, request: RedeemRequest): void {
    ctx.store.set(BasketVaultKeys.request(request.id), request);
    ctx.store.set(BasketVaultKeys.requestByOwner(this.auth.addresses.key(request.owner), request.id), request.id);
  }

  getBatch(store: KVStore, id: bigint): Batch | undefined {
    return store.get<Batch>(BasketVaultKeys.batch(id));
  }

  requireBatch(store: KVStore, id: bigint): Batch {
    const batch = this.getBatch(store, id);
    if (batch === undefined) throw BasketVaultErrors.batchNotFound(`batch ${id}`);
    return batch;
  }

  setBatch(ctx: Pick<Context, "store">, batch: Batch): void {
    ctx.store.set(BasketVaultKeys.batch(batch.id), batch);
    ctx.store.set(BasketVaultKeys.batchByBasket(batch.basketId, batch.id), batch.id);
  }

  /** A new OPEN batch for a basket (stored); returns its id. */
  openBatch(ctx: Pick<Context, "store">, basketId: bigint): bigint {
    const id = this.takeId(ctx, BasketVaultKeys.nextBatchId);
    this.setBatch(
      ctx,
      create(BatchSchema, {
        id,
        basketId,
        status: BatchStatus.OPEN,
        cutTime: ZERO_TIME,
        completionTime: ZERO_TIME,
        priceAtCut: "0",
        shares: "0",
      }),
    );
    return id;
  }

  /** Puts a cut batch in the end blocker's queue (by completion time). */
  enqueueUnbonding(ctx: Pick<Context, "store">, batch: Batch, completionNs: bigint): void {
    ctx.store.set(BasketVaultKeys.unbondingQueue(completionNs, batch.id), batch.id);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Escrow and reward settlement (§5)

  escrowOf(store: KVStore, basketId: bigint, owner: string): bigint {
    return store.get<bigint>(BasketVaultKeys.escrow(basketId, this.auth.addresses.key(owner))) ?? 0n;
  }

  /** Changes an owner's escrowed shares and settles the owner's rewards on the new count. */
  addEscrow(ctx: Context, basket: Basket, owner: string, delta: bigint): void {
    const key = BasketVaultKeys.escrow(basket.id, this.auth.addresses.key(owner));
    const next = (ctx.store.get<bigint>(key) ?? 0n) + delta;
    if (next < 0n) throw new Error(`escrow of ${owner} in basket ${basket.id} would go negative`);
    if (next === 0n) ctx.store.delete(key);
    else ctx.store.set(key, next);
    this.settleHolder(ctx, basket, owner);
  }

  getSnapshot(store: KVStore, basketId: bigint, owner: string): RewardSnapshot | undefined {
    return store.get<RewardSnapshot>(BasketVaultKeys.snapshot(basketId, this.auth.addresses.key(owner)));
  }

  setSnapshot(ctx: Pick<Context, "store">, snapshot: RewardSnapshot): void {
    const key = BasketVaultKeys.snapshot(snapshot.basketId, this.auth.addresses.key(snapshot.owner));
    if (int(snapshot.shares) === 0n && int(snapshot.owed) === 0n) ctx.store.delete(key);
    else ctx.store.set(key, snapshot);
  }

  /** Shares that earn for a holder: its balance of the share denom plus its shares escrowed in PENDING requests. */
  earningShares(ctx: Pick<Context, "store">, basket: Basket, owner: string): bigint {
    return this.bank.getBalance(ctx, owner, basket.shareDenom) + this.escrowOf(ctx.store, basket.id, owner);
  }

  /** Rewards owed to a holder now: settled rewards plus shares·(index − snapshot index). */
  pendingRewards(store: KVStore, basket: Basket, owner: string): { owed: bigint; shares: bigint } {
    const snapshot = this.getSnapshot(store, basket.id, owner);
    if (snapshot === undefined) return { owed: 0n, shares: 0n };
    const index = dec(basket.rewards?.rewardIndex ?? "");
    return {
      owed: core(() =>
        basketPendingRewards(
          { shares: int(snapshot.shares), rewardIndex: dec(snapshot.rewardIndex), owed: int(snapshot.owed) },
          index,
        ),
      ),
      shares: int(snapshot.shares),
    };
  }

  /**
   * Settles a holder at the basket's current reward index and records its new earning shares. A holder without a
   * snapshot has earned nothing yet. The module account (escrow) never earns: escrowed shares earn for their owners.
   */
  settleHolder(ctx: Context, basket: Basket, owner: string): RewardSnapshot | undefined {
    if (owner === this.moduleAddress) return undefined;
    const index = dec(basket.rewards?.rewardIndex ?? "");
    const stored = this.getSnapshot(ctx.store, basket.id, owner);
    const previous = stored
      ? { shares: int(stored.shares), rewardIndex: dec(stored.rewardIndex), owed: int(stored.owed) }
      : { shares: 0n, rewardIndex: index, owed: 0n };
    const settled = core(() => basketSettleRewards(previous, index, this.earningShares(ctx, basket, owner)));
    const snapshot = create(RewardSnapshotSchema, {
      basketId: basket.id,
      owner,
      shares: settled.shares.toString(),
      rewardIndex: settled.rewardIndex.toProto(),
      owed: settled.owed.toString(),
    });
    this.setSnapshot(ctx, snapshot);
    return snapshot;
  }

  /** The bank hook: a share balance changed (mint, burn, escrow, a plain MsgSend), so settle that holder. */
  private afterBalanceChange(ctx: Context, address: string, denom: string): void {
    const id = basketIdOfDenom(denom);
    if (id === undefined || address === this.moduleAddress) return;
    const basket = this.getBasket(ctx.store, id);
    // Bank's genesis writes balances before this module's genesis imports the baskets and snapshots.
    if (basket === undefined) return;
    this.settleHolder(ctx, basket, address);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Share token

  /** Mints shares to the module account and sends them on to `to` (the receiver settles through the bank hook). */
  mintShares(ctx: Context, basket: Basket, to: string, amount: bigint): void {
    if (amount <= 0n) return;
    const coins = [{ denom: basket.shareDenom, amount }];
    this.bank.mintCoins(ctx, BASKETVAULT_MODULE, coins);
    this.bank.sendCoinsFromModuleToAccount(ctx, BASKETVAULT_MODULE, to, coins);
  }

  /** Burns shares held by the module account (escrowed ones, or shares just taken from their holder). */
  burnShares(ctx: Context, basket: Basket, amount: bigint): void {
    if (amount <= 0n) return;
    this.bank.burnCoins(ctx, BASKETVAULT_MODULE, [{ denom: basket.shareDenom, amount }]);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Performance fee (§7)

  /**
   * Runs the performance fee at the basket's current valuation: mints the fee shares to the treasury and moves the
   * high-water mark. Returns the basket with its new mark (stored) and what the fee took.
   */
  takePerformanceFee(ctx: Context, basket: Basket): { basket: Basket; fee: BasketPerformanceFeeResult } {
    const valuation = this.valuation(ctx, basket);
    const previousMark = basket.highWaterMark;
    const fee = core(() =>
      basketPerformanceFee({
        navDown: valuation.navDown,
        shares: valuation.shares,
        virtualOffset: basket.virtualOffset,
        performanceFee: dec(basket.config?.fees?.performanceFee ?? ""),
        highWaterMark: dec(basket.highWaterMark),
      }),
    );
    const updated: Basket = { ...basket, highWaterMark: fee.highWaterMark.toProto() };
    this.setBasket(ctx, updated);
    if (fee.feeShares > 0n) {
      const treasury = basket.config?.treasury ?? "";
      this.mintShares(ctx, updated, treasury, fee.feeShares);
      ctx.events.emitTyped(
        EventPerformanceFeeSchema,
        create(EventPerformanceFeeSchema, {
          basketId: basket.id,
          treasury,
          feeValue: fee.feeValue.toString(),
          feeShares: fee.feeShares.toString(),
          previousHighWaterMark: previousMark,
          highWaterMark: fee.highWaterMark.toProto(),
        }),
      );
    }
    return { basket: updated, fee };
  }

  /** Price per share at the stored state. */
  pricePerShare(ctx: Pick<Context, "store">, basket: Basket): Dec {
    return this.valuation(ctx, basket).pricePerShare;
  }

  /** Ids of an owner's requests in ascending order. */
  *requestIdsOf(store: KVStore, owner: string): IterableIterator<bigint> {
    for (const [, id] of store.iterate<bigint>(BasketVaultKeys.requestsOf(this.auth.addresses.key(owner)))) yield id;
  }

  /** Ids of a basket's batches in ascending order. */
  *batchIdsOf(store: KVStore, basketId: bigint): IterableIterator<bigint> {
    for (const [, id] of store.iterate<bigint>(BasketVaultKeys.batchesOf(basketId))) yield id;
  }
}
