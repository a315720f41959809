// Gas prices and fees in exact arithmetic: a price is a Dec per unit of gas, a fee is ceil(gas × price) base units,
// the rounding the SDK's CheckTx applies to minimum gas prices (so a fee computed here is never one unit short).
import { type Coin, Dec, validateDenom } from "@persistence-sdk/core";
import { ClientError } from "./errors.js";

/** A price per unit of gas: `amount` of `denom` (a Dec, such as 0.025 uxprt). */
export interface GasPrice {
  readonly denom: string;
  readonly amount: Dec;
}

const PRICE = /^([0-9]+(?:\.[0-9]+)?)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/;

/**
 * Parses "0.025uxprt" into a {@link GasPrice}, or returns a `GasPrice` as is. Throws `INVALID_ARGUMENT` for anything
 * else (exponents, signs, spaces, a missing denom).
 */
export function parseGasPrice(price: string | GasPrice, field = "gasPrice"): GasPrice {
  if (typeof price === "object" && price !== null) {
    validateDenom(price.denom, `${field}.denom`);
    if (!(price.amount instanceof Dec) || price.amount.isNegative()) {
      throw new ClientError("INVALID_ARGUMENT", "a gas price amount is a non-negative Dec", {
        field: `${field}.amount`,
        value: price.amount,
        fix: 'Use Dec.fromString("0.025"), or pass the price as a string such as "0.025uxprt".',
      });
    }
    return price;
  }
  const match = typeof price === "string" ? PRICE.exec(price.trim()) : null;
  if (match === null) {
    throw new ClientError("INVALID_ARGUMENT", "not a gas price", {
      field,
      value: price,
      fix: 'Write a decimal amount followed by the fee denom, such as "0.025uxprt".',
    });
  }
  return { denom: match[2]!, amount: Dec.fromString(match[1]!, field) };
}

/** The fee for `gas` at `price`: ceil(gas × price), as the SDK's minimum-gas-price check rounds. */
export function feeAmount(gas: bigint, price: GasPrice): Coin {
  return { denom: price.denom, amount: price.amount.mulInt(gas).ceil().truncateInt() };
}

/**
 * The gas limit for a simulated figure: ceil(simulated × multiplier). A multiplier above 1 leaves headroom for
 * state that changes between simulation and inclusion.
 */
export function gasLimitOf(simulated: bigint, multiplier: Dec): bigint {
  return multiplier.mulInt(simulated).ceil().truncateInt();
}

/**
 * Parses a gas multiplier (number, decimal string or Dec) into a Dec > 0. Numbers are read through their decimal
 * text ("1.4"), never through binary floating point arithmetic.
 */
export function parseGasMultiplier(multiplier: number | string | Dec, field = "gasMultiplier"): Dec {
  let value: Dec | undefined;
  if (multiplier instanceof Dec) value = multiplier;
  else if (
    typeof multiplier === "number" &&
    Number.isFinite(multiplier) &&
    /^[0-9]+(\.[0-9]+)?$/.test(`${multiplier}`)
  ) {
    value = Dec.fromString(`${multiplier}`, field);
  } else if (typeof multiplier === "string" && /^[0-9]+(\.[0-9]+)?$/.test(multiplier)) {
    value = Dec.fromString(multiplier, field);
  }
  if (value === undefined || !value.isPositive()) {
    throw new ClientError("INVALID_ARGUMENT", "the gas multiplier must be a positive decimal", {
      field,
      value: multiplier,
      fix: "Pass a number such as 1.4 (the simulated gas is multiplied by it).",
    });
  }
  return value;
}
