import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgLiquidUnstakeSchema } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { accountArg, chainOf, type HasChain, liquidBondCoinArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildLiquidUnstake}. */
export interface BuildLiquidUnstakeParams {
  /** The holder's account address; it signs the transaction. */
  readonly delegator: string;
  /** stkXPRT to burn: the liquid bond denom (stk/uxprt) and a positive bigint amount. */
  readonly amount: Coin;
}

/**
 * An x/liquidstake `MsgLiquidUnstake`: burns stkXPRT; the XPRT it is worth (after the unstake fee) unbonds for 21
 * days as the user's own x/staking unbonding delegations. The denom must be the liquid bond denom of the chain config
 * (`withPstakeSettings`, default `stk/<bondDenom>`); checked first, with the rest of the fields.
 */
export function buildLiquidUnstake(
  context: HasChain,
  params: BuildLiquidUnstakeParams,
): TxMessage<typeof MsgLiquidUnstakeSchema> {
  const chain = chainOf(context, "buildLiquidUnstake");
  paramsArg(params, "buildLiquidUnstake");
  return txMessage(MsgLiquidUnstakeSchema, {
    delegatorAddress: accountArg(chain, params.delegator, "delegator"),
    amount: coinToProto(liquidBondCoinArg(chain, params.amount, "amount")),
  });
}
