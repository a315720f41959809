import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  liquidStakeIbcAutoCompoundFactor,
  liquidStakeIbcCurrentUnbondingEpoch,
  liquidStakeIbcCValue,
  liquidStakeIbcCValueLimits,
  liquidStakeIbcCValueWithinLimits,
  liquidStakeIbcExpectedClaimTime,
  liquidStakeIbcIsUnbondingEpoch,
  liquidStakeIbcLiquidStakedAmount,
  liquidStakeIbcLsmMintAmounts,
  liquidStakeIbcMintAmounts,
  liquidStakeIbcRedeemAmounts,
  liquidStakeIbcRedemptionRate,
  liquidStakeIbcRestakeAmounts,
  liquidStakeIbcTotalDelegations,
  liquidStakeIbcUnstakeAmounts,
} from "./liquidstakeibc.js";

const d = (text: string) => Dec.fromString(text);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof SdkError) return error.code;
    throw error;
  }
  return undefined;
}

// Host chain of x/liquidstakeibc/keeper/setup_suite_test.go SetupHostChainAB: deposit fee 0.01, restake fee 0.02,
// unstake fee 0.03, redemption fee 0.03, minimum deposit 5, c-value 1, unbonding factor 4, autocompound factor 20.
const hc = {
  depositFee: d("0.01"),
  restakeFee: d("0.02"),
  unstakeFee: d("0.03"),
  redemptionFee: d("0.03"),
  minimumDeposit: 5n,
  cValue: Dec.ONE,
};

describe("c-value", () => {
  it("sums what is staked", () => {
    // 100 + 1000 + 20 + 30 + 4 = 1154
    expect(
      liquidStakeIbcLiquidStakedAmount({
        lsmDepositAmountUntokenized: 100n,
        totalDelegations: 1000n,
        depositAmountOnPersistence: 20n,
        depositAmountOnHostChain: 30n,
        validatorUnbondingAmount: 4n,
      }),
    ).toBe(1154n);
  });

  it("totals validator delegations (x/liquidstakeibc/types/host_chain_test.go: three validators of 1 → 3)", () => {
    expect(
      liquidStakeIbcTotalDelegations([{ delegatedAmount: 1n }, { delegatedAmount: 1n }, { delegatedAmount: 1n }]),
    ).toBe(3n);
  });

  it("is minted / staked, and 1 when either is 0", () => {
    // 10,000,000 / 10,234,567 = 0.97708090630507377(6..) rounded half-even
    expect(liquidStakeIbcCValue({ mintedAmount: 10000000n, liquidStakedAmount: 10234567n }).toString()).toBe(
      "0.977080906305073776",
    );
    expect(liquidStakeIbcCValue({ mintedAmount: 0n, liquidStakedAmount: 5n }).equals(Dec.ONE)).toBe(true);
    expect(liquidStakeIbcCValue({ mintedAmount: 5n, liquidStakedAmount: 0n }).equals(Dec.ONE)).toBe(true);
  });

  it("redemptionRate is the rounded reciprocal", () => {
    // 1 / 0.95 = 1.0526315789473684210526.. → 1.052631578947368421
    expect(liquidStakeIbcRedemptionRate(d("0.95")).toString()).toBe("1.052631578947368421");
    // 1 / 0.6 = 1.666.. → ...667 (rounded up)
    expect(liquidStakeIbcRedemptionRate(d("0.6")).toString()).toBe("1.666666666666666667");
    expect(codeOf(() => liquidStakeIbcRedemptionRate(Dec.ZERO))).toBe("DIVISION_BY_ZERO");
  });

  it("converts the autocompound factor (setup_suite_test.go CalculateAutocompoundLimit(20))", () => {
    // 20 / 100 = 0.2; 0.2 / 365 = 0.000547945205479452(05..) → 0.000547945205479452
    expect(liquidStakeIbcAutoCompoundFactor(20n).toString()).toBe("0.000547945205479452");
    expect(liquidStakeIbcAutoCompoundFactor(d("20")).toString()).toBe("0.000547945205479452");
    expect(codeOf(() => liquidStakeIbcAutoCompoundFactor(-1n))).toBe("INVALID_ARGUMENT");
  });

  it("recomputes the limits (x/liquidstakeibc/keeper/keeper_test.go TestRecalculateCValueLimits)", () => {
    const autoCompoundFactor = liquidStakeIbcAutoCompoundFactor(20n);
    // (0, 0): limits left as they are
    expect(
      liquidStakeIbcCValueLimits({
        cValue: Dec.ONE,
        mintedAmount: 0n,
        liquidStakedAmount: 0n,
        totalDelegations: 0n,
        autoCompoundFactor,
      }),
    ).toBeUndefined();
    // diff = 1000 · 0.000547945205479452 · 2 = 1.095890410958904;
    // lower = 1000 / 1001.095890410958904 = 0.998905309250136836; upper = 1 + (1 − lower)·10 = 1.010946907498631640
    const limits = liquidStakeIbcCValueLimits({
      cValue: Dec.ONE,
      mintedAmount: 1000n,
      liquidStakedAmount: 1000n,
      totalDelegations: 1000n,
      autoCompoundFactor,
    });
    expect(limits?.lowerCValueLimit.toString()).toBe("0.998905309250136836");
    expect(limits?.upperCValueLimit.toString()).toBe("1.010946907498631640");
  });

  it("checks the limits strictly (keeper.go CValueWithinLimits)", () => {
    const lowerCValueLimit = d("0.998905309250136836");
    const upperCValueLimit = d("1.010946907498631640");
    expect(liquidStakeIbcCValueWithinLimits({ cValue: Dec.ONE, lowerCValueLimit, upperCValueLimit })).toBe(true);
    expect(liquidStakeIbcCValueWithinLimits({ cValue: lowerCValueLimit, lowerCValueLimit, upperCValueLimit })).toBe(
      false,
    );
    expect(liquidStakeIbcCValueWithinLimits({ cValue: upperCValueLimit, lowerCValueLimit, upperCValueLimit })).toBe(
      false,
    );
    // keeper_test.go TestUpdateCValue: upper limit 0.5 with c-value 1 disables the chain
    expect(liquidStakeIbcCValueWithinLimits({ cValue: Dec.ONE, lowerCValueLimit, upperCValueLimit: d("0.5") })).toBe(
      false,
    );
  });
});

