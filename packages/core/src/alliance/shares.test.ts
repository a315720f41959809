import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import {
  allianceDelegationTokens,
  allianceNewDelegationShares,
  allianceNewValidatorShares,
  allianceSubtractSharesWithRounding,
  allianceValidateDelegatedAmount,
  allianceValidatorTokens,
} from "./shares.js";
import type { AllianceValidatorState } from "./types.js";
import { allianceRewardSplit, allianceRounder } from "./version.js";

const d = (text: string): Dec => Dec.fromString(text);
const asset = (totalTokens: bigint, totalValidatorShares: string) => ({
  denom: "alliance",
  totalTokens,
  totalValidatorShares: d(totalValidatorShares),
});
const validator = (validatorShares: string, totalDelegatorShares: string): AllianceValidatorState => ({
  globalRewardHistory: [],
  validatorShares: validatorShares === "0" ? {} : { alliance: d(validatorShares) },
  totalDelegatorShares: totalDelegatorShares === "0" ? {} : { alliance: d(totalDelegatorShares) },
});

describe("alliance versions", () => {
  it("uses Rounder 0.01 for v0.3.6 and 0.000001 for v0.3.4", () => {
    // alliance-math.md §0: v0.3.6 types/params.go:16; v0.3.4 types/asset.go:50,61
    expect(allianceRounder().toString()).toBe("0.010000000000000000");
    expect(allianceRounder({ version: "v0.3.6" }).toString()).toBe("0.010000000000000000");
    expect(allianceRounder({ version: "v0.3.4" }).toString()).toBe("0.000001000000000000");
    expect(allianceRewardSplit()).toBe("stakedRewardWeight");
    expect(allianceRewardSplit({ version: "v0.3.4" })).toBe("rewardWeight");
  });

  it("refuses an unknown version", () => {
    expect(() => allianceRounder({ version: "v9" as "v0.3.6" })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT", field: "options.version" }),
    );
  });
});

describe("validator tokens (TotalTokensWithAsset)", () => {
  it("reports all the asset's tokens while no validator shares exist", () => {
    // alliance-math.md §2: TotalValidatorShares == 0 ? Dec(TotalTokens)
    expect(allianceValidatorTokens(validator("0", "0"), asset(5n, "0")).toString()).toBe("5.000000000000000000");
  });

  it("splits tokens by validator shares with Quo then Mul", () => {
    // slash_test.go TestSlashingEvent: after a 5% slash val1 holds 19e6 of 39e6 shares of 40e6 tokens (asserted
    // there: below 20e6 for val1, above for val2; exact values from Quo then Mul)
    const slashed = asset(40_000_000n, "39000000");
    expect(allianceValidatorTokens(validator("19000000", "20000000"), slashed).toString()).toBe(
      "19487179.487179487160000000",
    );
    expect(allianceValidatorTokens(validator("20000000", "20000000"), slashed).toString()).toBe(
      "20512820.512820512840000000",
    );
  });
});

describe("new shares", () => {
  it("mints validator shares 1:1 on an empty asset, then at TotalValidatorShares/TotalTokens", () => {
    // tests/delegation_test.go TestUndelegatingLargeNumbers: Delegate returns LegacyNewDec(830697941465481)
    expect(allianceNewValidatorShares(asset(0n, "0"), 830697941465481n).toString()).toBe(
      "830697941465481.000000000000000000",
    );
    // ...and LegacyNewDec(975933204219431) for the second delegator
    expect(allianceNewValidatorShares(asset(830697941465481n, "830697941465481"), 975933204219431n).toString()).toBe(
      "975933204219431.000000000000000000",
    );
  });

  it("rounds TotalValidatorShares/TotalTokens before multiplying (Quo then MulInt)", () => {
    // 2/3 = 0.666666666666666667 (half-even), × 3 = 2.000000000000000001
    expect(allianceNewValidatorShares(asset(3n, "2"), 3n).toString()).toBe("2.000000000000000001");
  });

  it("mints delegation shares 1:1 while the validator's delegator shares truncate to 0", () => {
    // alliance-math.md §2: trunc(TotalDelegatorShares) == 0 ? Dec(t)
    expect(allianceNewDelegationShares(validator("10", "0.5"), asset(10n, "10"), 7n).toString()).toBe(
      "7.000000000000000000",
    );
  });

  it("prices delegation shares at TotalDelegatorShares/validatorTokens", () => {
    // tests/delegation_test.go TestUndelegateAfterClaimingTakeRate: 1e9 shares worth 5e8 after a 50% take
    const v = validator("1000000000", "1000000000");
    expect(allianceNewDelegationShares(v, asset(1_000_000_000n, "2000000000"), 1_000_000_000n).toString()).toBe(
      "2000000000.000000000000000000",
    );
  });

  it("throws DIVISION_BY_ZERO where Go divides by zero", () => {
    expect(() => allianceNewValidatorShares(asset(0n, "5"), 1n)).toThrow(
      expect.objectContaining({ code: "DIVISION_BY_ZERO" }),
    );
    // delegators keep shares after the validator's shares were slashed away
    expect(() => allianceNewDelegationShares(validator("0", "10"), asset(10n, "10"), 1n)).toThrow(
      expect.objectContaining({ code: "DIVISION_BY_ZERO" }),
    );
  });

  it("refuses negative token amounts", () => {
    expect(() => allianceNewValidatorShares(asset(1n, "1"), -1n)).toThrow(
      expect.objectContaining({ code: "NEGATIVE_AMOUNT", field: "tokens" }),
    );
  });
});

