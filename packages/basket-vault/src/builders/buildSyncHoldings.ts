import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgSyncHoldingsSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildSyncHoldings}. */
export interface BuildSyncHoldingsParams {
  /** The signing account. */
  readonly sender: string;
  /** The basket's id. */
  readonly basketId: bigint;
}

/** A `MsgSyncHoldings` (§5, §7): re-reads the vault's Alliance delegation balances into its holdings (take rate and slashing lower them) and runs the performance fee. Anyone may sign. */
export function buildSyncHoldings(
  context: HasChain,
  params: BuildSyncHoldingsParams,
): TxMessage<typeof MsgSyncHoldingsSchema> {
  const chain = chainOf(context, "buildSyncHoldings");
  paramsArg(params, "buildSyncHoldings");
  return txMessage(MsgSyncHoldingsSchema, {
    sender: accountArg(chain, params.sender, "sender"),
    basketId: idArg(params.basketId, "basketId"),
  });
}
