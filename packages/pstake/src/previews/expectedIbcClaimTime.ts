import type { Client } from "@persistence-sdk/client";
import { liquidStakeIbcCurrentUnbondingEpoch } from "@persistence-sdk/core";
import { hostUnbondingSecondsOf } from "../chains.js";
import { hostChainById } from "../internal/hostChains.js";
import {
  currentEpochFromDeposits,
  type DayEpoch,
  dayEpochArg,
  estimateClaim,
  type IbcClaimEstimate,
} from "../internal/ibcClaim.js";
import { latestBlock } from "../internal/state.js";
import { chainIdArg, counterArg, paramsArg } from "../internal/validate.js";
import { getHostChainDeposits } from "../queries/getHostChainDeposits.js";
import { getHostChainUnbonding } from "../queries/getHostChainUnbonding.js";

/** Parameters of {@link expectedIbcClaimTime}. */
export interface ExpectedIbcClaimTimeParams {
  /** The host chain. */
  readonly chainId: string;
  /** The unbonding epoch (`UserUnbonding.epochNumber`); default: the one an unstake made now joins. */
  readonly epoch?: bigint;
  /** x/epochs' `day` epoch, for an exact estimate before the undelegation is sent. */
  readonly dayEpoch?: DayEpoch;
  /** The host chain's unbonding time in seconds (default: the chain config's pSTAKE settings, 21 days). */
  readonly hostUnbondingSeconds?: bigint;
}

/**
 * When the host tokens of an unbonding epoch become claimable (paid by the first block after it): the Unbonding's
 * mature time once the undelegation was sent (exact), else core's `liquidStakeIbcExpectedClaimTime` from the epoch
 * schedule (see `IbcClaimEstimate.basis`).
 *
 * @example
 * const [mine] = await getLiquidStakeIbcUserUnbondings(client, { delegator });
 * const { claimableTime } = await expectedIbcClaimTime(client, { chainId: mine.chainId, epoch: mine.epochNumber });
 */
export async function expectedIbcClaimTime(
  client: Client,
  params: ExpectedIbcClaimTimeParams,
): Promise<IbcClaimEstimate> {
  paramsArg(params, "expectedIbcClaimTime");
  const chainId = chainIdArg(params.chainId);
  const dayEpoch = params.dayEpoch === undefined ? undefined : dayEpochArg(params.dayEpoch);
  const block = await latestBlock(client);
  const at = { height: block.height };
  const hostChain = await hostChainById(client, chainId, at);
  const deposits = await getHostChainDeposits(client, { chainId, ...at });
  const currentEpoch = dayEpoch?.currentEpoch ?? currentEpochFromDeposits(deposits) ?? 0n;
  const unbondingEpoch =
    params.epoch === undefined
      ? liquidStakeIbcCurrentUnbondingEpoch(hostChain.unbondingFactor, currentEpoch)
      : counterArg(params.epoch, "epoch", "12n");
  const unbonding = await getHostChainUnbonding(client, { chainId, epoch: unbondingEpoch, ...at });
  return estimateClaim({
    unbondingEpoch,
    unbondingFactor: hostChain.unbondingFactor,
    currentEpoch,
    unbonding,
    dayEpoch,
    now: block.time,
    hostUnbondingSeconds:
      params.hostUnbondingSeconds === undefined
        ? hostUnbondingSecondsOf(client, chainId)
        : counterArg(params.hostUnbondingSeconds, "hostUnbondingSeconds", "1814400n"),
  });
}