describe("liquid stake", () => {
  it("mints with the deposit fee taken in stk (setup_suite_test.go TestOneFullFlow: 1,000,000 at c-value 1)", () => {
    // mint = 1,000,000 · 1; fee = 0.01 · 1,000,000 = 10,000; received 990,000
    expect(liquidStakeIbcMintAmounts({ ...hc, amount: 1000000n })).toEqual({
      mintAmount: 1000000n,
      fee: 10000n,
      received: 990000n,
    });
  });

  it("truncates mint and fee (hand-computed)", () => {
    // 1,234,567 · 0.95 = 1,172,838.65 → 1,172,838; 0.01 · 1,172,838 = 11,728.38 → 11,728; received 1,161,110
    expect(liquidStakeIbcMintAmounts({ ...hc, cValue: d("0.95"), amount: 1234567n })).toEqual({
      mintAmount: 1172838n,
      fee: 11728n,
      received: 1161110n,
    });
  });

  it("enforces the minimum deposit (msg_server_test.go: amount 0 fails; MinDeposit 5)", () => {
    expect(codeOf(() => liquidStakeIbcMintAmounts({ ...hc, amount: 0n }))).toBe("AMOUNT_BELOW_MINIMUM");
    expect(codeOf(() => liquidStakeIbcMintAmounts({ ...hc, amount: 4n }))).toBe("AMOUNT_BELOW_MINIMUM");
    expect(liquidStakeIbcMintAmounts({ ...hc, amount: 5n }).mintAmount).toBe(5n);
  });

  it("values LSM shares at the validator's exchange rate", () => {
    // 1000 · 0.99 = 990; mint 990 at c-value 1; fee 9.9 → 9; received 981
    expect(liquidStakeIbcLsmMintAmounts({ ...hc, lsmTokens: 1000n, exchangeRate: d("0.99") })).toEqual({
      depositAmount: 990n,
      mintAmount: 990n,
      fee: 9n,
      received: 981n,
    });
    // the minimum reads the Dec value: 5 · 0.99 = 4.95 < 5 fails; 6 · 0.9 = 5.4 passes and deposits 5
    expect(codeOf(() => liquidStakeIbcLsmMintAmounts({ ...hc, lsmTokens: 5n, exchangeRate: d("0.99") }))).toBe(
      "AMOUNT_BELOW_MINIMUM",
    );
    expect(liquidStakeIbcLsmMintAmounts({ ...hc, lsmTokens: 6n, exchangeRate: d("0.9") }).depositAmount).toBe(5n);
  });

  it("refuses fees outside [0, 1] (types/liquidstakeibc_test.go TestHostChainLSParams_Validate)", () => {
    expect(codeOf(() => liquidStakeIbcMintAmounts({ ...hc, depositFee: d("-1"), amount: 10n }))).toBe(
      "RATE_OUT_OF_RANGE",
    );
    expect(codeOf(() => liquidStakeIbcRestakeAmounts({ transferAmount: 10n, restakeFee: d("1.1") }))).toBe(
      "RATE_OUT_OF_RANGE",
    );
    expect(codeOf(() => liquidStakeIbcUnstakeAmounts({ ...hc, unstakeFee: d("-1"), amount: 10n }))).toBe(
      "RATE_OUT_OF_RANGE",
    );
    expect(codeOf(() => liquidStakeIbcRedeemAmounts({ ...hc, redemptionFee: d("1.2"), amount: 10n }))).toBe(
      "RATE_OUT_OF_RANGE",
    );
  });
});

