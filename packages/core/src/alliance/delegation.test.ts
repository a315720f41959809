import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import {
  allianceCheckRedelegation,
  allianceClearDustDelegation,
  allianceDelegate,
  allianceRedelegate,
  allianceResetValidatorShares,
  allianceUndelegate,
} from "./delegation.js";
import { allianceDelegationTokens } from "./shares.js";
import { allianceDeductTakeRate } from "./takeRate.js";
import { ALLIANCE_ZERO_TIME, type AllianceTimestamp } from "./time.js";
import type { AllianceAssetState, AllianceDelegationState, AllianceValidatorState } from "./types.js";

const d = (text: string): Dec => Dec.fromString(text);
const START: AllianceTimestamp = { seconds: 1_700_000_000n, nanos: 0 };
const later = (t: AllianceTimestamp, seconds: number): AllianceTimestamp => ({
  seconds: t.seconds + BigInt(seconds),
  nanos: t.nanos,
});
const DAYS_21 = { seconds: 21n * 86_400n, nanos: 0 };
const EMPTY: AllianceValidatorState = { globalRewardHistory: [], totalDelegatorShares: {}, validatorShares: {} };

/** types.NewAllianceAsset(denom, rewardWeight, min, max, takeRate, rewardStartTime) of the upstream tests. */
function newAsset(denom: string, rewardWeight: string, takeRate = "0", start = START): AllianceAssetState {
  return {
    denom,
    rewardWeight: d(rewardWeight),
    takeRate: d(takeRate),
    totalTokens: 0n,
    totalValidatorShares: Dec.ZERO,
    rewardStartTime: start,
    rewardChangeRate: Dec.ONE,
    rewardChangeInterval: { seconds: 0n, nanos: 0 },
    lastRewardChangeTime: ALLIANCE_ZERO_TIME,
    rewardWeightRange: { min: d("0"), max: d("5") },
  };
}

describe("allianceDelegate", () => {
  it("reproduces tests/delegation_test.go TestDelegationWithASingleAsset", () => {
    const first = allianceDelegate({
      asset: newAsset("alliance", "2"),
      validator: EMPTY,
      amount: 1_000_000n,
      blockHeight: 0n,
    });
    expect(first.delegation.shares).toEqual(d("1000000"));
    expect(first.delegation.rewardHistory).toEqual([]);
    expect(first.asset.totalTokens).toBe(1_000_000n);
    expect(first.asset.totalValidatorShares).toEqual(d("1000000"));
    const second = allianceDelegate({
      asset: first.asset,
      validator: first.validator,
      delegation: first.delegation,
      amount: 1_000_000n,
      blockHeight: 0n,
    });
    expect(second.delegation.shares).toEqual(d("2000000"));
    expect(second.asset.totalTokens).toBe(2_000_000n);
    expect(second.asset.totalValidatorShares).toEqual(d("2000000"));
    expect(second.validator.validatorShares).toEqual({ alliance: d("2000000") });
    expect(second.validator.totalDelegatorShares).toEqual({ alliance: d("2000000") });
  });

  it("reproduces tests/delegation_test.go TestUndelegatingLargeNumbers (Delegate's return values)", () => {
    const asset = newAsset("alliance", "0.025");
    const a = allianceDelegate({ asset, validator: EMPTY, amount: 830697941465481n, blockHeight: 1n });
    expect(a.validatorShares).toEqual(Dec.fromInt(830697941465481n));
    const b = allianceDelegate({ asset: a.asset, validator: a.validator, amount: 975933204219431n, blockHeight: 1n });
    expect(b.validatorShares).toEqual(Dec.fromInt(975933204219431n));
    const undelegateA = allianceUndelegate({
      asset: b.asset,
      validator: b.validator,
      delegation: a.delegation,
      amount: 564360383558874n,
      blockTime: START,
      unbondingTime: DAYS_21,
    });
    expect(undelegateA.completionTime).toEqual(later(START, 21 * 86_400));
    expect(undelegateA.undelegation).toEqual({ denom: "alliance", amount: 564360383558874n });
    const undelegateB = allianceUndelegate({
      asset: undelegateA.asset,
      validator: undelegateA.validator,
      delegation: b.delegation,
      amount: 384108763572096n,
      blockTime: START,
      unbondingTime: DAYS_21,
    });
    expect(undelegateB.undelegation.amount).toBe(384108763572096n);
    expect(undelegateB.asset.totalTokens).toBe(
      830697941465481n + 975933204219431n - 564360383558874n - 384108763572096n,
    );
  });

  it("returns the validator shares as the event's newShares (known-problems.md 11)", () => {
    // 10 tokens, 20 validator shares; the validator holds half, and 30 delegation shares: 1 token buys 6 delegation
    // shares but 2 validator shares, and DelegateAllianceEvent.newShares carries the 2.
    const asset = { ...newAsset("alliance", "1"), totalTokens: 10n, totalValidatorShares: d("20") };
    const validator = { ...EMPTY, validatorShares: { alliance: d("10") }, totalDelegatorShares: { alliance: d("30") } };
    const result = allianceDelegate({ asset, validator, amount: 1n, blockHeight: 7n });
    expect(result.validatorShares).toEqual(d("2"));
    expect(result.delegationShares).toEqual(d("6"));
    expect(result.delegation.lastRewardClaimHeight).toBe(7n);
  });

  it("refuses zero and negative amounts", () => {
    const input = { asset: newAsset("alliance", "1"), validator: EMPTY, blockHeight: 0n };
    expect(() => allianceDelegate({ ...input, amount: 0n })).toThrow(
      expect.objectContaining({ code: "INVALID_AMOUNT" }),
    );
    expect(() => allianceDelegate({ ...input, amount: -5n })).toThrow(
      expect.objectContaining({ code: "NEGATIVE_AMOUNT" }),
    );
  });
});

