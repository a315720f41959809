// Input checks shared by the builders, queries, previews and actions. Each throws a typed error naming the field,
// the value and the fix, before anything is built or sent. Address, amount and denom rules are the client's and
// core's (the same as @persistence-sdk/alliance's).
// The checks every module package shares live in the client; the ones below are this package's own.
import {
  accountArg,
  type ChainConfig,
  ClientError,
  chainOf,
  coinArg,
  decArg,
  denomArg,
  type HasChain,
  paramsArg,
  validateAmount,
  validatorArg,
} from "@persistence-sdk/client";
import { type BasketRateDirection, type BasketRedeemMode, type BasketTimestamp, Dec } from "@persistence-sdk/core";

export { accountArg, chainOf, coinArg, decArg, denomArg, type HasChain, paramsArg, validatorArg };

function invalid(
  code: "INVALID_ARGUMENT" | "INVALID_DECIMAL" | "RATE_OUT_OF_RANGE" | "INVALID_INTEGER",
  field: string,
  value: unknown,
  problem: string,
  fix: string,
) {
  return new ClientError(code, problem, { field, value, fix });
}

/** An optional account address: undefined or "" means "the default" (the signer), returned as "". */
export function optionalAccountArg(chain: ChainConfig, address: string | undefined, field: string): string {
  if (address === undefined || address === "") return "";
  return accountArg(chain, address, field);
}

/** A positive bigint within 256 bits (shares, amounts). */
export function positiveAmountArg(amount: bigint, field: string): bigint {
  return validateAmount(amount, field);
}

/** A bigint ≥ 0 within 256 bits (minimums, caps). */
export function nonNegativeAmountArg(amount: bigint, field: string): bigint {
  return validateAmount(amount, field, { allowZero: true });
}

const MAX_UINT64 = (1n << 64n) - 1n;

/** A uint64 id that must be set (basket, request and batch ids start at 1). */
export function idArg(id: bigint, field: string): bigint {
  if (typeof id !== "bigint" || id < 1n || id > MAX_UINT64) {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      id,
      "an id is a bigint from 1 to 2^64 − 1",
      `Pass the id as a bigint, such as 1n (${field === "basketId" ? "getBaskets lists them" : "the queries list them"}).`,
    );
  }
  return id;
}

/** A uint64 number of seconds. */
export function secondsArg(seconds: bigint, field: string, minimum = 0n): bigint {
  if (typeof seconds !== "bigint" || seconds < minimum || seconds > MAX_UINT64) {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      seconds,
      `a number of seconds is a bigint from ${minimum} to 2^64 − 1`,
      "Pass whole seconds as a bigint, such as 86400n (1 day).",
    );
  }
  return seconds;
}

/** A small non-negative integer (uint32 fields such as exponents and offsets) up to `max`. */
export function smallIntArg(value: number, field: string, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw invalid("INVALID_INTEGER", field, value, `must be a whole number from 0 to ${max}`, `Pass e.g. 6.`);
  }
  return value;
}

/** A fraction: in [0, 1) with `belowOne`, else in [0, 1]. */
export function fractionArg(value: Dec, field: string, example: string, belowOne: boolean): Dec {
  nonNegativeDecArg(value, field, example);
  if (belowOne ? value.gte(Dec.ONE) : value.gt(Dec.ONE)) {
    throw invalid(
      "RATE_OUT_OF_RANGE",
      field,
      value.toString(),
      belowOne ? "must be below 1" : "must be at most 1",
      `Pass a fraction ${belowOne ? "from 0 up to (not including) 1" : "from 0 to 1"}, such as ${example}.`,
    );
  }
  return value;
}

/** A slippage tolerance: a fraction in [0, 1), e.g. 0.005 for 0.5 %. */
export function slippageArg(value: Dec, field = "slippage"): Dec {
  return fractionArg(value, field, '0.005 (Dec.fromString("0.005") is 0.5 %)', true);
}

/** A redeem mode. */
export function modeArg(mode: BasketRedeemMode, field = "mode"): BasketRedeemMode {
  if (mode !== "PRO_RATA" && mode !== "SINGLE") {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      mode,
      'a redeem mode is "PRO_RATA" or "SINGLE"',
      'Use "PRO_RATA" (a slice of every constituent, no fee) or "SINGLE" with outDenom.',
    );
  }
  return mode;
}

/** A rate direction. */
export function directionArg(direction: BasketRateDirection, field: string): BasketRateDirection {
  if (direction !== "UNDERLYING_PER_LST" && direction !== "LST_PER_UNDERLYING") {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      direction,
      "the rate direction must be set",
      'Use "UNDERLYING_PER_LST" (Stride, Quicksilver, Drop) or "LST_PER_UNDERLYING" (pSTAKE c-value, MilkyWay).',
    );
  }
  return direction;
}

/** The mode's out_denom rule: required (and a valid denom) for SINGLE, empty for PRO_RATA. */
export function outDenomArg(mode: BasketRedeemMode, outDenom: string | undefined, field = "outDenom"): string {
  if (mode === "PRO_RATA") {
    if (outDenom !== undefined && outDenom !== "") {
      throw invalid(
        "INVALID_ARGUMENT",
        field,
        outDenom,
        "a PRO_RATA redemption pays every constituent",
        'Leave outDenom out for PRO_RATA, or use mode "SINGLE".',
      );
    }
    return "";
  }
  if (outDenom === undefined || outDenom === "") {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      outDenom,
      "a SINGLE redemption needs the constituent to be paid in",
      "Pass outDenom: one of the basket's constituents.",
    );
  }
  return denomArg(outDenom, field);
}

/** A time as a Timestamp: a `BasketTimestamp` ({ seconds, nanos }) or a `Date`. */
export function timestampArg(time: BasketTimestamp | Date, field: string): BasketTimestamp {
  if (time instanceof Date) {
    const ms = time.getTime();
    if (!Number.isFinite(ms) || ms < 0) {
      throw invalid("INVALID_ARGUMENT", field, time, "not a valid time after 1970", "Pass a valid Date.");
    }
    const msBig = BigInt(ms);
    return { seconds: msBig / 1000n, nanos: Number(msBig % 1000n) * 1_000_000 };
  }
  if (
    time === null ||
    typeof time !== "object" ||
    typeof time.seconds !== "bigint" ||
    time.seconds < 0n ||
    !Number.isInteger(time.nanos) ||
    time.nanos < 0 ||
    time.nanos >= 1_000_000_000
  ) {
    throw invalid(
      "INVALID_ARGUMENT",
      field,
      time,
      "a time is a Date or { seconds: bigint, nanos: 0..999999999 }",
      "Pass a Date, or the time a query returned (e.g. getBasketNav(...).time).",
    );
  }
  return { seconds: time.seconds, nanos: time.nanos };
}

/** A `Dec` at least 0. */
export function nonNegativeDecArg(value: Dec, field: string, example: string): Dec {
  decArg(value, field, example);
  if (value.isNegative()) {
    throw invalid(
      "RATE_OUT_OF_RANGE",
      field,
      value.toString(),
      "must not be negative",
      `Pass 0 or more, such as ${example}.`,
    );
  }
  return value;
}

/** A `Dec` above 0. */
export function positiveDecArg(value: Dec, field: string, example: string): Dec {
  decArg(value, field, example);
  if (!value.isPositive()) {
    throw invalid(
      "RATE_OUT_OF_RANGE",
      field,
      value.toString(),
      "must be above 0",
      `Pass a positive value, such as ${example}.`,
    );
  }
  return value;
}
