import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { buildLiquidUnstakeIbc } from "../builders/buildLiquidUnstakeIbc.js";
import {
  type ActionOptions,
  attributeOf,
  eventOfMessage,
  parseCoinString,
  sendPstakeTx,
  signerAddressOf,
} from "../internal/actions.js";
import { hostChainOfMintDenom } from "../internal/hostChains.js";
import { paramsArg, stkCoinArg } from "../internal/validate.js";

/** Parameters of {@link liquidUnstakeIbc}. The holder is the client's signer. */
export interface LiquidUnstakeIbcParams extends ActionOptions {
  /** The stkASSET to unstake (`HostChain.mintDenom`), at least the host chain's minimum deposit. */
  readonly amount: Coin;
}

/** What {@link liquidUnstakeIbc} did. */
export interface LiquidUnstakeIbcResult {
  /** The included transaction. */
  readonly tx: TxResult;
  /** The holder. */
  readonly delegator: string;
  /** The host chain. */
  readonly chainId: string;
  /** The stkASSET sent. */
  readonly amount: Coin;
  /** The unstake fee, in stkASSET. */
  readonly fee: Coin;
  /** stkASSET burned when the epoch's undelegation is sent (amount − fee). */
  readonly unstakeAmount: Coin;
  /** Host tokens the user claims after the unbonding (host denom; paid as the IBC voucher). */
  readonly unbondAmount: Coin;
  /** The unbonding epoch it joined. */
  readonly unbondingEpoch: bigint;
}

/**
 * Unstakes a stkASSET (x/liquidstakeibc MsgLiquidUnstake), signed by the client's signer: it joins the next unbonding
 * epoch, and the host tokens are paid once that epoch's host unbonding matures (`expectedIbcClaimTime`). Refused
 * before signing: a denom that is not a registered stkASSET (stk/uxprt names liquidUnstake), bad amounts, an inactive
 * host chain, below the minimum deposit. `INSUFFICIENT_LIQUIDITY` from the chain when the epoch's unbondings would
 * reach the host delegations.
 */
export async function liquidUnstakeIbc(
  client: Client,
  params: LiquidUnstakeIbcParams,
): Promise<LiquidUnstakeIbcResult> {
  paramsArg(params, "liquidUnstakeIbc");
  const delegator = await signerAddressOf(client, "liquidUnstakeIbc");
  const hostChain = await hostChainOfMintDenom(client, stkCoinArg(client.chain, params.amount, "amount").denom);
  const message = buildLiquidUnstakeIbc(client, { delegator, amount: params.amount, hostChain });
  const amount = { denom: message.value.amount!.denom, amount: params.amount.amount };
  const tx = await sendPstakeTx(client, [message], params);
  const event = eventOfMessage(tx, "liquid_unstake", 0);
  const fee = parseCoinString(attributeOf(event, "pstake_unstake_fee"), "liquid_unstake.pstake_unstake_fee");
  return Object.freeze({
    tx,
    delegator,
    chainId: hostChain.chainId,
    amount,
    fee,
    unstakeAmount: Object.freeze({ denom: amount.denom, amount: amount.amount - fee.amount }),
    unbondAmount: parseCoinString(attributeOf(event, "output_amount"), "liquid_unstake.output_amount"),
    unbondingEpoch: BigInt(attributeOf(event, "undelegation_epoch")),
  });
}
