import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgUnpauseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildUnpause}. */
export interface BuildUnpauseParams {
  /** The module authority; it signs. */
  readonly authority: string;
  /** The basket's id. */
  readonly basketId: bigint;
}

/** A `MsgUnpause` (§8, authority only): makes a paused basket ACTIVE again. */
export function buildUnpause(context: HasChain, params: BuildUnpauseParams): TxMessage<typeof MsgUnpauseSchema> {
  const chain = chainOf(context, "buildUnpause");
  paramsArg(params, "buildUnpause");
  return txMessage(MsgUnpauseSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    basketId: idArg(params.basketId, "basketId"),
  });
}
