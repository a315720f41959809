import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgClaimRewardsSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildClaimRewards}. */
export interface BuildClaimRewardsParams {
  /** The signing account. */
  readonly owner: string;
  /** The basket's id. */
  readonly basketId: bigint;
}

/** A `MsgClaimRewards` (§5): pays a holder the restaking rewards it is owed in one basket. */
export function buildClaimRewards(
  context: HasChain,
  params: BuildClaimRewardsParams,
): TxMessage<typeof MsgClaimRewardsSchema> {
  const chain = chainOf(context, "buildClaimRewards");
  paramsArg(params, "buildClaimRewards");
  return txMessage(MsgClaimRewardsSchema, {
    owner: accountArg(chain, params.owner, "owner"),
    basketId: idArg(params.basketId, "basketId"),
  });
}
