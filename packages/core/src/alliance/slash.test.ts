import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { allianceDelegate, allianceRedelegate, allianceUndelegate } from "./delegation.js";
import { allianceDelegationTokens, allianceValidatorTokens } from "./shares.js";
import {
  allianceSlashRedelegation,
  allianceSlashUndelegations,
  allianceSlashValidator,
  checkAllianceSlashFraction,
} from "./slash.js";
import { ALLIANCE_ZERO_TIME, type AllianceTimestamp, allianceTimeAdd } from "./time.js";
import type { AllianceAssetState, AllianceDelegationState, AllianceValidatorState } from "./types.js";

const d = (text: string): Dec => Dec.fromString(text);
const NOW: AllianceTimestamp = { seconds: 1_700_000_000n, nanos: 0 };
const DAYS_21 = { seconds: 21n * 86_400n, nanos: 0 };
const DOUBLE_SIGN = d("0.05"); // x/slashing default SlashFractionDoubleSign
const EMPTY: AllianceValidatorState = { globalRewardHistory: [], totalDelegatorShares: {}, validatorShares: {} };
const newAsset = (denom: string, rewardWeight: string): AllianceAssetState => ({
  denom,
  rewardWeight: d(rewardWeight),
  takeRate: Dec.ZERO,
  totalTokens: 0n,
  totalValidatorShares: Dec.ZERO,
  rewardStartTime: ALLIANCE_ZERO_TIME,
  rewardChangeRate: Dec.ONE,
  rewardChangeInterval: { seconds: 0n, nanos: 0 },
  lastRewardChangeTime: ALLIANCE_ZERO_TIME,
  rewardWeightRange: { min: d("0"), max: d("15") },
});

/** The delegations of tests/slash_test.go: 10e6 per (user, validator, denom) listed. */
function setUp(plan: [string, string, string][]) {
  const assets = new Map([
    ["alliance", newAsset("alliance", "2")],
    ["alliance2", newAsset("alliance2", "10")],
  ]);
  const validators = new Map<string, AllianceValidatorState>();
  const delegations = new Map<string, AllianceDelegationState>();
  for (const [user, val, denom] of plan) {
    const r = allianceDelegate({
      asset: assets.get(denom) as AllianceAssetState,
      validator: validators.get(val) ?? EMPTY,
      delegation: delegations.get(`${user}/${val}/${denom}`),
      amount: 10_000_000n,
      blockHeight: 1n,
    });
    assets.set(denom, r.asset);
    validators.set(val, r.validator);
    delegations.set(`${user}/${val}/${denom}`, r.delegation);
  }
  return { assets, validators, delegations };
}

