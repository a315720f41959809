import type { Client, TxResult } from "@persistence-sdk/client";
import type { BasketTimestamp, Dec } from "@persistence-sdk/core";
import { MsgPostRatesResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildPostRates, type RatePost } from "../builders/buildPostRates.js";
import { type ActionOptions, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { converted, rateResultOf } from "../internal/convert.js";
import { idArg, paramsArg } from "../internal/validate.js";
import { getBasketNav } from "../queries/getBasketNav.js";
import type { RateResult } from "../types.js";

/** One rate for {@link postRates}. */
export interface PostedRate {
  /** The constituent's denom. */
  readonly denom: string;
  /** The source's rate, in the constituent's direction (> 0). */
  readonly raw: Dec;
  /** When the source produced it (default: the latest block's time). */
  readonly sourceTime?: BasketTimestamp | Date;
}

/** Parameters of {@link postRates}. The feeder is the client's signer. */
export interface PostRatesParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** At most one rate per constituent. */
  readonly rates: readonly PostedRate[];
}

/** What {@link postRates} did. */
export interface PostRatesResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The feeder: the client's signer. */
  readonly feeder: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** What happened to each posted rate, in the order posted: APPLIED, REJECTED, HALTED or SKIPPED. */
  readonly results: readonly RateResult[];
}

/**
 * Posts exchange rates of a basket's constituents (§4), signed by one of its feeders. Each rate passes the guards
 * on its own; read `results` (a REJECTED or HALTED rate does not fail the transaction). Without a `sourceTime` the
 * latest block's time is used (a source time must not be after the block time).
 */
export async function postRates(client: Client, params: PostRatesParams): Promise<PostRatesResult> {
  paramsArg(params, "postRates");
  const basketId = idArg(params.basketId, "basketId");
  const feeder = await signerAddressOf(client, "postRates");
  const missingTime = Array.isArray(params.rates) && params.rates.some((r) => r?.sourceTime === undefined);
  const now = missingTime ? (await getBasketNav(client, { basketId })).time : undefined;
  const rates = Array.isArray(params.rates)
    ? params.rates.map((r) => ({ denom: r?.denom, raw: r?.raw, sourceTime: r?.sourceTime ?? now! }))
    : (params.rates as unknown as readonly RatePost[]);
  const message = buildPostRates(client, { feeder, basketId, rates });
  const tx = await sendBasketTx(client, [message], params);
  const response = responseOf(tx, MsgPostRatesResponseSchema, 0);
  return converted(`the post-rates transaction ${tx.hash}`, response, () =>
    Object.freeze({ tx, feeder, basketId, results: Object.freeze(response.results.map(rateResultOf)) }),
  );
}
