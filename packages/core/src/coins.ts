import { SdkError } from "./errors.js";
import { checkInt256, checkNonNegative, parseInt256 } from "./int.js";

/** An amount of one denom in base units (Cosmos `sdk.Coin`). */
export interface Coin {
  readonly denom: string;
  readonly amount: bigint;
}

/** The protobuf/amino/JSON shape of a coin: the amount as a base-10 string (`cosmos.base.v1beta1.Coin`). */
export interface ProtoCoin {
  readonly denom: string;
  readonly amount: string;
}

/** Cosmos SDK's default denom rule (`types/coin.go` `reDnmString`): a letter, then 2–127 of `[a-zA-Z0-9/:._-]`. */
const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const DENOM_RULE = "a letter followed by 2 to 127 letters, digits or one of / : . _ -";

/** Throws `INVALID_DENOM` unless `denom` passes Cosmos SDK `ValidateDenom` (default regex). Returns it otherwise. */
export function validateDenom(denom: string, field = "denom"): string {
  if (typeof denom !== "string" || !DENOM.test(denom)) {
    throw new SdkError("INVALID_DENOM", `invalid denom: must be ${DENOM_RULE}`, {
      field,
      value: denom,
      fix: 'Use the base denom as the chain knows it, such as "uxprt" or "ibc/27394FB0...".',
    });
  }
  return denom;
}

/** A validated coin (Go `sdk.NewCoin`): valid denom, amount ≥ 0 and within math.Int's 256 bits. */
export function coin(denom: string, amount: bigint, field = "coin"): Coin {
  validateDenom(denom, `${field}.denom`);
  checkNonNegative(checkInt256(amount, `${field}.amount`), `${field}.amount`);
  return Object.freeze({ denom, amount });
}

// Go sorts coins by denom with plain byte order; denoms are ASCII, so JS string comparison is the same order.
function byDenom(a: Coin, b: Coin): number {
  return a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0;
}

/**
 * The canonical form of a coin list, like Go `sdk.NewCoins`: every coin validated, zero amounts dropped, sorted by
 * denom. Unlike `NewCoins` (which panics on duplicates) duplicates are merged by adding their amounts, so any list
 * can be normalized.
 */
export function normalizeCoins(coins: readonly Coin[], field = "coins"): readonly Coin[] {
  const totals = new Map<string, bigint>();
  coins.forEach((c, index) => {
    const checked = coin(c.denom, c.amount, `${field}[${index}]`);
    const sum = (totals.get(checked.denom) ?? 0n) + checked.amount;
    totals.set(checked.denom, checkInt256(sum, `${field}[${index}].amount`));
  });
  const result: Coin[] = [];
  for (const [denom, amount] of totals) {
    if (amount !== 0n) result.push(Object.freeze({ denom, amount }));
  }
  return Object.freeze(result.sort(byDenom));
}

/** Sum of two coin lists, normalized (Go `Coins.Add`); throws `INT_OUT_OF_RANGE` if a sum passes 256 bits. */
export function addCoins(a: readonly Coin[], b: readonly Coin[]): readonly Coin[] {
  return normalizeCoins([...normalizeCoins(a, "a"), ...normalizeCoins(b, "b")], "sum");
}

/**
 * Difference `a − b`, normalized (Go `Coins.Sub`, which panics on a negative result). Throws `INSUFFICIENT_FUNDS`
 * naming the first denom of `b` that `a` cannot cover, reported against `field` (the caller's name for `b`); never
 * returns negative amounts.
 */
export function subCoins(a: readonly Coin[], b: readonly Coin[], field = "amount"): readonly Coin[] {
  const balances = new Map(normalizeCoins(a, "a").map((c) => [c.denom, c.amount] as const));
  for (const { denom, amount } of normalizeCoins(b, "b")) {
    const available = balances.get(denom) ?? 0n;
    if (available < amount) {
      throw new SdkError("INSUFFICIENT_FUNDS", `insufficient ${denom}: ${available} available, ${amount} needed`, {
        field,
        value: { denom, available, needed: amount },
        fix: `Lower the ${denom} amount to at most ${available} or add funds first.`,
      });
    }
    balances.set(denom, available - amount);
  }
  return normalizeCoins(
    [...balances].map(([denom, amount]) => ({ denom, amount })),
    "difference",
  );
}

/** The amount of `denom` in `coins`, 0 if absent (Go `Coins.AmountOf`; duplicates in an unnormalized list add up). */
export function amountOf(coins: readonly Coin[], denom: string): bigint {
  validateDenom(denom);
  let total = 0n;
  for (const c of coins) if (c.denom === denom) total += c.amount;
  return total;
}

/** True if `a` holds at least every amount in `b`, denom by denom (Go `Coins.IsAllGTE`; true when `b` is empty). */
export function isAllGte(a: readonly Coin[], b: readonly Coin[]): boolean {
  const normalizedA = normalizeCoins(a, "a");
  return normalizeCoins(b, "b").every((need) => amountOf(normalizedA, need.denom) >= need.amount);
}

/** The protobuf/amino/JSON shape of a coin, amount as a base-10 string (Go `Coin.Marshal` via `Int.String`). */
export function coinToProto(c: Coin): ProtoCoin {
  return { denom: c.denom, amount: c.amount.toString() };
}

/**
 * Parses and validates a coin from its protobuf/amino/JSON shape (Go `Coin.Unmarshal` then `Coin.Validate`). An
 * empty amount is refused, as Go's `Validate` refuses the nil Int it unmarshals to.
 */
export function coinFromProto(proto: ProtoCoin, field = "coin"): Coin {
  const amount = parseInt256(proto.amount, `${field}.amount`);
  return coin(proto.denom, amount, field);
}
