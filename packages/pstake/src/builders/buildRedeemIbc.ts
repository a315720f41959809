import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgRedeemSchema } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { checkHostChain } from "../internal/hostChains.js";
import { accountArg, chainOf, type HasChain, paramsArg, stkCoinArg } from "../internal/validate.js";
import type { HostChain } from "../types.js";

/** Parameters of {@link buildRedeemIbc}. */
export interface BuildRedeemIbcParams {
  /** The holder's account address; it signs the transaction. */
  readonly delegator: string;
  /** The stkASSET to redeem at once (`HostChain.mintDenom`), in base units. */
  readonly amount: Coin;
  /** The host chain; when given, checked: its stkASSET and active. */
  readonly hostChain?: HostChain;
}

/**
 * An x/liquidstakeibc `MsgRedeem`: instant redemption of stkASSET for the host token's voucher, paid from the current
 * epoch's deposits, with the redemption fee. Checked first like {@link buildLiquidUnstakeIbc} (no minimum applies).
 */
export function buildRedeemIbc(context: HasChain, params: BuildRedeemIbcParams): TxMessage<typeof MsgRedeemSchema> {
  const chain = chainOf(context, "buildRedeemIbc");
  paramsArg(params, "buildRedeemIbc");
  const delegatorAddress = accountArg(chain, params.delegator, "delegator");
  const amount = stkCoinArg(chain, params.amount, "amount");
  if (params.hostChain !== undefined) checkHostChain(params.hostChain, amount, "redeem", "amount");
  return txMessage(MsgRedeemSchema, { delegatorAddress, amount: coinToProto(amount) });
}