describe("delegation tokens (GetDelegationTokens) with the Rounder", () => {
  // One delegator with 1999 of 2000 delegation shares on a validator holding 19.99 tokens: 19.980005 tokens.
  const v = validator("1999", "2000");
  const a = asset(1999n, "19999");
  it("computes shares.Quo(total).Mul(validatorTokens) + Rounder, truncated", () => {
    // validatorTokens = (1999/19999 = 0.099954997749887494 rounded) · 1999 = 199.810040502025100506
    expect(allianceValidatorTokens(v, a).toString()).toBe("199.810040502025100506");
    // 1999/2000 · 199.810040502025100506 + 0.01 = 199.72013548... → 199
    expect(allianceDelegationTokens(d("1999"), v, a)).toBe(199n);
  });

  it("rounds 9.995 up to 10 with v0.3.6's 0.01 but not with v0.3.4's 0.000001", () => {
    // alliance-math.md §2: TruncateInt(value + Rounder); value = 1999/2000 · 10 = 9.995
    const ten = asset(10n, "10");
    const holder = validator("10", "2000");
    expect(allianceDelegationTokens(d("1999"), holder, ten)).toBe(10n);
    expect(allianceDelegationTokens(d("1999"), holder, ten, { version: "v0.3.4" })).toBe(9n);
  });

  it("gives the validator's tokens when it has no delegator shares", () => {
    expect(allianceDelegationTokens(d("0"), validator("10", "0"), asset(10n, "10"))).toBe(10n);
  });
});

describe("ValidateDelegatedAmount", () => {
  const v = validator("1000000", "1000000");
  const a = asset(1_000_000n, "1000000");

  it("returns the shares for the tokens asked", () => {
    expect(allianceValidateDelegatedAmount(d("1000000"), 250_000n, v, a).toString()).toBe("250000.000000000000000000");
  });

  it("takes the whole delegation when the difference is below the Rounder", () => {
    // keeper/delegation.go:387-409: |del.Shares − s0| < Rounder → del.Shares
    expect(allianceValidateDelegatedAmount(d("1000000.009"), 1_000_000n, v, a).toString()).toBe(
      "1000000.009000000000000000",
    );
    // v0.3.4's Rounder is 1e-6: 0.009 short is not a full exit, and the shares cap at s0 = 1e6
    expect(allianceValidateDelegatedAmount(d("1000000.009"), 1_000_000n, v, a, { version: "v0.3.4" }).toString()).toBe(
      "1000000.000000000000000000",
    );
  });

  it("caps at the delegation's shares when they lie between trunc(s0) and s0", () => {
    // 3 delegator shares on 2 tokens: 1 token needs s0 = 1.5; a delegation of 1.2 shares gives its 1.2
    const v3 = validator("2", "3");
    expect(allianceValidateDelegatedAmount(d("1.2"), 1n, v3, asset(2n, "2")).toString()).toBe("1.200000000000000000");
  });

  it("throws ALLIANCE_INSUFFICIENT_SHARES when the shares are below trunc(s0)", () => {
    // tests/delegation_test.go TestRedelegationFailsWithGreaterAmount: 500k delegated, 1e6 asked
    const half = validator("500000", "500000");
    expect(() => allianceValidateDelegatedAmount(d("500000"), 1_000_000n, half, asset(500_000n, "500000"))).toThrow(
      expect.objectContaining({ code: "ALLIANCE_INSUFFICIENT_SHARES", field: "amount", value: 1_000_000n }),
    );
  });
});

describe("SubtractDecCoinsWithRounding", () => {
  it("subtracts and drops zero entries", () => {
    expect(allianceSubtractSharesWithRounding({ a: d("5"), b: d("1") }, "b", d("1"))).toEqual({ a: d("5") });
  });

  it("clamps an overshoot below 1 to zero", () => {
    // types/validator.go:35-47: a2 > a1 && a2 − a1 < 1 → subtract a1
    expect(allianceSubtractSharesWithRounding({ a: d("5") }, "a", d("5.999999999999999999"))).toEqual({});
  });

  it("throws where Go's DecCoins.Sub panics", () => {
    expect(() => allianceSubtractSharesWithRounding({ a: d("5") }, "a", d("6"))).toThrow(
      expect.objectContaining({ code: "ALLIANCE_INSUFFICIENT_SHARES" }),
    );
    expect(() => allianceSubtractSharesWithRounding({}, "a", d("-1"))).toThrow(
      expect.objectContaining({ code: "NEGATIVE_AMOUNT" }),
    );
  });
});
