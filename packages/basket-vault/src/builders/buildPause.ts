import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgPauseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildPause}. */
export interface BuildPauseParams {
  /** The basket's guardian, or the module authority; it signs. */
  readonly guardian: string;
  /** The basket's id. */
  readonly basketId: bigint;
}

/**
 * A `MsgPause` (§8, guardian): stops deposits, instant redemptions and cuts; redeem requests, cancels, claims,
 * rate posts, harvests and reward claims go on.
 */
export function buildPause(context: HasChain, params: BuildPauseParams): TxMessage<typeof MsgPauseSchema> {
  const chain = chainOf(context, "buildPause");
  paramsArg(params, "buildPause");
  return txMessage(MsgPauseSchema, {
    guardian: accountArg(chain, params.guardian, "guardian"),
    basketId: idArg(params.basketId, "basketId"),
  });
}
