import { create } from "@bufbuild/protobuf";
import { TimestampSchema } from "@bufbuild/protobuf/wkt";
import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import type { BasketTimestamp, Dec } from "@persistence-sdk/core";
import { MsgPostRatesSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import {
  accountArg,
  chainOf,
  denomArg,
  type HasChain,
  idArg,
  paramsArg,
  positiveDecArg,
  timestampArg,
} from "../internal/validate.js";

/** One rate to post. */
export interface RatePost {
  /** The constituent's denom. */
  readonly denom: string;
  /** The rate as the source reports it, in the constituent's direction (a pSTAKE c-value as is); > 0. */
  readonly raw: Dec;
  /** When the source produced it: after the stored one, not after the block time. */
  readonly sourceTime: BasketTimestamp | Date;
}

/** Parameters of {@link buildPostRates}. */
export interface BuildPostRatesParams {
  /** One of the basket's feeders; it signs. */
  readonly feeder: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** At most one rate per constituent. */
  readonly rates: readonly RatePost[];
}

/**
 * A `MsgPostRates` (§4, feeders only). Each rate goes through the chain's guards on its own: APPLIED, REJECTED (a
 * rise faster than max_up_per_day), HALTED (a drop larger than max_down) or SKIPPED.
 */
export function buildPostRates(context: HasChain, params: BuildPostRatesParams): TxMessage<typeof MsgPostRatesSchema> {
  const chain = chainOf(context, "buildPostRates");
  paramsArg(params, "buildPostRates");
  const rates = params.rates;
  if (!Array.isArray(rates) || rates.length === 0) {
    throw new ClientError("INVALID_ARGUMENT", "rates is a non-empty list of { denom, raw, sourceTime }", {
      field: "rates",
      value: rates,
      fix: 'Pass [{ denom, raw: Dec.fromString("1.25"), sourceTime: new Date() }].',
    });
  }
  const seen = new Set<string>();
  return txMessage(MsgPostRatesSchema, {
    feeder: accountArg(chain, params.feeder, "feeder"),
    basketId: idArg(params.basketId, "basketId"),
    rates: rates.map((r, i) => {
      const denom = denomArg(r?.denom, `rates[${i}].denom`);
      if (seen.has(denom)) {
        throw new ClientError("INVALID_ARGUMENT", "a denom is listed twice", {
          field: `rates[${i}].denom`,
          value: denom,
          fix: "Post at most one rate per constituent.",
        });
      }
      seen.add(denom);
      return {
        denom,
        raw: positiveDecArg(r.raw, `rates[${i}].raw`, "1.25").toProto(),
        sourceTime: create(TimestampSchema, timestampArg(r.sourceTime, `rates[${i}].sourceTime`)),
      };
    }),
  });
}
