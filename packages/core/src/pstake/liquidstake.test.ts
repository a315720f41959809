import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  checkLiquidStakeMinAmount,
  checkLiquidStakeQuorum,
  liquidStakeActiveWeightQuorum,
  liquidStakeAutocompound,
  liquidStakeDeductFeeRate,
  liquidStakeDelegationAmounts,
  liquidStakeDivideByCurrentWeight,
  liquidStakeDivideByWeight,
  liquidStakeHourlyApy,
  liquidStakeMinMaxGap,
  liquidStakeMintAmount,
  liquidStakeMintRate,
  liquidStakeNetAmount,
  liquidStakeRebalanceTargets,
  liquidStakeRebalancingThreshold,
  liquidStakeRedemptionRate,
  liquidUnstakeAmounts,
  nativeTokenToStkXprt,
  stkXprtToNativeToken,
} from "./liquidstake.js";

const d = (text: string) => Dec.fromString(text);
const n = (value: bigint) => Dec.fromInt(value);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof SdkError) return error.code;
    throw error;
  }
  return undefined;
}

describe("NetAmount, mintRate and redemptionRate", () => {
  it("sums liquid tokens and unbonding balance only", () => {
    // CalcNetAmount = Dec(totalLiquidTokens + totalUnbondingBalance): 40001 + 9999 = 50000
    expect(liquidStakeNetAmount({ totalLiquidTokens: 40001n, totalUnbondingBalance: 9999n }).toString()).toBe(
      "50000.000000000000000000",
    );
  });

  it("mintRate is stkXPRT per XPRT, QuoTruncate, 0 when NetAmount ≤ 0", () => {
    // 5,000,000,000 / 5,100,000,000 = 0.98039215686274509803... truncated at 18 decimals
    expect(liquidStakeMintRate({ stkxprtTotalSupply: 5000000000n, netAmount: n(5100000000n) }).toString()).toBe(
      "0.980392156862745098",
    );
    expect(liquidStakeMintRate({ stkxprtTotalSupply: 5000000000n, netAmount: Dec.ZERO }).isZero()).toBe(true);
    expect(liquidStakeMintRate({ stkxprtTotalSupply: 5n, netAmount: d("-1") }).isZero()).toBe(true);
  });

  it("redemptionRate is XPRT per stkXPRT from the same integers", () => {
    // 5,100,000,000 / 5,000,000,000 = 1.02 (the "reward added" state of types/liquidstake_test.go)
    expect(liquidStakeRedemptionRate({ stkxprtTotalSupply: 5000000000n, netAmount: n(5100000000n) }).toString()).toBe(
      "1.020000000000000000",
    );
    expect(liquidStakeRedemptionRate({ stkxprtTotalSupply: 0n, netAmount: n(10n) }).isZero()).toBe(true);
  });
});

describe("StkXPRTToNativeToken and DeductFeeRate (x/liquidstake/types/liquidstake_test.go TestStkXPRTToNativeTokenWithFee)", () => {
  const cases = [
    // reward added case: 100,000,000 · 5,100,000,000 / 5,000,000,000 = 102,000,000
    { net: 5100000000n, fee: "0", expected: "102000000.000000000000000000" },
    // reward added case with fee: 102,000,000 · (1 − 0.005) = 101,490,000
    { net: 5100000000n, fee: "0.005", expected: "101490000.000000000000000000" },
    // slashed case: 100,000,000 · 4,000,000,000 / 5,000,000,000 = 80,000,000
    { net: 4000000000n, fee: "0", expected: "80000000.000000000000000000" },
    // slashed case with fee: 80,000,000 · 0.999 = 79,920,000
    { net: 4000000000n, fee: "0.001", expected: "79920000.000000000000000000" },
  ];
  for (const c of cases) {
    it(`net ${c.net}, fee ${c.fee}`, () => {
      let out = stkXprtToNativeToken({ stkAmount: 100000000n, stkxprtTotalSupply: 5000000000n, netAmount: n(c.net) });
      if (d(c.fee).isPositive()) out = liquidStakeDeductFeeRate(out, d(c.fee));
      expect(out.toString()).toBe(c.expected);
    });
  }

  it("rejects a fee outside [0, 1] and a zero supply", () => {
    expect(codeOf(() => liquidStakeDeductFeeRate(n(10n), d("1.1")))).toBe("RATE_OUT_OF_RANGE");
    expect(codeOf(() => liquidStakeDeductFeeRate(n(10n), d("-0.1")))).toBe("RATE_OUT_OF_RANGE");
    expect(codeOf(() => stkXprtToNativeToken({ stkAmount: 1n, stkxprtTotalSupply: 0n, netAmount: n(1n) }))).toBe(
      "DIVISION_BY_ZERO",
    );
  });
});

