import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { allianceDelegate } from "./delegation.js";
import { allianceAddRewardsToPool, allianceClaimDelegationRewards, allianceRewardSplitWeights } from "./rewards.js";
import { allianceRewardWeightChange, allianceRewardWeightChangeSnapshot } from "./rewardWeight.js";
import { allianceValidatorTokens } from "./shares.js";
import { ALLIANCE_ZERO_TIME, type AllianceTimestamp, allianceTimeAdd } from "./time.js";
import type {
  AllianceAssetState,
  AllianceCoin,
  AllianceDelegationState,
  AllianceRewardWeightChangeSnapshot,
  AllianceValidatorState,
} from "./types.js";
import type { AllianceMathOptions } from "./version.js";

const d = (text: string): Dec => Dec.fromString(text);
const NOW: AllianceTimestamp = { seconds: 1_700_000_000n, nanos: 0 };
const EMPTY: AllianceValidatorState = { globalRewardHistory: [], totalDelegatorShares: {}, validatorShares: {} };

function newAsset(denom: string, rewardWeight: string, rewardStartTime: AllianceTimestamp = ALLIANCE_ZERO_TIME) {
  return {
    denom,
    rewardWeight: d(rewardWeight),
    takeRate: Dec.ZERO,
    totalTokens: 0n,
    totalValidatorShares: Dec.ZERO,
    rewardStartTime,
    rewardChangeRate: Dec.ONE,
    rewardChangeInterval: { seconds: 0n, nanos: 0 },
    lastRewardChangeTime: rewardStartTime,
    rewardWeightRange: { min: d("0"), max: d("15") },
  } satisfies AllianceAssetState;
}

/**
 * A small keeper for the upstream scenarios: Go's Delegate (claim first), AddAssetsToRewardPool and
 * ClaimDelegationRewards over the pure functions. Rewards coming from x/distribution are passed in by the test.
 */
class World {
  assets = new Map<string, AllianceAssetState>();
  validators = new Map<string, AllianceValidatorState>();
  delegations = new Map<string, AllianceDelegationState>();
  snapshots = new Map<string, AllianceRewardWeightChangeSnapshot[]>();
  pool = new Map<string, bigint>();
  height = 1n;
  time: AllianceTimestamp = NOW;

  constructor(
    assets: AllianceAssetState[],
    readonly options?: AllianceMathOptions,
  ) {
    for (const asset of assets) this.assets.set(asset.denom, asset);
  }

  validator(name: string): AllianceValidatorState {
    return this.validators.get(name) ?? EMPTY;
  }

  asset(denom: string): AllianceAssetState {
    return this.assets.get(denom) as AllianceAssetState;
  }

  delegate(user: string, validator: string, denom: string, amount: bigint): Dec {
    const key = `${user}/${validator}/${denom}`;
    if (this.delegations.has(key)) this.claim(user, validator, denom);
    const result = allianceDelegate({
      asset: this.asset(denom),
      validator: this.validator(validator),
      delegation: this.delegations.get(key),
      amount,
      blockHeight: this.height,
    });
    this.assets.set(denom, result.asset);
    this.validators.set(validator, result.validator);
    this.delegations.set(key, result.delegation);
    return result.validatorShares;
  }

  addRewards(validator: string, rewards: AllianceCoin[]): void {
    const result = allianceAddRewardsToPool(
      { validator: this.validator(validator), assets: [...this.assets.values()], rewards, blockTime: this.time },
      this.options,
    );
    this.validators.set(validator, result.validator);
    for (const coin of rewards) this.pool.set(coin.denom, (this.pool.get(coin.denom) ?? 0n) + coin.amount);
  }

  claim(user: string, validator: string, denom: string): readonly AllianceCoin[] {
    const key = `${user}/${validator}/${denom}`;
    const result = allianceClaimDelegationRewards(
      {
        asset: this.asset(denom),
        validator: this.validator(validator),
        delegation: this.delegations.get(key) as AllianceDelegationState,
        snapshots: this.snapshots.get(`${validator}/${denom}`) ?? [],
        blockTime: this.time,
        blockHeight: this.height,
      },
      this.options,
    );
    this.delegations.set(key, result.delegation);
    for (const coin of result.rewards) this.pool.set(coin.denom, (this.pool.get(coin.denom) ?? 0n) - coin.amount);
    return result.rewards;
  }

