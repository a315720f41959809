// Control operations for the devnet UI and tests (`ChainControl.invoke("basketvault/<op>", params)`): post rates as
// the basket's feeder without signing a tx, and move one LST's rate. Both go through MsgPostRates' own code, guards
// included, so a large move halts the constituent exactly as a feeder's post would. Results are JSON-safe.
import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import { RateOutcome, RateUpdateSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { Context } from "../../app/module.js";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { dec, nowOf } from "./convert.js";
import type { BasketVaultKeeper } from "./keeper.js";
import { postRates } from "./rates.js";

/** Parameters of "basketvault/postRates". */
export interface PostRatesParams {
  /** Default 1 (the devnet's ATOM basket). */
  readonly basketId?: number | string;
  /** Rates to post (raw, in each source's direction, as decimal strings); default: every constituent's current raw. */
  readonly rates?: readonly { readonly denom: string; readonly raw: string }[];
}

/** Parameters of "basketvault/moveRate". */
export interface MoveRateParams {
  readonly basketId?: number | string;
  /** The constituent: its denom, or a devnet LST symbol ("stATOM", "qATOM", "dATOM", "stkATOM"). */
  readonly denom: string;
  /** The new raw rate, as a decimal string... */
  readonly raw?: string;
  /** ...or the factor to multiply the current raw rate by ("0.95" for −5 % in the source's direction). */
  readonly factor?: string;
}

function record(params: unknown, operation: string): Record<string, unknown> {
  if (params === undefined || params === null) return {};
  if (typeof params !== "object") throw new TypeError(`${operation} expects an object`);
  return params as Record<string, unknown>;
}

function basketIdOf(input: Record<string, unknown>, operation: string): bigint {
  const value = input.basketId ?? 1;
  if ((typeof value !== "number" && typeof value !== "string") || !/^[1-9][0-9]*$/.test(String(value))) {
    throw new TypeError(`${operation}: "basketId" must be a positive integer`);
  }
  return BigInt(value);
}

function denomOf(text: unknown, operation: string): string {
  if (typeof text !== "string" || text === "") throw new TypeError(`${operation}: "denom" must be a string`);
  const lst = Object.values(DEVNET_LSTS).find((l) => l.symbol.toLowerCase() === text.toLowerCase());
  return lst?.denom ?? text;
}

/** Posts rates at the block time as the basket's first feeder; returns each RateResult as JSON-safe strings. */
function post(ctx: Context, keeper: BasketVaultKeeper, basketId: bigint, rates: { denom: string; raw: Dec }[]) {
  const basket = keeper.requireBasket(ctx.store, basketId);
  const feeder = basket.config?.feeders[0];
  if (feeder === undefined) throw new Error(`basket ${basketId} has no feeder`);
  const now = nowOf(ctx.time);
  const results = postRates(
    ctx,
    keeper,
    feeder,
    basketId,
    rates.map((r) => create(RateUpdateSchema, { denom: r.denom, raw: r.raw.toProto(), sourceTime: now })),
  );
  return results.map((r) => ({
    denom: r.denom,
    outcome: RateOutcome[r.outcome],
    postedRate: dec(r.postedRate).toString(),
    rate: dec(r.rate).toString(),
  }));
}

export function basketVaultControls(keeper: BasketVaultKeeper) {
  return {
    postRates(ctx: Context, params: unknown) {
      const operation = "basketvault/postRates";
      const input = record(params, operation);
      const basketId = basketIdOf(input, operation);
      const basket = keeper.requireBasket(ctx.store, basketId);
      const given = input.rates;
      if (given !== undefined && !Array.isArray(given)) throw new TypeError(`${operation}: "rates" must be an array`);
      const rates =
        given === undefined
          ? basket.constituents.filter((c) => dec(c.raw).isPositive()).map((c) => ({ denom: c.denom, raw: dec(c.raw) }))
          : given.map((r: { denom?: unknown; raw?: unknown }) => {
              if (typeof r?.raw !== "string") throw new TypeError(`${operation}: each rate needs "raw" as a string`);
              return { denom: denomOf(r.denom, operation), raw: Dec.fromString(r.raw, "raw") };
            });
      return { basketId: basketId.toString(), results: post(ctx, keeper, basketId, rates) };
    },

    moveRate(ctx: Context, params: unknown) {
      const operation = "basketvault/moveRate";
      const input = record(params, operation);
      const basketId = basketIdOf(input, operation);
      const denom = denomOf(input.denom, operation);
      const basket = keeper.requireBasket(ctx.store, basketId);
      const constituent = basket.constituents.find((c) => c.denom === denom);
      if (constituent === undefined)
        throw new Error(`${operation}: ${denom} is not a constituent of basket ${basketId}`);
      let raw: Dec;
      if (typeof input.raw === "string") raw = Dec.fromString(input.raw, "raw");
      else if (typeof input.factor === "string") raw = dec(constituent.raw).mul(Dec.fromString(input.factor, "factor"));
      else throw new TypeError(`${operation}: give "raw" or "factor" as a decimal string`);
      const [result] = post(ctx, keeper, basketId, [{ denom, raw }]);
      return { basketId: basketId.toString(), ...result! };
    },
  };
}
