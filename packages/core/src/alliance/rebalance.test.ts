import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { type AllianceRebalanceValidator, allianceRebalanceTargets } from "./rebalance.js";
import { ALLIANCE_ZERO_TIME, type AllianceTimestamp, allianceTimeAdd } from "./time.js";

const d = (text: string): Dec => Dec.fromString(text);
const NOW: AllianceTimestamp = { seconds: 1_700_000_000n, nanos: 0 };
const hours = (n: number) => ({ seconds: BigInt(n) * 3600n, nanos: 0 });
const asset = (denom: string, rewardWeight: string, totalValidatorShares: string, start = ALLIANCE_ZERO_TIME) => ({
  denom,
  rewardWeight: d(rewardWeight),
  totalValidatorShares: d(totalValidatorShares),
  rewardStartTime: start,
});

/** A validator whose x/staking shares equal its tokens (a fresh validator), holding `module` of them for alliance. */
function validator(
  operatorAddress: string,
  shares: Record<string, string>,
  ownTokens: bigint,
  moduleTokens: bigint,
  bonded = true,
): AllianceRebalanceValidator {
  const tokens = ownTokens + moduleTokens;
  return {
    operatorAddress,
    bonded,
    validatorShares: Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, d(v)])),
    tokens,
    delegatorShares: Dec.fromInt(tokens),
    moduleDelegationShares: Dec.fromInt(moduleTokens),
  };
}

/** The bonded total after applying every delta (mint-and-delegate or unbond-and-burn). */
function bondedAfter(totalBondedTokens: bigint, result: ReturnType<typeof allianceRebalanceTargets>): bigint {
  return result.targets.reduce((sum, t) => sum + t.delta, totalBondedTokens);
}