  /** UpdateAllianceAsset with a new weight: snapshot every validator (their rewards already added). */
  setRewardWeight(denom: string, rewardWeight: Dec): void {
    this.snapshotAll(denom);
    this.assets.set(denom, { ...this.asset(denom), rewardWeight });
  }

  snapshotAll(denom: string): void {
    for (const [name, validator] of this.validators) {
      const key = `${name}/${denom}`;
      const snapshot = { height: this.height, ...allianceRewardWeightChangeSnapshot(this.asset(denom), validator) };
      this.snapshots.set(key, [...(this.snapshots.get(key) ?? []), snapshot]);
    }
  }

  index(validator: string) {
    return this.validator(validator).globalRewardHistory.map((h) => [h.denom, h.alliance, h.index.toString()]);
  }
}

const coin = (denom: string, amount: bigint): AllianceCoin => ({ denom, amount });

describe("reward indices (tests/reward_test.go)", () => {
  it("reproduces TestRewardPoolAndGlobalIndex", () => {
    const w = new World([newAsset("alliance", "2"), newAsset("alliance2", "10")]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.addRewards("val1", [coin("stake", 2_000_000n)]);
    expect(w.index("val1")).toEqual([["stake", "alliance", "2.000000000000000000"]]);
    w.delegate("user2", "val1", "alliance2", 1_000_000n);
    w.addRewards("val1", [coin("stake", 2_400_000n)]);
    expect(w.index("val1")).toEqual([
      ["stake", "alliance", "2.400000000000000001"],
      ["stake", "alliance2", "1.999999999999999999"],
    ]);
    w.addRewards("val1", [coin("stake2", 1_200_000n)]);
    expect(w.index("val1")).toEqual([
      ["stake", "alliance", "2.400000000000000001"],
      ["stake", "alliance2", "1.999999999999999999"],
      ["stake2", "alliance", "0.200000000000000000"],
      ["stake2", "alliance2", "1.000000000000000000"],
    ]);
  });

  it("reproduces TestClaimRewards", () => {
    const w = new World([newAsset("alliance", "2", NOW), newAsset("alliance2", "8", NOW)]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.addRewards("val1", [coin("stake", 1_000_000n)]);
    w.delegate("user2", "val1", "alliance2", 1_000_000n);
    w.addRewards("val1", [coin("stake", 1_000_000n)]);
    expect(allianceValidatorTokens(w.validator("val1"), w.asset("alliance")).truncateInt()).toBe(1_000_000n);
    expect(allianceValidatorTokens(w.validator("val1"), w.asset("alliance2")).truncateInt()).toBe(1_000_000n);
    w.addRewards("val1", [coin("stake2", 4_000_000n)]);
    expect(w.index("val1")).toEqual([
      ["stake", "alliance", "1.200000000000000000"],
      ["stake", "alliance2", "0.800000000000000000"],
      ["stake2", "alliance", "0.800000000000000000"],
      ["stake2", "alliance2", "3.200000000000000000"],
    ]);
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 1_200_000n), coin("stake2", 800_000n)]);
    expect(w.claim("user2", "val1", "alliance2")).toEqual([coin("stake", 800_000n), coin("stake2", 3_200_000n)]);
    // "After claiming, there should be nothing left in rewards pool"
    expect([...w.pool.values()]).toEqual([0n, 0n]);
    // delegations' local indices = the validator's indices of their asset
    const histories = w.validator("val1").globalRewardHistory;
    expect(w.delegations.get("user1/val1/alliance")?.rewardHistory).toEqual(
      histories.filter((h) => h.alliance === "alliance"),
    );
    expect(w.delegations.get("user2/val1/alliance2")?.rewardHistory).toEqual(
      histories.filter((h) => h.alliance === "alliance2"),
    );
  });

  it("reproduces TestClaimRewardsBeforeRewardsIssuance", () => {
    const hour = { seconds: 3600n, nanos: 0 };
    const w = new World([
      newAsset("alliance", "2", { seconds: NOW.seconds - 3600n, nanos: 0 }),
      newAsset("alliance2", "8", allianceTimeAdd(NOW, hour)),
    ]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.addRewards("val1", [coin("stake", 2_000_000n)]);
    w.delegate("user2", "val1", "alliance2", 1_000_000n);
    w.addRewards("val1", [coin("stake", 2_000_000n)]);
    // "User 1 claims rewards. Should get all the rewards in the pool"
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 4_000_000n)]);
    expect(w.claim("user1", "val1", "alliance")).toEqual([]);
    // "User 2 shouldn't have staking rewards because RewardStartTime is in the future"
    expect(w.claim("user2", "val1", "alliance2")).toEqual([]);
    w.height += 1n;
    w.time = allianceTimeAdd(NOW, { seconds: 7200n, nanos: 0 });
    // "should still not have staking rewards because all reward distributions happened before activation"
    expect(w.claim("user2", "val1", "alliance2")).toHaveLength(0);
    w.addRewards("val1", [coin("stake", 2_000_000n)]);
    // "User 2 should now have rewards": 0.8 of 2e6
    expect(w.claim("user2", "val1", "alliance2")).toEqual([coin("stake", 1_600_000n)]);
  });

  it("reproduces TestClaimRewardsWithMultipleValidators (given x/distribution's payouts)", () => {
    const w = new World([newAsset("alliance", "2", NOW), newAsset("alliance2", "10", NOW)]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.delegate("user2", "val2", "alliance2", 10_000_000n);
    // AllocateTokens: val1 (0% commission) keeps 800_000 of its 2/10; val2 (100% commission) keeps 0
    w.addRewards("val1", [coin("stake", 800_000n)]);
    w.addRewards("val2", []);
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 800_000n)]);
    expect(w.claim("user2", "val2", "alliance2")).toEqual([]);
  });

  it("reproduces TestClaimRewardsAfterRewardsRatesChange (given x/distribution's payouts)", () => {
    const w = new World([newAsset("alliance", "2"), newAsset("alliance2", "10")]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.delegate("user2", "val2", "alliance2", 1_000_000n);
    // 10e6 split by power 2:10 (1_666_666.67 / 8_333_333.33), withdrawn truncated by UpdateAllianceAsset's claims
    w.height += 1n;
    w.addRewards("val1", [coin("stake", 1_666_666n)]);
    w.addRewards("val2", [coin("stake", 8_333_333n)]);
    w.setRewardWeight("alliance", d("10"));
    const snapshot = w.snapshots.get("val1/alliance")?.[0];
    expect(snapshot?.prevRewardWeight).toEqual(d("2"));
    expect(snapshot?.rewardHistories).toEqual(w.validator("val1").globalRewardHistory);
    // 10e6 split 10:10 after rebalancing
    w.height += 1n;
    w.addRewards("val1", [coin("stake", 5_000_000n)]);
    w.addRewards("val2", [coin("stake", 5_000_000n)]);
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 5_000_000n + 1_666_666n)]);
    expect(w.claim("user2", "val2", "alliance2")).toEqual([coin("stake", 5_000_000n + 8_333_333n)]);
    w.height += 1n;
    w.addRewards("val1", [coin("stake", 5_000_000n)]);
    w.addRewards("val2", [coin("stake", 5_000_000n)]);
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 5_000_000n)]);
    expect(w.claim("user2", "val2", "alliance2")).toEqual([coin("stake", 5_000_000n)]);
  });

  it("reproduces TestRewardClaimingAfterRatesDecay", () => {
    const delay = { seconds: 7n * 86_400n, nanos: 0 };
    const start = allianceTimeAdd(NOW, delay);
    const decaying = {
      ...newAsset("alliance", "1", start),
      rewardChangeRate: d("0.5"),
      rewardChangeInterval: { seconds: 60n, nanos: 0 },
    };
    const w = new World([decaying, newAsset("alliance2", "1", start)]);
    w.delegate("user", "val0", "alliance", 5_000_000n);
    w.delegate("user", "val0", "alliance2", 5_000_000n);
    w.time = allianceTimeAdd(start, { seconds: 120n, nanos: 0 });
    w.height = 2n;
    w.addRewards("val0", [coin("stake", 1_000_000n)]);
    const changed = allianceRewardWeightChange(w.asset("alliance"), w.time);
    expect(changed.asset.rewardWeight).toEqual(d("0.25"));
    expect(changed.rewardWeightChanged).toBe(true);
    w.snapshotAll("alliance");
    w.assets.set("alliance", changed.asset);
    w.addRewards("val0", [coin("stake", 1_000_000n)]);
    const a = w.claim("user", "val0", "alliance");
    const b = w.claim("user", "val0", "alliance2");
    // "Expect total claimed rewards to be whatever that was added": 700_000 + 1_300_000
    expect(a).toEqual([coin("stake", 700_000n)]);
    expect(b).toEqual([coin("stake", 1_300_000n)]);
  });

  it("reproduces TestRewardWeightWithZeroTokens (an asset without tokens takes no rewards)", () => {
    const w = new World([newAsset("alliance", "2", NOW), newAsset("alliance2", "10", NOW)]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.assets.set("alliance", { ...w.asset("alliance"), totalTokens: 1n });
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.assets.set("alliance", { ...w.asset("alliance"), totalTokens: 0n });
    w.addRewards("val1", [coin("stake", 2_000_000n)]);
    expect(w.index("val1")).toEqual([]);
  });

  it("reproduces TestClaimRewardsWithDifferentTokenDecimals", () => {
    const w = new World([newAsset("alliance", "2", NOW), newAsset("alliance2", "2", NOW)]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.delegate("user2", "val1", "alliance2", 100_000_000n);
    w.addRewards("val1", [coin("stake", 2_000_000n)]);
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 1_000_000n)]);
    expect(w.claim("user2", "val1", "alliance2")).toEqual([coin("stake", 1_000_000n)]);
    expect(w.pool.get("stake")).toBe(0n);
  });

  it("reproduces TestMigratedRewardsWithRatesChange (legacy '' entries weigh by rewardWeight)", () => {
    const w = new World([newAsset("alliance", "2"), newAsset("alliance2", "8")]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.delegate("user2", "val1", "alliance2", 1_000_000n);
    const val1 = w.validator("val1");
    w.validators.set("val1", {
      ...val1,
      globalRewardHistory: [...val1.globalRewardHistory, { denom: "stake", index: d("0.5"), alliance: "" }],
    });
    // the AllianceDelegationRewards query executes a claim: 0.5 · 1e6 · 2
    expect(
      allianceClaimDelegationRewards({
        asset: w.asset("alliance"),
        validator: w.validator("val1"),
        delegation: w.delegations.get("user1/val1/alliance") as AllianceDelegationState,
        snapshots: [],
        blockTime: w.time,
        blockHeight: w.height,
      }).rewards,
    ).toEqual([coin("stake", 1_000_000n)]);
    w.addRewards("val1", [coin("stake", 10_000_000n)]);
    w.setRewardWeight("alliance", d("8"));
    w.addRewards("val1", [coin("stake", 10_000_000n)]);
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 1_000_000n + 2_000_000n + 5_000_000n)]);
    expect(w.claim("user2", "val1", "alliance2")).toEqual([coin("stake", 4_000_000n + 8_000_000n + 5_000_000n)]);
  });

  it("reproduces TestMigratedRewards (v0.3.6 splits by staked reward weight)", () => {
    const w = new World([newAsset("alliance", "2"), newAsset("alliance2", "8")]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.delegate("user2", "val1", "alliance2", 1_000_000n);
    w.delegate("user1", "val2", "alliance2", 1_000_000n);
    w.delegate("user2", "val2", "alliance2", 1_000_000n);
    for (const name of ["val1", "val2"]) {
      const v = w.validator(name);
      w.validators.set(name, {
        ...v,
        globalRewardHistory: [...v.globalRewardHistory, { denom: "stake", index: d("0.5"), alliance: "" }],
      });
    }
    w.addRewards("val1", [coin("stake", 10_000_000n)]);
    w.addRewards("val2", [coin("stake", 10_000_000n)]);
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 1_000_000n + 4_285_714n)]);
    expect(w.claim("user2", "val1", "alliance2")).toEqual([coin("stake", 4_000_000n + 5_714_285n)]);
    expect(w.claim("user1", "val2", "alliance2")).toEqual([coin("stake", 4_000_000n + 5_000_000n - 1n)]);
    expect(w.claim("user2", "val2", "alliance2")).toEqual([coin("stake", 4_000_000n + 5_000_000n - 1n)]);
    // "Make sure nothing left to claim"
    expect(w.claim("user1", "val1", "alliance")).toEqual([]);
    expect(w.claim("user2", "val1", "alliance2")).toEqual([]);
    expect(w.claim("user1", "val2", "alliance2")).toEqual([]);
    expect(w.claim("user2", "val2", "alliance2")).toEqual([]);
  });

  it("splits TestMigratedRewards' val1 rewards rw/Σrw under v0.3.4 (known-problems.md 3)", () => {
    // derived: v0.3.4 gives alliance 2/10 and alliance2 8/10 of val1's 10e6 although alliance2 is mostly on val2
    const w = new World([newAsset("alliance", "2"), newAsset("alliance2", "8")], { version: "v0.3.4" });
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.delegate("user2", "val1", "alliance2", 1_000_000n);
    w.delegate("user1", "val2", "alliance2", 2_000_000n);
    w.addRewards("val1", [coin("stake", 10_000_000n)]);
    expect(w.claim("user1", "val1", "alliance")).toEqual([coin("stake", 2_000_000n)]);
    expect(w.claim("user2", "val1", "alliance2")).toEqual([coin("stake", 8_000_000n)]);
    // v0.3.6 on the same state: 2 vs 8 · 1/3 staked weight
    const split = allianceRewardSplitWeights({
      validator: w.validator("val1"),
      assets: [...w.assets.values()],
      blockTime: w.time,
    });
    expect(split.map((e) => [e.denom, e.weight.toString(), e.normalizedWeight.toString()])).toEqual([
      ["alliance", "2.000000000000000000", "0.428571428571428572"],
      ["alliance2", "2.666666666666666664", "0.571428571428571428"],
    ]);
  });

  it("reproduces TestRewardsDelegateBeforeValidatorClaim (v0.3.6 adds pending rewards before a new delegation)", () => {
    const w = new World([newAsset("alliance", "2"), newAsset("alliance2", "8")]);
    w.delegate("user2", "val1", "alliance", 1_000_000n);
    // x/distribution pays val1; user1's Delegate first runs ClaimValidatorRewards (keeper/delegation.go:41-47)
    w.height += 1n;
    w.addRewards("val1", [coin("stake", 10_000_000n)]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    expect(w.claim("user1", "val1", "alliance")).toEqual([]);
    expect(w.claim("user2", "val1", "alliance")).toEqual([coin("stake", 10_000_000n)]);
  });

  it("reproduces TestClaimRewardsWithDifferentValidators (given x/distribution's payouts)", () => {
    const w = new World([newAsset("alliance", "2"), newAsset("alliance2", "2")]);
    w.delegate("user1", "val1", "alliance", 1_000_000n);
    w.delegate("user1", "val2", "alliance", 1_000_000n);
    w.delegate("user2", "val1", "alliance", 2_000_000n);
    w.delegate("user2", "val2", "alliance", 1_000_000n);
    w.delegate("user2", "val1", "alliance2", 5_000_000n);
    w.delegate("user2", "val2", "alliance2", 5_000_000n);
    // AllocateTokens of 4e6 by voting power 20/44/36 with no community tax: val1 1.76e6, val2 1.44e6
    w.addRewards("val1", [coin("stake", 1_760_000n)]);
    w.addRewards("val2", [coin("stake", 1_440_000n)]);
    // "0.16 * 5_000_000 = 800_000"
    expect(w.claim("user2", "val1", "alliance2")).toEqual([coin("stake", 800_000n)]);
    expect(w.claim("user2", "val2", "alliance2")).toEqual([coin("stake", 800_000n)]);
  });
});

