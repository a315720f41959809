import { parseDecString } from "@persistence-sdk/core";
import type { Coin } from "../modules/bank/coins.js";

/** A minimum gas price: a decimal amount (as 10^-18 atomics) of one denom per unit of gas. */
export interface GasPrice {
  readonly denom: string;
  readonly atomics: bigint;
}

const DEC_ONE = 10n ** 18n;
const PRICE = /^([0-9]+(?:\.[0-9]+)?)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/;

/**
 * Parses `minimum-gas-prices` ("0.025uxprt", "0.025uxprt,0.1stk/uxprt"); zero prices are dropped, as sdk.DecCoins
 * sanitizes them, so "0uxprt" (core-1's default) asks for no fee at all.
 */
export function parseGasPrices(text: string): GasPrice[] {
  if (text.trim() === "") return [];
  return text.split(",").flatMap((part) => {
    const match = PRICE.exec(part.trim());
    if (match === null) throw new Error(`invalid minimum gas price "${part}": expected e.g. "0.025uxprt"`);
    const atomics = parseDecString(match[1]!, "minGasPrices");
    return atomics === 0n ? [] : [{ denom: match[2]!, atomics }];
  });
}

/** ceil(price × gas) per denom: what CheckTx demands (CheckTxFeeWithValidatorMinGasPrices). */
export function requiredFees(prices: readonly GasPrice[], gasLimit: bigint): Coin[] {
  return prices.map(({ denom, atomics }) => ({ denom, amount: (atomics * gasLimit + DEC_ONE - 1n) / DEC_ONE }));
}

/** sdk.Coins.IsAnyGTE: some fee coin covers its required amount (and that amount is not zero). */
export function coversAny(fee: readonly Coin[], required: readonly Coin[]): boolean {
  if (required.length === 0) return false;
  return fee.some((coin) => {
    const needed = required.find((r) => r.denom === coin.denom)?.amount ?? 0n;
    return needed !== 0n && coin.amount >= needed;
  });
}
