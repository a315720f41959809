// §8 Governance and safety: MsgCreateBasket, MsgUpdateBasket, MsgPause, MsgUnpause, MsgUpdateParams, with the
// validation of a basket's constituents and settings.
import { create } from "@bufbuild/protobuf";
import { basketInitialTargetWeights, basketLaunchPrice, Dec } from "@persistence-sdk/core";
import { MetadataSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import {
  type Basket,
  type BasketConfig,
  BasketSchema,
  BasketStatus,
  type Constituent,
  type ConstituentConfig,
  ConstituentSchema,
  ConstituentStatus,
  EventBasketCreatedSchema,
  EventBasketPausedSchema,
  EventBasketUnpausedSchema,
  EventBasketUpdatedSchema,
  EventParamsUpdatedSchema,
  type Params,
  RateDirection,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { Context } from "../../app/module.js";
import { denomError } from "../bank/coins.js";
import { decodeBech32 } from "../staking/addresses.js";
import { coreConstituent, dec, int, nowOf, ZERO_TIME } from "./convert.js";
import { BasketVaultErrors, core } from "./errors.js";
import { BASKETVAULT_MODULE, type BasketVaultKeeper, SHARE_DENOM_PREFIX, shareDenomOf } from "./keeper.js";
import { BasketVaultKeys } from "./keys.js";
import { MAX_VIRTUAL_OFFSET, validateBasketVaultParams } from "./params.js";
import { requireAuthority, retarget } from "./rates.js";

const invalid = (detail: string) => BasketVaultErrors.invalidBasket(detail);

/** A LegacyDec field in its protobuf form; `belowOne` for fees ([0, 1)), else [0, 1] unless `unbounded`. */
function fraction(text: string, field: string, bound: "belowOne" | "upToOne" | "unbounded"): Dec {
  let value: Dec;
  try {
    value = Dec.fromProto(text, field);
  } catch {
    throw invalid(`${field}: not a decimal: ${JSON.stringify(text)}`);
  }
  if (value.isNegative()) throw invalid(`${field} must not be negative, got ${value.toString()}`);
  if (bound === "belowOne" && value.gte(Dec.ONE)) throw invalid(`${field} must be below 1, got ${value.toString()}`);
  if (bound === "upToOne" && value.gt(Dec.ONE)) throw invalid(`${field} must be at most 1, got ${value.toString()}`);
  return value;
}

function amount(text: string, field: string): bigint {
  if (!/^[0-9]+$/.test(text === "" ? "0" : text)) throw invalid(`${field} must be a non-negative integer, got ${text}`);
  return int(text);
}

function address(keeper: BasketVaultKeeper, value: string, field: string): void {
  const decoded = keeper.auth.addresses.decode(value);
  if (typeof decoded === "string") throw invalid(`${field}: ${decoded}`);
}

/** The settings of MsgCreateBasket and MsgUpdateBasket (every fee in [0, 1), bounds, addresses, epoch). */
export function validateBasketConfig(
  keeper: BasketVaultKeeper,
  config: BasketConfig | undefined,
  params: Params,
): void {
  if (config === undefined) throw invalid("config must be set");
  const fees = config.fees;
  if (fees === undefined) throw invalid("config.fees must be set");
  fraction(fees.feeBase, "fees.fee_base", "belowOne");
  fraction(fees.feeSlope, "fees.fee_slope", "unbounded");
  fraction(fees.feeMax, "fees.fee_max", "belowOne");
  fraction(fees.redeemBase, "fees.redeem_base", "belowOne");
  fraction(fees.redeemSlope, "fees.redeem_slope", "unbounded");
  fraction(fees.instantFee, "fees.instant_fee", "belowOne");
  fraction(fees.performanceFee, "fees.performance_fee", "belowOne");
  if (config.maxStalenessSeconds < 1n) throw invalid("max_staleness_seconds must be at least 1");
  fraction(config.maxUpPerDay, "max_up_per_day", "unbounded");
  fraction(config.maxDown, "max_down", "upToOne");
  fraction(config.band, "band", "upToOne");
  amount(config.minNavForWeightChecks, "min_nav_for_weight_checks");
  if (config.epochSeconds < params.minEpochSeconds) {
    throw invalid(`epoch_seconds must be at least ${params.minEpochSeconds}, got ${config.epochSeconds}`);
  }
  fraction(config.aprFloor, "apr_floor", "unbounded");
  const restaking = config.restaking;
  if (restaking !== undefined) {
    fraction(restaking.idleBufferTarget, "restaking.idle_buffer_target", "upToOne");
    const valoper = `${keeper.auth.bech32Prefix}valoper`;
    const seen = new Set<string>();
    restaking.validators.forEach((validator, i) => {
      const decoded = decodeBech32(validator, valoper);
      if (typeof decoded === "string") throw invalid(`restaking.validators[${i}]: ${decoded}`);
      if (seen.has(validator)) throw invalid(`restaking.validators[${i}]: ${validator} is listed twice`);
      seen.add(validator);
    });
  }
  for (const [i, feeder] of config.feeders.entries()) address(keeper, feeder, `feeders[${i}]`);
  address(keeper, config.guardian, "guardian");
  address(keeper, config.treasury, "treasury");
}

/** Denoms, directions and bounds of a constituent list; returns the parsed bounds. */
function validateConstituentConfigs(list: readonly ConstituentConfig[], params: Params): void {
  if (list.length === 0) throw invalid("a basket needs at least one constituent");
  if (list.length > params.maxConstituents) {
    throw invalid(`at most ${params.maxConstituents} constituents, got ${list.length}`);
  }
  const seen = new Set<string>();
  list.forEach((c, i) => {
    const bad = denomError(c.denom);
    if (bad !== undefined) throw invalid(`constituents[${i}]: ${bad}`);
    if (c.denom.startsWith(SHARE_DENOM_PREFIX)) throw invalid(`constituents[${i}]: ${c.denom} is a basket share`);
    if (seen.has(c.denom)) throw invalid(`constituents[${i}]: ${c.denom} is listed twice`);
    seen.add(c.denom);
    if (c.direction !== RateDirection.UNDERLYING_PER_LST && c.direction !== RateDirection.LST_PER_UNDERLYING) {
      throw invalid(`constituents[${i}].direction must be set (UNDERLYING_PER_LST or LST_PER_UNDERLYING)`);
    }
    const min = fraction(c.minWeight, `constituents[${i}].min_weight`, "upToOne");
    const max = fraction(c.maxWeight, `constituents[${i}].max_weight`, "upToOne");
    if (min.gt(max))
      throw invalid(`constituents[${i}]: min_weight ${min.toString()} is above max_weight ${max.toString()}`);
    amount(c.capValue, `constituents[${i}].cap_value`);
  });
}

function newConstituent(config: ConstituentConfig): Constituent {
  return create(ConstituentSchema, {
    denom: config.denom,
    direction: config.direction,
    status: ConstituentStatus.OK,
    idle: "0",
    restaked: "0",
    rate: "0",
    raw: "0",
    sourceTime: ZERO_TIME,
    updateTime: ZERO_TIME,
    targetWeight: "0",
    minWeight: dec(config.minWeight).toProto(),
    maxWeight: dec(config.maxWeight).toProto(),
    capValue: int(config.capValue).toString(),
    apr: "0",
    liquidity: "0",
    metricsTime: ZERO_TIME,
  });
}

/** The share denom's metadata: display exponent = underlying exponent + virtual offset (§1). */
export function shareMetadata(basket: Pick<Basket, "id" | "underlyingDenom" | "underlyingExponent" | "virtualOffset">) {
  const base = shareDenomOf(basket.id);
  const display = `basket${basket.id}`;
  return create(MetadataSchema, {
    description: `Shares of basket vault ${basket.id}, valued in ${basket.underlyingDenom}`,
    denomUnits: [
      { denom: base, exponent: 0, aliases: [] },
      { denom: display, exponent: basket.underlyingExponent + basket.virtualOffset, aliases: [] },
    ],
    base,
    display,
    name: `Basket ${basket.id}`,
    symbol: `BASKET${basket.id}`,
  });
}

export interface CreateBasketInput {
  readonly authority: string;
  readonly underlyingDenom: string;
  readonly underlyingExponent: number;
  readonly virtualOffset: number;
  readonly constituents: readonly ConstituentConfig[];
  readonly config?: BasketConfig | undefined;
  readonly rewardDenom: string;
}

/** MsgCreateBasket: a new ACTIVE basket with targets from the clamped equal split, no rates, its share denom. */
export function createBasket(ctx: Context, keeper: BasketVaultKeeper, input: CreateBasketInput): Basket {
  requireAuthority(keeper, input.authority);
  const params = keeper.params(ctx.store);
  const underlyingBad = denomError(input.underlyingDenom);
  if (underlyingBad !== undefined) throw invalid(`underlying_denom: ${underlyingBad}`);
  if (input.underlyingExponent > 18)
    throw invalid(`underlying_exponent must be at most 18, got ${input.underlyingExponent}`);
  const virtualOffset = input.virtualOffset === 0 ? params.defaultVirtualOffset : input.virtualOffset;
  if (virtualOffset > MAX_VIRTUAL_OFFSET) {
    throw invalid(`virtual_offset must be at most ${MAX_VIRTUAL_OFFSET}, got ${virtualOffset}`);
  }
  validateConstituentConfigs(input.constituents, params);
  validateBasketConfig(keeper, input.config, params);
  const rewardBad = denomError(input.rewardDenom);
  if (rewardBad !== undefined) throw invalid(`reward_denom: ${rewardBad}`);
  if (input.constituents.some((c) => c.denom === input.rewardDenom)) {
    throw invalid(`reward_denom ${input.rewardDenom} is a constituent`);
  }

  const constituents = input.constituents.map(newConstituent);
  const targets = core(() => basketInitialTargetWeights(constituents.map(coreConstituent)));
  const id = keeper.takeId(ctx, BasketVaultKeys.nextBasketId);
  const now = nowOf(ctx.time);
  const openBatchId = keeper.openBatch(ctx, id);
  const basket = create(BasketSchema, {
    id,
    underlyingDenom: input.underlyingDenom,
    underlyingExponent: input.underlyingExponent,
    shareDenom: shareDenomOf(id),
    virtualOffset,
    status: BasketStatus.ACTIVE,
    constituents: constituents.map((c, i) => ({ ...c, targetWeight: targets[i]!.toProto() })),
    config: input.config,
    highWaterMark: core(() => basketLaunchPrice(virtualOffset)).toProto(),
    lastCutTime: now,
    openBatchId,
    rewards: { rewardDenom: input.rewardDenom, rewardIndex: "0", unpaid: "0", lastHarvestTime: ZERO_TIME },
    lastSyncTime: now,
  });
  keeper.setBasket(ctx, basket);
  keeper.bank.setDenomMetadata(ctx, shareMetadata(basket));
  keeper.auth.getModuleAccount(ctx, BASKETVAULT_MODULE);
  ctx.events.emitTyped(
    EventBasketCreatedSchema,
    create(EventBasketCreatedSchema, {
      basketId: id,
      shareDenom: basket.shareDenom,
      underlyingDenom: basket.underlyingDenom,
      denoms: basket.constituents.map((c) => c.denom),
    }),
  );
  return basket;
}

/**
 * MsgUpdateBasket: the listed constituents, in the listed order, stay or become active (a WINDING_DOWN one is
 * reinstated, a new denom is added with no rate); every one not listed becomes WINDING_DOWN and follows them. A
 * HALTED constituent stays HALTED: its status before the halt changes instead. Targets are recomputed.
 */
export function updateBasket(
  ctx: Context,
  keeper: BasketVaultKeeper,
  input: {
    readonly authority: string;
    readonly basketId: bigint;
    readonly constituents: readonly ConstituentConfig[];
    readonly config?: BasketConfig | undefined;
  },
): Basket {
  requireAuthority(keeper, input.authority);
  const params = keeper.params(ctx.store);
  const basket = keeper.requireBasket(ctx.store, input.basketId);
  validateConstituentConfigs(input.constituents, params);
  validateBasketConfig(keeper, input.config, params);

  const added: string[] = [];
  const reinstated: string[] = [];
  const windingDown: string[] = [];
  const byDenom = new Map(basket.constituents.map((c) => [c.denom, c]));
  const listed = new Set(input.constituents.map((c) => c.denom));
  const setActive = (c: Constituent): Constituent => {
    if (c.status === ConstituentStatus.WINDING_DOWN) {
      reinstated.push(c.denom);
      return { ...c, status: ConstituentStatus.OK };
    }
    if (c.halt !== undefined && c.halt.statusBefore === ConstituentStatus.WINDING_DOWN) {
      reinstated.push(c.denom);
      return { ...c, halt: { ...c.halt, statusBefore: ConstituentStatus.OK } };
    }
    return c;
  };
  const next: Constituent[] = input.constituents.map((config, i) => {
    const existing = byDenom.get(config.denom);
    if (existing === undefined) {
      added.push(config.denom);
      return newConstituent(config);
    }
    const holdings = int(existing.idle) + int(existing.restaked);
    if (config.direction !== existing.direction && holdings > 0n) {
      throw invalid(`constituents[${i}]: the direction of ${config.denom} cannot change while the basket holds it`);
    }
    // A new direction makes the stored rate meaningless: the constituent waits for a fresh post.
    const rateReset =
      config.direction === existing.direction
        ? {}
        : {
            rate: "0",
            raw: "0",
            sourceTime: ZERO_TIME,
            updateTime: ZERO_TIME,
            halt: undefined,
            status:
              existing.status === ConstituentStatus.HALTED
                ? (existing.halt?.statusBefore ?? ConstituentStatus.OK)
                : existing.status,
          };
    return setActive({
      ...existing,
      ...rateReset,
      direction: config.direction,
      minWeight: dec(config.minWeight).toProto(),
      maxWeight: dec(config.maxWeight).toProto(),
      capValue: int(config.capValue).toString(),
    });
  });
  for (const c of basket.constituents) {
    if (listed.has(c.denom)) continue;
    if (c.status === ConstituentStatus.OK) {
      windingDown.push(c.denom);
      next.push({ ...c, status: ConstituentStatus.WINDING_DOWN });
    } else if (c.halt !== undefined && c.halt.statusBefore === ConstituentStatus.OK) {
      windingDown.push(c.denom);
      next.push({ ...c, halt: { ...c.halt, statusBefore: ConstituentStatus.WINDING_DOWN } });
    } else {
      next.push(c);
    }
  }
  if (next.length > params.maxConstituents) {
    throw invalid(`at most ${params.maxConstituents} constituents, winding-down ones included; got ${next.length}`);
  }
  const { basket: updated } = retarget(ctx, { ...basket, constituents: next, config: input.config });
  keeper.setBasket(ctx, updated);
  ctx.events.emitTyped(
    EventBasketUpdatedSchema,
    create(EventBasketUpdatedSchema, { basketId: basket.id, added, windingDown, reinstated }),
  );
  return updated;
}

/** MsgPause: the basket's guardian (or the authority) stops deposits, instant redemptions and cuts. */
export function pause(ctx: Context, keeper: BasketVaultKeeper, guardian: string, basketId: bigint): void {
  const basket = keeper.requireBasket(ctx.store, basketId);
  if (guardian !== basket.config?.guardian && guardian !== keeper.authority) {
    throw BasketVaultErrors.unauthorizedGuardian(`${guardian} is not the guardian of basket ${basketId}`);
  }
  if (basket.status === BasketStatus.PAUSED)
    throw BasketVaultErrors.basketPaused(`basket ${basketId} is already paused`);
  keeper.setBasket(ctx, { ...basket, status: BasketStatus.PAUSED });
  ctx.events.emitTyped(EventBasketPausedSchema, create(EventBasketPausedSchema, { basketId, guardian }));
}

/** MsgUnpause: the authority makes a paused basket ACTIVE again. */
export function unpause(ctx: Context, keeper: BasketVaultKeeper, authority: string, basketId: bigint): void {
  requireAuthority(keeper, authority);
  const basket = keeper.requireBasket(ctx.store, basketId);
  if (basket.status !== BasketStatus.PAUSED) throw BasketVaultErrors.basketNotPaused(`basket ${basketId} is active`);
  keeper.setBasket(ctx, { ...basket, status: BasketStatus.ACTIVE });
  ctx.events.emitTyped(EventBasketUnpausedSchema, create(EventBasketUnpausedSchema, { basketId, authority }));
}

/** MsgUpdateParams: replaces the module params. */
export function updateParams(ctx: Context, keeper: BasketVaultKeeper, authority: string, params: Params | undefined) {
  requireAuthority(keeper, authority);
  if (params === undefined) throw BasketVaultErrors.invalidParams("params must be set");
  validateBasketVaultParams(params);
  keeper.setParams(ctx, params);
  ctx.events.emitTyped(EventParamsUpdatedSchema, create(EventParamsUpdatedSchema, { params }));
}
