// x/staking's legacy event types and attribute keys (x/staking/types/events.go) and the Go string forms they carry.
import type { Coin } from "./expected-keepers.js";

export const StakingEvents = {
  completeUnbonding: "complete_unbonding",
  completeRedelegation: "complete_redelegation",
  createValidator: "create_validator",
  editValidator: "edit_validator",
  delegate: "delegate",
  unbond: "unbond",
  redelegate: "redelegate",
} as const;

/** `sdk.Coins.String()`: "10uxprt,5ustake" ("" when empty). */
export function coinsString(coins: readonly Coin[]): string {
  return coins.map((coin) => `${coin.amount}${coin.denom}`).join(",");
}

/** Go's `time.Format(time.RFC3339)` of a UTC time: whole seconds, "Z". */
export function rfc3339(ns: bigint): string {
  const ms = ns / 1_000_000n;
  return new Date(Number(ms)).toISOString().replace(/\.\d{3}Z$/, "Z");
}