describe("NativeTokenToStkXPRT (x/liquidstake/types/liquidstake_test.go TestNativeToStkXPRTTo)", () => {
  it.each([
    // 5e9 · 1e8 / 5e9 = 1e8
    [5000000000n, 100000000n],
    // 5e9 · 1e8 / 4e9 = 125,000,000
    [4000000000n, 125000000n],
    // 5e9 · 1e8 / 55e9 = 9,090,909.09... → 9,090,909
    [55000000000n, 9090909n],
  ])("net %s mints %s", (net, expected) => {
    expect(nativeTokenToStkXprt({ amount: 100000000n, stkxprtTotalSupply: 5000000000n, netAmount: n(net) })).toBe(
      expected,
    );
  });

  it("divides by the whole part of NetAmount", () => {
    // NetAmount 2.9 → TruncateDec 2: 10 · 5 / 2 = 25 (not 17.24 as with 2.9)
    expect(nativeTokenToStkXprt({ amount: 5n, stkxprtTotalSupply: 10n, netAmount: d("2.9") })).toBe(25n);
    expect(codeOf(() => nativeTokenToStkXprt({ amount: 5n, stkxprtTotalSupply: 10n, netAmount: d("0.9") }))).toBe(
      "DIVISION_BY_ZERO",
    );
  });
});

describe("LiquidStake mint and checks", () => {
  it("mints 1:1 on the first stake (keeper/liquidstake_test.go TestLiquidStake: 50000 → 50000)", () => {
    expect(liquidStakeMintAmount({ amount: 50000n, stkxprtTotalSupply: 0n, netAmount: Dec.ZERO })).toBe(50000n);
  });

  it("mints by NetAmount afterwards and refuses a zero result", () => {
    // 40000 supply, 50000 NetAmount: 1000 · 40000 / 50000 = 800
    expect(liquidStakeMintAmount({ amount: 1000n, stkxprtTotalSupply: 40000n, netAmount: n(50000n) })).toBe(800n);
    // 1 · 40000 / 50000 = 0.8 → 0 → ErrTooSmallLiquidStakeAmount
    expect(codeOf(() => liquidStakeMintAmount({ amount: 1n, stkxprtTotalSupply: 40000n, netAmount: n(50000n) }))).toBe(
      "AMOUNT_TOO_SMALL",
    );
    // stkXPRT exists but NetAmount is 0 → ErrInsufficientProxyAccBalance
    expect(codeOf(() => liquidStakeMintAmount({ amount: 1000n, stkxprtTotalSupply: 5n, netAmount: Dec.ZERO }))).toBe(
      "DIVISION_BY_ZERO",
    );
  });

  it("checks the minimum amount with LT (TestLiquidStake stakes exactly MinLiquidStakeAmount = 50000)", () => {
    expect(checkLiquidStakeMinAmount(50000n, 50000n)).toBe(50000n);
    expect(codeOf(() => checkLiquidStakeMinAmount(49999n, 50000n))).toBe("AMOUNT_BELOW_MINIMUM");
  });

  it("checks the active weight quorum", () => {
    // TestLiquidStake (HEAD): weights 3333·3 → 9999 / 10000 = 0.9999
    expect(checkLiquidStakeQuorum([3333n, 3333n, 3333n]).toString()).toBe("0.999900000000000000");
    // exactly 0.3333 passes (LT check), 0.3332 does not
    expect(liquidStakeActiveWeightQuorum([3333n]).toString()).toBe("0.333300000000000000");
    expect(checkLiquidStakeQuorum([3333n]).toString()).toBe("0.333300000000000000");
    expect(codeOf(() => checkLiquidStakeQuorum([3332n]))).toBe("QUORUM_NOT_REACHED");
    // TestLiquidStake "fail, no active validator" → ErrActiveLiquidValidatorsNotExists
    expect(codeOf(() => checkLiquidStakeQuorum([]))).toBe("QUORUM_NOT_REACHED");
  });

  it("rejects negative or non-bigint amounts", () => {
    expect(codeOf(() => liquidStakeMintAmount({ amount: -1n, stkxprtTotalSupply: 0n, netAmount: Dec.ZERO }))).toBe(
      "NEGATIVE_AMOUNT",
    );
    expect(
      codeOf(() =>
        liquidStakeMintAmount({ amount: 5 as unknown as bigint, stkxprtTotalSupply: 0n, netAmount: Dec.ZERO }),
      ),
    ).toBe("INVALID_AMOUNT");
    expect(
      codeOf(() => liquidStakeMintAmount({ amount: 5n, stkxprtTotalSupply: 1n, netAmount: "5" as unknown as Dec })),
    ).toBe("INVALID_DECIMAL");
  });
});

