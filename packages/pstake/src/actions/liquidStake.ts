import type { Client, TxResult } from "@persistence-sdk/client";
import { type Coin, checkLiquidStakeMinAmount, Dec } from "@persistence-sdk/core";
import { buildLiquidStake } from "../builders/buildLiquidStake.js";
import {
  type ActionOptions,
  attributeOf,
  eventOfMessage,
  parseCoinString,
  sendPstakeTx,
  signerAddressOf,
} from "../internal/actions.js";
import { asPstake, checkNotPaused } from "../internal/liquidStakeState.js";
import { paramsArg } from "../internal/validate.js";
import { getLiquidStakeParams } from "../queries/getLiquidStakeParams.js";

/** Parameters of {@link liquidStake}. The staker is the client's signer. */
export interface LiquidStakeParams extends ActionOptions {
  /** XPRT to stake: the bond denom (uxprt) and a positive bigint amount in base units. */
  readonly amount: Coin;
}

/** What {@link liquidStake} did. */
export interface LiquidStakeResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The staker: the client's signer. */
  readonly delegator: string;
  /** The XPRT staked. */
  readonly amount: Coin;
  /** The stkXPRT minted to the staker (the `liquid_stake` event). */
  readonly minted: Coin;
  /** stkXPRT per XPRT this stake got: minted / staked (the event's `c_value`; not the state's mint rate). */
  readonly observedRate: Dec;
}

/** The result of message `msgIndex` of a transaction that liquid staked `amount`. */
export function liquidStakeResultOf(
  tx: TxResult,
  delegator: string,
  amount: Coin,
  msgIndex: number,
): LiquidStakeResult {
  const event = eventOfMessage(tx, "liquid_stake", msgIndex);
  return Object.freeze({
    tx,
    delegator,
    amount,
    minted: parseCoinString(attributeOf(event, "stkxprt_minted_amount"), "liquid_stake.stkxprt_minted_amount"),
    observedRate: Dec.fromString(attributeOf(event, "c_value"), "liquid_stake.c_value"),
  });
}

/** Checks a liquid stake against x/liquidstake's params before anything is signed: not paused, at least the minimum. */
export async function checkLiquidStakeParams(client: Client, amount: Coin): Promise<void> {
  const params = await getLiquidStakeParams(client);
  checkNotPaused(params);
  asPstake(() => checkLiquidStakeMinAmount(amount.amount, params.minLiquidStakeAmount));
}

/**
 * Liquid stakes XPRT into stkXPRT (x/liquidstake MsgLiquidStake), signed by the client's signer (direct or amino
 * JSON). Refused before signing: a denom other than the bond denom (`INVALID_DENOM`, naming the function to use), bad
 * amounts, a paused module (`MODULE_PAUSED`), an amount below the minimum (`BELOW_MINIMUM`). Chain refusals throw
 * `PstakeTxError`. `previewLiquidStake` says what it will mint.
 *
 * @example
 * const { minted } = await liquidStake(client, { amount: { denom: "uxprt", amount: 5_000_000n } });
 */
export async function liquidStake(client: Client, params: LiquidStakeParams): Promise<LiquidStakeResult> {
  paramsArg(params, "liquidStake");
  const delegator = await signerAddressOf(client, "liquidStake");
  const message = buildLiquidStake(client, { delegator, amount: params.amount });
  const amount = { denom: message.value.amount!.denom, amount: params.amount.amount };
  await checkLiquidStakeParams(client, amount);
  const tx = await sendPstakeTx(client, [message], params);
  return liquidStakeResultOf(tx, delegator, amount, 0);
}
