import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { buildRedeemIbc } from "../builders/buildRedeemIbc.js";
import {
  type ActionOptions,
  attributeOf,
  eventOfMessage,
  parseCoinString,
  sendPstakeTx,
  signerAddressOf,
} from "../internal/actions.js";
import { paramsArg, stkCoinArg } from "../internal/validate.js";
import { planRedeemIbc } from "../previews/previewRedeemIbc.js";

/** Parameters of {@link redeemIbc}. The holder is the client's signer. */
export interface RedeemIbcParams extends ActionOptions {
  /** The stkASSET to redeem at once (`HostChain.mintDenom`). */
  readonly amount: Coin;
}

/** What {@link redeemIbc} did. */
export interface RedeemIbcResult {
  /** The included transaction. */
  readonly tx: TxResult;
  /** The holder. */
  readonly delegator: string;
  /** The host chain. */
  readonly chainId: string;
  /** The stkASSET sent. */
  readonly amount: Coin;
  /** The redemption fee, in stkASSET. */
  readonly fee: Coin;
  /** stkASSET burned (amount − fee). */
  readonly burnAmount: Coin;
  /** Host tokens paid, as the IBC voucher (`HostChain.ibcDenom`). */
  readonly redeemed: Coin;
}

/**
 * Instantly redeems a stkASSET for the host token's voucher (x/liquidstakeibc MsgRedeem), paid from the current
 * deposits, with the redemption fee; signed by the client's signer. Refused before signing: wrong denom, bad amounts,
 * an unknown or inactive host chain, and `INSUFFICIENT_LIQUIDITY` when the current deposits cannot pay (the preview's
 * `availableDeposits`; use `liquidUnstakeIbc` then).
 */
export async function redeemIbc(client: Client, params: RedeemIbcParams): Promise<RedeemIbcResult> {
  paramsArg(params, "redeemIbc");
  const delegator = await signerAddressOf(client, "redeemIbc");
  const { hostChain } = await planRedeemIbc(client, stkCoinArg(client.chain, params.amount, "amount"));
  const message = buildRedeemIbc(client, { delegator, amount: params.amount, hostChain });
  const amount = { denom: message.value.amount!.denom, amount: params.amount.amount };
  const tx = await sendPstakeTx(client, [message], params);
  const event = eventOfMessage(tx, "redeem", 0);
  const fee = parseCoinString(attributeOf(event, "pstake_redeem_fee"), "redeem.pstake_redeem_fee");
  const output = parseCoinString(attributeOf(event, "output_amount"), "redeem.output_amount");
  return Object.freeze({
    tx,
    delegator,
    chainId: hostChain.chainId,
    amount,
    fee,
    burnAmount: Object.freeze({ denom: amount.denom, amount: amount.amount - fee.amount }),
    redeemed: Object.freeze({ denom: hostChain.ibcDenom, amount: output.amount }),
  });
}
