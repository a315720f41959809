// Reward index accounting (alliance-math.md §5): a validator's rewards raise per-(reward denom, asset) indices; a
// delegation's claim is the index growth since its last claim times its token balance.
import { Dec } from "../dec.js";
import { addCoins, checkAmount, checkDec, fail } from "./internal.js";
import { allianceRewardsStarted } from "./rewardsStarted.js";
import { allianceRewardHistoriesOf } from "./rewardWeight.js";
import { type AllianceAssetShareFields, allianceDelegationTokens, allianceValidatorTokens } from "./shares.js";
import { type AllianceTimestamp, timestampNanos } from "./time.js";
import type {
  AllianceAssetState,
  AllianceCoin,
  AllianceDelegationState,
  AllianceRewardHistory,
  AllianceRewardWeightChangeSnapshot,
  AllianceValidatorState,
} from "./types.js";
import { type AllianceMathOptions, allianceRewardSplit } from "./version.js";

/** The asset fields the reward split reads. */
export type AllianceRewardAssetFields = AllianceAssetShareFields &
  Pick<AllianceAssetState, "rewardWeight" | "rewardStartTime">;

/** One asset's part of a validator's rewards. */
export interface AllianceRewardSplitEntry {
  readonly denom: string;
  /** `stakedRW = rewardWeight · validatorTokens / totalTokens` (v0.3.6) or `rewardWeight` (v0.3.4). */
  readonly weight: Dec;
  /** `weight / Σ weight`: the fraction of every reward coin that goes to this asset's delegators. */
  readonly normalizedWeight: Dec;
  /** The validator's tokens of the asset, the denominator of the index increase. */
  readonly validatorTokens: Dec;
}

export interface AllianceRewardSplitInput<A extends AllianceRewardAssetFields> {
  readonly validator: Pick<AllianceValidatorState, "validatorShares">;
  /** All alliance assets; only those with tokens, started rewards and tokens on this validator share. */
  readonly assets: readonly A[];
  readonly blockTime: AllianceTimestamp;
}

/**
 * How a validator's rewards are split across the assets staked on it. Mirrors the weights of `AddAssetsToRewardPool`
 * (v0.3.6 keeper/reward.go:144-193): assets with `totalTokens > 0`, started rewards and `validatorTokens > 0`;
 * v0.3.6: `weight = rewardWeight.Mul(validatorTokens).QuoInt(totalTokens)`; v0.3.4 (keeper/reward.go:153-169):
 * `weight = rewardWeight`; `normalizedWeight = weight.Quo(Σ weight)`. Throws `DIVISION_BY_ZERO` when assets qualify
 * but their weights sum to 0 (all reward weights 0), where Go's Quo panics.
 */
export function allianceRewardSplitWeights<A extends AllianceRewardAssetFields>(
  input: AllianceRewardSplitInput<A>,
  options?: AllianceMathOptions,
): AllianceRewardSplitEntry[] {
  const split = allianceRewardSplit(options);
  const eligible: { denom: string; weight: Dec; validatorTokens: Dec }[] = [];
  for (const [i, asset] of input.assets.entries()) {
    checkAmount(asset.totalTokens, `assets[${i}].totalTokens`);
    checkDec(asset.rewardWeight, `assets[${i}].rewardWeight`);
    if (asset.totalTokens === 0n || !allianceRewardsStarted(asset, input.blockTime)) continue;
    const validatorTokens = allianceValidatorTokens(input.validator, asset);
    if (!validatorTokens.isPositive()) continue;
    const weight =
      split === "stakedRewardWeight"
        ? asset.rewardWeight.mul(validatorTokens).quoInt(asset.totalTokens)
        : asset.rewardWeight;
    eligible.push({ denom: asset.denom, weight, validatorTokens });
  }
  if (eligible.length === 0) return [];
  const total = eligible.reduce((sum, entry) => sum.add(entry.weight), Dec.ZERO);
  if (total.isZero()) {
    fail(
      "DIVISION_BY_ZERO",
      "the assets staked on this validator have a total reward weight of 0",
      "assets",
      eligible.map((entry) => entry.denom),
      "Go's Quo panics splitting rewards here; no split exists until an asset has a positive reward weight.",
    );
  }
  return eligible.map((entry) => Object.freeze({ ...entry, normalizedWeight: entry.weight.quo(total) }));
}