describe("allianceSlashValidator", () => {
  it("reproduces tests/slash_test.go TestSlashingEvent (value moves to the other validator)", () => {
    const { assets, validators } = setUp([
      ["user1", "val1", "alliance"],
      ["user1", "val2", "alliance"],
      ["user2", "val1", "alliance"],
      ["user2", "val2", "alliance"],
      ["user1", "val1", "alliance2"],
      ["user1", "val2", "alliance2"],
      ["user2", "val1", "alliance2"],
      ["user2", "val2", "alliance2"],
    ]);
    const val1 = validators.get("val1") as AllianceValidatorState;
    const val2 = validators.get("val2") as AllianceValidatorState;
    const a1 = assets.get("alliance") as AllianceAssetState;
    // "Tokens should remain the same before slashing"
    expect(allianceValidatorTokens(val1, a1).truncateInt()).toBe(20_000_000n);
    const slashed = allianceSlashValidator({ validator: val1, assets: [...assets.values()], fraction: DOUBLE_SIGN });
    expect(slashed.slashedShares).toEqual({ alliance: d("1000000"), alliance2: d("1000000") });
    expect(slashed.validator.validatorShares).toEqual({ alliance: d("19000000"), alliance2: d("19000000") });
    for (const asset of slashed.assets) {
      expect(asset.totalValidatorShares).toEqual(d("39000000"));
      expect(asset.totalTokens).toBe(40_000_000n);
      // "total tokens with validator 1 are reduced", "with validator 2 increased (redistributed from slashing)"
      expect(allianceValidatorTokens(slashed.validator, asset).truncateInt()).toBe(19_487_179n);
      expect(allianceValidatorTokens(val2, asset).truncateInt()).toBe(20_512_820n);
    }
  });

  it("reproduces tests/slash_test.go TestSlashingIncorrectAmount", () => {
    // "slashed fraction must be greater than 0 and less than or equal to 1: 2.000000000000000000"
    expect(() => checkAllianceSlashFraction(d("2"))).toThrow(
      expect.objectContaining({ code: "RATE_OUT_OF_RANGE", value: "2.000000000000000000" }),
    );
    expect(() => allianceSlashValidator({ validator: EMPTY, assets: [], fraction: d("-1") })).toThrow(
      expect.objectContaining({ code: "RATE_OUT_OF_RANGE", value: "-1.000000000000000000" }),
    );
    expect(() => checkAllianceSlashFraction(d("0"))).toThrow(expect.objectContaining({ code: "RATE_OUT_OF_RANGE" }));
    expect(checkAllianceSlashFraction(d("1"))).toEqual(Dec.ONE);
  });

  it("throws ALLIANCE_UNKNOWN_ASSET for shares of an asset not passed (ErrUnknownAsset)", () => {
    const validator = { ...EMPTY, validatorShares: { gone: d("1") } };
    expect(() => allianceSlashValidator({ validator, assets: [], fraction: DOUBLE_SIGN })).toThrow(
      expect.objectContaining({ code: "ALLIANCE_UNKNOWN_ASSET", value: "gone" }),
    );
  });
});

describe("allianceSlashRedelegation", () => {
  it("reproduces tests/slash_test.go TestSlashingAfterRedelegation", () => {
    const { assets, validators, delegations } = setUp([
      ["user1", "val1", "alliance"],
      ["user1", "val2", "alliance"],
      ["user2", "val2", "alliance"],
      ["user1", "val1", "alliance2"],
      ["user1", "val2", "alliance2"],
      ["user2", "val1", "alliance2"],
      ["user2", "val2", "alliance2"],
    ]);
    const asset = assets.get("alliance") as AllianceAssetState;
    const moved = allianceRedelegate({
      asset,
      srcValidatorAddress: "val1",
      dstValidatorAddress: "val2",
      denom: "alliance",
      srcValidator: validators.get("val1") as AllianceValidatorState,
      dstValidator: validators.get("val2") as AllianceValidatorState,
      srcDelegation: delegations.get("user1/val1/alliance") as AllianceDelegationState,
      dstDelegation: delegations.get("user1/val2/alliance"),
      amount: 10_000_000n,
      delegatorRedelegations: [],
      blockTime: NOW,
      blockHeight: 1n,
      unbondingTime: DAYS_21,
    });
    // "Expect that delegation has increased"
    expect(allianceDelegationTokens(moved.dstDelegation.shares, moved.dstValidator, asset)).toBe(20_000_000n);
    // slash val1: its own shares first, then the immature redelegation out of it
    const slashed = allianceSlashValidator({
      validator: moved.srcValidator,
      assets: [...assets.values()],
      fraction: DOUBLE_SIGN,
    });
    const assetAfter = slashed.assets.find((a) => a.denom === "alliance") as AllianceAssetState;
    const r = allianceSlashRedelegation({
      redelegation: moved.redelegation,
      asset: assetAfter,
      dstValidator: moved.dstValidator,
      dstDelegation: moved.dstDelegation,
      fraction: DOUBLE_SIGN,
      blockTime: NOW,
    });
    expect(r.tokensSlashed).toBe(500_000n);
    expect(r.sharesSlashed).toEqual(d("500000"));
    const tokens = allianceDelegationTokens(r.dstDelegation?.shares as Dec, r.dstValidator, assetAfter);
    // "Expect that delegation decreased": 19.5e6 of 29.5e6 delegation shares on 30e6 tokens
    expect(tokens).toBe(19_830_508n);
    // after the redelegation completes, slashing val1 again leaves the delegation alone
    const later = allianceSlashRedelegation({
      redelegation: moved.redelegation,
      asset: assetAfter,
      dstValidator: r.dstValidator,
      dstDelegation: r.dstDelegation,
      fraction: DOUBLE_SIGN,
      blockTime: allianceTimeAdd(allianceTimeAdd(NOW, DAYS_21), { seconds: 1n, nanos: 0 }),
    });
    expect(later.skipped).toBe(true);
    expect(later.dstDelegation).toBe(r.dstDelegation);
    // at exactly the completion time the redelegation is still slashed (!completion.Before(now))
    const atCompletion = allianceSlashRedelegation({
      redelegation: moved.redelegation,
      asset: assetAfter,
      dstValidator: r.dstValidator,
      dstDelegation: r.dstDelegation,
      fraction: DOUBLE_SIGN,
      blockTime: moved.completionTime,
    });
    expect(atCompletion.skipped).toBe(false);
  });
});

