import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgRedelegateSchema } from "@persistence-sdk/proto/alliance/alliance";
import { accountArg, chainOf, coinArg, type HasChain, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link buildRedelegate}. */
export interface BuildRedelegateParams {
  /** The staker's account address; it signs the transaction. */
  readonly delegator: string;
  /** The operator address of the validator the stake leaves. */
  readonly srcValidator: string;
  /** The operator address of the validator the stake goes to (not the source). */
  readonly dstValidator: string;
  /** What to move, in base units. */
  readonly amount: Coin;
}

/**
 * A `MsgRedelegate`: moves `amount` from one validator to another without unbonding. Checks every field first
 * (including source ≠ destination) and throws a typed error naming the field otherwise.
 */
export function buildRedelegate(
  context: HasChain,
  params: BuildRedelegateParams,
): TxMessage<typeof MsgRedelegateSchema> {
  const chain = chainOf(context, "buildRedelegate");
  paramsArg(params, "buildRedelegate");
  const delegatorAddress = accountArg(chain, params.delegator, "delegator");
  const validatorSrcAddress = validatorArg(chain, params.srcValidator, "srcValidator");
  const validatorDstAddress = validatorArg(chain, params.dstValidator, "dstValidator");
  if (validatorSrcAddress === validatorDstAddress) {
    throw new ClientError("ALLIANCE_SELF_REDELEGATION", "cannot redelegate to the same validator", {
      field: "dstValidator",
      value: validatorDstAddress,
      fix: "Pick a destination validator other than the source.",
    });
  }
  return txMessage(MsgRedelegateSchema, {
    delegatorAddress,
    validatorSrcAddress,
    validatorDstAddress,
    amount: coinToProto(coinArg(params.amount, "amount")),
  });
}
