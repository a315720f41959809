import { type AllianceDuration, type AllianceTimestamp, allianceTimeAdd, timestampNanos } from "./time.js";

/**
 * When an undelegation (or a redelegation's lock) ends: `BlockTime + stakingKeeper.UnbondingTime()`. Mirrors
 * `queueUndelegation` (v0.3.6 keeper/delegation.go:471-498) and the completion of `Redelegate`. Persistence's
 * staking unbonding time is 21 days (chain-registry; UNVERIFIED for a chain running alliance).
 */
export function allianceUnbondingCompletionTime(
  blockTime: AllianceTimestamp,
  unbondingTime: AllianceDuration,
): AllianceTimestamp {
  return allianceTimeAdd(blockTime, unbondingTime);
}

/**
 * Whether the EndBlocker of a block at `blockTime` pays out (undelegation) or deletes (redelegation) an entry that
 * completes at `completionTime`. Mirrors `CompleteUnbondings` (v0.3.6 keeper/unbonding.go:72-112) and
 * `CompleteRedelegations` (keeper/delegation.go:238-254): the store iterator ends, exclusively, at the queue key of
 * `BlockTime`, and an entry's key is that time key plus the delegator address (types/keys.go
 * `GetUndelegationQueueKey`), so an entry completes only when `completionTime < blockTime`, strictly. The same
 * holds for slashing: an entry is immature while `!completionTime.Before(blockTime)`.
 */
export function allianceIsUnbondingComplete(completionTime: AllianceTimestamp, blockTime: AllianceTimestamp): boolean {
  return timestampNanos(completionTime, "completionTime") < timestampNanos(blockTime, "blockTime");
}
