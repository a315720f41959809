import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import type { Dec } from "@persistence-sdk/core";
import { MsgPostMetricsSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import {
  accountArg,
  chainOf,
  denomArg,
  type HasChain,
  idArg,
  nonNegativeAmountArg,
  nonNegativeDecArg,
  paramsArg,
} from "../internal/validate.js";

/** One constituent's metrics. */
export interface MetricsPost {
  /** The constituent's denom. */
  readonly denom: string;
  /** Its current APR (≥ 0). */
  readonly apr: Dec;
  /** Its exit liquidity in underlying base units (only its share of Σ liquidity matters). */
  readonly liquidity: bigint;
}

/** Parameters of {@link buildPostMetrics}. */
export interface BuildPostMetricsParams {
  /** One of the basket's feeders; it signs. */
  readonly feeder: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** At most one entry per constituent; those not listed keep their last metrics. */
  readonly metrics: readonly MetricsPost[];
}

/** A `MsgPostMetrics` (§6, feeders only): stores APR and liquidity and recomputes every target weight. */
export function buildPostMetrics(
  context: HasChain,
  params: BuildPostMetricsParams,
): TxMessage<typeof MsgPostMetricsSchema> {
  const chain = chainOf(context, "buildPostMetrics");
  paramsArg(params, "buildPostMetrics");
  const metrics = params.metrics;
  if (!Array.isArray(metrics) || metrics.length === 0) {
    throw new ClientError("INVALID_ARGUMENT", "metrics is a non-empty list of { denom, apr, liquidity }", {
      field: "metrics",
      value: metrics,
      fix: 'Pass [{ denom, apr: Dec.fromString("0.15"), liquidity: 4_000_000n }].',
    });
  }
  const seen = new Set<string>();
  return txMessage(MsgPostMetricsSchema, {
    feeder: accountArg(chain, params.feeder, "feeder"),
    basketId: idArg(params.basketId, "basketId"),
    metrics: metrics.map((m, i) => {
      const denom = denomArg(m?.denom, `metrics[${i}].denom`);
      if (seen.has(denom)) {
        throw new ClientError("INVALID_ARGUMENT", "a denom is listed twice", {
          field: `metrics[${i}].denom`,
          value: denom,
          fix: "Post at most one entry per constituent.",
        });
      }
      seen.add(denom);
      return {
        denom,
        apr: nonNegativeDecArg(m.apr, `metrics[${i}].apr`, "0.15").toProto(),
        liquidity: nonNegativeAmountArg(m.liquidity, `metrics[${i}].liquidity`).toString(),
      };
    }),
  });
}
