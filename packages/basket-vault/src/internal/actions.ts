// What every action shares: the signer's address, one `sendTx` with the basket vault's refusals typed, the events of
// one message of the result, and the message's response.
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import {
  type Client,
  findTypedEvents,
  InvalidResponseError,
  msgResponseOf,
  resolveSigner,
  type SendTxParams,
  sendTx,
  type TxMessage,
  type TxResult,
} from "@persistence-sdk/client";
import { basketVaultTxErrorOf } from "../errors.js";

/** Transaction options every action takes, passed to `sendTx` as they are. */
export type ActionOptions = Pick<SendTxParams, "memo" | "fee" | "timeoutHeight" | "onStatus">;

/** The address that signs for `client`. Throws `NO_SIGNER` without a signer. */
export async function signerAddressOf(client: Client, action: string): Promise<string> {
  return (await resolveSigner(client, action)).address;
}

/** `sendTx` with the action's options; a chain refusal the basket vault names becomes a `BasketVaultTxError`. */
export async function sendBasketTx(
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
    throw basketVaultTxErrorOf(error);
  }
}

/**
 * The typed events of `schema` emitted by message `msgIndex` of a transaction. Chains on SDK ≥ 0.50 tag events with
 * `msg_index`; older ones do not, and there every event of the type is taken when the transaction has one message
 * of the kind that emits it (the actions send their message last, after any composite messages).
 */
export function eventsOfMessage<Desc extends DescMessage>(
  result: TxResult,
  schema: Desc,
  msgIndex: number,
): MessageShape<Desc>[] {
  const tagged = result.events.some((event) => event.attributes.msg_index !== undefined);
  return findTypedEvents(result.events, schema, tagged ? msgIndex : undefined);
}

/** The first event of `schema` of message `msgIndex`, or `InvalidResponseError` naming the transaction. */
export function eventOf<Desc extends DescMessage>(
  result: TxResult,
  schema: Desc,
  msgIndex: number,
): MessageShape<Desc> {
  const event = eventsOfMessage(result, schema, msgIndex)[0];
  if (event === undefined) {
    throw new InvalidResponseError(`the transaction ${result.hash} (no ${schema.typeName} event)`, result.hash);
  }
  return event;
}

/** The response of message `msgIndex`, decoded; `InvalidResponseError` if the chain sent none. */
export function responseOf<Desc extends DescMessage>(
  result: TxResult,
  schema: Desc,
  msgIndex: number,
): MessageShape<Desc> {
  try {
    return msgResponseOf(result, schema, msgIndex);
  } catch (error) {
    throw new InvalidResponseError(`the transaction ${result.hash} (no ${schema.typeName})`, result.hash, error);
  }
}
