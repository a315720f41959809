import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgDelegateSchema } from "@persistence-sdk/proto/alliance/alliance";
import { accountArg, chainOf, coinArg, type HasChain, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link buildDelegate}. */
export interface BuildDelegateParams {
  /** The staker's account address; it signs the transaction. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** What to stake: an Alliance asset's denom and a positive bigint amount in base units. */
  readonly amount: Coin;
}

/**
 * A `MsgDelegate`: stakes `amount` of an Alliance asset with a validator. Checks every field against the chain of
 * `context` (a client, or `{ chain }`) first and throws a typed error naming the field otherwise.
 *
 * @example
 * buildDelegate(client, { delegator, validator, amount: { denom: "stk/uatom", amount: 1_000_000n } })
 */
export function buildDelegate(context: HasChain, params: BuildDelegateParams): TxMessage<typeof MsgDelegateSchema> {
  const chain = chainOf(context, "buildDelegate");
  paramsArg(params, "buildDelegate");
  return txMessage(MsgDelegateSchema, {
    delegatorAddress: accountArg(chain, params.delegator, "delegator"),
    validatorAddress: validatorArg(chain, params.validator, "validator"),
    amount: coinToProto(coinArg(params.amount, "amount")),
  });
}
