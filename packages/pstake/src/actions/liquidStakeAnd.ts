import type { Client } from "@persistence-sdk/client";
import { buildLiquidStake } from "../builders/buildLiquidStake.js";
import { type ActionOptions, sendPstakeTx, signerAddressOf } from "../internal/actions.js";
import { paramsArg } from "../internal/validate.js";
import { type LiquidStakePreview, previewLiquidStake } from "../previews/previewLiquidStake.js";
import { type CompositeResult, type NextMessages, nextMessagesOf } from "./composite.js";
import { type LiquidStakeResult, liquidStakeResultOf } from "./liquidStake.js";

/** Parameters of {@link liquidStakeAnd}. */
export interface LiquidStakeAndParams extends ActionOptions {
  /** XPRT to stake. */
  readonly amount: LiquidStakeResult["amount"];
  /** The messages that follow the stake in the same transaction, built from its preview (`preview.minted`). */
  readonly next: NextMessages<LiquidStakePreview>;
}

/** What {@link liquidStakeAnd} did: the stake's result, its preview, and the follow-ups' responses. */
export interface LiquidStakeAndResult extends LiquidStakeResult, CompositeResult {
  /** The preview the follow-up messages were built from. */
  readonly preview: LiquidStakePreview;
}

/**
 * Liquid stakes XPRT and, in the same transaction, sends the messages `next` builds from the stake's preview: e.g.
 * delegate the minted stkXPRT through Alliance (`buildDelegate` of @persistence-sdk/alliance), or send it on.
 * Every message is checked before signing; the transaction is atomic.
 *
 * @example
 * await liquidStakeAnd(client, {
 *   amount: { denom: "uxprt", amount: 5_000_000n },
 *   next: (p, delegator) => [buildDelegate(client, { delegator, validator, amount: p.minted })],
 * });
 */
export async function liquidStakeAnd(client: Client, params: LiquidStakeAndParams): Promise<LiquidStakeAndResult> {
  paramsArg(params, "liquidStakeAnd");
  const delegator = await signerAddressOf(client, "liquidStakeAnd");
  const message = buildLiquidStake(client, { delegator, amount: params.amount });
  const preview = await previewLiquidStake(client, { amount: params.amount });
  const next = nextMessagesOf(params.next, preview, delegator);
  const tx = await sendPstakeTx(client, [message, ...next], params);
  return Object.freeze({
    ...liquidStakeResultOf(tx, delegator, preview.amount, 0),
    preview,
    nextResponses: Object.freeze(tx.msgResponses.slice(1)),
  });
}
