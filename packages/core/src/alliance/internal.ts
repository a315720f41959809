// Helpers shared by the alliance math files. Not exported from the package.
import { Dec } from "../dec.js";
import { SdkError, type SdkErrorCode } from "../errors.js";
import { checkInt256, checkNonNegative } from "../int.js";
import type { AllianceCoin, AllianceDecCoins } from "./types.js";

export function fail(code: SdkErrorCode, problem: string, field: string, value: unknown, fix: string): never {
  throw new SdkError(code, problem, { field, value, fix });
}

/** An amount Go keeps in a math.Int that must not be negative (sdk.Coin refuses negative amounts). */
export function checkAmount(value: bigint, field: string): bigint {
  if (typeof value !== "bigint") {
    fail("INVALID_AMOUNT", "amount must be a bigint", field, value, "Pass base units as a bigint, such as 1000000n.");
  }
  return checkNonNegative(checkInt256(value, field), field);
}

/** An amount a message carries: MsgDelegate/MsgUndelegate/MsgRedelegate ValidateBasic refuse zero and negatives. */
export function checkPositiveAmount(value: bigint, field: string): bigint {
  checkAmount(value, field);
  if (value === 0n) {
    fail("INVALID_AMOUNT", "amount must be positive", field, value, "Pass at least 1 base unit.");
  }
  return value;
}

export function checkDec(value: Dec, field: string): Dec {
  if (!(value instanceof Dec)) {
    fail(
      "INVALID_DECIMAL",
      "expected a Dec",
      field,
      value,
      'Build decimals with Dec.fromString("0.5") or Dec.fromProto.',
    );
  }
  return value;
}

export function checkNonNegativeDec(value: Dec, field: string): Dec {
  checkDec(value, field);
  if (value.isNegative()) {
    fail("NEGATIVE_AMOUNT", "must not be negative", field, value.toString(), "Pass a value of zero or more.");
  }
  return value;
}

/** `DecCoins.AmountOf`: zero when the denom is absent. */
export function amountOf(coins: AllianceDecCoins, denom: string): Dec {
  return Object.hasOwn(coins, denom) ? (coins[denom] as Dec) : Dec.ZERO;
}

/** A copy of `coins` with `denom` set to `amount`; zero entries are dropped, as sdk.DecCoins never holds them. */
export function withAmount(coins: AllianceDecCoins, denom: string, amount: Dec): AllianceDecCoins {
  const entries = Object.entries(coins).filter(([d]) => d !== denom);
  if (!amount.isZero()) entries.push([denom, amount]);
  entries.sort(([a], [b]) => compareDenoms(a, b));
  return Object.freeze(Object.fromEntries(entries));
}

/** Byte order of denoms, as sdk.Coins sorts them (ASCII denoms: plain code-unit order). */
export function compareDenoms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `sdk.Coins.Add`: merges by denom, drops zero amounts, sorts by denom. */
export function addCoins(coins: readonly AllianceCoin[], more: readonly AllianceCoin[]): AllianceCoin[] {
  const totals = new Map<string, bigint>();
  for (const coin of [...coins, ...more]) totals.set(coin.denom, (totals.get(coin.denom) ?? 0n) + coin.amount);
  return [...totals.entries()]
    .filter(([, amount]) => amount !== 0n)
    .sort(([a], [b]) => compareDenoms(a, b))
    .map(([denom, amount]) => Object.freeze({ denom, amount }));
}