export interface AllianceAddRewardsInput<A extends AllianceRewardAssetFields, V extends AllianceValidatorState>
  extends AllianceRewardSplitInput<A> {
  readonly validator: V;
  /** Coins withdrawn from x/distribution for the module's delegation to this validator. */
  readonly rewards: readonly AllianceCoin[];
}

export interface AllianceAddRewardsResult<V> {
  readonly validator: V;
  /** The split used; empty when the validator has no delegator shares or no asset qualifies (no index moved). */
  readonly split: readonly AllianceRewardSplitEntry[];
}

/**
 * Adds a validator's rewards to its reward indices. Mirrors `AddAssetsToRewardPool` (v0.3.6 keeper/reward.go:144-193):
 * nothing happens if the validator has no delegator shares; else for every reward coin c and qualifying asset a:
 * `index[c.denom][a] += Dec(c.amount).Mul(normalizedWeight_a).Quo(validatorTokens_a)`, new (denom, alliance)
 * entries appended in coin-then-asset order. The coins go to the `alliance_rewards` module account.
 */
export function allianceAddRewardsToPool<A extends AllianceRewardAssetFields, V extends AllianceValidatorState>(
  input: AllianceAddRewardsInput<A, V>,
  options?: AllianceMathOptions,
): AllianceAddRewardsResult<V> {
  const { validator } = input;
  for (const [i, coin] of input.rewards.entries()) checkAmount(coin.amount, `rewards[${i}].amount`);
  if (Object.values(validator.totalDelegatorShares).every((shares) => shares.isZero())) {
    return Object.freeze({ validator, split: [] });
  }
  const split = allianceRewardSplitWeights(input, options);
  const histories: { denom: string; index: Dec; alliance: string }[] = validator.globalRewardHistory.map((h) => ({
    denom: h.denom,
    index: h.index,
    alliance: h.alliance,
  }));
  for (const coin of input.rewards) {
    if (coin.amount === 0n) continue; // sdk.Coins never carries a zero coin
    for (const entry of split) {
      const increase = Dec.fromInt(coin.amount).mul(entry.normalizedWeight).quo(entry.validatorTokens);
      const history = histories.find((h) => h.denom === coin.denom && h.alliance === entry.denom);
      if (history === undefined) histories.push({ denom: coin.denom, index: increase, alliance: entry.denom });
      else history.index = history.index.add(increase);
    }
  }
  return Object.freeze({
    validator: Object.freeze({
      ...validator,
      globalRewardHistory: Object.freeze(histories.map((h) => Object.freeze(h))),
    }),
    split: Object.freeze(split),
  });
}

/**
 * `accumulateRewards` (v0.3.6 keeper/reward.go:110-140): for each entry of `latest` the delegation is behind on,
 * `TruncateInt((latest − own) · weight)` with weight = tokens, or tokens · rewardWeight for legacy "" entries;
 * the delegation's entry catches up. Mutates `own` (a private working copy).
 */
function accumulateRewards(
  latest: readonly AllianceRewardHistory[],
  own: AllianceRewardHistory[],
  rewardWeight: Dec,
  delegationTokens: Dec,
): AllianceCoin[] {
  let rewards: AllianceCoin[] = [];
  for (const history of latest) {
    const i = own.findIndex((h) => h.denom === history.denom && h.alliance === history.alliance);
    const index = i < 0 ? Dec.ZERO : (own[i] as AllianceRewardHistory).index;
    if (index.gte(history.index)) continue;
    const weight = history.alliance === "" ? delegationTokens.mul(rewardWeight) : delegationTokens;
    const claimable = history.index.sub(index).mul(weight);
    const caughtUp = Object.freeze({ denom: history.denom, index: history.index, alliance: history.alliance });
    if (i < 0) own.push(caughtUp);
    else own[i] = caughtUp;
    rewards = addCoins(rewards, [{ denom: history.denom, amount: claimable.truncateInt() }]);
  }
  return rewards;
}

