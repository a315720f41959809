// sdk.Coin and sdk.Coins on bigint: validation with the SDK's rules and wording, arithmetic, and the String() form
// events and errors print ("10uatom,5uxprt").
import { create } from "@bufbuild/protobuf";
import { CoinSchema, type Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";

/** An integer amount of one denom. */
export interface Coin {
  readonly denom: string;
  readonly amount: bigint;
}

const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const INTEGER = /^-?[0-9]+$/;

/** sdk.ValidateDenom: the error text, or undefined when the denom is valid. */
export function denomError(denom: string): string | undefined {
  return DENOM.test(denom) ? undefined : `invalid denom: ${denom}`;
}

/** Coin.String(): amount then denom. */
export function coinToString(coin: Coin): string {
  return `${coin.amount}${coin.denom}`;
}

/** Coins.String(): comma-joined, "" when empty. */
export function coinsToString(coins: readonly Coin[]): string {
  return coins.map(coinToString).join(",");
}

/** Coins.Validate(): sorted, unique, valid denoms, positive amounts. Returns the error text or undefined. */
export function coinsError(coins: readonly Coin[]): string | undefined {
  let previous: string | undefined;
  for (const coin of coins) {
    const bad = denomError(coin.denom);
    if (bad !== undefined) return bad;
    if (previous !== undefined && coin.denom <= previous) return `denomination ${coin.denom} is not sorted`;
    if (coin.amount <= 0n) return `coin ${coinToString(coin)} amount is not positive`;
    previous = coin.denom;
  }
  return undefined;
}

/** Coins.IsValid() && Coins.IsAllPositive() (the latter is false for no coins). */
export function isValidPositive(coins: readonly Coin[]): boolean {
  return coins.length > 0 && coinsError(coins) === undefined;
}

/** Parses a protobuf Coin (amount as a decimal string). Throws the text math.Int's unmarshal would. */
export function coinFromProto(coin: { readonly denom: string; readonly amount: string }): Coin {
  if (!INTEGER.test(coin.amount)) throw new Error(`invalid coin amount: ${JSON.stringify(coin.amount)}`);
  return { denom: coin.denom, amount: BigInt(coin.amount) };
}

export function coinsFromProto(coins: readonly { readonly denom: string; readonly amount: string }[]): Coin[] {
  return coins.map(coinFromProto);
}

export function coinToProto(coin: Coin): ProtoCoin {
  return create(CoinSchema, { denom: coin.denom, amount: coin.amount.toString() });
}

export function coinsToProto(coins: readonly Coin[]): ProtoCoin[] {
  return coins.map(coinToProto);
}

/** Coins.Add: merged by denom, sorted, zeros dropped. */
export function addCoins(a: readonly Coin[], b: readonly Coin[]): Coin[] {
  const sums = new Map<string, bigint>();
  for (const coin of [...a, ...b]) sums.set(coin.denom, (sums.get(coin.denom) ?? 0n) + coin.amount);
  return [...sums]
    .filter(([, amount]) => amount !== 0n)
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([denom, amount]) => ({ denom, amount }));
}

/** Coins.Equal on sanitized coins. */
export function coinsEqual(a: readonly Coin[], b: readonly Coin[]): boolean {
  const x = addCoins(a, []);
  const y = addCoins(b, []);
  return x.length === y.length && x.every((coin, i) => coin.denom === y[i]!.denom && coin.amount === y[i]!.amount);
}

/** The amount of one denom in a list of coins. */
export function amountOf(coins: readonly Coin[], denom: string): bigint {
  let total = 0n;
  for (const coin of coins) if (coin.denom === denom) total += coin.amount;
  return total;
}