describe("allianceUndelegate", () => {
  it("reproduces tests/delegation_test.go TestSuccessfulUndelegation", () => {
    const delegated = allianceDelegate({
      asset: newAsset("alliance", "2"),
      validator: EMPTY,
      amount: 1_000_000n,
      blockHeight: 0n,
    });
    const first = allianceUndelegate({
      asset: delegated.asset,
      validator: delegated.validator,
      delegation: delegated.delegation,
      amount: 250_000n,
      blockTime: START,
      unbondingTime: DAYS_21,
    });
    const second = allianceUndelegate({
      asset: first.asset,
      validator: first.validator,
      delegation: first.delegation as AllianceDelegationState,
      amount: 250_000n,
      blockTime: START,
      unbondingTime: DAYS_21,
    });
    // two UnbondingDelegation entries of 250_000 completing at BlockTime + UnbondingTime
    expect([first.undelegation.amount, second.undelegation.amount]).toEqual([250_000n, 250_000n]);
    expect(second.completionTime).toEqual(later(START, 21 * 86_400));
    expect(second.delegation?.shares).toEqual(d("500000"));
    expect(second.asset.totalTokens).toBe(500_000n);
    expect(allianceDelegationTokens(d("500000"), second.validator, second.asset)).toBe(500_000n);
  });

  it("reproduces tests/unbonding_test.go TestUnbondingMethods (two full exits empty the asset)", () => {
    let state = { asset: newAsset("alliance", "1"), validator: EMPTY };
    const delegations: AllianceDelegationState[] = [];
    for (let i = 0; i < 2; i++) {
      const r = allianceDelegate({ ...state, amount: 1_000_000_000n, blockHeight: 1n });
      expect(r.validatorShares).toEqual(d("1000000000"));
      delegations.push(r.delegation);
      state = { asset: r.asset, validator: r.validator };
    }
    const out1 = allianceUndelegate({
      ...state,
      delegation: delegations[0] as AllianceDelegationState,
      amount: 1_000_000_000n,
      blockTime: START,
      unbondingTime: DAYS_21,
    });
    expect(out1.delegation).toBeUndefined();
    expect(out1.resetValidatorShares).toBe(false);
    const out2 = allianceUndelegate({
      asset: out1.asset,
      validator: out1.validator,
      delegation: delegations[1] as AllianceDelegationState,
      amount: 1_000_000_000n,
      blockTime: START,
      unbondingTime: DAYS_21,
    });
    expect(out2.delegation).toBeUndefined();
    expect(out2.asset.totalTokens).toBe(0n);
    expect(out2.asset.totalValidatorShares).toEqual(Dec.ZERO);
    expect(out2.resetValidatorShares).toBe(true);
    expect(out2.validator.validatorShares).toEqual({});
    expect(out2.validator.totalDelegatorShares).toEqual({});
    expect(out2.completionTime).toEqual(later(START, 21 * 86_400));
  });

  it("reproduces tests/delegation_test.go TestUndelegateAfterClaimingTakeRate", () => {
    const twoAsset = newAsset("alliance2", "10", "0.5");
    let val1: AllianceValidatorState = EMPTY;
    let val2: AllianceValidatorState = EMPTY;
    const user1 = allianceDelegate({ asset: twoAsset, validator: val1, amount: 1_000_000_000n, blockHeight: 1n });
    val1 = user1.validator;
    const user2 = allianceDelegate({ asset: user1.asset, validator: val2, amount: 1_000_000_000n, blockHeight: 1n });
    val2 = user2.validator;
    // 6 minutes later DeductAssetsHook takes one interval of 50%
    const take = allianceDeductTakeRate({
      assets: [user2.asset],
      lastTakeRateClaimTime: START,
      takeRateClaimInterval: { seconds: 300n, nanos: 0 },
      blockTime: later(START, 360),
    });
    expect(take.deducted).toEqual([{ denom: "alliance2", amount: 1_000_000_000n }]);
    const asset = take.assets[0] as AllianceAssetState;
    const balance = allianceDelegationTokens(user1.delegation.shares, val1, asset);
    expect(balance).toBe(500_000_000n); // "should be less than 1000000000"
    const undelegate = (amount: bigint) =>
      allianceUndelegate({
        asset,
        validator: val1,
        delegation: user1.delegation,
        amount,
        blockTime: later(START, 360),
        unbondingTime: DAYS_21,
      });
    // undelegating the initial amount fails
    expect(() => undelegate(1_000_000_000n)).toThrow(expect.objectContaining({ code: "ALLIANCE_INSUFFICIENT_SHARES" }));
    // undelegating the current balance withdraws everything
    const out = undelegate(balance);
    expect(out.delegation).toBeUndefined();
    // delegate 500_000_000 again, 400_000_000 a minute later, then another take 5 minutes after that
    const again = allianceDelegate({
      asset: out.asset,
      validator: out.validator,
      amount: 500_000_000n,
      blockHeight: 2n,
    });
    const more = allianceDelegate({
      asset: again.asset,
      validator: again.validator,
      delegation: again.delegation,
      amount: 400_000_000n,
      blockHeight: 2n,
    });
    const take2 = allianceDeductTakeRate({
      assets: [more.asset],
      lastTakeRateClaimTime: take.lastTakeRateClaimTime,
      takeRateClaimInterval: { seconds: 300n, nanos: 0 },
      blockTime: later(START, 360 + 60 + 300),
    });
    expect(take2.intervals).toBe(1n);
    const asset2 = take2.assets[0] as AllianceAssetState;
    const balance2 = allianceDelegationTokens(more.delegation.shares, more.validator, asset2);
    expect(balance2 < 900_000_000n).toBe(true);
    const out2 = allianceUndelegate({
      asset: asset2,
      validator: more.validator,
      delegation: more.delegation,
      amount: balance2,
      blockTime: later(START, 720),
      unbondingTime: DAYS_21,
    });
    expect(out2.delegation).toBeUndefined();
    expect(out2.validator.totalDelegatorShares).toEqual({});
  });

  it("throws ALLIANCE_INSUFFICIENT_TOKENS when the shares found are worth less than asked", () => {
    // 3 delegation shares on 2 tokens: 1 token needs s0 = 1.5 shares.
    const asset = { ...newAsset("alliance", "1"), totalTokens: 2n, totalValidatorShares: d("2") };
    const validator = { ...EMPTY, validatorShares: { alliance: d("2") }, totalDelegatorShares: { alliance: d("3") } };
    const request = (shares: string, amount: bigint, version?: "v0.3.4") =>
      allianceUndelegate(
        {
          asset,
          validator,
          delegation: { shares: d(shares), rewardHistory: [], lastRewardClaimHeight: 0n },
          amount,
          blockTime: START,
          unbondingTime: DAYS_21,
        },
        version === undefined ? undefined : { version },
      );
    // 1.2 shares ≥ trunc(1.5): capped at 1.2, worth 1.2/3 · 2 + 0.01 = 0.81 → 0 < 1
    expect(() => request("1.2", 1n)).toThrow(
      expect.objectContaining({ code: "ALLIANCE_INSUFFICIENT_TOKENS", value: 1n }),
    );
    // 2.995 shares asking 2 tokens (s0 = 3): a full exit within v0.3.6's 0.01, worth 2.995/3 · 2 + 0.01 = 2.0066 → 2
    expect(request("2.995", 2n).delegationShares).toEqual(d("2.995"));
    // v0.3.4's Rounder (1e-6) does not see a full exit, and 2.995 < trunc(3): ErrInsufficientShares
    expect(() => request("2.995", 2n, "v0.3.4")).toThrow(
      expect.objectContaining({ code: "ALLIANCE_INSUFFICIENT_SHARES" }),
    );
  });
});

