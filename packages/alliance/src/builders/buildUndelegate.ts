import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgUndelegateSchema } from "@persistence-sdk/proto/alliance/alliance";
import { accountArg, chainOf, coinArg, type HasChain, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link buildUndelegate}. */
export interface BuildUndelegateParams {
  /** The staker's account address; it signs the transaction. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** What to unbond, in base units (at most `maxUndelegatable`). */
  readonly amount: Coin;
}

/**
 * A `MsgUndelegate`: starts unbonding `amount` from a validator; the tokens return after the staking unbonding
 * time. Checks every field first and throws a typed error naming the field otherwise.
 */
export function buildUndelegate(
  context: HasChain,
  params: BuildUndelegateParams,
): TxMessage<typeof MsgUndelegateSchema> {
  const chain = chainOf(context, "buildUndelegate");
  paramsArg(params, "buildUndelegate");
  return txMessage(MsgUndelegateSchema, {
    delegatorAddress: accountArg(chain, params.delegator, "delegator"),
    validatorAddress: validatorArg(chain, params.validator, "validator"),
    amount: coinToProto(coinArg(params.amount, "amount")),
  });
}
