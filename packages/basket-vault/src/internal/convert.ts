// From the generated protobuf messages to the SDK shapes and back: LegacyDec atomics strings to `Dec`
// (`Dec.fromProto`), math.Int strings to bigint, enums to their value names, Timestamps to core's exact shape. An
// answer that does not convert is the node's fault: `InvalidResponseError`, naming the query.
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { InvalidResponseError } from "@persistence-sdk/client";
import {
  type BasketConstituentStatus,
  type BasketFeeConfig,
  type BasketRateDirection,
  type BasketRateHalt,
  type BasketRateOutcome,
  type BasketRedeemMode,
  type BasketState,
  type BasketStatus,
  type BasketTimestamp,
  type Coin,
  coinFromProto,
  Dec,
  normalizeCoins,
  parseInt256,
} from "@persistence-sdk/core";
import type { Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import {
  type Basket as ProtoBasket,
  type BasketConfig as ProtoBasketConfig,
  BasketStatus as ProtoBasketStatus,
  type Batch as ProtoBatch,
  BatchStatus as ProtoBatchStatus,
  type Constituent as ProtoConstituent,
  type ConstituentNav as ProtoConstituentNav,
  ConstituentStatus as ProtoConstituentStatus,
  type FeeConfig as ProtoFeeConfig,
  type Params as ProtoParams,
  RateDirection as ProtoRateDirection,
  type RateHalt as ProtoRateHalt,
  RateOutcome as ProtoRateOutcome,
  type RateResult as ProtoRateResult,
  RedeemMode as ProtoRedeemMode,
  type RedeemRequest as ProtoRedeemRequest,
  RequestStatus as ProtoRequestStatus,
  type TargetWeight as ProtoTargetWeight,
  type QueryNavResponse,
  type QueryPreviewDepositResponse,
  type QueryPreviewRedeemResponse,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import type {
  Basket,
  BasketNav,
  BasketSettings,
  BasketVaultParams,
  Constituent,
  ConstituentNav,
  DepositPreview,
  RateResult,
  RedeemBatch,
  RedeemBatchStatus,
  RedeemPreview,
  RedeemRequest,
  RedeemRequestStatus,
  TargetWeight,
} from "../types.js";

/** Go's zero time as the Unix epoch: what an unset non-nullable stdtime decodes to here. */
export const ZERO_TIME: BasketTimestamp = Object.freeze({ seconds: 0n, nanos: 0 });

/** Runs a conversion; a failure becomes `InvalidResponseError` for `path`. */
export function converted<T>(path: string, value: unknown, convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    throw new InvalidResponseError(path, value, error);
  }
}

/** A math.Int string as a bigint ("" is zero, as an unset customtype). */
export function intOf(text: string, field: string): bigint {
  return parseInt256(text === "" ? "0" : text, field);
}

/** A LegacyDec in its protobuf form ("" is zero). */
export function decOf(text: string, field: string): Dec {
  return Dec.fromProto(text === "" ? "0" : text, field);
}

/** A Timestamp; absent is the zero time. */
export function timeOf(time: Timestamp | undefined): BasketTimestamp {
  return time === undefined ? ZERO_TIME : Object.freeze({ seconds: time.seconds, nanos: time.nanos });
}

/** Coins as the SDK carries them (validated; zero amounts kept as the chain sent them). */
export function coinsOf(coins: readonly ProtoCoin[], field: string): Coin[] {
  return coins.map((c, i) => coinFromProto(c, `${field}[${i}]`));
}

/** A coin that must be there (non-nullable in the proto); an absent one is zero of `denom`. */
export function coinOf(coin: ProtoCoin | undefined, field: string, denom = ""): Coin {
  if (coin === undefined || (coin.denom === "" && coin.amount === "")) return { denom, amount: 0n };
  return coinFromProto({ denom: coin.denom, amount: coin.amount === "" ? "0" : coin.amount }, field);
}

/** Coins in sdk.Coins form: sorted by denom, zero amounts dropped (what the chain's responses carry). */
export function sdkCoins(coins: readonly Coin[]): Coin[] {
  return [...normalizeCoins(coins)];
}

function unset(what: string, value: number): never {
  throw new Error(`${what} ${value} is not set or unknown`);
}

export function directionName(direction: ProtoRateDirection): BasketRateDirection {
  if (direction === ProtoRateDirection.UNDERLYING_PER_LST) return "UNDERLYING_PER_LST";
  if (direction === ProtoRateDirection.LST_PER_UNDERLYING) return "LST_PER_UNDERLYING";
  return unset("rate direction", direction);
}

export function directionValue(direction: BasketRateDirection): ProtoRateDirection {
  return direction === "UNDERLYING_PER_LST"
    ? ProtoRateDirection.UNDERLYING_PER_LST
    : ProtoRateDirection.LST_PER_UNDERLYING;
}

export function constituentStatusName(status: ProtoConstituentStatus): BasketConstituentStatus {
  if (status === ProtoConstituentStatus.OK) return "OK";
  if (status === ProtoConstituentStatus.HALTED) return "HALTED";
  if (status === ProtoConstituentStatus.WINDING_DOWN) return "WINDING_DOWN";
  return unset("constituent status", status);
}

export function basketStatusName(status: ProtoBasketStatus): BasketStatus {
  if (status === ProtoBasketStatus.ACTIVE) return "ACTIVE";
  if (status === ProtoBasketStatus.PAUSED) return "PAUSED";
  return unset("basket status", status);
}

export function modeName(mode: ProtoRedeemMode): BasketRedeemMode {
  if (mode === ProtoRedeemMode.PRO_RATA) return "PRO_RATA";
  if (mode === ProtoRedeemMode.SINGLE) return "SINGLE";
  return unset("redeem mode", mode);
}

export function modeValue(mode: BasketRedeemMode): ProtoRedeemMode {
  return mode === "PRO_RATA" ? ProtoRedeemMode.PRO_RATA : ProtoRedeemMode.SINGLE;
}

const REQUEST_STATUSES: Record<number, RedeemRequestStatus> = {
  [ProtoRequestStatus.PENDING]: "PENDING",
  [ProtoRequestStatus.CUT]: "CUT",
  [ProtoRequestStatus.CLAIMABLE]: "CLAIMABLE",
  [ProtoRequestStatus.CLAIMED]: "CLAIMED",
  [ProtoRequestStatus.RETURNED]: "RETURNED",
  [ProtoRequestStatus.CANCELLED]: "CANCELLED",
};

export function requestStatusName(status: ProtoRequestStatus): RedeemRequestStatus {
  return REQUEST_STATUSES[status] ?? unset("request status", status);
}

export function batchStatusName(status: ProtoBatchStatus): RedeemBatchStatus {
  if (status === ProtoBatchStatus.OPEN) return "OPEN";
  if (status === ProtoBatchStatus.UNBONDING) return "UNBONDING";
  if (status === ProtoBatchStatus.CLAIMABLE) return "CLAIMABLE";
  return unset("batch status", status);
}

export function rateOutcomeName(outcome: ProtoRateOutcome): BasketRateOutcome {
  if (outcome === ProtoRateOutcome.APPLIED) return "APPLIED";
  if (outcome === ProtoRateOutcome.REJECTED) return "REJECTED";
  if (outcome === ProtoRateOutcome.HALTED) return "HALTED";
  if (outcome === ProtoRateOutcome.SKIPPED) return "SKIPPED";
  return unset("rate outcome", outcome);
}

/** Module params. */
export function paramsOf(params: ProtoParams | undefined): BasketVaultParams {
  return Object.freeze({
    maxConstituents: params?.maxConstituents ?? 0,
    defaultVirtualOffset: params?.defaultVirtualOffset ?? 0,
    minEpochSeconds: params?.minEpochSeconds ?? 0n,
    maxClaimRequestIds: params?.maxClaimRequestIds ?? 0,
  });
}

function haltOf(halt: ProtoRateHalt | undefined): BasketRateHalt | undefined {
  if (halt === undefined) return undefined;
  const before = constituentStatusName(halt.statusBefore);
  return Object.freeze({
    pendingRate: decOf(halt.pendingRate, "halt.pendingRate"),
    pendingRaw: decOf(halt.pendingRaw, "halt.pendingRaw"),
    pendingSourceTime: timeOf(halt.pendingSourceTime),
    haltedAt: timeOf(halt.haltedAt),
    feeder: halt.feeder,
    statusBefore: before === "HALTED" ? "OK" : before,
  });
}

/** One constituent, as core's math reads it. */
export function constituentOf(c: ProtoConstituent, i: number): Constituent {
  const f = (name: string) => `constituents[${i}].${name}`;
  return Object.freeze({
    denom: c.denom,
    direction: directionName(c.direction),
    status: constituentStatusName(c.status),
    idle: intOf(c.idle, f("idle")),
    restaked: intOf(c.restaked, f("restaked")),
    rate: decOf(c.rate, f("rate")),
    raw: decOf(c.raw, f("raw")),
    sourceTime: timeOf(c.sourceTime),
    updateTime: timeOf(c.updateTime),
    halt: haltOf(c.halt),
    targetWeight: decOf(c.targetWeight, f("targetWeight")),
    minWeight: decOf(c.minWeight, f("minWeight")),
    maxWeight: decOf(c.maxWeight, f("maxWeight")),
    capValue: intOf(c.capValue, f("capValue")),
    apr: decOf(c.apr, f("apr")),
    liquidity: intOf(c.liquidity, f("liquidity")),
    metricsTime: timeOf(c.metricsTime),
  });
}

export function feesOf(fees: ProtoFeeConfig | undefined): BasketFeeConfig {
  return Object.freeze({
    feeBase: decOf(fees?.feeBase ?? "", "fees.feeBase"),
    feeSlope: decOf(fees?.feeSlope ?? "", "fees.feeSlope"),
    feeMax: decOf(fees?.feeMax ?? "", "fees.feeMax"),
    redeemBase: decOf(fees?.redeemBase ?? "", "fees.redeemBase"),
    redeemSlope: decOf(fees?.redeemSlope ?? "", "fees.redeemSlope"),
    instantFee: decOf(fees?.instantFee ?? "", "fees.instantFee"),
    performanceFee: decOf(fees?.performanceFee ?? "", "fees.performanceFee"),
  });
}

export function settingsOf(config: ProtoBasketConfig | undefined): BasketSettings {
  return Object.freeze({
    fees: feesOf(config?.fees),
    maxStalenessSeconds: config?.maxStalenessSeconds ?? 0n,
    maxUpPerDay: decOf(config?.maxUpPerDay ?? "", "maxUpPerDay"),
    maxDown: decOf(config?.maxDown ?? "", "maxDown"),
    band: decOf(config?.band ?? "", "band"),
    minNavForWeightChecks: intOf(config?.minNavForWeightChecks ?? "", "minNavForWeightChecks"),
    epochSeconds: config?.epochSeconds ?? 0n,
    unbondingSeconds: config?.unbondingSeconds ?? 0n,
    restaking: Object.freeze({
      validators: Object.freeze([...(config?.restaking?.validators ?? [])]),
      idleBufferTarget: decOf(config?.restaking?.idleBufferTarget ?? "", "restaking.idleBufferTarget"),
    }),
    feeders: Object.freeze([...(config?.feeders ?? [])]),
    guardian: config?.guardian ?? "",
    treasury: config?.treasury ?? "",
    aprFloor: decOf(config?.aprFloor ?? "", "aprFloor"),
  });
}

/** A basket. */
export function basketOf(b: ProtoBasket): Basket {
  return Object.freeze({
    id: b.id,
    underlyingDenom: b.underlyingDenom,
    underlyingExponent: b.underlyingExponent,
    shareDenom: b.shareDenom,
    virtualOffset: b.virtualOffset,
    status: basketStatusName(b.status),
    constituents: Object.freeze(b.constituents.map(constituentOf)),
    config: settingsOf(b.config),
    highWaterMark: decOf(b.highWaterMark, "highWaterMark"),
    lastCutTime: timeOf(b.lastCutTime),
    openBatchId: b.openBatchId,
    rewards: Object.freeze({
      rewardDenom: b.rewards?.rewardDenom ?? "",
      rewardIndex: decOf(b.rewards?.rewardIndex ?? "", "rewards.rewardIndex"),
      unpaid: intOf(b.rewards?.unpaid ?? "", "rewards.unpaid"),
      lastHarvestTime: timeOf(b.rewards?.lastHarvestTime),
    }),
    lastSyncTime: timeOf(b.lastSyncTime),
  });
}

function constituentNavOf(c: ProtoConstituentNav, i: number): ConstituentNav {
  const f = (name: string) => `constituents[${i}].${name}`;
  return Object.freeze({
    denom: c.denom,
    holdings: intOf(c.holdings, f("holdings")),
    idle: intOf(c.idle, f("idle")),
    restaked: intOf(c.restaked, f("restaked")),
    rate: decOf(c.rate, f("rate")),
    value: decOf(c.value, f("value")),
    weight: decOf(c.weight, f("weight")),
    targetWeight: decOf(c.targetWeight, f("targetWeight")),
    status: constituentStatusName(c.status),
    rateAgeSeconds: c.rateAgeSeconds,
    rateFresh: c.rateFresh,
  });
}

/** A valuation. */
export function navOf(n: QueryNavResponse): BasketNav {
  return Object.freeze({
    basketId: n.basketId,
    nav: decOf(n.nav, "nav"),
    navDown: intOf(n.navDown, "navDown"),
    navUp: intOf(n.navUp, "navUp"),
    shares: intOf(n.shares, "shares"),
    pricePerShare: decOf(n.pricePerShare, "pricePerShare"),
    highWaterMark: decOf(n.highWaterMark, "highWaterMark"),
    status: basketStatusName(n.status),
    ratesFresh: n.ratesFresh,
    halted: n.halted,
    constituents: Object.freeze(n.constituents.map(constituentNavOf)),
    time: timeOf(n.time),
  });
}

export function depositPreviewOf(p: QueryPreviewDepositResponse): DepositPreview {
  return Object.freeze({
    shares: intOf(p.shares, "shares"),
    value: intOf(p.value, "value"),
    feeRate: decOf(p.feeRate, "feeRate"),
    feeValue: intOf(p.feeValue, "feeValue"),
    netValue: intOf(p.netValue, "netValue"),
    weightAfter: decOf(p.weightAfter, "weightAfter"),
    pricePerShare: decOf(p.pricePerShare, "pricePerShare"),
  });
}

export function redeemPreviewOf(p: QueryPreviewRedeemResponse): RedeemPreview {
  return Object.freeze({
    value: intOf(p.value, "value"),
    feeRate: decOf(p.feeRate, "feeRate"),
    feeValue: intOf(p.feeValue, "feeValue"),
    netValue: intOf(p.netValue, "netValue"),
    out: Object.freeze(coinsOf(p.out, "out")),
    pricePerShare: decOf(p.pricePerShare, "pricePerShare"),
    weightAfter: decOf(p.weightAfter, "weightAfter"),
  });
}

export function requestOf(r: ProtoRedeemRequest): RedeemRequest {
  return Object.freeze({
    id: r.id,
    basketId: r.basketId,
    owner: r.owner,
    receiver: r.receiver,
    shares: intOf(r.shares, "shares"),
    mode: modeName(r.mode),
    outDenom: r.outDenom,
    minValueOut: intOf(r.minValueOut, "minValueOut"),
    priceAtRequest: decOf(r.priceAtRequest, "priceAtRequest"),
    feeRate: decOf(r.feeRate, "feeRate"),
    batchId: r.batchId,
    status: requestStatusName(r.status),
    requestTime: timeOf(r.requestTime),
    value: intOf(r.value, "value"),
    feeValue: intOf(r.feeValue, "feeValue"),
    expected: Object.freeze(coinsOf(r.expected, "expected")),
    paid: Object.freeze(coinsOf(r.paid, "paid")),
  });
}

export function batchOf(b: ProtoBatch): RedeemBatch {
  return Object.freeze({
    id: b.id,
    basketId: b.basketId,
    status: batchStatusName(b.status),
    cutTime: timeOf(b.cutTime),
    completionTime: timeOf(b.completionTime),
    priceAtCut: decOf(b.priceAtCut, "priceAtCut"),
    requestIds: Object.freeze([...b.requestIds]),
    shares: intOf(b.shares, "shares"),
    expected: Object.freeze(coinsOf(b.expected, "expected")),
    undelegated: Object.freeze(coinsOf(b.undelegated, "undelegated")),
    received: Object.freeze(coinsOf(b.received, "received")),
  });
}

export function rateResultOf(r: ProtoRateResult, i: number): RateResult {
  return Object.freeze({
    denom: r.denom,
    outcome: rateOutcomeName(r.outcome),
    postedRate: decOf(r.postedRate, `results[${i}].postedRate`),
    rate: decOf(r.rate, `results[${i}].rate`),
  });
}

export function targetOf(t: ProtoTargetWeight, i: number): TargetWeight {
  return Object.freeze({ denom: t.denom, targetWeight: decOf(t.targetWeight, `targets[${i}].targetWeight`) });
}

/**
 * A queried basket and its share supply S (`getBasketNav(...).shares`) as core's `BasketState`: what every core
 * basket function (deposit, redemptions, cut, fees) reads.
 */
export function basketStateOf(basket: Basket, shares: bigint): BasketState {
  return Object.freeze({
    status: basket.status,
    virtualOffset: basket.virtualOffset,
    shares,
    constituents: basket.constituents,
    config: basket.config,
  });
}
