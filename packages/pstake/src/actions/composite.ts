// Composite flows: a liquid stake and what the app does with the minted LST, in one transaction (atomically: if any
// message fails, none happens). The follow-up messages are built from the preview of the stake, which equals what
// the chain mints while the rate does not move before inclusion; if it does and a follow-up spends more than was
// minted, the whole transaction fails and nothing is lost.
import { ClientError, type MsgResponse, type TxMessage } from "@persistence-sdk/client";

/** Builds the messages that follow a liquid stake in the same transaction, from its preview and the signer. */
export type NextMessages<P> = (preview: P, delegator: string) => readonly TxMessage[] | TxMessage[];

/** What every composite result adds: the responses of the follow-up messages, in order. */
export interface CompositeResult {
  /** The responses of the messages `next` built (decoded when their schema is known). */
  readonly nextResponses: readonly MsgResponse[];
}

/** The follow-up messages, checked to be a non-empty list of at most 32. */
export function nextMessagesOf<P>(next: NextMessages<P>, preview: P, delegator: string): readonly TxMessage[] {
  if (typeof next !== "function") {
    throw new ClientError("INVALID_ARGUMENT", "next builds the follow-up messages", {
      field: "next",
      value: next,
      fix: "Pass next: (preview, delegator) => [buildDelegate(client, { delegator, validator, amount: preview.received })].",
    });
  }
  const messages = next(preview, delegator);
  if (!Array.isArray(messages) || messages.length === 0 || messages.length > 32) {
    throw new ClientError("INVALID_ARGUMENT", "next must return 1 to 32 messages", {
      field: "next",
      value: Array.isArray(messages) ? messages.length : messages,
      fix: "Return the follow-up messages as an array, or call liquidStake / liquidStakeIbc alone.",
    });
  }
  return messages;
}
