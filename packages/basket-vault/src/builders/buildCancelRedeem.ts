import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgCancelRedeemSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildCancelRedeem}. */
export interface BuildCancelRedeemParams {
  /** The request's owner; it signs. */
  readonly owner: string;
  /** The PENDING request to cancel. */
  readonly requestId: bigint;
}

/** A `MsgCancelRedeem` (§3): returns the escrowed shares of a PENDING request to its owner. */
export function buildCancelRedeem(
  context: HasChain,
  params: BuildCancelRedeemParams,
): TxMessage<typeof MsgCancelRedeemSchema> {
  const chain = chainOf(context, "buildCancelRedeem");
  paramsArg(params, "buildCancelRedeem");
  return txMessage(MsgCancelRedeemSchema, {
    owner: accountArg(chain, params.owner, "owner"),
    requestId: idArg(params.requestId, "requestId"),
  });
}
