import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allianceAnnualTakeRate } from "../alliance/index.js";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { liquidStakeRedemptionRate } from "../pstake/liquidstake.js";
import {
  lstGrowth,
  lstStakingYield,
  positionYieldStack,
  YIELD_SECONDS_PER_YEAR,
  yieldAllianceRewardsApr,
  yieldAprToApy,
  yieldCompoundedAnnualRate,
  yieldNativeStakingApr,
  yieldPerformanceFeeApr,
  yieldSimpleAnnualRate,
  yieldStack,
  yieldTakeRateLayer,
} from "./index.js";

const d = (text: string) => Dec.fromString(text);
const DAY = 86400n;
const T0 = 1_700_000_000n;

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof SdkError) return error.code;
    throw error;
  }
  return undefined;
}

describe("annualisation", () => {
  it("simple and compounded rates of a weekly growth", () => {
    // APR = 0.001 · 31,536,000 / 604,800 = 0.0521428571428571428(57..) → ...143
    expect(yieldSimpleAnnualRate(d("0.001"), 7n * DAY).toString()).toBe("0.052142857142857143");
    // a year = 52 weeks + 1 day: APY = 1.001^52 · (1 + 0.001·86,400/604,800) − 1
    //   = 1.053348...· 1.000142857142857143 − 1 = 0.053498851683502267
    expect(yieldCompoundedAnnualRate(d("0.001"), 7n * DAY).toString()).toBe("0.053498851683502267");
  });

  it("is exact for a period that divides the year", () => {
    // 0.02% a day: APR 0.0002 · 365 = 0.073; APY 1.0002^365 − 1 = 0.075722685157326477
    expect(yieldSimpleAnnualRate(d("0.0002"), DAY).toString()).toBe("0.073000000000000000");
    expect(yieldCompoundedAnnualRate(d("0.0002"), DAY).toString()).toBe("0.075722685157326477");
  });

  it("falls back to the APR for a period longer than a year", () => {
    // 21% over 2 years: APR 0.105; no whole year-period fits, so APY = APR (documented approximation)
    expect(yieldSimpleAnnualRate(d("0.21"), 2n * YIELD_SECONDS_PER_YEAR).toString()).toBe("0.105000000000000000");
    expect(yieldCompoundedAnnualRate(d("0.21"), 2n * YIELD_SECONDS_PER_YEAR).toString()).toBe("0.105000000000000000");
  });

  it("converts an APR to an APY", () => {
    // (1 + 0.1/365)^365 − 1 = 0.105155781616264376 (daily); n = 1 gives the APR back
    expect(yieldAprToApy(d("0.1"), 365n).toString()).toBe("0.105155781616264376");
    expect(yieldAprToApy(d("0.1"), 1n).toString()).toBe("0.100000000000000000");
    expect(codeOf(() => yieldAprToApy(d("0.1"), 0n))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => yieldCompoundedAnnualRate(d("-1.5"), DAY))).toBe("INVALID_ARGUMENT");
  });
});

