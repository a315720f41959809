import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgHarvestSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildHarvest}. */
export interface BuildHarvestParams {
  /** The signing account. */
  readonly sender: string;
  /** The basket's id. */
  readonly basketId: bigint;
}

/** A `MsgHarvest` (§5): claims the vault's Alliance restaking rewards into its reward pool and raises the reward index. Anyone may sign. */
export function buildHarvest(context: HasChain, params: BuildHarvestParams): TxMessage<typeof MsgHarvestSchema> {
  const chain = chainOf(context, "buildHarvest");
  paramsArg(params, "buildHarvest");
  return txMessage(MsgHarvestSchema, {
    sender: accountArg(chain, params.sender, "sender"),
    basketId: idArg(params.basketId, "basketId"),
  });
}
