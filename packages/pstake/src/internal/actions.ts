// What every action shares: the signer's address, one `sendTx` with pSTAKE refusals typed, and the events and
// response of one message of the result. pSTAKE emits legacy string events ("liquid_stake" with "123stk/uxprt"
// attributes), not typed ones, so the coins are parsed here.
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import {
  type Client,
  findEvents,
  InvalidResponseError,
  resolveSigner,
  type SendTxParams,
  sendTx,
  type TxEvent,
  type TxMessage,
  type TxResult,
} from "@persistence-sdk/client";
import { type Coin, parseInt256, validateDenom } from "@persistence-sdk/core";
import { pstakeErrorOf } from "../errors.js";

/** Transaction options every action takes, passed to `sendTx` as they are. */
export type ActionOptions = Pick<SendTxParams, "memo" | "fee" | "timeoutHeight" | "onStatus">;

/** The address that signs for `client`. Throws `NO_SIGNER` without a signer. */
export async function signerAddressOf(client: Client, action: string): Promise<string> {
  return (await resolveSigner(client, action)).address;
}

/** `sendTx` with the action's options; a chain refusal pSTAKE names becomes a `PstakeTxError`. */
export async function sendPstakeTx(
  client: Client,
  messages: readonly TxMessage[],
  options: ActionOptions,
): Promise<TxResult> {
  try {
    return await sendTx(client, {
      messages,
      ...(options.memo === undefined ? {} : { memo: options.memo }),
      ...(options.fee === undefined ? {} : { fee: options.fee }),
      ...(options.timeoutHeight === undefined ? {} : { timeoutHeight: options.timeoutHeight }),
      ...(options.onStatus === undefined ? {} : { onStatus: options.onStatus }),
    });
  } catch (error) {
    throw pstakeErrorOf(error);
  }
}

/**
 * The events of `type` emitted by message `msgIndex`. Chains on SDK ≥ 0.50 tag events with `msg_index`; older ones
 * do not, and there the events of the type are matched to messages in order (one per message).
 */
export function eventsOfMessage(result: TxResult, type: string, msgIndex: number): TxEvent[] {
  const tagged = result.events.some((event) => event.attributes.msg_index !== undefined);
  if (tagged || result.msgResponses.length <= 1) return findEvents(result.events, type, tagged ? msgIndex : undefined);
  const all = findEvents(result.events, type);
  return all.length === result.msgResponses.length && all[msgIndex] !== undefined ? [all[msgIndex]] : [];
}

/** The one event of `type` of message `msgIndex`; a missing one is the node's fault. */
export function eventOfMessage(result: TxResult, type: string, msgIndex: number): TxEvent {
  const event = eventsOfMessage(result, type, msgIndex)[0];
  if (event === undefined)
    throw new InvalidResponseError(`the transaction ${result.hash} (no "${type}" event)`, result.hash);
  return event;
}

/** `sdk.Coin.String()` parsed back: "123stk/uxprt" → { denom: "stk/uxprt", amount: 123n }. */
export function parseCoinString(text: string | undefined, what: string): Coin {
  const match = /^(\d+)([a-zA-Z][a-zA-Z0-9/:._-]*)$/.exec(text ?? "");
  if (match === null) throw new InvalidResponseError(what, text);
  try {
    return Object.freeze({ denom: validateDenom(match[2]!, what), amount: parseInt256(match[1]!, what) });
  } catch (error) {
    throw new InvalidResponseError(what, text, error);
  }
}

/** An event attribute that must be there. */
export function attributeOf(event: TxEvent, key: string): string {
  const value = event.attributes[key];
  if (value === undefined) throw new InvalidResponseError(`the "${event.type}" event (no ${key})`, event.attributes);
  return value;
}

/** The decoded response of message `msgIndex`, which must be of `schema`. */
export function responseOf<Desc extends DescMessage>(
  result: TxResult,
  schema: Desc,
  msgIndex: number,
): MessageShape<Desc> {
  const response = result.msgResponses[msgIndex];
  const message = response?.message as (MessageShape<Desc> & { $typeName?: string }) | undefined;
  if (message === undefined || message.$typeName !== schema.typeName) {
    throw new InvalidResponseError(`the response to message ${msgIndex} of ${result.hash}`, response?.typeUrl);
  }
  return message;
}
