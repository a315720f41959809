// §5 Restaking and rewards: idle LSTs delegated through Alliance (end block), SyncHoldings re-reading the
// delegations, undelegations at a cut and what they actually pay back, Harvest into the reward pool, ClaimRewards.
import { create } from "@bufbuild/protobuf";
import { basketAccrueRewardIndex, type Dec } from "@persistence-sdk/core";
import {
  type Basket,
  BasketStatus,
  ConstituentStatus,
  EventHarvestSchema,
  EventHoldingsSyncedSchema,
  EventRestakedSchema,
  EventRewardsClaimedSchema,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { withContext } from "../../app/context.js";
import { EventCollector } from "../../app/event-manager.js";
import type { Context } from "../../app/module.js";
import { CacheStore } from "../../store/cache-store.js";
import type { Coin } from "../bank/coins.js";
import { dec, int, minInt, nowOf, protoCoin, protoCoins } from "./convert.js";
import { core } from "./errors.js";
import { BASKETVAULT_MODULE, type BasketVaultKeeper } from "./keeper.js";
import { BasketVaultKeys } from "./keys.js";

/**
 * One Alliance unbonding a cut started, kept until what it paid back is in the module account. `captured` is the
 * entry's balance read in the begin block of the block in which it matures (Alliance pays in its end block), so a
 * slash while unbonding is seen; `swept` is what was then moved from the restaking address to the module.
 */
export interface AllianceUnbondingRecord {
  readonly basketId: bigint;
  readonly batchId: bigint;
  /** Validator undelegated from; "" for a record rebuilt at genesis import (validator unknown). */
  readonly validator: string;
  readonly denom: string;
  readonly amount: bigint;
  readonly completionTimeNs: bigint;
  readonly captured?: bigint;
  readonly swept?: bigint;
}

/**
 * Runs `step` on a branch of the store and event sink, keeping its writes and events only if it returns: a failing
 * Alliance call (an unknown asset, a jailed validator...) must not take the vault's own operation down with it.
 */
export function attempt<T>(ctx: Context, step: (ctx: Context) => T): { ok: true; value: T } | { ok: false } {
  const store = new CacheStore(ctx.store);
  const events = new EventCollector();
  let value: T;
  try {
    value = step(withContext(ctx, { store, events }));
  } catch {
    return { ok: false };
  }
  store.write();
  for (const event of events.events) {
    ctx.events.emit(event.type, Object.fromEntries(event.attributes.map((a) => [a.key, a.value])));
  }
  return { ok: true, value };
}

export function emitRestaked(
  ctx: Context,
  basketId: bigint,
  delegated: readonly Coin[],
  undelegated: readonly Coin[],
): void {
  if (delegated.length === 0 && undelegated.length === 0) return;
  ctx.events.emitTyped(
    EventRestakedSchema,
    create(EventRestakedSchema, {
      basketId,
      delegated: protoCoins(delegated),
      undelegated: protoCoins(undelegated),
    }),
  );
}

const ONE = 10n ** 18n;

/** The part of each constituent's holdings to keep idle: ceil(idle_buffer_target · H), in the vault's favour. */
function idleToKeep(holdings: bigint, target: Dec): bigint {
  const product = holdings * target.atomics;
  return product / ONE + (product % ONE === 0n ? 0n : 1n);
}

/**
 * End block: delegates each OK constituent's idle LSTs above `ceil(idle_buffer_target·H)` through Alliance, in
 * equal parts over `restaking.validators` (the remainder to the first). Paused baskets and WINDING_DOWN or HALTED
 * constituents are left alone. A delegation Alliance refuses is skipped, the tokens stay idle.
 */
export function restakeIdle(ctx: Context, keeper: BasketVaultKeeper): void {
  const restaking = keeper.restaking;
  if (restaking === undefined) return;
  for (const stored of [...keeper.baskets(ctx.store)]) {
    const validators = stored.config?.restaking?.validators ?? [];
    if (stored.status !== BasketStatus.ACTIVE || validators.length === 0) continue;
    const target = dec(stored.config?.restaking?.idleBufferTarget ?? "");
    const delegator = keeper.restakeAddress(stored.id);
    let basket = stored;
    const delegated: Coin[] = [];
    basket.constituents.forEach((c, i) => {
      if (c.status !== ConstituentStatus.OK) return;
      const idle = int(c.idle);
      const excess = idle - idleToKeep(idle + int(c.restaked), target);
      if (excess <= 0n) return;
      const n = BigInt(validators.length);
      let moved = 0n;
      validators.forEach((validator, v) => {
        const amount = excess / n + (v === 0 ? excess % n : 0n);
        if (amount <= 0n) return;
        const coin = { denom: c.denom, amount };
        const done = attempt(ctx, (branch) => {
          keeper.bank.sendCoins(branch, keeper.moduleAddress, delegator, [coin]);
          restaking.delegate(branch, delegator, validator, coin);
        });
        if (done.ok) moved += amount;
      });
      if (moved === 0n) return;
      const current = basket.constituents[i]!;
      basket = {
        ...basket,
        constituents: basket.constituents.map((x, j) =>
          j === i
            ? {
                ...current,
                idle: (int(current.idle) - moved).toString(),
                restaked: (int(current.restaked) + moved).toString(),
              }
            : x,
        ),
      };
      delegated.push({ denom: c.denom, amount: moved });
    });
    if (delegated.length > 0) {
      keeper.setBasket(ctx, basket);
      emitRestaked(ctx, basket.id, delegated, []);
    }
  }
}

/**
 * End block, after the restaking: the constituent LSTs Alliance paid to a basket's restaking address as rewards
 * (the take rate of every Alliance asset reaches stakers through the fee collector, so rewards come partly in the
 * LSTs themselves) join the basket's idle holdings. Harvest moves only the reward denom; without this they would
 * stay on the restaking address, where nothing moves them again. Unbondings are swept before, so what is left here
 * is rewards.
 */
export function collectRestakingRewards(ctx: Context, keeper: BasketVaultKeeper): void {
  if (keeper.restaking === undefined) return;
  for (const stored of [...keeper.baskets(ctx.store)]) {
    const restake = keeper.restakeAddress(stored.id);
    const rewardDenom = stored.rewards?.rewardDenom ?? "";
    const collected = new Map<string, bigint>();
    for (const c of stored.constituents) {
      const amount = c.denom === rewardDenom ? 0n : keeper.bank.getBalance(ctx, restake, c.denom);
      if (amount <= 0n) continue;
      keeper.bank.sendCoins(ctx, restake, keeper.moduleAddress, [{ denom: c.denom, amount }]);
      collected.set(c.denom, amount);
    }
    if (collected.size === 0) continue;
    keeper.setBasket(ctx, {
      ...stored,
      constituents: stored.constituents.map((c) => {
        const extra = collected.get(c.denom);
        return extra === undefined ? c : { ...c, idle: (int(c.idle) + extra).toString() };
      }),
    });
  }
}

/**
 * At a cut: undelegates `amount` of `denom` from the basket's Alliance delegations, in proportion to their current
 * balances (never more than a delegation holds), and records each unbonding against the batch. Returns what was
 * actually undelegated; anything Alliance could not undelegate never comes back to the batch.
 */
export function undelegateForCut(
  ctx: Context,
  keeper: BasketVaultKeeper,
  basket: Basket,
  batchId: bigint,
  denom: string,
  amount: bigint,
): bigint {
  const restaking = keeper.restaking;
  if (restaking === undefined || amount <= 0n) return 0n;
  const delegator = keeper.restakeAddress(basket.id);
  const delegations = restaking.delegations(ctx, delegator, denom).filter((d) => d.balance > 0n);
  const total = delegations.reduce((sum, d) => sum + d.balance, 0n);
  if (total === 0n) return 0n;
  const wanted = minInt(amount, total);
  // Proportional shares, floored; the remainder goes to the delegations in order, up to what each holds.
  const parts = delegations.map((d) => (wanted * d.balance) / total);
  let left = wanted - parts.reduce((sum, p) => sum + p, 0n);
  delegations.forEach((d, i) => {
    const room = d.balance - parts[i]!;
    const take = minInt(left, room);
    parts[i] = parts[i]! + take;
    left -= take;
  });
  let started = 0n;
  const base = [...ctx.store.iterate(BasketVaultKeys.allianceUnbondingsOf(batchId))].length;
  let index = base;
  delegations.forEach((d, i) => {
    const part = parts[i]!;
    if (part <= 0n) return;
    const done = attempt(ctx, (branch) =>
      restaking.undelegate(branch, delegator, d.validator, { denom, amount: part }),
    );
    if (!done.ok) return;
    const record: AllianceUnbondingRecord = {
      basketId: basket.id,
      batchId,
      validator: d.validator,
      denom,
      amount: part,
      completionTimeNs: done.value.completionTimeNs,
    };
    ctx.store.set(BasketVaultKeys.allianceUnbonding(batchId, index++), record);
    started += part;
  });
  return started;
}

function matchingUnbondings(
  ctx: Context,
  keeper: BasketVaultKeeper,
  record: AllianceUnbondingRecord,
): { exists: boolean; balance: bigint } {
  const entries = keeper.restaking!.unbondings(ctx, keeper.restakeAddress(record.basketId), record.denom);
  const now = ctx.time.ns;
  // A record rebuilt at genesis import does not know its validator: it waits for every unbonding of its denom that
  // is due now.
  const matches = entries.filter((e) =>
    record.validator === ""
      ? e.completionTimeNs <= now
      : e.validator === record.validator && e.completionTimeNs === record.completionTimeNs,
  );
  return { exists: matches.length > 0, balance: matches.reduce((sum, e) => sum + e.balance, 0n) };
}

/**
 * Begin block: reads the balance of every recorded unbonding that is due (Alliance pays matured unbondings in its end
 * block, so a due one is still there now), which a slash while unbonding has lowered. Read again in every block
 * until it is paid, so the last reading is the balance Alliance pays.
 */
export function captureUnbondings(ctx: Context, keeper: BasketVaultKeeper): void {
  if (keeper.restaking === undefined) return;
  const now = ctx.time.ns;
  for (const [key, record] of [
    ...ctx.store.iterate<AllianceUnbondingRecord>(BasketVaultKeys.allianceUnbondingPrefix),
  ]) {
    if (record.swept !== undefined || record.completionTimeNs > now || record.validator === "") continue;
    const found = matchingUnbondings(ctx, keeper, record);
    // Gone before it could be read: what arrived is what the sweep finds, at most the amount.
    const captured = found.exists ? minInt(found.balance, record.amount) : record.amount;
    if (found.exists || record.captured === undefined) ctx.store.set(key, { ...record, captured });
  }
}

/**
 * End block: moves what matured unbondings paid to a restaking address into the module account, at most what was
 * captured (and at most what is there). A record whose unbonding has not been paid yet waits.
 */
export function sweepUnbondings(ctx: Context, keeper: BasketVaultKeeper): void {
  if (keeper.restaking === undefined) return;
  for (const [key, record] of [
    ...ctx.store.iterate<AllianceUnbondingRecord>(BasketVaultKeys.allianceUnbondingPrefix),
  ]) {
    if (record.captured === undefined || record.swept !== undefined || record.completionTimeNs > ctx.time.ns) continue;
    if (matchingUnbondings(ctx, keeper, record).exists) continue;
    const from = keeper.restakeAddress(record.basketId);
    const available = keeper.bank.getBalance(ctx, from, record.denom);
    const swept = minInt(record.captured, available);
    if (swept > 0n) keeper.bank.sendCoins(ctx, from, keeper.moduleAddress, [{ denom: record.denom, amount: swept }]);
    ctx.store.set(key, { ...record, swept });
  }
}

/** The recorded unbondings of a batch. */
export function unbondingRecordsOf(ctx: Pick<Context, "store">, batchId: bigint): [string, AllianceUnbondingRecord][] {
  return [...ctx.store.iterate<AllianceUnbondingRecord>(BasketVaultKeys.allianceUnbondingsOf(batchId))];
}

export interface SyncResult {
  readonly holdings: readonly Coin[];
  readonly feeShares: bigint;
  readonly pricePerShare: Dec;
}

/**
 * MsgSyncHoldings: `restaked` of each constituent becomes the sum of the basket's current Alliance delegation
 * balances of that denom (take rate and slashes lower it, and so the price of every share), then the performance
 * fee runs.
 */
export function syncHoldings(ctx: Context, keeper: BasketVaultKeeper, basketId: bigint): SyncResult {
  let basket = keeper.requireBasket(ctx.store, basketId);
  const holdingsOf = (b: Basket): Coin[] =>
    b.constituents.map((c) => ({ denom: c.denom, amount: int(c.idle) + int(c.restaked) }));
  const before = holdingsOf(basket);
  const restaking = keeper.restaking;
  if (restaking !== undefined) {
    const delegator = keeper.restakeAddress(basket.id);
    basket = {
      ...basket,
      constituents: basket.constituents.map((c) => ({
        ...c,
        restaked: restaking
          .delegations(ctx, delegator, c.denom)
          .reduce((sum, d) => sum + d.balance, 0n)
          .toString(),
      })),
    };
  }
  basket = { ...basket, lastSyncTime: nowOf(ctx.time) };
  keeper.setBasket(ctx, basket);
  const holdings = holdingsOf(basket);
  ctx.events.emitTyped(
    EventHoldingsSyncedSchema,
    create(EventHoldingsSyncedSchema, {
      basketId,
      holdingsBefore: protoCoins(before),
      holdings: protoCoins(holdings),
      pricePerShare: keeper.pricePerShare(ctx, basket).toProto(),
    }),
  );
  const { basket: afterFee, fee } = keeper.takePerformanceFee(ctx, basket);
  return { holdings, feeShares: fee.feeShares, pricePerShare: keeper.pricePerShare(ctx, afterFee) };
}

/**
 * MsgHarvest: claims the Alliance rewards of every delegation of the basket, moves the reward denom the restaking
 * address holds (what Alliance also pays there when it auto-claims on a delegate or undelegate) into the module, and
 * raises the reward index by amount / S. With S = 0 the amount stays unpaid in the pool.
 */
export function harvest(ctx: Context, keeper: BasketVaultKeeper, basketId: bigint): { amount: bigint; index: Dec } {
  const basket = keeper.requireBasket(ctx.store, basketId);
  const pool = basket.rewards;
  const rewardDenom = pool?.rewardDenom ?? "";
  const restaking = keeper.restaking;
  let amount = 0n;
  if (restaking !== undefined) {
    const delegator = keeper.restakeAddress(basket.id);
    for (const c of basket.constituents) {
      for (const d of restaking.delegations(ctx, delegator, c.denom)) {
        restaking.claimRewards(ctx, delegator, d.validator, c.denom);
      }
    }
    amount = keeper.bank.getBalance(ctx, delegator, rewardDenom);
    if (amount > 0n) {
      keeper.bank.sendCoins(ctx, delegator, keeper.moduleAddress, [{ denom: rewardDenom, amount }]);
    }
  }
  const accrued = core(() =>
    basketAccrueRewardIndex(dec(pool?.rewardIndex ?? ""), amount, keeper.shareSupply(ctx, basket)),
  );
  keeper.setBasket(ctx, {
    ...basket,
    rewards: {
      $typeName: "persistence.basketvault.v1.RewardPool",
      rewardDenom,
      rewardIndex: accrued.rewardIndex.toProto(),
      unpaid: (int(pool?.unpaid ?? "") + amount).toString(),
      lastHarvestTime: nowOf(ctx.time),
    },
  });
  ctx.events.emitTyped(
    EventHarvestSchema,
    create(EventHarvestSchema, {
      basketId,
      harvested: protoCoin({ denom: rewardDenom, amount }),
      rewardIndex: accrued.rewardIndex.toProto(),
    }),
  );
  return { amount, index: accrued.rewardIndex };
}

/** MsgClaimRewards: settles the holder and pays what it is owed from the pool. */
export function claimRewards(ctx: Context, keeper: BasketVaultKeeper, owner: string, basketId: bigint): Coin {
  const basket = keeper.requireBasket(ctx.store, basketId);
  const rewardDenom = basket.rewards?.rewardDenom ?? "";
  const snapshot = keeper.settleHolder(ctx, basket, owner);
  const owed = snapshot === undefined ? 0n : int(snapshot.owed);
  if (snapshot !== undefined && owed > 0n) {
    keeper.setSnapshot(ctx, { ...snapshot, owed: "0" });
    const current = keeper.requireBasket(ctx.store, basketId);
    keeper.setBasket(ctx, {
      ...current,
      rewards: { ...current.rewards!, unpaid: (int(current.rewards?.unpaid ?? "") - owed).toString() },
    });
    keeper.bank.sendCoinsFromModuleToAccount(ctx, BASKETVAULT_MODULE, owner, [{ denom: rewardDenom, amount: owed }]);
  }
  const rewards = { denom: rewardDenom, amount: owed };
  ctx.events.emitTyped(
    EventRewardsClaimedSchema,
    create(EventRewardsClaimedSchema, { basketId, owner, rewards: protoCoin(rewards) }),
  );
  return rewards;
}
