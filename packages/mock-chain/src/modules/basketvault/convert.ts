// Between the stored protobuf messages and the plain inputs of the core basket math: enums by name, math.Int strings
// as bigint, LegacyDec strings (10^18-scaled on the wire) as Dec, block time as a Timestamp.
import { create } from "@bufbuild/protobuf";
import { type Timestamp, TimestampSchema } from "@bufbuild/protobuf/wkt";
import {
  type BasketConstituent,
  type BasketConstituentStatus,
  type BasketFeeConfig,
  type BasketRateDirection,
  type BasketRateHalt,
  type BasketRedeemMode,
  type BasketState,
  Dec,
} from "@persistence-sdk/core";
import { CoinSchema, type Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import {
  type Basket,
  BasketStatus,
  type Constituent,
  ConstituentStatus,
  type FeeConfig,
  RateDirection,
  type RateHalt,
  RedeemMode,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { BlockTime } from "../../app/module.js";
import type { Coin } from "../bank/coins.js";

const NANOS = 1_000_000_000n;

/** A math.Int string as a bigint ("" is zero, as an unset customtype). */
export function int(text: string): bigint {
  return text === "" ? 0n : BigInt(text);
}

/** The smaller of two integers. */
export function minInt(a: bigint, b: bigint): bigint {
  if (a < b) return a;
  return b;
}

/** A LegacyDec in its protobuf form as a Dec. */
export function dec(text: string): Dec {
  return Dec.fromProto(text);
}

export const ZERO_TIME: Timestamp = create(TimestampSchema, { seconds: 0n, nanos: 0 });

export function timestampOf(ns: bigint): Timestamp {
  return create(TimestampSchema, { seconds: ns / NANOS, nanos: Number(ns % NANOS) });
}

export function nowOf(time: BlockTime): Timestamp {
  return timestampOf(time.ns);
}

export function nanosOf(time: Timestamp | undefined): bigint {
  return time === undefined ? 0n : time.seconds * NANOS + BigInt(time.nanos);
}

export function directionName(direction: RateDirection): BasketRateDirection {
  if (direction === RateDirection.UNDERLYING_PER_LST) return "UNDERLYING_PER_LST";
  if (direction === RateDirection.LST_PER_UNDERLYING) return "LST_PER_UNDERLYING";
  throw new Error(`rate direction ${direction} is not set`);
}

export function statusName(status: ConstituentStatus): BasketConstituentStatus {
  if (status === ConstituentStatus.OK) return "OK";
  if (status === ConstituentStatus.HALTED) return "HALTED";
  if (status === ConstituentStatus.WINDING_DOWN) return "WINDING_DOWN";
  throw new Error(`constituent status ${status} is not set`);
}

export function statusValue(status: BasketConstituentStatus): ConstituentStatus {
  return status === "OK"
    ? ConstituentStatus.OK
    : status === "HALTED"
      ? ConstituentStatus.HALTED
      : ConstituentStatus.WINDING_DOWN;
}

export function modeName(mode: RedeemMode): BasketRedeemMode {
  if (mode === RedeemMode.PRO_RATA) return "PRO_RATA";
  if (mode === RedeemMode.SINGLE) return "SINGLE";
  throw new Error(`redeem mode ${mode} is not set`);
}

function haltOf(halt: RateHalt | undefined): BasketRateHalt | undefined {
  if (halt === undefined) return undefined;
  const before = statusName(halt.statusBefore);
  return {
    pendingRate: dec(halt.pendingRate),
    pendingRaw: dec(halt.pendingRaw),
    pendingSourceTime: halt.pendingSourceTime ?? ZERO_TIME,
    haltedAt: halt.haltedAt ?? ZERO_TIME,
    feeder: halt.feeder,
    statusBefore: before === "HALTED" ? "OK" : before,
  };
}

/** A stored constituent as the core math reads it. */
export function coreConstituent(c: Constituent): BasketConstituent {
  return {
    denom: c.denom,
    direction: directionName(c.direction),
    status: statusName(c.status),
    idle: int(c.idle),
    restaked: int(c.restaked),
    rate: dec(c.rate),
    raw: dec(c.raw),
    sourceTime: c.sourceTime ?? ZERO_TIME,
    updateTime: c.updateTime ?? ZERO_TIME,
    halt: haltOf(c.halt),
    targetWeight: dec(c.targetWeight),
    minWeight: dec(c.minWeight),
    maxWeight: dec(c.maxWeight),
    capValue: int(c.capValue),
    apr: dec(c.apr),
    liquidity: int(c.liquidity),
  };
}

/** Writes the rate fields of a core constituent (after a rate post or a resolution) back into the stored one. */
export function withRateFields(stored: Constituent, updated: BasketConstituent): Constituent {
  const halt = updated.halt;
  return {
    ...stored,
    status: statusValue(updated.status),
    rate: updated.rate.toProto(),
    raw: updated.raw.toProto(),
    sourceTime: create(TimestampSchema, updated.sourceTime),
    updateTime: create(TimestampSchema, updated.updateTime),
    halt:
      halt === undefined
        ? undefined
        : {
            $typeName: "persistence.basketvault.v1.RateHalt",
            pendingRate: halt.pendingRate.toProto(),
            pendingRaw: halt.pendingRaw.toProto(),
            pendingSourceTime: create(TimestampSchema, halt.pendingSourceTime),
            haltedAt: create(TimestampSchema, halt.haltedAt),
            feeder: halt.feeder,
            statusBefore: statusValue(halt.statusBefore),
          },
  };
}

export function coreFees(fees: FeeConfig | undefined): BasketFeeConfig {
  return {
    feeBase: dec(fees?.feeBase ?? ""),
    feeSlope: dec(fees?.feeSlope ?? ""),
    feeMax: dec(fees?.feeMax ?? ""),
    redeemBase: dec(fees?.redeemBase ?? ""),
    redeemSlope: dec(fees?.redeemSlope ?? ""),
    instantFee: dec(fees?.instantFee ?? ""),
    performanceFee: dec(fees?.performanceFee ?? ""),
  };
}

/** A stored basket and its share supply S as the core math reads them. */
export function coreBasket(basket: Basket, shares: bigint): BasketState {
  const config = basket.config;
  return {
    status: basket.status === BasketStatus.ACTIVE ? "ACTIVE" : "PAUSED",
    virtualOffset: basket.virtualOffset,
    shares,
    constituents: basket.constituents.map(coreConstituent),
    config: {
      fees: coreFees(config?.fees),
      maxStalenessSeconds: config?.maxStalenessSeconds ?? 0n,
      maxUpPerDay: dec(config?.maxUpPerDay ?? ""),
      maxDown: dec(config?.maxDown ?? ""),
      band: dec(config?.band ?? ""),
      minNavForWeightChecks: int(config?.minNavForWeightChecks ?? ""),
      aprFloor: dec(config?.aprFloor ?? ""),
    },
  };
}

/** Coins as sdk.Coins carries them: sorted by denom, zero amounts dropped. */
export function sortedCoins(coins: readonly Coin[]): Coin[] {
  const merged = new Map<string, bigint>();
  for (const coin of coins) merged.set(coin.denom, (merged.get(coin.denom) ?? 0n) + coin.amount);
  return [...merged]
    .filter(([, amount]) => amount !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([denom, amount]) => ({ denom, amount }));
}

export function protoCoin(coin: Coin): ProtoCoin {
  return create(CoinSchema, { denom: coin.denom, amount: coin.amount.toString() });
}

/** sdk.Coins in protobuf form (sorted, no zeros). */
export function protoCoins(coins: readonly Coin[]): ProtoCoin[] {
  return sortedCoins(coins).map(protoCoin);
}

export function coinsOf(coins: readonly ProtoCoin[]): Coin[] {
  return coins.map((c) => ({ denom: c.denom, amount: int(c.amount) }));
}

export function amountIn(coins: readonly ProtoCoin[], denom: string): bigint {
  let sum = 0n;
  for (const c of coins) if (c.denom === denom) sum += int(c.amount);
  return sum;
}
