import type { Dec } from "@persistence-sdk/core";
import type { EventPerformanceFee } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { decOf, intOf } from "./convert.js";

/** A performance fee the chain took (EventPerformanceFee, §7). */
export interface PerformanceFeeTaken {
  /** The treasury paid. */
  readonly treasury: string;
  /** floor(φ·(P − P_hwm)·S), in underlying base units. */
  readonly feeValue: bigint;
  /** Shares minted to the treasury. */
  readonly feeShares: bigint;
  /** The high-water mark before the fee. */
  readonly previousHighWaterMark: Dec;
  /** Price-per-share high-water mark of the performance fee. */
  readonly highWaterMark: Dec;
}

/** The SDK shape of an EventPerformanceFee. */
export function performanceFeeOf(event: EventPerformanceFee): PerformanceFeeTaken {
  return Object.freeze({
    treasury: event.treasury,
    feeValue: intOf(event.feeValue, "EventPerformanceFee.feeValue"),
    feeShares: intOf(event.feeShares, "EventPerformanceFee.feeShares"),
    previousHighWaterMark: decOf(event.previousHighWaterMark, "EventPerformanceFee.previousHighWaterMark"),
    highWaterMark: decOf(event.highWaterMark, "EventPerformanceFee.highWaterMark"),
  });
}
