import type { Client } from "@persistence-sdk/client";
import {
  type Coin,
  type Dec,
  liquidStakeIbcCurrentUnbondingEpoch,
  liquidStakeIbcTotalDelegations,
  liquidStakeIbcUnstakeAmounts,
} from "@persistence-sdk/core";
import { hostUnbondingSecondsOf } from "../chains.js";
import { checkHostChain, hostChainOfMintDenom } from "../internal/hostChains.js";
import {
  currentEpochFromDeposits,
  type DayEpoch,
  dayEpochArg,
  estimateClaim,
  type IbcClaimEstimate,
} from "../internal/ibcClaim.js";
import { asPstake } from "../internal/liquidStakeState.js";
import { latestBlock } from "../internal/state.js";
import { counterArg, paramsArg, stkCoinArg } from "../internal/validate.js";
import { getHostChainDeposits } from "../queries/getHostChainDeposits.js";
import { getHostChainUnbonding } from "../queries/getHostChainUnbonding.js";

/** Parameters of {@link previewLiquidUnstakeIbc}. */
export interface PreviewLiquidUnstakeIbcParams {
  /** The stkASSET to unstake. */
  readonly amount: Coin;
  /**
   * x/epochs' `day` epoch (number and start time), for an exact claim estimate. Without it the current epoch is the
   * newest deposit record's and the claim date a window one epoch wide (`basis: "epochWindow"`).
   */
  readonly dayEpoch?: DayEpoch;
  /** The host chain's unbonding time in seconds (default: the chain config's pSTAKE settings, 21 days). */
  readonly hostUnbondingSeconds?: bigint;
}

/** What an x/liquidstakeibc liquid unstake would do. */
export interface LiquidUnstakeIbcPreview {
  /** The host chain. */
  readonly chainId: string;
  /** The stkASSET sent. */
  readonly amount: Coin;
  /** The unstake fee, in stkASSET: `TruncateInt(unstakeFee × amount)`, to the fee address. */
  readonly fee: Coin;
  /** stkASSET burned when the epoch's undelegation is sent: `amount − fee`. */
  readonly unstakeAmount: Coin;
  /** Host tokens the user claims: `TruncateInt(unstakeAmount × 1.Quo(cValue))` (paid as the IBC voucher). */
  readonly unbondAmount: Coin;
  /** The unbonding epoch it joins (the next multiple of the unbonding factor). */
  readonly unbondingEpoch: bigint;
  /** When it is expected to be claimable. */
  readonly expectedClaim: IbcClaimEstimate;
  /** stkASSET per host token used. */
  readonly cValue: Dec;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * Previews `liquidUnstakeIbc` with core's `liquidStakeIbcUnstakeAmounts` (fee, burn, host tokens out, and the
 * chain's check that the epoch's unbondings stay below the host delegations) and the expected claim date (core's
 * `liquidStakeIbcExpectedClaimTime`). Refusals first: `UnknownHostChainError`, `HostChainInactiveError`,
 * `BELOW_MINIMUM`, `INSUFFICIENT_LIQUIDITY`.
 */
export async function previewLiquidUnstakeIbc(
  client: Client,
  params: PreviewLiquidUnstakeIbcParams,
): Promise<LiquidUnstakeIbcPreview> {
  paramsArg(params, "previewLiquidUnstakeIbc");
  const amount = stkCoinArg(client.chain, params.amount, "amount");
  const dayEpoch = params.dayEpoch === undefined ? undefined : dayEpochArg(params.dayEpoch);
  const block = await latestBlock(client);
  const at = { height: block.height };
  const hostChain = await hostChainOfMintDenom(client, amount.denom, at);
  checkHostChain(hostChain, amount, "liquidUnstake", "amount");
  const hostUnbondingSeconds =
    params.hostUnbondingSeconds === undefined
      ? hostUnbondingSecondsOf(client, hostChain.chainId)
      : counterArg(params.hostUnbondingSeconds, "hostUnbondingSeconds", "1814400n");
  const deposits = await getHostChainDeposits(client, { chainId: hostChain.chainId, ...at });
  const currentEpoch = dayEpoch?.currentEpoch ?? currentEpochFromDeposits(deposits) ?? 0n;
  const unbondingEpoch = liquidStakeIbcCurrentUnbondingEpoch(hostChain.unbondingFactor, currentEpoch);
  const queued = await getHostChainUnbonding(client, { chainId: hostChain.chainId, epoch: unbondingEpoch, ...at });
  const amounts = asPstake(() =>
    liquidStakeIbcUnstakeAmounts({
      amount: amount.amount,
      cValue: hostChain.cValue,
      unstakeFee: hostChain.params.unstakeFee,
      minimumDeposit: hostChain.minimumDeposit,
      totalDelegations: liquidStakeIbcTotalDelegations(hostChain.validators),
      epochUnbondAmount: queued?.unbondAmount.amount ?? 0n,
    }),
  );
  const stk = hostChain.mintDenom;
  return Object.freeze({
    chainId: hostChain.chainId,
    amount,
    fee: Object.freeze({ denom: stk, amount: amounts.fee }),
    unstakeAmount: Object.freeze({ denom: stk, amount: amounts.unstakeAmount }),
    unbondAmount: Object.freeze({ denom: hostChain.hostDenom, amount: amounts.unbondAmount }),
    unbondingEpoch,
    expectedClaim: estimateClaim({
      unbondingEpoch,
      unbondingFactor: hostChain.unbondingFactor,
      currentEpoch,
      unbonding: queued,
      dayEpoch,
      now: block.time,
      hostUnbondingSeconds,
    }),
    cValue: hostChain.cValue,
    height: block.height,
  });
}
