import type { Client } from "@persistence-sdk/client";
import { type Coin, type Dec, liquidStakeIbcRedeemAmounts } from "@persistence-sdk/core";
import { PstakeError } from "../errors.js";
import { checkHostChain, hostChainOfMintDenom } from "../internal/hostChains.js";
import { latestBlock } from "../internal/state.js";
import { paramsArg, stkCoinArg } from "../internal/validate.js";
import { getHostChainDeposits } from "../queries/getHostChainDeposits.js";
import type { HostChain } from "../types.js";

/** Parameters of {@link previewRedeemIbc}. */
export interface PreviewRedeemIbcParams {
  /** The stkASSET to redeem at once. */
  readonly amount: Coin;
}

/** What an instant redeem would do. */
export interface RedeemIbcPreview {
  /** The host chain. */
  readonly chainId: string;
  /** The stkASSET sent. */
  readonly amount: Coin;
  /** The redemption fee, in stkASSET: `TruncateInt(redemptionFee × amount)`, to the fee address. */
  readonly fee: Coin;
  /** stkASSET burned: `amount − fee`. */
  readonly burnAmount: Coin;
  /** Host tokens paid at once, as the IBC voucher: `TruncateInt((amount − fee).Quo(cValue))`. */
  readonly redeemed: Coin;
  /** Vouchers the current deposits hold (what instant redeems can pay now). */
  readonly availableDeposits: bigint;
  /** stkASSET per host token used. */
  readonly cValue: Dec;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * Previews `redeemIbc` with core's `liquidStakeIbcRedeemAmounts` on the host chain at the latest height, and checks
 * the liquidity the chain pays from: the pending deposit records (AdjustDepositsForRedemption). Refusals first:
 * `UnknownHostChainError`, `HostChainInactiveError`, and `INSUFFICIENT_LIQUIDITY` when the current deposits cannot
 * pay (use `liquidUnstakeIbc` then).
 */
export async function previewRedeemIbc(client: Client, params: PreviewRedeemIbcParams): Promise<RedeemIbcPreview> {
  paramsArg(params, "previewRedeemIbc");
  return (await planRedeemIbc(client, stkCoinArg(client.chain, params.amount, "amount"))).preview;
}

/** The host chain of a redeem and its preview (shared by the preview and the action). */
export async function planRedeemIbc(
  client: Client,
  amount: Coin,
): Promise<{ readonly hostChain: HostChain; readonly preview: RedeemIbcPreview }> {
  const block = await latestBlock(client);
  const at = { height: block.height };
  const hostChain = await hostChainOfMintDenom(client, amount.denom, at);
  checkHostChain(hostChain, amount, "redeem", "amount");
  const amounts = liquidStakeIbcRedeemAmounts({
    amount: amount.amount,
    cValue: hostChain.cValue,
    redemptionFee: hostChain.params.redemptionFee,
  });
  const deposits = await getHostChainDeposits(client, { chainId: hostChain.chainId, ...at });
  const availableDeposits = deposits.filter((d) => d.state === "pending").reduce((sum, d) => sum + d.amount.amount, 0n);
  if (amounts.redeemAmount > availableDeposits) {
    throw new PstakeError("INSUFFICIENT_LIQUIDITY", "the current deposits cannot pay this redeem", {
      field: "amount.amount",
      value: { redeemAmount: amounts.redeemAmount, availableDeposits },
      fix: `Redeem less (the deposits pay at most ${availableDeposits} ${hostChain.hostDenom} now), or unstake with liquidUnstakeIbc.`,
    });
  }
  const stk = hostChain.mintDenom;
  const preview: RedeemIbcPreview = Object.freeze({
    chainId: hostChain.chainId,
    amount,
    fee: Object.freeze({ denom: stk, amount: amounts.fee }),
    burnAmount: Object.freeze({ denom: stk, amount: amounts.burnAmount }),
    redeemed: Object.freeze({ denom: hostChain.ibcDenom, amount: amounts.redeemAmount }),
    availableDeposits,
    cValue: hostChain.cValue,
    height: block.height,
  });
  return { hostChain, preview };
}