describe("DivideByWeight (x/liquidstake/types/rebalancing_test.go TestDivideByWeight)", () => {
  it.each([
    // 10,000,000 / 3 = 3,333,333.33 per unit of weight → 3,333,333 each, crumb 1
    [10000000n, [1n, 1n, 1n], [3333333n, 3333333n, 3333333n], 1n],
    // 10,000,000 / 5 = 2,000,000 per unit → 4M, 4M, 2M, crumb 0
    [10000000n, [2n, 2n, 1n], [4000000n, 4000000n, 2000000n], 0n],
    // 10 / 3 = 3.33 → 3, 3, 3, crumb 1
    [10n, [1n, 1n, 1n], [3n, 3n, 3n], 1n],
  ])("%s by %s", (input, weights, outputs, crumb) => {
    const result = liquidStakeDivideByWeight(input, weights);
    expect(result.outputs).toEqual(outputs);
    expect(result.crumb).toBe(crumb);
  });

  it("delegates the crumb to the first validator (keeper/liquidstake_test.go TestLiquidStake: 16668/16666/16666)", () => {
    // 50000 over weights 3333·3: unit 50000/9999 = 5.000500050005000500, ·3333 = 16666.66.. → 16666, crumb 2 → first
    expect(liquidStakeDelegationAmounts(50000n, [3333n, 3333n, 3333n])).toEqual([16668n, 16666n, 16666n]);
    // keeper/rebalancing_test.go TestRebalancingCase1: 49998 over weights 10·3 → 16666 each, crumb 0
    expect(liquidStakeDelegationAmounts(49998n, [10n, 10n, 10n])).toEqual([16666n, 16666n, 16666n]);
  });

  it("refuses weights that sum to 0", () => {
    expect(codeOf(() => liquidStakeDivideByWeight(10n, [0n, 0n]))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => liquidStakeDivideByWeight(10n, []))).toBe("INVALID_ARGUMENT");
  });
});

describe("DivideByCurrentWeight (x/liquidstake/types/rebalancing_test.go TestDivideByCurrentWeight)", () => {
  it.each([
    // unit 10M/5M = 2 → 4M, 4M, 2M, crumb 0
    [10000000n, [2000000n, 2000000n, 1000000n], ["4000000", "4000000", "2000000"], "0"],
    // unit 10M/3M = 3.333333333333333333 → 3,333,333 each (truncated), crumb 1
    [10000000n, [1000000n, 1000000n, 1000000n], ["3333333", "3333333", "3333333"], "1"],
    // unit 10/6 = 1.666666666666666666 → 4.99..→4, 3.33..→3, 1.66..→1, crumb 2
    [10n, [3n, 2n, 1n], ["4", "3", "1"], "2"],
    // unit 10M/15,000,001 = 0.666666622222225185 → 6,666,666, 1,333,333, 2,000,000, crumb 1
    [10000000n, [10000000n, 2000000n, 3000001n], ["6666666", "1333333", "2000000"], "1"],
  ])("%s by %s", (input, tokens, outputs, crumb) => {
    const result = liquidStakeDivideByCurrentWeight(n(input), tokens);
    expect(result.outputs.map((o) => o.toString())).toEqual(outputs.map((o) => `${o}.000000000000000000`));
    expect(result.crumb.toString()).toBe(`${crumb}.000000000000000000`);
  });
});