describe("allianceSlashRedelegation input checks", () => {
  it("refuses an asset other than the redelegated one", () => {
    const redelegation = {
      srcValidatorAddress: "a",
      dstValidatorAddress: "b",
      balance: { denom: "alliance2", amount: 10n },
      completionTime: NOW,
    };
    expect(() =>
      allianceSlashRedelegation({
        redelegation,
        asset: newAsset("alliance", "1"),
        dstValidator: EMPTY,
        fraction: DOUBLE_SIGN,
        blockTime: NOW,
      }),
    ).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "asset.denom" }));
  });
});

describe("allianceSlashUndelegations", () => {
  it("reproduces tests/slash_test.go TestSlashingAfterUndelegation", () => {
    const { assets, validators, delegations } = setUp([
      ["user1", "val1", "alliance"],
      ["user1", "val2", "alliance"],
      ["user2", "val2", "alliance"],
    ]);
    const out = allianceUndelegate({
      asset: assets.get("alliance") as AllianceAssetState,
      validator: validators.get("val1") as AllianceValidatorState,
      delegation: delegations.get("user1/val1/alliance") as AllianceDelegationState,
      amount: 10_000_000n,
      blockTime: NOW,
      unbondingTime: DAYS_21,
    });
    const entries = [{ delegatorAddress: "user1", validatorAddress: "val1", balance: out.undelegation }];
    const slashed = allianceSlashUndelegations({
      entries,
      completionTime: out.completionTime,
      fraction: DOUBLE_SIGN,
      blockTime: NOW,
    });
    // "Expect something to be slashed from undelegation entry"
    expect(slashed.entries[0]?.balance).toEqual({ denom: "alliance", amount: 9_500_000n });
    expect(slashed.slashed).toEqual([{ denom: "alliance", amount: 500_000n }]);
    // after it completes, slashing again changes nothing
    const later = allianceSlashUndelegations({
      entries: slashed.entries,
      completionTime: out.completionTime,
      fraction: DOUBLE_SIGN,
      blockTime: allianceTimeAdd(out.completionTime, { seconds: 1n, nanos: 0 }),
    });
    expect(later.entries).toBe(slashed.entries);
    expect(later.slashed).toEqual([]);
  });

  it("slashes every entry of the record, as Go does", () => {
    const entries = [
      { delegatorAddress: "d", validatorAddress: "val1", balance: { denom: "a", amount: 999n } },
      { delegatorAddress: "d", validatorAddress: "val2", balance: { denom: "a", amount: 20n } },
    ];
    const r = allianceSlashUndelegations({ entries, completionTime: NOW, fraction: d("0.1"), blockTime: NOW });
    expect(r.entries.map((e) => e.balance.amount)).toEqual([900n, 18n]);
  });
});
