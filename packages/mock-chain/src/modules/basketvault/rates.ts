// §4 Rates and their guards (MsgPostRates, MsgResolveRate) and §6 the composition tilt (MsgPostMetrics). Every
// decision is core's: `basketApplyRatePost`, `basketResolveRate`, `basketTargetWeights`.
import { create } from "@bufbuild/protobuf";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import {
  type BasketTiltConstituent,
  basketApplyRatePost,
  basketConstituentIndex,
  basketResolveRate,
  basketTargetWeights,
  Dec,
} from "@persistence-sdk/core";
import {
  type Basket,
  type Constituent,
  ConstituentStatus,
  EventMetricsPostedSchema,
  EventRateHaltedSchema,
  EventRatePostedSchema,
  EventRateRejectedSchema,
  EventRateResolvedSchema,
  EventTargetsUpdatedSchema,
  type MetricsUpdate,
  MetricsUpdateSchema,
  RateOutcome,
  type RateResult,
  RateResultSchema,
  type RateUpdate,
  type TargetWeight,
  TargetWeightSchema,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { Context } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { coreConstituent, dec, int, nanosOf, nowOf, statusName, withRateFields } from "./convert.js";
import { BasketVaultErrors, core } from "./errors.js";
import type { BasketVaultKeeper } from "./keeper.js";

const NANOS_PER_DAY = 86_400n * 1_000_000_000n;
const ONE = 10n ** 18n;

/** The feeders' check of MsgPostRates and MsgPostMetrics. */
function requireFeeder(basket: Basket, feeder: string): void {
  if (!(basket.config?.feeders ?? []).includes(feeder)) {
    throw BasketVaultErrors.unauthorizedFeeder(`${feeder} is not a feeder of basket ${basket.id}`);
  }
}

/** Indexes of the listed denoms; an unknown denom or one listed twice fails the whole message. */
function indexesOf(basket: Basket, denoms: readonly string[], what: string): number[] {
  if (denoms.length === 0) throw sdkError(18, `${what} must not be empty`);
  const seen = new Set<string>();
  return denoms.map((denom, i) => {
    if (seen.has(denom)) throw sdkError(18, `${what}[${i}]: denom ${denom} is listed twice`);
    seen.add(denom);
    return core(() => basketConstituentIndex(basket.constituents, denom, `${what}[${i}].denom`));
  });
}

/**
 * The highest rate the rise guard allows, `v_old·(1 + max_up_per_day·Δdays)` truncated: only reported in
 * EventRateRejected (the decision itself is core's exact `basketRiseAllowed`).
 */
function maxRiseRate(oldRate: Dec, oldSourceTime: Timestamp | undefined, newSourceTime: Timestamp, maxUp: Dec): Dec {
  const elapsed = nanosOf(newSourceTime) - nanosOf(oldSourceTime);
  const scale = NANOS_PER_DAY * ONE;
  return Dec.fromAtomics((oldRate.atomics * (scale + maxUp.atomics * elapsed)) / scale);
}

/**
 * MsgPostRates: each posted rate goes through core's guard on its own (APPLIED, REJECTED, HALTED or SKIPPED), in
 * the order posted. A source time after the block time is refused: it would stretch the rise guard's Δdays.
 */
export function postRates(
  ctx: Context,
  keeper: BasketVaultKeeper,
  feeder: string,
  basketId: bigint,
  rates: readonly RateUpdate[],
): RateResult[] {
  const basket = keeper.requireBasket(ctx.store, basketId);
  requireFeeder(basket, feeder);
  const indexes = indexesOf(
    basket,
    rates.map((r) => r.denom),
    "rates",
  );
  const now = nowOf(ctx.time);
  const config = {
    maxUpPerDay: dec(basket.config?.maxUpPerDay ?? ""),
    maxDown: dec(basket.config?.maxDown ?? ""),
  };
  const constituents = [...basket.constituents];
  const results = rates.map((update, i) => {
    const k = indexes[i]!;
    const sourceTime = update.sourceTime;
    if (sourceTime === undefined) throw sdkError(18, `rates[${i}].source_time must be set`);
    if (nanosOf(sourceTime) > ctx.time.ns) {
      throw BasketVaultErrors.invalidRate(
        `rates[${i}]: source time ${sourceTime.seconds} s is after the block time ${ctx.time.ns / 1_000_000_000n} s`,
      );
    }
    const stored = constituents[k]!;
    const before = coreConstituent(stored);
    const raw = core(() => Dec.fromProto(update.raw, `rates[${i}].raw`));
    const post = core(() => basketApplyRatePost(before, { raw, sourceTime }, config, now, feeder));
    if (post.constituent !== before) constituents[k] = withRateFields(stored, post.constituent);
    const common = { basketId, denom: update.denom, feeder, raw: raw.toProto(), sourceTime };
    if (post.outcome === "APPLIED") {
      ctx.events.emitTyped(
        EventRatePostedSchema,
        create(EventRatePostedSchema, { ...common, previousRate: before.rate.toProto(), rate: post.rate.toProto() }),
      );
    } else if (post.outcome === "REJECTED") {
      ctx.events.emitTyped(
        EventRateRejectedSchema,
        create(EventRateRejectedSchema, {
          ...common,
          postedRate: post.postedRate.toProto(),
          rate: before.rate.toProto(),
          maxRate: maxRiseRate(before.rate, stored.sourceTime, sourceTime, config.maxUpPerDay).toProto(),
        }),
      );
    } else if (post.outcome === "HALTED") {
      ctx.events.emitTyped(
        EventRateHaltedSchema,
        create(EventRateHaltedSchema, {
          ...common,
          rate: before.rate.toProto(),
          pendingRate: post.postedRate.toProto(),
        }),
      );
    }
    return create(RateResultSchema, {
      denom: update.denom,
      outcome: RateOutcome[post.outcome],
      postedRate: post.postedRate.toProto(),
      rate: post.rate.toProto(),
    });
  });
  keeper.setBasket(ctx, { ...basket, constituents });
  return results;
}

/** The authority check of governance messages, with the SDK modules' wording. */
export function requireAuthority(keeper: BasketVaultKeeper, signer: string): void {
  if (signer !== keeper.authority) {
    throw BasketVaultErrors.invalidSigner(`invalid authority; expected ${keeper.authority}, got ${signer}`);
  }
}

/** MsgResolveRate: accepts or rejects the pending rate of a HALTED constituent (core's `basketResolveRate`). */
export function resolveRate(
  ctx: Context,
  keeper: BasketVaultKeeper,
  authority: string,
  basketId: bigint,
  denom: string,
  accept: boolean,
): Dec {
  requireAuthority(keeper, authority);
  const basket = keeper.requireBasket(ctx.store, basketId);
  const k = core(() => basketConstituentIndex(basket.constituents, denom));
  const stored = basket.constituents[k]!;
  if (stored.status !== ConstituentStatus.HALTED || stored.halt === undefined) {
    throw BasketVaultErrors.notHalted(`${denom} of basket ${basketId} is ${statusName(stored.status)}`);
  }
  const resolved = core(() => basketResolveRate(coreConstituent(stored), accept, nowOf(ctx.time)));
  keeper.setBasket(ctx, {
    ...basket,
    constituents: basket.constituents.map((c, i) => (i === k ? withRateFields(stored, resolved) : c)),
  });
  ctx.events.emitTyped(
    EventRateResolvedSchema,
    create(EventRateResolvedSchema, {
      basketId,
      denom,
      accept,
      pendingRate: stored.halt.pendingRate,
      rate: resolved.rate.toProto(),
      status: ConstituentStatus[resolved.status],
    }),
  );
  return resolved.rate;
}

/**
 * What the tilt reads of a constituent. A HALTED one counts with the status it had before the halt, so that a
 * constituent being removed keeps target 0 while halted.
 */
function tiltInput(c: Constituent): BasketTiltConstituent {
  const core = coreConstituent(c);
  const status = core.status === "HALTED" ? (core.halt?.statusBefore ?? "OK") : core.status;
  return { status, apr: core.apr, liquidity: core.liquidity, minWeight: core.minWeight, maxWeight: core.maxWeight };
}

/** Recomputes every target from the stored metrics (core's `basketTargetWeights`) and emits EventTargetsUpdated. */
export function retarget(ctx: Context, basket: Basket): { basket: Basket; targets: TargetWeight[] } {
  const weights = core(() =>
    basketTargetWeights(basket.constituents.map(tiltInput), dec(basket.config?.aprFloor ?? "")),
  );
  const constituents = basket.constituents.map((c, i) => ({ ...c, targetWeight: weights[i]!.toProto() }));
  const targets = constituents.map((c) => create(TargetWeightSchema, { denom: c.denom, targetWeight: c.targetWeight }));
  ctx.events.emitTyped(EventTargetsUpdatedSchema, create(EventTargetsUpdatedSchema, { basketId: basket.id, targets }));
  return { basket: { ...basket, constituents }, targets };
}

/** MsgPostMetrics: stores APR and liquidity of the listed constituents and recomputes every target (§6). */
export function postMetrics(
  ctx: Context,
  keeper: BasketVaultKeeper,
  feeder: string,
  basketId: bigint,
  metrics: readonly MetricsUpdate[],
): TargetWeight[] {
  const basket = keeper.requireBasket(ctx.store, basketId);
  requireFeeder(basket, feeder);
  const indexes = indexesOf(
    basket,
    metrics.map((m) => m.denom),
    "metrics",
  );
  const constituents = [...basket.constituents];
  const posted = metrics.map((m, i) => {
    const apr = core(() => Dec.fromProto(m.apr, `metrics[${i}].apr`));
    if (apr.isNegative()) throw sdkError(18, `metrics[${i}].apr must not be negative, got ${apr.toString()}`);
    if (!/^[0-9]+$/.test(m.liquidity === "" ? "0" : m.liquidity)) {
      throw sdkError(18, `metrics[${i}].liquidity must be a non-negative integer, got ${JSON.stringify(m.liquidity)}`);
    }
    const liquidity = int(m.liquidity);
    const k = indexes[i]!;
    constituents[k] = {
      ...constituents[k]!,
      apr: apr.toProto(),
      liquidity: liquidity.toString(),
      metricsTime: nowOf(ctx.time),
    };
    return create(MetricsUpdateSchema, { denom: m.denom, apr: apr.toProto(), liquidity: liquidity.toString() });
  });
  ctx.events.emitTyped(
    EventMetricsPostedSchema,
    create(EventMetricsPostedSchema, { basketId, feeder, metrics: posted }),
  );
  const { basket: updated, targets } = retarget(ctx, { ...basket, constituents });
  keeper.setBasket(ctx, updated);
  return targets;
}