describe("allianceClearDustDelegation", () => {
  const asset = { ...newAsset("alliance", "1"), totalTokens: 10n, totalValidatorShares: d("10") };
  const validator = { ...EMPTY, validatorShares: { alliance: d("10") }, totalDelegatorShares: { alliance: d("10") } };

  it("deletes a delegation whose balance truncates to 0 and removes its shares", () => {
    // 0.001 of 10 delegation shares on 10 tokens: 0.001 + 0.01 → 0 tokens
    const dust = { shares: d("0.001"), rewardHistory: [], lastRewardClaimHeight: 0n };
    const cleared = allianceClearDustDelegation({ asset, validator, delegation: dust });
    expect(cleared.delegation).toBeUndefined();
    expect(cleared.validator.totalDelegatorShares).toEqual({ alliance: d("9.999") });
    expect(cleared.validator.validatorShares).toEqual({ alliance: d("10") });
    // v0.3.4 has the same 0 balance here (0.001 + 0.000001)
    expect(
      allianceClearDustDelegation({ asset, validator, delegation: dust }, { version: "v0.3.4" }).delegation,
    ).toBeUndefined();
    // 0.995 shares are worth 0.995 + 0.01 → 1 token with v0.3.6: kept
    const kept = { shares: d("0.995"), rewardHistory: [], lastRewardClaimHeight: 0n };
    expect(allianceClearDustDelegation({ asset, validator, delegation: kept }).delegation).toBe(kept);
    expect(
      allianceClearDustDelegation({ asset, validator, delegation: kept }, { version: "v0.3.4" }).delegation,
    ).toBeUndefined();
  });

  it("drops the validator shares of a validator holding 0 tokens, and all shares of an empty asset", () => {
    const empty = { ...asset, totalTokens: 0n };
    const cleared = allianceClearDustDelegation({ asset: empty, validator });
    expect(cleared.resetValidatorShares).toBe(true);
    expect(cleared.asset.totalValidatorShares).toEqual(Dec.ZERO);
    expect(cleared.validator.validatorShares).toEqual({});
    const other = { ...EMPTY, validatorShares: { alliance: d("3"), other: d("1") } };
    expect(allianceResetValidatorShares(other, "alliance").validatorShares).toEqual({ other: d("1") });
  });
});

