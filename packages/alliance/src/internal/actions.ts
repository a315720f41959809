// What every action shares: the signer's address, one `sendTx` with Alliance refusals typed, and the events of one
// message of the result.
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import {
  type Client,
  findTypedEvents,
  resolveSigner,
  type SendTxParams,
  sendTx,
  type TxMessage,
  type TxResult,
} from "@persistence-sdk/client";
import { addCoins, type Coin, coinFromProto } from "@persistence-sdk/core";
import { ClaimAllianceRewardsEventSchema } from "@persistence-sdk/proto/alliance/alliance";
import { allianceErrorOf } from "../errors.js";

/** Transaction options every action takes, passed to `sendTx` as they are. */
export type ActionOptions = Pick<SendTxParams, "memo" | "fee" | "timeoutHeight" | "onStatus">;

/** The address that signs for `client` (the delegator of every action). Throws `NO_SIGNER` without a signer. */
export async function signerAddressOf(client: Client, action: string): Promise<string> {
  return (await resolveSigner(client, action)).address;
}

/** `sendTx` with the action's options; a chain refusal x/alliance names becomes an `AllianceTxError`. */
export async function sendAllianceTx(
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
    throw allianceErrorOf(error);
  }
}

/**
 * The typed events of `schema` emitted by message `msgIndex` of a transaction. Chains on SDK ≥ 0.50 tag events with
 * `msg_index`; older ones do not, and there the events of the type are matched to messages in order.
 */
export function eventsOfMessage<Desc extends DescMessage>(
  result: TxResult,
  schema: Desc,
  msgIndex: number,
): MessageShape<Desc>[] {
  const tagged = result.events.some((event) => event.attributes.msg_index !== undefined);
  if (tagged || result.msgResponses.length <= 1)
    return findTypedEvents(result.events, schema, tagged ? msgIndex : undefined);
  const all = findTypedEvents(result.events, schema);
  return all.length === result.msgResponses.length && all[msgIndex] !== undefined ? [all[msgIndex]] : [];
}

/** The rewards x/alliance paid while executing message `msgIndex` (ClaimAllianceRewardsEvent), merged by denom. */
export function claimedRewardsOf(result: TxResult, msgIndex: number): Coin[] {
  let total: readonly Coin[] = [];
  for (const event of eventsOfMessage(result, ClaimAllianceRewardsEventSchema, msgIndex)) {
    total = addCoins(
      total,
      event.coins.map((coin, i) => coinFromProto(coin, `ClaimAllianceRewardsEvent.coins[${i}]`)),
    );
  }
  return [...total];
}
