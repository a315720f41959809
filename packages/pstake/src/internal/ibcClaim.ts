// When a liquidstakeibc unstake becomes claimable. Once the epoch's undelegation was sent, the chain knows: the
// Unbonding's mature_time (the tokens come back and are paid by the first block after it). Before that it is core's
// estimate from the `day` epoch schedule: the undelegation goes out when the unbonding epoch ends, and matures after
// the host chain's unbonding time. x/epochs is not queryable through this SDK (no proto, no mock module), so the
// current epoch number comes from the newest deposit record (one is created at every `day` epoch start) and its start
// time from the caller; without it the estimate is a window one epoch wide.

import { ClientError } from "@persistence-sdk/client";
import { LIQUID_STAKE_IBC_DAY_EPOCH_SECONDS, liquidStakeIbcExpectedClaimTime } from "@persistence-sdk/core";
import { fromDate, toDate } from "../time.js";
import type { ChainTimestamp, HostChainDeposit, HostChainUnbonding } from "../types.js";
import { counterArg } from "./validate.js";

/** The `day` epoch as x/epochs reports it (EpochInfo of identifier "day"). */
export interface DayEpoch {
  /** current_epoch. */
  readonly currentEpoch: bigint;
  /** current_epoch_start_time. */
  readonly currentEpochStartTime: ChainTimestamp;
}

/** When an unstake's host tokens can be claimed. */
export interface IbcClaimEstimate {
  /** The unbonding epoch the unstake belongs to. */
  readonly unbondingEpoch: bigint;
  /** The `day` epoch now. */
  readonly currentEpoch: bigint;
  /**
   * How the date was found: `matureTime` (the undelegation was sent; exact), `epochSchedule` (core's estimate from the
   * given epoch start), `epochWindow` (start unknown: between `claimableTime` and `latestClaimableTime`).
   */
  readonly basis: "matureTime" | "epochSchedule" | "epochWindow";
  /** When the undelegation is (or was) sent to the host: the end of the unbonding epoch (`undefined` once sent). */
  readonly undelegationTime: ChainTimestamp | undefined;
  /** The earliest time the tokens are claimable; they are paid by the first block after it. */
  readonly claimableTime: ChainTimestamp;
  /** The latest it is expected (equal to `claimableTime` unless the epoch start is unknown). */
  readonly latestClaimableTime: ChainTimestamp;
}

/** The current `day` epoch as the deposit records show it (the newest record's epoch), or `undefined`. */
export function currentEpochFromDeposits(deposits: readonly HostChainDeposit[]): bigint | undefined {
  let epoch: bigint | undefined;
  for (const d of deposits) if (epoch === undefined || d.epoch > epoch) epoch = d.epoch;
  return epoch;
}

/** Checks a caller's `dayEpoch`. */
export function dayEpochArg(dayEpoch: DayEpoch): DayEpoch {
  if (dayEpoch === null || typeof dayEpoch !== "object") {
    throw new ClientError("INVALID_ARGUMENT", "dayEpoch is { currentEpoch, currentEpochStartTime }", {
      field: "dayEpoch",
      value: dayEpoch,
      fix: "Pass x/epochs' EpochInfo of the `day` identifier: { currentEpoch: 12n, currentEpochStartTime: { seconds, nanos } }.",
    });
  }
  counterArg(dayEpoch.currentEpoch, "dayEpoch.currentEpoch", "12n");
  toDate(dayEpoch.currentEpochStartTime);
  return dayEpoch;
}

/** The claim date of `unbondingEpoch` (see the file comment). */
export function estimateClaim(input: {
  readonly unbondingEpoch: bigint;
  readonly unbondingFactor: bigint;
  readonly currentEpoch: bigint;
  readonly unbonding: HostChainUnbonding | undefined;
  readonly dayEpoch: DayEpoch | undefined;
  readonly now: ChainTimestamp;
  readonly hostUnbondingSeconds: bigint;
}): IbcClaimEstimate {
  const { unbondingEpoch, currentEpoch } = input;
  if (input.unbonding?.matureTime !== undefined) {
    const mature = input.unbonding.matureTime;
    return Object.freeze({
      unbondingEpoch,
      currentEpoch,
      basis: "matureTime",
      undelegationTime: undefined,
      claimableTime: mature,
      latestClaimableTime: mature,
    });
  }
  // core measures from the epoch the unstake is made in; for an older unbonding epoch (not yet sent), from now.
  const from = input.dayEpoch?.currentEpoch ?? currentEpoch;
  const estimate = (start: Date) => {
    const e = liquidStakeIbcExpectedClaimTime({
      currentEpoch: from,
      currentEpochStartTime: start,
      unbondingFactor: input.unbondingFactor,
      hostUnbondingTimeSeconds: input.hostUnbondingSeconds,
    });
    // core dates the epoch an unstake made now joins; another epoch's undelegation is that many epochs away.
    const shiftMs = Number((unbondingEpoch - e.unbondingEpoch) * LIQUID_STAKE_IBC_DAY_EPOCH_SECONDS * 1000n);
    return {
      unbondingEpoch,
      undelegationTime: new Date(e.undelegationTime.getTime() + shiftMs),
      claimableTime: new Date(e.claimableTime.getTime() + shiftMs),
    };
  };
  if (input.dayEpoch !== undefined) {
    const e = estimate(toDate(input.dayEpoch.currentEpochStartTime));
    const claimable = fromDate(e.claimableTime);
    return Object.freeze({
      unbondingEpoch: e.unbondingEpoch,
      currentEpoch: from,
      basis: "epochSchedule",
      undelegationTime: fromDate(e.undelegationTime),
      claimableTime: claimable,
      latestClaimableTime: claimable,
    });
  }
  // The current epoch started within the last epoch length: the earliest case is a start one epoch ago.
  const nowDate = toDate(input.now);
  const earliest = estimate(new Date(nowDate.getTime() - Number(LIQUID_STAKE_IBC_DAY_EPOCH_SECONDS) * 1000));
  const latest = estimate(nowDate);
  return Object.freeze({
    unbondingEpoch: earliest.unbondingEpoch,
    currentEpoch: from,
    basis: "epochWindow",
    undelegationTime: fromDate(earliest.undelegationTime),
    claimableTime: fromDate(earliest.claimableTime),
    latestClaimableTime: fromDate(latest.claimableTime),
  });
}
