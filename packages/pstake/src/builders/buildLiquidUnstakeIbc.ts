import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgLiquidUnstakeSchema } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { checkHostChain } from "../internal/hostChains.js";
import { accountArg, chainOf, type HasChain, paramsArg, stkCoinArg } from "../internal/validate.js";
import type { HostChain } from "../types.js";

/** Parameters of {@link buildLiquidUnstakeIbc}. */
export interface BuildLiquidUnstakeIbcParams {
  /** The holder's account address; it signs the transaction. */
  readonly delegator: string;
  /** The stkASSET to unstake (`HostChain.mintDenom`, `stk/uatom`...), in base units. */
  readonly amount: Coin;
  /** The host chain; when given, checked: its stkASSET, active, at least the minimum deposit (in stk units). */
  readonly hostChain?: HostChain;
}

/**
 * An x/liquidstakeibc `MsgLiquidUnstake`: queues stkASSET for the next unbonding epoch; the host tokens are claimable
 * after the host chain's unbonding. Checked first: a `stk/` denom that is not stkXPRT (`buildLiquidUnstake` takes
 * that), a positive amount; with `hostChain`, the chain's rules.
 */
export function buildLiquidUnstakeIbc(
  context: HasChain,
  params: BuildLiquidUnstakeIbcParams,
): TxMessage<typeof MsgLiquidUnstakeSchema> {
  const chain = chainOf(context, "buildLiquidUnstakeIbc");
  paramsArg(params, "buildLiquidUnstakeIbc");
  const delegatorAddress = accountArg(chain, params.delegator, "delegator");
  const amount = stkCoinArg(chain, params.amount, "amount");
  if (params.hostChain !== undefined) checkHostChain(params.hostChain, amount, "liquidUnstake", "amount");
  return txMessage(MsgLiquidUnstakeSchema, { delegatorAddress, amount: coinToProto(amount) });
}
