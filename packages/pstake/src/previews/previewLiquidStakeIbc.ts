import type { Client } from "@persistence-sdk/client";
import { type Coin, type Dec, liquidStakeIbcMintAmounts } from "@persistence-sdk/core";
import { checkHostChain, hostChainOfIbcDenom } from "../internal/hostChains.js";
import { asPstake } from "../internal/liquidStakeState.js";
import { latestBlock } from "../internal/state.js";
import { ibcCoinArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link previewLiquidStakeIbc}. */
export interface PreviewLiquidStakeIbcParams {
  /** The host token to stake, as its IBC voucher (`HostChain.ibcDenom`). */
  readonly amount: Coin;
}

/** What an x/liquidstakeibc liquid stake would do. */
export interface LiquidStakeIbcPreview {
  /** The host chain the voucher belongs to. */
  readonly chainId: string;
  /** The voucher staked. */
  readonly amount: Coin;
  /** stkASSET minted: `TruncateInt(amount × cValue)`. */
  readonly mintAmount: bigint;
  /** The deposit fee, in stkASSET: `TruncateInt(depositFee × mintAmount)`, to the fee address. */
  readonly fee: Coin;
  /** What the staker receives: `mintAmount − fee`. */
  readonly received: Coin;
  /** stkASSET per host token used. */
  readonly cValue: Dec;
  /** Host token per stkASSET. */
  readonly redemptionRate: Dec;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * Previews `liquidStakeIbc` with core's `liquidStakeIbcMintAmounts` on the host chain read at the latest height: the
 * stkASSET minted, the deposit fee and what the staker receives. Checks first, as typed errors:
 * `UnknownHostChainError` (a voucher no host chain has), `HostChainInactiveError`, `BELOW_MINIMUM`. Exact while the
 * c-value does not move before the transaction executes (it moves on the hourly c-value epoch).
 */
export async function previewLiquidStakeIbc(
  client: Client,
  params: PreviewLiquidStakeIbcParams,
): Promise<LiquidStakeIbcPreview> {
  paramsArg(params, "previewLiquidStakeIbc");
  const amount = ibcCoinArg(client.chain, params.amount, "amount");
  const block = await latestBlock(client);
  const hostChain = await hostChainOfIbcDenom(client, amount.denom, { height: block.height });
  checkHostChain(hostChain, amount, "liquidStake", "amount");
  const minted = asPstake(() =>
    liquidStakeIbcMintAmounts({
      amount: amount.amount,
      cValue: hostChain.cValue,
      depositFee: hostChain.params.depositFee,
      minimumDeposit: hostChain.minimumDeposit,
    }),
  );
  const denom = hostChain.mintDenom;
  return Object.freeze({
    chainId: hostChain.chainId,
    amount,
    mintAmount: minted.mintAmount,
    fee: Object.freeze({ denom, amount: minted.fee }),
    received: Object.freeze({ denom, amount: minted.received }),
    cValue: hostChain.cValue,
    redemptionRate: hostChain.redemptionRate,
    height: block.height,
  });
}