describe("reward split edge cases", () => {
  it("leaves indices alone for a validator without delegator shares", () => {
    const result = allianceAddRewardsToPool({
      validator: EMPTY,
      assets: [newAsset("alliance", "1")],
      rewards: [coin("stake", 5n)],
      blockTime: NOW,
    });
    expect(result.split).toEqual([]);
    expect(result.validator).toBe(EMPTY);
  });

  it("throws DIVISION_BY_ZERO when every qualifying asset has reward weight 0", () => {
    const validator = { ...EMPTY, validatorShares: { alliance: d("1") }, totalDelegatorShares: { alliance: d("1") } };
    const asset = { ...newAsset("alliance", "0"), totalTokens: 1n, totalValidatorShares: d("1") };
    expect(() =>
      allianceAddRewardsToPool({ validator, assets: [asset], rewards: [coin("stake", 5n)], blockTime: NOW }),
    ).toThrow(expect.objectContaining({ code: "DIVISION_BY_ZERO", field: "assets" }));
  });

  it("refuses negative reward amounts", () => {
    expect(() =>
      allianceAddRewardsToPool({ validator: EMPTY, assets: [], rewards: [coin("stake", -1n)], blockTime: NOW }),
    ).toThrow(expect.objectContaining({ code: "NEGATIVE_AMOUNT", field: "rewards[0].amount" }));
  });
});
