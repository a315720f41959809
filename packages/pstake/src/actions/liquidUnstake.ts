import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { MsgLiquidUnstakeResponseSchema } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { buildLiquidUnstake } from "../builders/buildLiquidUnstake.js";
import {
  type ActionOptions,
  attributeOf,
  eventOfMessage,
  parseCoinString,
  responseOf,
  sendPstakeTx,
  signerAddressOf,
} from "../internal/actions.js";
import { converted, optionalTimestampOf } from "../internal/convert.js";
import { checkNotPaused } from "../internal/liquidStakeState.js";
import { liquidBondCoinArg, paramsArg } from "../internal/validate.js";
import { getLiquidStakeParams } from "../queries/getLiquidStakeParams.js";
import type { ChainTimestamp } from "../types.js";

/** Parameters of {@link liquidUnstake}. The holder is the client's signer. */
export interface LiquidUnstakeParams extends ActionOptions {
  /** stkXPRT to unstake: the liquid bond denom (stk/uxprt) and a positive bigint amount. */
  readonly amount: Coin;
}

/** What {@link liquidUnstake} did. */
export interface LiquidUnstakeResult {
  /** The included transaction. */
  readonly tx: TxResult;
  /** The holder: the client's signer. */
  readonly delegator: string;
  /** The stkXPRT burned. */
  readonly amount: Coin;
  /** XPRT x/staking pays the user at `completionTime` (the sum of the user's new unbonding entries). */
  readonly unbondingAmount: bigint;
  /** XPRT paid at once (only when the pool had nothing delegated). */
  readonly unbondedAmount: bigint;
  /**
   * When the unbondings complete (block time + the staking unbonding time, 21 days on core-1), from
   * MsgLiquidUnstakeResponse; `undefined` when paid at once. `getLiquidUnstakeUnbondings` lists them.
   */
  readonly completionTime: ChainTimestamp | undefined;
}

/**
 * Unstakes stkXPRT (x/liquidstake MsgLiquidUnstake), signed by the client's signer. The XPRT it is worth, after the
 * unstake fee, unbonds as the user's own x/staking unbonding delegations; there is no instant redeem for stkXPRT.
 * Refused before signing: a denom other than the chain's liquid bond denom (`INVALID_DENOM`), bad amounts, a paused
 * module. Chain refusals throw `PstakeTxError` (`EXCEEDS_SUPPLY`, `UNBONDING_ENTRIES_FULL`...).
 */
export async function liquidUnstake(client: Client, params: LiquidUnstakeParams): Promise<LiquidUnstakeResult> {
  paramsArg(params, "liquidUnstake");
  const delegator = await signerAddressOf(client, "liquidUnstake");
  const message = buildLiquidUnstake(client, { delegator, amount: params.amount });
  const moduleParams = await getLiquidStakeParams(client);
  checkNotPaused(moduleParams);
  const amount = liquidBondCoinArg(client.chain, params.amount, "amount", moduleParams.liquidBondDenom);
  const tx = await sendPstakeTx(client, [message], params);
  return liquidUnstakeResultOf(tx, delegator, amount, 0);
}

/** The result of message `msgIndex` of a transaction that liquid unstaked `amount`. */
export function liquidUnstakeResultOf(
  tx: TxResult,
  delegator: string,
  amount: Coin,
  msgIndex: number,
): LiquidUnstakeResult {
  const event = eventOfMessage(tx, "liquid_unstake", msgIndex);
  const response = responseOf(tx, MsgLiquidUnstakeResponseSchema, msgIndex);
  const unbonding = parseCoinString(attributeOf(event, "unbonding_amount"), "liquid_unstake.unbonding_amount");
  const unbonded = parseCoinString(attributeOf(event, "unbonded_amount"), "liquid_unstake.unbonded_amount");
  return Object.freeze({
    tx,
    delegator,
    amount,
    unbondingAmount: unbonding.amount,
    unbondedAmount: unbonded.amount,
    completionTime: converted("MsgLiquidUnstakeResponse.completion_time", response.completionTime, () =>
      unbonding.amount > 0n ? optionalTimestampOf(response.completionTime) : undefined,
    ),
  });
}