describe("LiquidUnstake", () => {
  it("reproduces keeper/liquidstake_test.go TestLiquidStake: 10000 of 50000 → 9999 unbonding, crumb 1", () => {
    // native = 10000 · 50000 / 50000 = 10000; unit 10000/50000 = 0.2; 0.2·16668 = 3333.6 → 3333, 0.2·16666 → 3333
    const result = liquidUnstakeAmounts({
      amount: 10000n,
      stkxprtTotalSupply: 50000n,
      netAmount: n(50000n),
      unstakeFeeRate: Dec.ZERO,
      liquidTokens: [16668n, 16666n, 16666n],
    });
    expect(result.nativeAmount.toString()).toBe("10000.000000000000000000");
    expect(result.unbondingAmounts).toEqual([3333n, 3333n, 3333n]);
    expect(result.unbondingAmount).toBe(9999n);
    expect(result.unbondedAmount).toBe(0n);
    expect(result.crumb.toString()).toBe("1.000000000000000000");
    // left delegated: 16668−3333 = 13335, 13333, 13333; total 40001 (TotalActiveLiquidTokens in the test)
    const left = [16668n, 16666n, 16666n].map((t, i) => t - (result.unbondingAmounts[i] ?? 0n));
    expect(left).toEqual([13335n, 13333n, 13333n]);
    expect(left.reduce((a, b) => a + b)).toBe(40001n);
  });

  it("refuses too small unstakes (keeper/liquidstake_test.go TestLiquidUnstakeEdgeCases, 5,000,000 staked)", () => {
    const state = {
      stkxprtTotalSupply: 5000000n,
      netAmount: n(5000000n),
      unstakeFeeRate: Dec.ZERO,
      // 5,000,000 over weights 10·3: 1,666,666 each, crumb 2 to the first
      liquidTokens: [1666668n, 1666666n, 1666666n],
    };
    // 2 stk → native 2, unit 2/5,000,000 = 0.0000004, every share < 1 → all crumb → ErrTooSmallLiquidUnstakingAmount
    expect(codeOf(() => liquidUnstakeAmounts({ ...state, amount: 2n }))).toBe("AMOUNT_TOO_SMALL");
    // 0 stk → native 0 → ErrTooSmallLiquidUnstakingAmount
    expect(codeOf(() => liquidUnstakeAmounts({ ...state, amount: 0n }))).toBe("AMOUNT_TOO_SMALL");
    // 1000 stk succeeds: unit 0.0002 → 333.3336 → 333, 333.3332 → 333, 333; crumb 1
    const ok = liquidUnstakeAmounts({ ...state, amount: 1000n });
    expect(ok.unbondingAmounts).toEqual([333n, 333n, 333n]);
    expect(ok.crumb.toString()).toBe("1.000000000000000000");
  });

  it("applies the fee and the slashed NetAmount (hand-computed)", () => {
    // native = TruncateDec(123,456,789 · 4e9 / 5e9) = 98,765,431; ·0.999 = 98,666,665.569 → 98,666,665
    // unit = 98,666,665 / 4e9 = 0.02466666625 → 49,333,332.5 → 49,333,332; 36,999,999.375 → 36,999,999;
    // 12,333,333.125 → 12,333,333; crumb 1
    const result = liquidUnstakeAmounts({
      amount: 123456789n,
      stkxprtTotalSupply: 5000000000n,
      netAmount: n(4000000000n),
      unstakeFeeRate: d("0.001"),
      liquidTokens: [2000000000n, 1500000000n, 500000000n],
    });
    expect(result.nativeAmount.toString()).toBe("98666665.000000000000000000");
    expect(result.unbondingAmounts).toEqual([49333332n, 36999999n, 12333333n]);
    expect(result.unbondingAmount).toBe(98666664n);
    expect(result.crumb.toString()).toBe("1.000000000000000000");
  });

  it("pays from the proxy account when nothing is delegated", () => {
    // no liquid tokens: native 1000 · 2000 / 2000 = 1000 paid at once if the proxy holds it
    const base = {
      amount: 1000n,
      stkxprtTotalSupply: 2000n,
      netAmount: n(2000n),
      unstakeFeeRate: Dec.ZERO,
      liquidTokens: [0n, 0n],
    };
    const result = liquidUnstakeAmounts({ ...base, proxyAccBalance: 1000n });
    expect(result.unbondedAmount).toBe(1000n);
    expect(result.unbondingAmount).toBe(0n);
    expect(codeOf(() => liquidUnstakeAmounts({ ...base, proxyAccBalance: 999n }))).toBe("INSUFFICIENT_FUNDS");
    expect(codeOf(() => liquidUnstakeAmounts(base))).toBe("INVALID_ARGUMENT");
  });

  it("refuses more than the supply (ErrInvalidStkXPRTSupply)", () => {
    const state = { stkxprtTotalSupply: 100n, netAmount: n(100n), unstakeFeeRate: Dec.ZERO, liquidTokens: [100n] };
    expect(codeOf(() => liquidUnstakeAmounts({ ...state, amount: 101n }))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => liquidUnstakeAmounts({ ...state, stkxprtTotalSupply: 0n, amount: 0n }))).toBe("INVALID_AMOUNT");
  });
});