describe("LST staking yield", () => {
  it("from redemption rates", () => {
    const y = lstStakingYield(
      { time: T0, redemptionRate: d("1") },
      { time: T0 + 7n * DAY, redemptionRate: d("1.001") },
    );
    // growth 1.001/1 − 1 = 0.001 over a week (see "annualisation")
    expect(y.growth.toString()).toBe("0.001000000000000000");
    expect(y.elapsedSeconds).toBe(604800n);
    expect(y.apr.toString()).toBe("0.052142857142857143");
    expect(y.apy.toString()).toBe("0.053498851683502267");
  });

  it("from stkXPRT mint rates (which fall as value grows)", () => {
    const y = lstStakingYield({ time: T0, mintRate: d("0.9") }, { time: T0 + 30n * DAY, mintRate: d("0.899") });
    // growth = 0.9/0.899 − 1 = 0.001112347052280311(45..); APR = g · 365/30 = 0.013533555802743784;
    // APY = (1+g)^12 · (1 + g·5/30) − 1 = 0.013618012034812227 (a year is 12 periods of 30 days + 5 days)
    expect(y.growth.toString()).toBe("0.001112347052280311");
    expect(y.apr.toString()).toBe("0.013533555802743784");
    expect(y.apy.toString()).toBe("0.013618012034812227");
  });

  it("from liquidstakeibc c-values", () => {
    // 0.98/0.979 − 1 = 0.001021450459652707 in a day; APR ·365 = 0.372829417773238055; APY (1+g)^365 − 1
    const y = lstStakingYield({ time: T0, cValue: d("0.98") }, { time: T0 + DAY, cValue: d("0.979") });
    expect(y.growth.toString()).toBe("0.001021450459652707");
    expect(y.apr.toString()).toBe("0.372829417773238055");
    expect(y.apy.toString()).toBe("0.451560426428504238");
  });

  it("from redemption rates computed with the liquidstake math", () => {
    // 5.0e9/5.0e9 = 1 a year ago, 5.1e9/5.0e9 = 1.02 now: 2% over exactly a year → APR = APY = 0.02
    const start = liquidStakeRedemptionRate({ stkxprtTotalSupply: 5000000000n, netAmount: Dec.fromInt(5000000000n) });
    const end = liquidStakeRedemptionRate({ stkxprtTotalSupply: 5000000000n, netAmount: Dec.fromInt(5100000000n) });
    const y = lstStakingYield(
      { time: T0, redemptionRate: start },
      { time: T0 + YIELD_SECONDS_PER_YEAR, redemptionRate: end },
    );
    expect(y.apr.toString()).toBe("0.020000000000000000");
    expect(y.apy.toString()).toBe("0.020000000000000000");
  });

  it("shows slashing as a negative yield", () => {
    // 1 → 0.99 in a day: growth −0.01
    expect(
      lstGrowth({ time: T0, redemptionRate: d("1") }, { time: T0 + DAY, redemptionRate: d("0.99") }).toString(),
    ).toBe("-0.010000000000000000");
  });

  it("refuses mixed directions, zero rates and time going backwards", () => {
    expect(codeOf(() => lstGrowth({ time: T0, redemptionRate: d("1") }, { time: T0 + DAY, mintRate: d("1") }))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(codeOf(() => lstGrowth({ time: T0, mintRate: Dec.ZERO }, { time: T0 + DAY, mintRate: d("1") }))).toBe(
      "DIVISION_BY_ZERO",
    );
    expect(codeOf(() => lstStakingYield({ time: T0, mintRate: d("1") }, { time: T0, mintRate: d("0.9") }))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(
      codeOf(() =>
        lstGrowth({ time: T0, mintRate: d("1"), redemptionRate: d("1") } as never, {
          time: T0 + DAY,
          mintRate: d("0.9"),
        }),
      ),
    ).toBe("INVALID_ARGUMENT");
  });
});

describe("reward APRs", () => {
  // inflation 10% of a 1e15 supply; 600e12 natively bonded; alliance weights 0.1 + 0.5 → bonded 600e12·1.6 = 960e12
  const chain = {
    inflation: d("0.1"),
    bondDenomSupply: 10n ** 15n,
    bondedTokens: 960n * 10n ** 12n,
    communityTax: d("0.02"),
    commission: d("0.05"),
  };

  it("native staking APR", () => {
    // 0.1·1e15 = 1e14; ·0.98·0.95 = 9.31e13; / 9.6e14 = 0.0969791666666666666(6..) → ...667
    expect(yieldNativeStakingApr(chain).toString()).toBe("0.096979166666666667");
  });

  it("Alliance rewards APR of an asset (rewardWeight 0.1)", () => {
    // virtual stake 0.1·600e12 = 60e12 → share 60/960 = 0.0625; rewards 9.31e13 · 0.0625 = 5.81875e12;
    // asset value 50e12 · 2.5 = 125e12 → APR 5.81875 / 125 = 0.04655
    const apr = yieldAllianceRewardsApr({
      ...chain,
      nativeBond: 600n * 10n ** 12n,
      rewardWeight: d("0.1"),
      assetTotalTokens: 50n * 10n ** 12n,
      assetPriceInNative: d("2.5"),
    });
    expect(apr.toString()).toBe("0.046550000000000000");
  });

  it("refuses a zero denominator", () => {
    expect(codeOf(() => yieldNativeStakingApr({ ...chain, bondedTokens: 0n }))).toBe("DIVISION_BY_ZERO");
    expect(
      codeOf(() =>
        yieldAllianceRewardsApr({
          ...chain,
          nativeBond: 1n,
          rewardWeight: d("0.1"),
          assetTotalTokens: 0n,
          assetPriceInNative: d("1"),
        }),
      ),
    ).toBe("DIVISION_BY_ZERO");
    expect(codeOf(() => yieldNativeStakingApr({ ...chain, communityTax: d("1.5") }))).toBe("RATE_OUT_OF_RANGE");
  });
});

describe("yield stacks", () => {
  // Alliance take rate 0.0000005 per 5 minutes: 105,120 intervals a year, 1 − 0.9999995^105120 = 0.051202620962747316
  const annualTakeRate = allianceAnnualTakeRate(d("0.0000005"), { seconds: 300n, nanos: 0 });

  it("annualises the take rate through the Alliance math", () => {
    expect(annualTakeRate.toString()).toBe("0.051202620962747316");
    expect(yieldTakeRateLayer(d("0.0000005"), { seconds: 300n, nanos: 0 })).toEqual({
      kind: "takeRate",
      name: "Alliance take rate",
      apr: annualTakeRate,
    });
  });

  it("an LST restaked through Alliance", () => {
    const stack = positionYieldStack({
      kind: "restakedLst",
      name: "stkATOM",
      lstApr: d("0.05"),
      restakingApr: d("0.04655"),
      annualTakeRate,
    });
    expect(stack.layers.map((l) => l.kind)).toEqual(["lst", "restaking", "takeRate"]);
    // 0.05 + 0.04655 − 0.051202620962747316 = 0.045347379037252684; daily: (1 + net/365)^365 − 1
    expect(stack.netApr.toString()).toBe("0.045347379037252684");
    expect(stack.netApy.toString()).toBe("0.046388343780325835");
  });

  it("a basket share weights its LSTs by value (basket-vault.md E5 targets and APRs)", () => {
    // 0.35·0.150 + 0.25·0.160 + 0.35·0.170 + 0.05·0.095 = 0.0525 + 0.04 + 0.0595 + 0.00475 = 0.15675
    const constituents = [
      { name: "stATOM", weight: d("0.35"), lstApr: d("0.150") },
      { name: "qATOM", weight: d("0.25"), lstApr: d("0.160") },
      { name: "dATOM", weight: d("0.35"), lstApr: d("0.170") },
      { name: "stkATOM", weight: d("0.05"), lstApr: d("0.095") },
    ];
    const stack = positionYieldStack({ kind: "basketShare", constituents });
    expect(stack.layers.map((l) => l.apr.toString())).toEqual([
      "0.052500000000000000",
      "0.040000000000000000",
      "0.059500000000000000",
      "0.004750000000000000",
    ]);
    expect(stack.netApr.toString()).toBe("0.156750000000000000");
    expect(stack.netApy.toString()).toBe("0.169663793261861597");
    // a 10% performance fee costs 0.015675 a year: net 0.141075, daily APY 0.151479622680620939
    const fee = yieldPerformanceFeeApr(stack.netApr, d("0.1"));
    expect(fee.toString()).toBe("0.015675000000000000");
    const net = positionYieldStack({
      kind: "basketShare",
      constituents,
      fees: [{ name: "performance fee", apr: fee }],
    });
    expect(net.netApr.toString()).toBe("0.141075000000000000");
    expect(net.netApy.toString()).toBe("0.151479622680620939");
    // unnormalised weights give the same average: 7, 5, 7, 1 (Σ 20)
    const scaled = positionYieldStack({
      kind: "basketShare",
      constituents: constituents.map((c, i) => ({ ...c, weight: Dec.fromInt([7n, 5n, 7n, 1n][i] ?? 0n) })),
    });
    expect(scaled.netApr.toString()).toBe("0.156750000000000000");
  });

  it("native stake and plain LST; compounding is an option", () => {
    const stake = positionYieldStack(
      { kind: "nativeStake", name: "XPRT", stakingApr: d("0.1") },
      { compoundingPeriodsPerYear: 1n },
    );
    expect(stake.netApr.toString()).toBe("0.100000000000000000");
    expect(stake.netApy.toString()).toBe("0.100000000000000000");
    const lst = positionYieldStack({ kind: "lst", name: "stkXPRT", lstApr: d("0.1") });
    expect(lst.netApy.toString()).toBe("0.105155781616264376");
  });

  it("refuses negative costs and unknown kinds", () => {
    expect(codeOf(() => yieldStack([{ kind: "fee", name: "x", apr: d("-0.01") }]))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => yieldStack([{ kind: "bonus" as never, name: "x", apr: d("0.01") }]))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => positionYieldStack({ kind: "basketShare", constituents: [] }))).toBe("DIVISION_BY_ZERO");
    expect(codeOf(() => yieldPerformanceFeeApr(d("0.1"), d("1.1")))).toBe("RATE_OUT_OF_RANGE");
    // earning layers may be negative (a slashed LST)
    expect(
      yieldStack([{ kind: "lst", name: "x", apr: d("-0.01") }], { compoundingPeriodsPerYear: 1n }).netApr.toString(),
    ).toBe("-0.010000000000000000");
  });
});

