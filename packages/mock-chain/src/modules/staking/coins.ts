// Reading a protobuf Coin from a message the way `sdk.Coin.IsValid` judges it.
import type { Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import type { Coin } from "./expected-keepers.js";

// sdk.Coin denoms: a letter, then 2-127 of letters, digits and / : . _ - (types/coin.go reDnmString).
const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const AMOUNT = /^-?[0-9]+$/;

/** The coin as a bigint amount, or undefined when it is absent or not a valid non-negative coin. */
export function readCoin(coin: ProtoCoin | undefined): Coin | undefined {
  if (coin === undefined || !DENOM.test(coin.denom) || !AMOUNT.test(coin.amount)) return undefined;
  const amount = BigInt(coin.amount);
  return amount < 0n ? undefined : { denom: coin.denom, amount };
}
