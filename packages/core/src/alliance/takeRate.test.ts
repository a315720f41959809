import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import {
  allianceAnnualTakeRate,
  allianceDeductTakeRate,
  allianceTakeRateIntervalsPerYear,
  checkAllianceTakeRate,
} from "./takeRate.js";
import { ALLIANCE_ZERO_TIME, type AllianceTimestamp } from "./time.js";

const d = (text: string): Dec => Dec.fromString(text);
const START: AllianceTimestamp = { seconds: 1_700_000_000n, nanos: 0 };
const at = (seconds: number): AllianceTimestamp => ({ seconds: START.seconds + BigInt(seconds), nanos: 0 });
const FIVE_MINUTES = { seconds: 300n, nanos: 0 };
const asset = (denom: string, takeRate: string, totalTokens: bigint, rewardStartTime = START) => ({
  denom,
  takeRate: d(takeRate),
  totalTokens,
  rewardStartTime,
});

describe("allianceDeductTakeRate", () => {
  it("reproduces tests/asset_test.go TestClaimTakeRate", () => {
    const assets = [asset("alliance", "0.5", 1_000_000_000n), asset("alliance2", "0", 1_000_000_000n)];
    const input = { assets, lastTakeRateClaimTime: START, takeRateClaimInterval: FIVE_MINUTES };
    // "Calling it immediately will not update anything"
    const now = allianceDeductTakeRate({ ...input, blockTime: START });
    expect(now.deducted).toEqual([]);
    expect(now.lastTakeRateClaimTime).toEqual(START);
    // 5 min 1 s later: expectedAmount = 0.5 · (timePassed / interval = 1) · 1e9
    const result = allianceDeductTakeRate({ ...input, blockTime: at(301) });
    expect(result.intervals).toBe(1n);
    expect(result.deducted).toEqual([{ denom: "alliance", amount: 500_000_000n }]);
    expect(result.lastTakeRateClaimTime).toEqual(at(300)); // startTime.Add(takeRateInterval)
    expect(result.assets.map((a) => a.totalTokens)).toEqual([500_000_000n, 1_000_000_000n]);
  });

  it("reproduces tests/asset_test.go TestClaimTakeRateToZero (never below 1; n = 2 every second block)", () => {
    let state = { assets: [asset("alliance", "0.8", 1_000_000_000n)], last: START };
    const claims: [number, bigint, bigint][] = [];
    for (let block = 1; block <= 1000; block++) {
      const r = allianceDeductTakeRate({
        assets: state.assets,
        lastTakeRateClaimTime: state.last,
        takeRateClaimInterval: FIVE_MINUTES,
        blockTime: at(300 * block),
      });
      if (r.deducted.length > 0) claims.push([block, r.intervals, (r.deducted[0] as { amount: bigint }).amount]);
      state = { assets: [...r.assets], last: r.lastTakeRateClaimTime };
    }
    // asserted upstream: TotalTokens ≥ 1. Derived here: 1e9 · 0.04^k, truncated, stops at 4 (next 0.16 ≤ 1).
    expect(state.assets[0]?.totalTokens).toBe(4n);
    expect(claims).toEqual([
      [2, 2n, 960_000_000n],
      [4, 2n, 38_400_000n],
      [6, 2n, 1_536_000n],
      [8, 2n, 61_440n],
      [10, 2n, 2_458n],
      [12, 2n, 98n],
    ]);
  });

  it("reproduces tests/asset_test.go TestClaimTakeRateForNewlyAddedAssets", () => {
    const first = asset("alliance", "0", 1_000_000_000n);
    const immediate = allianceDeductTakeRate({
      assets: [first],
      lastTakeRateClaimTime: START,
      takeRateClaimInterval: FIVE_MINUTES,
      blockTime: START,
    });
    expect(immediate.deducted).toEqual([]);
    // "Last take rate claim time should be updated even though nothing has been taxed"
    const block2 = allianceDeductTakeRate({
      assets: [first],
      lastTakeRateClaimTime: START,
      takeRateClaimInterval: FIVE_MINUTES,
      blockTime: at(301),
    });
    expect(block2.lastTakeRateClaimTime).toEqual(at(301));
    // a new alliance with take rate 0.1 starts rewards after the 60 min reward delay
    const added = asset("alliance2", "0.1", 1_000_000_000n, at(301 + 3600));
    const block3 = allianceDeductTakeRate({
      assets: [first, added],
      lastTakeRateClaimTime: block2.lastTakeRateClaimTime,
      takeRateClaimInterval: FIVE_MINUTES,
      blockTime: at(602),
    });
    expect(block3.deducted).toEqual([]);
    expect(block3.lastTakeRateClaimTime).toEqual(at(602));
    const block4 = allianceDeductTakeRate({
      assets: [first, added],
      lastTakeRateClaimTime: block3.lastTakeRateClaimTime,
      takeRateClaimInterval: FIVE_MINUTES,
      blockTime: at(602 + 3600),
    });
    expect(block4.deducted).toHaveLength(1);
    // derived: n = 12, 0.9^12 = 0.282429536481 → 282429536 left
    expect(block4.intervals).toBe(12n);
    expect(block4.deducted).toEqual([{ denom: "alliance2", amount: 717_570_464n }]);
    expect(block4.lastTakeRateClaimTime).toEqual(at(602 + 3600));
  });

  it("only initialises the claim time when it is Go's zero time (alliance#101)", () => {
    const r = allianceDeductTakeRate({
      assets: [asset("alliance", "0.5", 100n)],
      lastTakeRateClaimTime: ALLIANCE_ZERO_TIME,
      takeRateClaimInterval: FIVE_MINUTES,
      blockTime: START,
    });
    expect(r.deducted).toEqual([]);
    expect(r.assets[0]?.totalTokens).toBe(100n);
    expect(r.lastTakeRateClaimTime).toEqual(START);
  });

  it("needs the block strictly after last + interval", () => {
    const input = {
      assets: [asset("alliance", "0.5", 100n)],
      lastTakeRateClaimTime: START,
      takeRateClaimInterval: FIVE_MINUTES,
    };
    expect(allianceDeductTakeRate({ ...input, blockTime: at(300) }).intervals).toBe(0n);
    expect(allianceDeductTakeRate({ ...input, blockTime: { seconds: START.seconds + 300n, nanos: 1 } }).intervals).toBe(
      1n,
    );
  });

  it("skips an asset whose new total would be ≤ 1 and keeps the claim time", () => {
    const r = allianceDeductTakeRate({
      assets: [asset("alliance", "0.6", 2n)],
      lastTakeRateClaimTime: START,
      takeRateClaimInterval: FIVE_MINUTES,
      blockTime: at(301),
    });
    expect(r.assets[0]?.totalTokens).toBe(2n);
    expect(r.deducted).toEqual([]);
    expect(r.lastTakeRateClaimTime).toEqual(START);
  });

  it("refuses take rates outside [0, 1) and a zero interval", () => {
    expect(() => checkAllianceTakeRate(d("1"))).toThrow(expect.objectContaining({ code: "RATE_OUT_OF_RANGE" }));
    expect(() => checkAllianceTakeRate(d("-0.1"))).toThrow(expect.objectContaining({ code: "RATE_OUT_OF_RANGE" }));
    expect(() =>
      allianceDeductTakeRate({
        assets: [asset("alliance", "1", 10n)],
        lastTakeRateClaimTime: START,
        takeRateClaimInterval: FIVE_MINUTES,
        blockTime: at(301),
      }),
    ).toThrow(expect.objectContaining({ code: "RATE_OUT_OF_RANGE", field: "assets[0].takeRate" }));
    expect(() =>
      allianceDeductTakeRate({
        assets: [asset("alliance", "0.1", 10n)],
        lastTakeRateClaimTime: START,
        takeRateClaimInterval: { seconds: 0n, nanos: 0 },
        blockTime: at(1),
      }),
    ).toThrow(expect.objectContaining({ code: "DIVISION_BY_ZERO" }));
  });
});

describe("annual take rate (known-problems.md 10)", () => {
  it("counts 105120 five-minute intervals in a 365-day year and refuses a fractional count", () => {
    expect(allianceTakeRateIntervalsPerYear(FIVE_MINUTES)).toBe(105_120n);
    expect(allianceTakeRateIntervalsPerYear(FIVE_MINUTES, { seconds: 31_557_600n, nanos: 0 })).toBe(105_192n);
    expect(() => allianceTakeRateIntervalsPerYear({ seconds: 420n, nanos: 0 })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });

  it("computes 1 − (1 − r)^(year/interval) with Go's Power", () => {
    // derived with an independent LegacyDec model: (1 − 0.000001)^105120 by square-and-multiply
    expect(allianceAnnualTakeRate(d("0.000001"), FIVE_MINUTES).toString()).toBe("0.099783557189776372");
    expect(allianceAnnualTakeRate(d("0.0000005"), FIVE_MINUTES).toString()).toBe("0.051202620962747316");
    expect(allianceAnnualTakeRate(d("0"), FIVE_MINUTES).toString()).toBe("0.000000000000000000");
  });
});