describe("allianceRedelegate", () => {
  const zero21 = { seconds: ALLIANCE_ZERO_TIME.seconds + 21n * 86_400n, nanos: 0 };

  it("reproduces tests/delegation_test.go TestSuccessfulRedelegation", () => {
    // the test context runs at Go's zero time: completion = 0001-01-22 (time.Date(1, time.January, 22, ...))
    const first = allianceDelegate({
      asset: newAsset("alliance", "2"),
      validator: EMPTY,
      amount: 500_000n,
      blockHeight: 0n,
    });
    const moved = allianceRedelegate({
      asset: first.asset,
      srcValidatorAddress: "val1",
      dstValidatorAddress: "val2",
      denom: "alliance",
      srcValidator: first.validator,
      dstValidator: EMPTY,
      srcDelegation: first.delegation,
      amount: 500_000n,
      delegatorRedelegations: [],
      blockTime: ALLIANCE_ZERO_TIME,
      blockHeight: 0n,
      unbondingTime: DAYS_21,
    });
    expect(moved.completionTime).toEqual(zero21);
    expect(moved.redelegation).toEqual({
      srcValidatorAddress: "val1",
      dstValidatorAddress: "val2",
      balance: { denom: "alliance", amount: 500_000n },
      completionTime: zero21,
    });
    expect(moved.srcDelegation).toBeUndefined(); // "GetDelegation(delAddr1, valAddr1) not found"
    expect(moved.dstDelegation.shares).toEqual(d("500000"));
    expect(moved.srcValidator.validatorShares).toEqual({});
    expect(moved.dstValidator.validatorShares).toEqual({ alliance: d("500000") });

    // delegator 2 delegates to val2 and moves back to val1: allowed (no redelegation of its own into val2)
    const second = allianceDelegate({
      asset: first.asset,
      validator: moved.dstValidator,
      amount: 500_000n,
      blockHeight: 0n,
    });
    const back = allianceRedelegate({
      asset: second.asset,
      srcValidatorAddress: "val2",
      dstValidatorAddress: "val1",
      denom: "alliance",
      srcValidator: second.validator,
      dstValidator: moved.srcValidator,
      srcDelegation: second.delegation,
      amount: 500_000n,
      delegatorRedelegations: [],
      blockTime: ALLIANCE_ZERO_TIME,
      blockHeight: 0n,
      unbondingTime: DAYS_21,
    });
    expect(back.dstDelegation.shares).toEqual(d("500000"));

    // TestRedelegationFailsWithTransitiveDelegation: delegator 1 cannot move val2 → val1 while val1 → val2 is open
    expect(() =>
      allianceRedelegate({
        asset: second.asset,
        srcValidatorAddress: "val2",
        dstValidatorAddress: "val1",
        denom: "alliance",
        srcValidator: second.validator,
        dstValidator: moved.srcValidator,
        srcDelegation: moved.dstDelegation,
        amount: 500_000n,
        delegatorRedelegations: [moved.redelegation],
        blockTime: ALLIANCE_ZERO_TIME,
        blockHeight: 0n,
        unbondingTime: DAYS_21,
      }),
    ).toThrow(expect.objectContaining({ code: "ALLIANCE_TRANSITIVE_REDELEGATION" }));
  });

  it("reproduces tests/delegation_test.go TestRedelegationFailsWithGreaterAmount", () => {
    const first = allianceDelegate({
      asset: newAsset("alliance", "2"),
      validator: EMPTY,
      amount: 500_000n,
      blockHeight: 0n,
    });
    expect(() =>
      allianceRedelegate({
        asset: first.asset,
        srcValidatorAddress: "val2",
        dstValidatorAddress: "val1",
        denom: "alliance",
        srcValidator: first.validator,
        dstValidator: EMPTY,
        srcDelegation: first.delegation,
        amount: 1_000_000n,
        delegatorRedelegations: [],
        blockTime: START,
        blockHeight: 0n,
        unbondingTime: DAYS_21,
      }),
    ).toThrow(expect.objectContaining({ code: "ALLIANCE_INSUFFICIENT_SHARES" }));
  });

  it("checks the transitive rule per denom and refuses src == dst", () => {
    const record = {
      srcValidatorAddress: "a",
      dstValidatorAddress: "b",
      balance: { denom: "x", amount: 1n },
      completionTime: START,
    };
    expect(() =>
      allianceCheckRedelegation({
        srcValidatorAddress: "b",
        dstValidatorAddress: "c",
        denom: "y",
        delegatorRedelegations: [record],
      }),
    ).not.toThrow();
    expect(() =>
      allianceCheckRedelegation({
        srcValidatorAddress: "b",
        dstValidatorAddress: "c",
        denom: "x",
        delegatorRedelegations: [record],
      }),
    ).toThrow(expect.objectContaining({ code: "ALLIANCE_TRANSITIVE_REDELEGATION", field: "srcValidatorAddress" }));
    expect(() =>
      allianceCheckRedelegation({
        srcValidatorAddress: "c",
        dstValidatorAddress: "c",
        denom: "x",
        delegatorRedelegations: [],
      }),
    ).toThrow(expect.objectContaining({ code: "ALLIANCE_SELF_REDELEGATION" }));
  });
});
