// sdk.DecCoins arithmetic as distribution uses it (types/dec_coin.go): sorted by denom, never a zero amount, every
// product and quotient rounded the way the Go method of the same name rounds. Amounts are core's `Dec`; the protobuf
// form (`DecCoin` with LegacyDec atomics) is for the store and the wire.
import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import { type DecCoin, DecCoinSchema } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import type { Coin } from "../staking/expected-keepers.js";

/** One decimal coin. */
export interface DecAmount {
  readonly denom: string;
  readonly amount: Dec;
}

/** A normalised list: ascending denoms, no zeros. */
export type DecCoins = readonly DecAmount[];

function normalise(byDenom: Map<string, Dec>): DecCoins {
  return [...byDenom.entries()]
    .filter(([, amount]) => !amount.isZero())
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([denom, amount]) => ({ denom, amount }));
}

function mapAmounts(coins: DecCoins, f: (amount: Dec) => Dec): DecCoins {
  return normalise(new Map(coins.map((coin) => [coin.denom, f(coin.amount)])));
}

export const EMPTY_DEC_COINS: DecCoins = [];

/** `NewDecCoinsFromCoins`. */
export function decCoinsFromCoins(coins: readonly Coin[]): DecCoins {
  return normalise(new Map(coins.map((coin) => [coin.denom, Dec.fromInt(coin.amount)])));
}

export function decCoinsFromProto(coins: readonly DecCoin[]): DecCoins {
  return normalise(new Map(coins.map((coin) => [coin.denom, Dec.fromProto(coin.amount)])));
}

export function decCoinsToProto(coins: DecCoins): DecCoin[] {
  return coins.map((coin) => create(DecCoinSchema, { denom: coin.denom, amount: coin.amount.toProto() }));
}

/** `Add`: per-denom sums. */
export function addDecCoins(a: DecCoins, b: DecCoins): DecCoins {
  const sum = new Map(a.map((coin) => [coin.denom, coin.amount]));
  for (const coin of b) sum.set(coin.denom, (sum.get(coin.denom) ?? Dec.ZERO).add(coin.amount));
  return normalise(sum);
}

/** `Sub`: per-denom differences; a negative result is a bug (Go panics "negative coin amount"). */
export function subDecCoins(a: DecCoins, b: DecCoins): DecCoins {
  const difference = new Map(a.map((coin) => [coin.denom, coin.amount]));
  for (const coin of b) difference.set(coin.denom, (difference.get(coin.denom) ?? Dec.ZERO).sub(coin.amount));
  const result = normalise(difference);
  if (result.some((coin) => coin.amount.isNegative())) {
    throw new Error(`negative coin amount: ${decCoinsString(result)}`);
  }
  return result;
}

/** `MulDec`: each amount × d, rounded half-even. */
export function mulDec(coins: DecCoins, d: Dec): DecCoins {
  return mapAmounts(coins, (amount) => amount.mul(d));
}

/** `MulDecTruncate`: each amount × d, truncated. */
export function mulDecTruncate(coins: DecCoins, d: Dec): DecCoins {
  return mapAmounts(coins, (amount) => amount.mulTruncate(d));
}

/** `QuoDecTruncate`: each amount ÷ d, truncated. */
export function quoDecTruncate(coins: DecCoins, d: Dec): DecCoins {
  return mapAmounts(coins, (amount) => amount.quoTruncate(d));
}

/** `Intersect`: the per-denom minimum (what both hold). */
export function intersectDecCoins(a: DecCoins, b: DecCoins): DecCoins {
  const other = new Map(b.map((coin) => [coin.denom, coin.amount]));
  return normalise(new Map(a.map((coin) => [coin.denom, Dec.min(coin.amount, other.get(coin.denom) ?? Dec.ZERO)])));
}

/** `TruncateDecimal`: the whole coins and the fractional change. */
export function truncateDecimal(coins: DecCoins): { readonly whole: Coin[]; readonly change: DecCoins } {
  const whole: Coin[] = [];
  const change = new Map<string, Dec>();
  for (const coin of coins) {
    const truncated = coin.amount.truncateInt();
    if (truncated !== 0n) whole.push({ denom: coin.denom, amount: truncated });
    change.set(coin.denom, coin.amount.sub(Dec.fromInt(truncated)));
  }
  return { whole, change: normalise(change) };
}

/** `DecCoins.String()`: "1.500000000000000000uxprt,…". */
export function decCoinsString(coins: DecCoins): string {
  return coins.map((coin) => `${coin.amount.toString()}${coin.denom}`).join(",");
}
