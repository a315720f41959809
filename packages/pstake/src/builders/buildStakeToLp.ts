import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgStakeToLPSchema } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { accountArg, bondCoinArg, chainOf, type HasChain, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link buildStakeToLp}. */
export interface BuildStakeToLpParams {
  /** The delegator's account address; it signs the transaction. */
  readonly delegator: string;
  /** The whitelisted validator the existing delegation is with. */
  readonly validator: string;
  /** How much of that delegation moves to pSTAKE (bond denom). */
  readonly stakedAmount: Coin;
  /** Optional liquid XPRT staked as well (bond denom); its stkXPRT is locked in the LP contract too. */
  readonly liquidAmount?: Coin;
}

/**
 * An x/liquidstake `MsgStakeToLP`: an existing delegation (and optionally liquid XPRT) becomes stkXPRT locked in
 * the chain's LP contract (`cw_locked_pool_address`) for the delegator. Both amounts are checked to be bond-denom
 * coins; the validator an operator address.
 */
export function buildStakeToLp(context: HasChain, params: BuildStakeToLpParams): TxMessage<typeof MsgStakeToLPSchema> {
  const chain = chainOf(context, "buildStakeToLp");
  paramsArg(params, "buildStakeToLp");
  return txMessage(MsgStakeToLPSchema, {
    delegatorAddress: accountArg(chain, params.delegator, "delegator"),
    validatorAddress: validatorArg(chain, params.validator, "validator"),
    stakedAmount: coinToProto(bondCoinArg(chain, params.stakedAmount, "stakedAmount")),
    ...(params.liquidAmount === undefined
      ? {}
      : { liquidAmount: coinToProto(bondCoinArg(chain, params.liquidAmount, "liquidAmount")) }),
  });
}
