import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { checkBasketAmount, checkBasketNonNegativeDec, ONE } from "./internal.js";

/** A holder's reward settlement point (proto `RewardSnapshot`, without basket and owner). */
export interface BasketRewardSnapshot {
  /** Shares that earn: bank balance plus shares escrowed in PENDING requests. */
  readonly shares: bigint;
  /** The basket's reward index at the last settlement. */
  readonly rewardIndex: Dec;
  /** Settled, unclaimed rewards. */
  readonly owed: bigint;
}

/**
 * §5 Harvest: `index += QuoTruncate(amount, S)`, S the share supply (escrowed shares included, as they earn for
 * their owners until the cut). With `S = 0` nothing is credited (the index stays) and the amount stays unpaid in the
 * pool; `indexIncrease` says so explicitly.
 */
export function basketAccrueRewardIndex(
  rewardIndex: Dec,
  amount: bigint,
  shares: bigint,
): { readonly rewardIndex: Dec; readonly indexIncrease: Dec } {
  const index = checkBasketNonNegativeDec(rewardIndex, "rewardIndex");
  checkBasketAmount(amount, "amount");
  checkBasketAmount(shares, "shares");
  const increase = shares === 0n ? 0n : (amount * ONE) / shares;
  return { rewardIndex: Dec.fromAtomics(index + increase), indexIncrease: Dec.fromAtomics(increase) };
}

/** §5 Rewards accrued since the snapshot, `floor(shares·(index − snapshot index))`, plus what was already owed. */
export function basketPendingRewards(snapshot: BasketRewardSnapshot, rewardIndex: Dec): bigint {
  const shares = checkBasketAmount(snapshot.shares, "snapshot.shares");
  const owed = checkBasketAmount(snapshot.owed, "snapshot.owed");
  const delta = checkBasketNonNegativeDec(rewardIndex, "rewardIndex") - snapshot.rewardIndex.atomics;
  if (delta < 0n) {
    throw new SdkError("INVALID_ARGUMENT", "the reward index is below the holder's snapshot", {
      field: "rewardIndex",
      value: rewardIndex.toString(),
      fix: `Pass the basket's current reward index (the index only grows; the snapshot has ${snapshot.rewardIndex.toString()}).`,
    });
  }
  return owed + (shares * delta) / ONE;
}

/**
 * §5 Settle a holder before its shares change (mint, burn, send, escrow): owed grows by
 * `floor(shares·(index − snapshot index))`, the snapshot moves to the index, and `shares` becomes the new balance.
 */
export function basketSettleRewards(
  snapshot: BasketRewardSnapshot,
  rewardIndex: Dec,
  newShares: bigint,
): BasketRewardSnapshot {
  const owed = basketPendingRewards(snapshot, rewardIndex);
  return { shares: checkBasketAmount(newShares, "newShares"), rewardIndex, owed };
}
