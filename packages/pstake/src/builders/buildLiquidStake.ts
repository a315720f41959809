import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgLiquidStakeSchema } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { accountArg, bondCoinArg, chainOf, type HasChain, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildLiquidStake}. */
export interface BuildLiquidStakeParams {
  /** The staker's account address; it signs the transaction. */
  readonly delegator: string;
  /** XPRT to stake: the chain's bond denom (uxprt) and a positive bigint amount in base units. */
  readonly amount: Coin;
}

/**
 * An x/liquidstake `MsgLiquidStake`: stakes XPRT for stkXPRT. Checks every field against the chain of `context` (a
 * client, or `{ chain }`) first: the denom must be the bond denom (an `ibc/` token belongs to `buildLiquidStakeIbc`,
 * a `stk/` one is unstaked), the amount a positive bigint within 256 bits.
 *
 * @example
 * buildLiquidStake(client, { delegator, amount: { denom: "uxprt", amount: 5_000_000n } })
 */
export function buildLiquidStake(
  context: HasChain,
  params: BuildLiquidStakeParams,
): TxMessage<typeof MsgLiquidStakeSchema> {
  const chain = chainOf(context, "buildLiquidStake");
  paramsArg(params, "buildLiquidStake");
  return txMessage(MsgLiquidStakeSchema, {
    delegatorAddress: accountArg(chain, params.delegator, "delegator"),
    amount: coinToProto(bondCoinArg(chain, params.amount, "amount")),
  });
}