describe("autocompound", () => {
  it("caps the hourly restake by the inflation APY (hand-computed)", () => {
    // bondRatio = 600/1000 = 0.6; 0.12/0.6 = 0.2; /365 = 0.000547945205479452(054..) → ...452;
    // /24 = 0.0000228310502283105 exactly → half-even tie → 0.000022831050228310
    const hourlyApy = liquidStakeHourlyApy({ inflation: d("0.12"), bondedTokens: 600n, bondDenomSupply: 1000n });
    expect(hourlyApy.toString()).toBe("0.000022831050228310");
    // limit = TruncateInt(1e12 · 0.00002283105022831) = 22,831,050; fee = TruncateInt(0.05 · 22,831,050) = 1,141,552
    expect(
      liquidStakeAutocompound({
        netAmount: n(1000000000000n),
        hourlyApy,
        proxyAccBalance: 30000000n,
        autocompoundFeeRate: d("0.05"),
      }),
    ).toEqual({ limit: 22831050n, amount: 22831050n, fee: 1141552n, delegable: 21689498n });
    // balance below the limit: amount = 1,000,000, fee 50,000
    expect(
      liquidStakeAutocompound({
        netAmount: n(1000000000000n),
        hourlyApy,
        proxyAccBalance: 1000000n,
        autocompoundFeeRate: d("0.05"),
      }),
    ).toEqual({ limit: 22831050n, amount: 1000000n, fee: 50000n, delegable: 950000n });
  });

  it("refuses a zero bond ratio", () => {
    expect(codeOf(() => liquidStakeHourlyApy({ inflation: d("0.1"), bondedTokens: 0n, bondDenomSupply: 10n }))).toBe(
      "DIVISION_BY_ZERO",
    );
  });
});

describe("rebalancing (disabled on core-1, kept for history)", () => {
  it("targets of keeper/rebalancing_test.go TestRebalancingCase1 (49998 liquid tokens)", () => {
    // 4 validators of weight 10: 49998·10/40 = 12499 each, crumb 2 to the first → 12501
    expect(liquidStakeRebalanceTargets(49998n, [10n, 10n, 10n, 10n])).toEqual([12501n, 12499n, 12499n, 12499n]);
    // 5 validators: 9999 each, crumb 3 → 10002
    expect(liquidStakeRebalanceTargets(49998n, [10n, 10n, 10n, 10n, 10n])).toEqual([
      10002n,
      9999n,
      9999n,
      9999n,
      9999n,
    ]);
    // 2 whitelisted of 4 (the others weight 0): 24999, 24999
    expect(liquidStakeRebalanceTargets(49998n, [10n, 10n, 0n, 0n])).toEqual([24999n, 24999n, 0n, 0n]);
    // threshold TruncateInt(0.001 · 49998) = 49
    expect(liquidStakeRebalancingThreshold(49998n)).toBe(49n);
  });

  // x/liquidstake/types/rebalancing_test.go TestMinMaxGap
  const e = 100000000n;
  const cases: [string, bigint[], bigint[], number | undefined, number | undefined, bigint, boolean][] = [
    ["zero case", [0n, 0n, 0n, 0n], [0n, 0n, 0n, 0n], undefined, undefined, 0n, false],
    ["1-1", [e, e, e, e], [133333334n, 133333333n, 133333333n, 0n], 3, 0, 33333334n, false],
    ["1-2", [e, e, e, e], [133333334n - 33333334n, 133333333n, 133333333n, 33333334n], 3, 1, 33333333n, false],
    [
      "1-3",
      [e, e, e, e],
      [133333334n - 33333334n, 133333333n - 33333333n, 133333333n, 33333334n + 33333333n],
      3,
      2,
      33333333n,
      false,
    ],
    ["1-4", [e, e, e, e], [e, e, e, 33333334n + 33333333n + 33333333n], undefined, undefined, 0n, false],
    ["2-1", [133333334n, 133333333n, 133333333n, 0n], [e, e, e, e], 0, 3, 33333334n, false],
    ["2-2", [133333334n, 133333333n, 133333333n, 0n], [e + 33333334n, e, e, e - 33333334n], 1, 3, 33333333n, false],
    [
      "2-3 last redelegation",
      [133333334n, 133333333n, 133333333n, 0n],
      [e + 33333334n, e + 33333333n, e, e - 33333334n - 33333333n],
      2,
      3,
      33333333n,
      true,
    ],
  ];
  it.each(cases)("MinMaxGap %s", (_name, targets, tokens, minIndex, maxIndex, amount, last) => {
    expect(liquidStakeMinMaxGap(targets, tokens)).toEqual({
      minGapIndex: minIndex,
      maxGapIndex: maxIndex,
      amountNeeded: amount,
      lastRedelegation: last,
    });
  });
});
