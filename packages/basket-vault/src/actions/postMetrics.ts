import type { Client, TxResult } from "@persistence-sdk/client";
import { MsgPostMetricsResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildPostMetrics, type MetricsPost } from "../builders/buildPostMetrics.js";
import { type ActionOptions, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { converted, targetOf } from "../internal/convert.js";
import { idArg, paramsArg } from "../internal/validate.js";
import type { TargetWeight } from "../types.js";

/** Parameters of {@link postMetrics}. The feeder is the client's signer. */
export interface PostMetricsParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** At most one entry per constituent. */
  readonly metrics: readonly MetricsPost[];
}

/** What {@link postMetrics} did. */
export interface PostMetricsResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The feeder: the client's signer. */
  readonly feeder: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The new target weight of every constituent, in listing order; they sum to exactly 1. */
  readonly targets: readonly TargetWeight[];
}

/** Posts APR and liquidity of constituents and recomputes the targets (§6), signed by one of the basket's feeders. */
export async function postMetrics(client: Client, params: PostMetricsParams): Promise<PostMetricsResult> {
  paramsArg(params, "postMetrics");
  const basketId = idArg(params.basketId, "basketId");
  const feeder = await signerAddressOf(client, "postMetrics");
  const message = buildPostMetrics(client, { feeder, basketId, metrics: params.metrics });
  const tx = await sendBasketTx(client, [message], params);
  const response = responseOf(tx, MsgPostMetricsResponseSchema, 0);
  return converted(`the post-metrics transaction ${tx.hash}`, response, () =>
    Object.freeze({ tx, feeder, basketId, targets: Object.freeze(response.targets.map(targetOf)) }),
  );
}
