import type { Dec } from "../dec.js";

/**
 * Plain, immutable inputs of the basket vault math (basket-vault.md). Field names are the camelCase names of
 * `persistence.basketvault.v1` (basketvault.proto); enum values are the proto enum value names without their prefix,
 * so `ConstituentStatus[status]` of the generated enums maps onto them.
 */

/** How a rate source quotes an LST's exchange rate (§1, proto `RateDirection`). */
export type BasketRateDirection = "UNDERLYING_PER_LST" | "LST_PER_UNDERLYING";

/** Lifecycle of one constituent (proto `ConstituentStatus`). */
export type BasketConstituentStatus = "OK" | "HALTED" | "WINDING_DOWN";

/** Whether a basket is open for business (proto `BasketStatus`). */
export type BasketStatus = "ACTIVE" | "PAUSED";

/** How an asynchronous redemption is paid out (proto `RedeemMode`). */
export type BasketRedeemMode = "PRO_RATA" | "SINGLE";

/** What a rate post did (proto `RateOutcome`). */
export type BasketRateOutcome = "APPLIED" | "REJECTED" | "HALTED" | "SKIPPED";

/** A point in time, shaped like `google.protobuf.Timestamp` in protobuf-es (so a generated Timestamp fits as is). */
export interface BasketTimestamp {
  readonly seconds: bigint;
  /** 0 ≤ nanos < 10^9. A count of nanoseconds, never an amount. */
  readonly nanos: number;
}

/** Governance's record of a large rate drop (§4, proto `RateHalt`). */
export interface BasketRateHalt {
  readonly pendingRate: Dec;
  readonly pendingRaw: Dec;
  readonly pendingSourceTime: BasketTimestamp;
  readonly haltedAt: BasketTimestamp;
  readonly feeder: string;
  readonly statusBefore: Exclude<BasketConstituentStatus, "HALTED">;
}

/** One LST of a basket (proto `Constituent`). */
export interface BasketConstituent {
  readonly denom: string;
  readonly direction: BasketRateDirection;
  readonly status: BasketConstituentStatus;
  readonly idle: bigint;
  readonly restaked: bigint;
  /** Normalised rate v in force; zero until the first accepted post. */
  readonly rate: Dec;
  readonly raw: Dec;
  readonly sourceTime: BasketTimestamp;
  readonly updateTime: BasketTimestamp;
  readonly halt?: BasketRateHalt | undefined;
  readonly targetWeight: Dec;
  readonly minWeight: Dec;
  readonly maxWeight: Dec;
  /** 0 means no cap. */
  readonly capValue: bigint;
  readonly apr: Dec;
  readonly liquidity: bigint;
}

/** Fees of a basket (proto `FeeConfig`); each in [0, 1). */
export interface BasketFeeConfig {
  readonly feeBase: Dec;
  readonly feeSlope: Dec;
  readonly feeMax: Dec;
  readonly redeemBase: Dec;
  readonly redeemSlope: Dec;
  readonly instantFee: Dec;
  readonly performanceFee: Dec;
}

/** The parts of `BasketConfig` the math reads. */
export interface BasketConfig {
  readonly fees: BasketFeeConfig;
  readonly maxStalenessSeconds: bigint;
  readonly maxUpPerDay: Dec;
  readonly maxDown: Dec;
  readonly band: Dec;
  readonly minNavForWeightChecks: bigint;
  readonly aprFloor: Dec;
}

/** A basket as the math sees it: proto `Basket` plus the share supply S from the bank. */
export interface BasketState {
  readonly status: BasketStatus;
  readonly virtualOffset: number;
  /** Share supply S, shares escrowed by PENDING requests included. */
  readonly shares: bigint;
  readonly constituents: readonly BasketConstituent[];
  readonly config: BasketConfig;
}
