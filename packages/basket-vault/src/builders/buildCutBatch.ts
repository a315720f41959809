import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgCutBatchSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildCutBatch}. */
export interface BuildCutBatchParams {
  /** The signing account. */
  readonly sender: string;
  /** The basket's id. */
  readonly basketId: bigint;
}

/** A `MsgCutBatch` (§3): cuts the basket's open batch once epochSeconds have passed (fresh rates, nothing HALTED, ACTIVE). Anyone may sign. */
export function buildCutBatch(context: HasChain, params: BuildCutBatchParams): TxMessage<typeof MsgCutBatchSchema> {
  const chain = chainOf(context, "buildCutBatch");
  paramsArg(params, "buildCutBatch");
  return txMessage(MsgCutBatchSchema, {
    sender: accountArg(chain, params.sender, "sender"),
    basketId: idArg(params.basketId, "basketId"),
  });
}
