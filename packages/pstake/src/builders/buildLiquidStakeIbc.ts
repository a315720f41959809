import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgLiquidStakeSchema } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { checkHostChain } from "../internal/hostChains.js";
import { accountArg, chainOf, type HasChain, ibcCoinArg, paramsArg } from "../internal/validate.js";
import type { HostChain } from "../types.js";

/** Parameters of {@link buildLiquidStakeIbc}. */
export interface BuildLiquidStakeIbcParams {
  /** The staker's account address; it signs the transaction. */
  readonly delegator: string;
  /** The host token to stake, as its IBC voucher (`HostChain.ibcDenom`), in base units. */
  readonly amount: Coin;
  /**
   * The host chain it is for (`getHostChain`). When given, the message is also checked against it: the voucher denom,
   * an active chain (`HostChainInactiveError`) and the minimum deposit (`BELOW_MINIMUM`). Actions always pass it.
   */
  readonly hostChain?: HostChain;
}

/**
 * An x/liquidstakeibc `MsgLiquidStake`: stakes a host token (ATOM...) for its stkASSET. Checked first: the denom
 * must be an IBC voucher (`ibc/` + 64 hex digits; uxprt belongs to `buildLiquidStake`, `stk/` denoms are unstaked),
 * the amount a positive bigint within 256 bits; with `hostChain`, the chain's own rules too.
 *
 * @example
 * buildLiquidStakeIbc(client, { delegator, amount: { denom: hostChain.ibcDenom, amount: 1_000_000n }, hostChain })
 */
export function buildLiquidStakeIbc(
  context: HasChain,
  params: BuildLiquidStakeIbcParams,
): TxMessage<typeof MsgLiquidStakeSchema> {
  const chain = chainOf(context, "buildLiquidStakeIbc");
  paramsArg(params, "buildLiquidStakeIbc");
  const delegatorAddress = accountArg(chain, params.delegator, "delegator");
  const amount = ibcCoinArg(chain, params.amount, "amount");
  if (params.hostChain !== undefined) checkHostChain(params.hostChain, amount, "liquidStake", "amount");
  return txMessage(MsgLiquidStakeSchema, { delegatorAddress, amount: coinToProto(amount) });
}