export interface AllianceClaimInput<A extends AllianceRewardAssetFields> {
  readonly asset: A;
  /** The validator after `ClaimValidatorRewards` (its withdrawn rewards added with allianceAddRewardsToPool). */
  readonly validator: AllianceValidatorState;
  readonly delegation: AllianceDelegationState;
  /**
   * The validator's reward-weight change snapshots of `asset.denom`; those at heights ≥
   * `delegation.lastRewardClaimHeight` are consumed in height order.
   */
  readonly snapshots: readonly AllianceRewardWeightChangeSnapshot[];
  readonly blockTime: AllianceTimestamp;
  readonly blockHeight: bigint;
}

export interface AllianceClaimResult {
  /** Coins paid from `alliance_rewards` (`ClaimAllianceRewardsEvent.coins`), sorted by denom, no zeros. */
  readonly rewards: readonly AllianceCoin[];
  /** The delegation with its reward history caught up and `lastRewardClaimHeight = blockHeight`. */
  readonly delegation: AllianceDelegationState;
}

/**
 * A delegation's claimable rewards and its state after claiming. Mirrors `ClaimDelegationRewards` →
 * `CalculateDelegationRewards` / `accumulateRewards` (v0.3.6 keeper/reward.go:35-140): nothing before the asset's
 * rewards start; tokens = the delegation balance (allianceDelegationTokens, with the Rounder); the weight-change
 * snapshots first, each with its `prevRewardWeight`, then the validator's current indices of the asset (incl.
 * legacy "" entries) with the current weight; truncation to whole coins per entry and step. Also what the
 * `AllianceDelegationRewards` query returns (it executes a claim).
 */
export function allianceClaimDelegationRewards<A extends AllianceRewardAssetFields>(
  input: AllianceClaimInput<A>,
  options?: AllianceMathOptions,
): AllianceClaimResult {
  const { asset, validator, delegation } = input;
  if (!allianceRewardsStarted(asset, input.blockTime)) return Object.freeze({ rewards: [], delegation });
  if (typeof input.blockHeight !== "bigint" || input.blockHeight < 0n) {
    fail(
      "INVALID_ARGUMENT",
      "block height must be a non-negative bigint",
      "blockHeight",
      input.blockHeight,
      "Pass the height as a bigint, such as 1n.",
    );
  }
  timestampNanos(input.blockTime, "blockTime");
  const tokens = Dec.fromInt(allianceDelegationTokens(delegation.shares, validator, asset, options));
  const own = delegation.rewardHistory.map((history) => history);
  let rewards: AllianceCoin[] = [];
  const snapshots = input.snapshots
    .filter((snapshot) => snapshot.height >= delegation.lastRewardClaimHeight)
    .sort((a, b) => (a.height < b.height ? -1 : a.height > b.height ? 1 : 0));
  for (const snapshot of snapshots) {
    rewards = addCoins(rewards, accumulateRewards(snapshot.rewardHistories, own, snapshot.prevRewardWeight, tokens));
  }
  const current = allianceRewardHistoriesOf(validator.globalRewardHistory, asset.denom);
  rewards = addCoins(rewards, accumulateRewards(current, own, asset.rewardWeight, tokens));
  return Object.freeze({
    rewards: Object.freeze(rewards),
    delegation: Object.freeze({
      ...delegation,
      rewardHistory: Object.freeze(current),
      lastRewardClaimHeight: input.blockHeight,
    }),
  });
}