describe("allianceRebalanceTargets (tests/asset_test.go, tests/delegation_test.go)", () => {
  it("reproduces TestRebalancingWithJailedValidator: 12e6 · (1 + 0.1 + 0.5) = 19.2e6 (alliance-math.md §4)", () => {
    const assets = [asset("alliance", "0.1", "50000000"), asset("alliance2", "0.5", "40000000")];
    const val0 = validator("val0", {}, 10_000_000n, 0n);
    const shares1 = { alliance: "30000000", alliance2: "20000000" };
    const shares2 = { alliance: "20000000", alliance2: "20000000" };
    const first = allianceRebalanceTargets({
      assets,
      validators: [val0, validator("val1", shares1, 1_000_000n, 0n), validator("val2", shares2, 1_000_000n, 0n)],
      totalBondedTokens: 12_000_000n,
      blockTime: NOW,
    });
    expect(first.nativeBond).toBe(12_000_000n);
    expect(first.targets.map((t) => [t.operatorAddress, t.expected.toString(), t.delta])).toEqual([
      ["val0", "0.000000000000000000", 0n],
      ["val1", "3720000.000000000000000000", 3_720_000n],
      ["val2", "3480000.000000000000000000", 3_480_000n],
    ]);
    expect(bondedAfter(12_000_000n, first)).toBe(19_200_000n); // "12 * 1.6 = 19.2"
    // val2 jailed: bonded total drops to 14.72e6; rebalancing moves its share to val1: "11 * 1.6 = 17.6"
    const jailed = allianceRebalanceTargets({
      assets,
      validators: [
        val0,
        validator("val1", shares1, 1_000_000n, 3_720_000n),
        validator("val2", shares2, 1_000_000n, 3_480_000n, false),
      ],
      totalBondedTokens: 14_720_000n,
      blockTime: NOW,
    });
    expect(jailed.nativeBond).toBe(11_000_000n);
    expect(jailed.targets.map((t) => t.delta)).toEqual([0n, 2_880_000n]);
    expect(bondedAfter(14_720_000n, jailed)).toBe(17_600_000n);
    // unjailed: 22.08e6 bonded until rebalancing returns to 19.2e6
    const unjailed = allianceRebalanceTargets({
      assets,
      validators: [
        val0,
        validator("val1", shares1, 1_000_000n, 6_600_000n),
        validator("val2", shares2, 1_000_000n, 3_480_000n),
      ],
      totalBondedTokens: 22_080_000n,
      blockTime: NOW,
    });
    expect(unjailed.allianceBond).toBe(10_080_000n);
    expect(unjailed.targets.map((t) => t.delta)).toEqual([0n, -2_880_000n, 0n]);
    expect(bondedAfter(22_080_000n, unjailed)).toBe(19_200_000n);
  });

  it("reproduces TestRebalancingWithUnbondedValidator (16e6 → 13.1e6 → 16e6 → 18.9e6 → 16e6)", () => {
    const assets = [asset("alliance", "0.1", "50000000"), asset("alliance2", "0.5", "40000000")];
    const val0 = validator("val0", {}, 10_000_000n, 0n);
    const shares1 = { alliance: "30000000", alliance2: "20000000" };
    const shares2 = { alliance: "20000000", alliance2: "20000000" };
    const first = allianceRebalanceTargets({
      assets,
      validators: [val0, validator("val1", shares1, 0n, 0n), validator("val2", shares2, 0n, 0n)],
      totalBondedTokens: 10_000_000n,
      blockTime: NOW,
    });
    expect(bondedAfter(10_000_000n, first)).toBe(16_000_000n);
    expect(first.targets.map((t) => t.delta)).toEqual([0n, 3_100_000n, 2_900_000n]);
    // MaxValidators = 2 unbonds val2: 13.1e6 bonded, rebalanced back to 16e6 on val1
    const unbonded = allianceRebalanceTargets({
      assets,
      validators: [val0, validator("val1", shares1, 0n, 3_100_000n), validator("val2", shares2, 0n, 2_900_000n, false)],
      totalBondedTokens: 13_100_000n,
      blockTime: NOW,
    });
    expect(bondedAfter(13_100_000n, unbonded)).toBe(16_000_000n);
    // MaxValidators = 3 rebonds val2: 18.9e6, rebalanced to 16e6
    const rebonded = allianceRebalanceTargets({
      assets,
      validators: [val0, validator("val1", shares1, 0n, 6_000_000n), validator("val2", shares2, 0n, 2_900_000n)],
      totalBondedTokens: 18_900_000n,
      blockTime: NOW,
    });
    expect(rebonded.targets.map((t) => t.delta)).toEqual([0n, -2_900_000n, 0n]);
    expect(bondedAfter(18_900_000n, rebonded)).toBe(16_000_000n);
  });

  it("reproduces TestRebalancingWithDelayedRewardsStartTime (12e6 → 18e6 → 20.4e6)", () => {
    const assets = [
      asset("alliance", "0.5", "50000000", allianceTimeAdd(NOW, hours(24))),
      asset("alliance2", "0.2", "40000000", allianceTimeAdd(NOW, hours(48))),
    ];
    const val0 = validator("val0", {}, 10_000_000n, 0n);
    const shares1 = { alliance: "30000000", alliance2: "20000000" };
    const shares2 = { alliance: "20000000", alliance2: "20000000" };
    const run = (module1: bigint, module2: bigint, total: bigint, after: number) =>
      allianceRebalanceTargets({
        assets,
        validators: [
          val0,
          validator("val1", shares1, 1_000_000n, module1),
          validator("val2", shares2, 1_000_000n, module2),
        ],
        totalBondedTokens: total,
        blockTime: allianceTimeAdd(NOW, hours(after)),
      });
    expect(bondedAfter(12_000_000n, run(0n, 0n, 12_000_000n, 0))).toBe(12_000_000n);
    expect(bondedAfter(12_000_000n, run(0n, 0n, 12_000_000n, 24))).toBe(18_000_000n); // "12 * 1.5 = 18"
    expect(bondedAfter(18_000_000n, run(3_600_000n, 2_400_000n, 18_000_000n, 72))).toBe(20_400_000n); // 12 · 1.7
  });

  it("reproduces TestRebalancingAfterRewardsRateChange (3e6 → 21e6 → 2e6)", () => {
    const val0 = validator("val0", {}, 1_000_000n, 0n);
    const run = (rewardWeight: string, module: bigint, total: bigint) =>
      allianceRebalanceTargets({
        assets: [asset("alliance", rewardWeight, "1000000")],
        validators: [val0, validator("val1", { alliance: "1000000" }, 0n, module)],
        totalBondedTokens: total,
        blockTime: NOW,
      });
    expect(bondedAfter(1_000_000n, run("2", 0n, 1_000_000n))).toBe(3_000_000n);
    expect(bondedAfter(3_000_000n, run("20", 2_000_000n, 3_000_000n))).toBe(21_000_000n);
    expect(bondedAfter(21_000_000n, run("1", 20_000_000n, 21_000_000n))).toBe(2_000_000n);
  });

  it("reproduces TestDelegationWithASingleAsset / TestDelegationWithMultipleAssets (module shares 2 and 12)", () => {
    // the genesis validator holds 1e6 tokens for 1 share, so the module's 2e6 tokens are 2 shares
    const genesis = (
      shares: Record<string, string>,
      moduleShares: string,
      tokens: bigint,
      delegatorShares: string,
    ) => ({
      operatorAddress: "val",
      bonded: true,
      validatorShares: Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, d(v)])),
      tokens,
      delegatorShares: d(delegatorShares),
      moduleDelegationShares: d(moduleShares),
    });
    const single = allianceRebalanceTargets({
      assets: [asset("alliance", "2", "1000000")],
      validators: [genesis({ alliance: "1000000" }, "0", 1_000_000n, "1")],
      totalBondedTokens: 1_000_000n,
      blockTime: NOW,
    });
    expect(single.targets[0]?.delta).toBe(2_000_000n); // "Total ALLIANCE tokens should be 2 * totalBonded"
    const again = allianceRebalanceTargets({
      assets: [asset("alliance", "2", "2000000")],
      validators: [genesis({ alliance: "2000000" }, "2", 3_000_000n, "3")],
      totalBondedTokens: 3_000_000n,
      blockTime: NOW,
    });
    expect(again.targets[0]?.delta).toBe(0n); // "total shares should not change"
    const multiple = allianceRebalanceTargets({
      assets: [asset("alliance", "2", "2000000"), asset("alliance2", "10", "1000000")],
      validators: [genesis({ alliance: "2000000", alliance2: "1000000" }, "0", 1_000_000n, "1")],
      totalBondedTokens: 1_000_000n,
      blockTime: NOW,
    });
    expect(multiple.targets[0]?.delta).toBe(12_000_000n); // "1 * 2 + 1 * 10 = 12"
  });

  it("reproduces the 13e6 bonded total of tests/slash_test.go TestSlashingEvent", () => {
    const result = allianceRebalanceTargets({
      assets: [asset("alliance", "2", "40000000"), asset("alliance2", "10", "40000000")],
      validators: [
        validator("val0", {}, 1_000_000n, 0n),
        validator("val1", { alliance: "20000000", alliance2: "20000000" }, 0n, 0n),
        validator("val2", { alliance: "20000000", alliance2: "20000000" }, 0n, 0n),
      ],
      totalBondedTokens: 1_000_000n,
      blockTime: NOW,
    });
    expect(bondedAfter(1_000_000n, result)).toBe(13_000_000n);
  });

  it("refuses a module stake larger than the bonded total", () => {
    expect(() =>
      allianceRebalanceTargets({
        assets: [],
        validators: [validator("val1", {}, 0n, 5n)],
        totalBondedTokens: 4n,
        blockTime: NOW,
      }),
    ).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "totalBondedTokens" }));
  });
});
