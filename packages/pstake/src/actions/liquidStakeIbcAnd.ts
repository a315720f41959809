import type { Client } from "@persistence-sdk/client";
import { buildLiquidStakeIbc } from "../builders/buildLiquidStakeIbc.js";
import { type ActionOptions, sendPstakeTx, signerAddressOf } from "../internal/actions.js";
import { paramsArg } from "../internal/validate.js";
import { type LiquidStakeIbcPreview, previewLiquidStakeIbc } from "../previews/previewLiquidStakeIbc.js";
import { type CompositeResult, type NextMessages, nextMessagesOf } from "./composite.js";
import { hostChainForStake, type LiquidStakeIbcResult, liquidStakeIbcResultOf } from "./liquidStakeIbc.js";

/** Parameters of {@link liquidStakeIbcAnd}. */
export interface LiquidStakeIbcAndParams extends ActionOptions {
  /** The host token to stake, as its IBC voucher. */
  readonly amount: LiquidStakeIbcResult["amount"];
  /** The messages that follow the stake in the same transaction, built from its preview (`preview.received`). */
  readonly next: NextMessages<LiquidStakeIbcPreview>;
}

/** What {@link liquidStakeIbcAnd} did: the stake's result, its preview, and the follow-ups' responses. */
export interface LiquidStakeIbcAndResult extends LiquidStakeIbcResult, CompositeResult {
  /** The preview the follow-up messages were built from. */
  readonly preview: LiquidStakeIbcPreview;
}

/**
 * Liquid stakes a host token (ATOM) into its stkASSET and, in the same transaction, sends the messages `next` builds
 * from the preview: e.g. restake the stkATOM received through Alliance's MsgDelegate (`buildDelegate` of
 * @persistence-sdk/alliance), or deposit it into a basket. Checked before signing like `liquidStakeIbc` (inactive host
 * chain, minimum deposit...); the transaction is atomic. Alliance messages claim rewards first: give the client a
 * `gasMultiplier` of 2 or more (see the README).
 *
 * @example
 * await liquidStakeIbcAnd(client, {
 *   amount: { denom: atom.ibcDenom, amount: 10_000_000n },
 *   next: (p, delegator) => [buildDelegate(client, { delegator, validator, amount: p.received })],
 * });
 */
export async function liquidStakeIbcAnd(
  client: Client,
  params: LiquidStakeIbcAndParams,
): Promise<LiquidStakeIbcAndResult> {
  paramsArg(params, "liquidStakeIbcAnd");
  const delegator = await signerAddressOf(client, "liquidStakeIbcAnd");
  const hostChain = await hostChainForStake(client, params.amount);
  const message = buildLiquidStakeIbc(client, { delegator, amount: params.amount, hostChain });
  const preview = await previewLiquidStakeIbc(client, { amount: params.amount });
  const next = nextMessagesOf(params.next, preview, delegator);
  const tx = await sendPstakeTx(client, [message, ...next], params);
  return Object.freeze({
    ...liquidStakeIbcResultOf(tx, delegator, hostChain, preview.amount, 0),
    preview,
    nextResponses: Object.freeze(tx.msgResponses.slice(1)),
  });
}