describe("unstake and redeem", () => {
  it("unstakes with the fee (setup_suite_test.go TestOneFullFlow: 100,000 stk at c-value 1)", () => {
    // fee = 0.03 · 100,000 = 3,000; unstake 97,000; unbond 97,000 · (1/1) = 97,000
    expect(liquidStakeIbcUnstakeAmounts({ ...hc, amount: 100000n })).toEqual({
      fee: 3000n,
      unstakeAmount: 97000n,
      unbondAmount: 97000n,
    });
  });

  it("redeems with the fee (setup_suite_test.go TestOneFullFlow: 100,000 stk at c-value 1)", () => {
    // fee 3,000; burn 97,000; redeem 97,000 / 1 = 97,000
    expect(liquidStakeIbcRedeemAmounts({ ...hc, amount: 100000n })).toEqual({
      fee: 3000n,
      burnAmount: 97000n,
      redeemAmount: 97000n,
    });
  });

  it("unstake multiplies by the rounded reciprocal, redeem divides", () => {
    // c-value 0.7: 1/0.7 = 1.428571428571428571; 7 · that = 9.999999999999999997 → 9, while 7 / 0.7 = 10
    const c = { cValue: d("0.7"), minimumDeposit: 1n };
    expect(liquidStakeIbcUnstakeAmounts({ ...c, unstakeFee: Dec.ZERO, amount: 7n }).unbondAmount).toBe(9n);
    expect(liquidStakeIbcRedeemAmounts({ ...c, redemptionFee: Dec.ZERO, amount: 7n }).redeemAmount).toBe(10n);
    // c-value 0.95, fee 0.005: fee 5,000, unstake 995,000 · 1.052631578947368421 = 1,047,368.42.. → 1,047,368
    expect(
      liquidStakeIbcUnstakeAmounts({ cValue: d("0.95"), unstakeFee: d("0.005"), minimumDeposit: 1n, amount: 1000000n }),
    ).toEqual({ fee: 5000n, unstakeAmount: 995000n, unbondAmount: 1047368n });
  });

  it("can pay a unit more than was staked for huge amounts (the rounded reciprocal, chain behaviour)", () => {
    // stake 5e18 at c-value 0.6 → mint 3e18; unstake 3e18 · 1.666666666666666667 = 5e18 + 1
    const minted = liquidStakeIbcMintAmounts({
      ...hc,
      depositFee: Dec.ZERO,
      cValue: d("0.6"),
      amount: 5n * 10n ** 18n,
    });
    expect(minted.received).toBe(3n * 10n ** 18n);
    const out = liquidStakeIbcUnstakeAmounts({
      ...hc,
      unstakeFee: Dec.ZERO,
      cValue: d("0.6"),
      amount: minted.received,
    });
    expect(out.unbondAmount).toBe(5n * 10n ** 18n + 1n);
  });

  it("applies the minimum and the liquidity checks", () => {
    // msg_server_test.go: the minimum deposit also applies to the stk amount
    expect(codeOf(() => liquidStakeIbcUnstakeAmounts({ ...hc, amount: 4n }))).toBe("AMOUNT_BELOW_MINIMUM");
    // ErrNotEnoughDelegations: 97,000 queued on top of 3,000 reaches 100,000 delegated
    expect(
      codeOf(() =>
        liquidStakeIbcUnstakeAmounts({ ...hc, amount: 100000n, totalDelegations: 100000n, epochUnbondAmount: 3000n }),
      ),
    ).toBe("INSUFFICIENT_LIQUIDITY");
    expect(
      liquidStakeIbcUnstakeAmounts({ ...hc, amount: 100000n, totalDelegations: 100001n, epochUnbondAmount: 3000n })
        .unbondAmount,
    ).toBe(97000n);
    // redeem refuses when redeem ≥ deposits (IsGTE)
    expect(codeOf(() => liquidStakeIbcRedeemAmounts({ ...hc, amount: 100000n, depositAccountBalance: 97000n }))).toBe(
      "INSUFFICIENT_LIQUIDITY",
    );
    expect(liquidStakeIbcRedeemAmounts({ ...hc, amount: 100000n, depositAccountBalance: 97001n }).redeemAmount).toBe(
      97000n,
    );
  });

  it("takes the restake fee from autocompounded rewards", () => {
    // 0.02 · 123,457 = 2,469.14 → 2,469; deposit 120,988
    expect(liquidStakeIbcRestakeAmounts({ transferAmount: 123457n, restakeFee: hc.restakeFee })).toEqual({
      fee: 2469n,
      depositAmount: 120988n,
    });
  });
});