describe("yield properties", () => {
  const RUNS = { numRuns: 500 };

  it("compounding never pays less than the simple rate for a non-negative growth", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 16n }),
        fc.bigInt({ min: 3600n, max: YIELD_SECONDS_PER_YEAR }),
        (atomics, period) => {
          const g = Dec.fromAtomics(atomics);
          const apr = yieldSimpleAnnualRate(g, period);
          const apy = yieldCompoundedAnnualRate(g, period);
          // a few 10^-18 of rounding either way
          expect(apy.atomics >= apr.atomics - 10n).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("a higher APR never gives a lower APY", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 17n), max: 10n ** 18n }),
        fc.bigInt({ min: -(10n ** 17n), max: 10n ** 18n }),
        fc.constantFrom(1n, 12n, 52n, 365n, 8760n),
        (a, b, n) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(yieldAprToApy(Dec.fromAtomics(lo), n).lte(yieldAprToApy(Dec.fromAtomics(hi), n))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it("the net APR is the sum of earning layers minus cost layers", () => {
    const layerArb = fc.record({
      kind: fc.constantFrom("staking", "lst", "restaking", "takeRate", "fee") as fc.Arbitrary<
        "staking" | "lst" | "restaking" | "takeRate" | "fee"
      >,
      // at most 8 layers of ≤ 0.1 each: the net stays above −100%, which is all an APY can compound from
      apr: fc.bigInt({ min: 0n, max: 10n ** 17n }),
    });
    fc.assert(
      fc.property(fc.array(layerArb, { maxLength: 8 }), (raw) => {
        const layers = raw.map((l) => ({ kind: l.kind, name: l.kind, apr: Dec.fromAtomics(l.apr) }));
        const expected = raw.reduce((s, l) => (l.kind === "takeRate" || l.kind === "fee" ? s - l.apr : s + l.apr), 0n);
        expect(yieldStack(layers, { compoundingPeriodsPerYear: 1n }).netApr.atomics).toBe(expected);
      }),
      RUNS,
    );
  });
});
