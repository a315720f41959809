import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgClaimDelegationRewardsSchema } from "@persistence-sdk/proto/alliance/alliance";
import { accountArg, chainOf, denomArg, type HasChain, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link buildClaimDelegationRewards}. */
export interface BuildClaimDelegationRewardsParams {
  /** The staker's account address; it signs the transaction and receives the rewards. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** The Alliance asset of the delegation. */
  readonly denom: string;
}

/**
 * A `MsgClaimDelegationRewards`: pays out the rewards of one delegation (one validator, one asset). Checks every
 * field first and throws a typed error naming the field otherwise.
 */
export function buildClaimDelegationRewards(
  context: HasChain,
  params: BuildClaimDelegationRewardsParams,
): TxMessage<typeof MsgClaimDelegationRewardsSchema> {
  const chain = chainOf(context, "buildClaimDelegationRewards");
  paramsArg(params, "buildClaimDelegationRewards");
  return txMessage(MsgClaimDelegationRewardsSchema, {
    delegatorAddress: accountArg(chain, params.delegator, "delegator"),
    validatorAddress: validatorArg(chain, params.validator, "validator"),
    denom: denomArg(params.denom, "denom"),
  });
}