describe("unbonding epochs", () => {
  it("rounds up to the next multiple of the factor (types/liquidstakeibc_test.go TestCurrentUnbondingEpoch)", () => {
    expect(liquidStakeIbcCurrentUnbondingEpoch(4n, 1n)).toBe(4n); // "1 gets 4"
    expect(liquidStakeIbcCurrentUnbondingEpoch(4n, 4n)).toBe(4n); // "4 gets 4"
    expect(liquidStakeIbcCurrentUnbondingEpoch(4n, 5n)).toBe(8n);
    expect(codeOf(() => liquidStakeIbcCurrentUnbondingEpoch(0n, 5n))).toBe("INVALID_ARGUMENT");
  });

  it("knows unbonding epochs (types/liquidstakeibc_test.go TestIsUnbondingEpoch)", () => {
    expect(liquidStakeIbcIsUnbondingEpoch(4n, 4n)).toBe(true);
    expect(liquidStakeIbcIsUnbondingEpoch(4n, 3n)).toBe(false);
  });

  it("estimates the claim date", () => {
    // epoch 5 started 2024-01-10; factor 4 → unbonding epoch 8, which ends 4 days after epoch 5 started:
    // 2024-01-14; + 21 days of host unbonding = 2024-02-04
    const estimate = liquidStakeIbcExpectedClaimTime({
      currentEpoch: 5n,
      currentEpochStartTime: new Date("2024-01-10T00:00:00Z"),
      unbondingFactor: 4n,
      hostUnbondingTimeSeconds: 1814400n,
    });
    expect(estimate.unbondingEpoch).toBe(8n);
    expect(estimate.undelegationTime.toISOString()).toBe("2024-01-14T00:00:00.000Z");
    expect(estimate.claimableTime.toISOString()).toBe("2024-02-04T00:00:00.000Z");
    // unstaking during epoch 8 itself: sent when epoch 8 ends, one day after it started
    const same = liquidStakeIbcExpectedClaimTime({
      currentEpoch: 8n,
      currentEpochStartTime: new Date("2024-01-13T00:00:00Z"),
      unbondingFactor: 4n,
      hostUnbondingTimeSeconds: 1814400n,
    });
    expect(same.undelegationTime.toISOString()).toBe("2024-01-14T00:00:00.000Z");
  });
});
