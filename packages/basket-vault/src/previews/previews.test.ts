// The previews without a chain: core's basket math on hand-made state (the spec's worked examples E1–E4), the
// refusals it turns into BasketVaultErrors, and the slippage guard's rounding.
import { type BasketConstituent, type BasketState, type BasketTimestamp, Dec } from "@persistence-sdk/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BasketVaultError } from "../errors.js";
import { D_ATOM, d, Q_ATOM, ST_ATOM, STK_ATOM, testSettings } from "../testing.test-support.js";
import type { RedeemRequest } from "../types.js";
import {
  computeCutPreview,
  computeDepositPreview,
  computeInstantRedeemPreview,
  computeRedeemPreview,
} from "./compute.js";
import { DEFAULT_SLIPPAGE, withSlippage } from "./slippage.js";

const NOW: BasketTimestamp = { seconds: 1_800_000_000n, nanos: 0 };

function lst(denom: string, rate: string, idle = 0n, extra: Partial<BasketConstituent> = {}): BasketConstituent {
  return {
    denom,
    direction: "UNDERLYING_PER_LST",
    status: "OK",
    idle,
    restaked: 0n,
    rate: d(rate),
    raw: d(rate),
    sourceTime: NOW,
    updateTime: NOW,
    targetWeight: d("0.5"),
    minWeight: Dec.ZERO,
    maxWeight: Dec.ONE,
    capValue: 0n,
    apr: Dec.ZERO,
    liquidity: 0n,
    ...extra,
  };
}

function basket(constituents: BasketConstituent[], shares: bigint, extra: Partial<BasketState> = {}): BasketState {
  return { status: "ACTIVE", virtualOffset: 3, shares, constituents, config: testSettings(), ...extra };
}

function refusedWith(run: () => unknown, reason: string): BasketVaultError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(BasketVaultError);
  expect((caught as BasketVaultError).reason).toBe(reason);
  return caught as BasketVaultError;
}

describe("the worked examples with core's math (§11)", () => {
  it("E1, E2: 1,000,000 ustATOM at 1.25, then 500,000 ustkATOM whose c-value is 0.8", () => {
    const empty = basket([lst(ST_ATOM, "1.25"), lst(STK_ATOM, "1.25", 0n, { direction: "LST_PER_UNDERLYING" })], 0n);
    const e1 = computeDepositPreview({ state: empty, time: NOW }, { denom: ST_ATOM, amount: 1_000_000n });
    expect([e1.value, e1.shares, e1.feeValue]).toEqual([1_250_000n, 1_250_000_000n, 0n]);
    const after = basket(
      [lst(ST_ATOM, "1.25", 1_000_000n), lst(STK_ATOM, "1.25", 0n, { direction: "LST_PER_UNDERLYING" })],
      1_250_000_000n,
    );
    const e2 = computeDepositPreview({ state: after, time: NOW }, { denom: STK_ATOM, amount: 500_000n });
    expect([e2.value, e2.shares]).toEqual([625_000n, 625_000_000n]);
  });

  it("E3: both holders lose 2.0588 % when qATOM falls from 1.40 to 1.33", () => {
    const value = (rate: string, shares: bigint) =>
      computeRedeemPreview(
        { state: basket([lst(ST_ATOM, "1.25", 8_000_000n), lst(Q_ATOM, rate, 5_000_000n)], 17_000_000_000n) },
        { shares, mode: "PRO_RATA" },
      ).value;
    expect([value("1.40", 10_000_000_000n), value("1.40", 7_000_000_000n)]).toEqual([10_000_000n, 7_000_000n]);
    expect([value("1.33", 10_000_000_000n), value("1.33", 7_000_000_000n)]).toEqual([9_794_117n, 6_855_882n]);
  });

  it("E4: a quarter of a 4,000,000 ustATOM vault requested at 1.25, cut at 1.30 and at 1.20", () => {
    const request: RedeemRequest = {
      id: 1n,
      basketId: 2n,
      owner: "",
      receiver: "",
      shares: 1_250_000_000n,
      mode: "SINGLE",
      outDenom: ST_ATOM,
      minValueOut: 0n,
      priceAtRequest: d("0.001"),
      feeRate: Dec.ZERO,
      batchId: 1n,
      status: "PENDING",
      requestTime: NOW,
      value: 0n,
      feeValue: 0n,
      expected: [],
      paid: [],
    };
    const at = (rate: string) => ({
      state: basket([lst(ST_ATOM, rate, 4_000_000n)], 5_000_000_000n),
      time: NOW,
      lastCutTime: { seconds: NOW.seconds - 86_400n, nanos: 0 },
      epochSeconds: 86_400n,
      highWaterMark: d("0.001"),
      navDown: (4_000_000n * d(rate).atomics) / 10n ** 18n,
    });
    const up = computeCutPreview(at("1.30"), [request]);
    expect(up.requests).toEqual([
      expect.objectContaining({ status: "CUT", value: 1_250_000n, expected: [{ denom: ST_ATOM, amount: 961_538n }] }),
    ]);
    expect(up.performanceFee.feeShares).toBe(0n);
    const down = computeCutPreview(at("1.20"), [request]);
    expect(down.requests[0]).toMatchObject({ value: 1_200_000n, expected: [{ denom: ST_ATOM, amount: 1_000_000n }] });
    // Before the epoch has passed, the cut is refused as MsgCutBatch refuses it.
    refusedWith(
      () => computeCutPreview({ ...at("1.30"), lastCutTime: { seconds: NOW.seconds - 100n, nanos: 0 } }, [request]),
      "EPOCH_NOT_ELAPSED",
    );
    // ... unless only an estimate is asked for.
    expect(
      computeCutPreview({ ...at("1.30"), lastCutTime: NOW }, [request], { checks: false }).requests[0]?.status,
    ).toBe("CUT");
    // A SINGLE request below its min_value_out is returned, not executed.
    const returned = computeCutPreview(at("1.20"), [{ ...request, minValueOut: 1_200_001n }]);
    expect(returned.requests[0]).toMatchObject({ status: "RETURNED", reason: "BELOW_MIN_VALUE_OUT", expected: [] });
    expect(returned.shares).toBe(0n);
  });
});

describe("refusals become BasketVaultErrors", () => {
  const state = basket([lst(ST_ATOM, "1.25", 1_000n), lst(Q_ATOM, "1.4", 1_000n)], 2_650_000n);

  it("a denom that is not a constituent", () => {
    const error = refusedWith(
      () => computeDepositPreview({ state, time: NOW }, { denom: D_ATOM, amount: 1n }),
      "UNKNOWN_CONSTITUENT",
    );
    expect(error.code).toBe("UNKNOWN_CONSTITUENT");
    expect(error.fix).toContain(ST_ATOM);
  });

  it("stale rates, a paused basket, a halted constituent, a winding-down deposit", () => {
    const later = { seconds: NOW.seconds + 31n * 86_400n, nanos: 0 };
    refusedWith(() => computeDepositPreview({ state, time: later }, { denom: ST_ATOM, amount: 10n }), "STALE_RATE");
    refusedWith(
      () => computeInstantRedeemPreview({ state, time: later }, { shares: 10n, outDenom: ST_ATOM }),
      "STALE_RATE",
    );
    refusedWith(
      () =>
        computeDepositPreview({ state: { ...state, status: "PAUSED" }, time: NOW }, { denom: ST_ATOM, amount: 10n }),
      "BASKET_PAUSED",
    );
    const halted = basket(
      [
        lst(ST_ATOM, "1.25", 1_000n),
        lst(Q_ATOM, "1.4", 1_000n, {
          status: "HALTED",
          halt: {
            pendingRate: d("1.2"),
            pendingRaw: d("1.2"),
            pendingSourceTime: NOW,
            haltedAt: NOW,
            feeder: "",
            statusBefore: "OK",
          },
        }),
      ],
      2_650_000n,
    );
    refusedWith(
      () => computeDepositPreview({ state: halted, time: NOW }, { denom: ST_ATOM, amount: 10n }),
      "CONSTITUENT_HALTED",
    );
    // Requests stay allowed while halted, priced at min(rate, pending) (§4).
    const halfHalted = computeRedeemPreview({ state: halted }, { shares: 2_000_000n, mode: "PRO_RATA" }).value;
    const halfNormal = computeRedeemPreview({ state }, { shares: 2_000_000n, mode: "PRO_RATA" }).value;
    expect([halfHalted, halfNormal]).toEqual([1_849n, 2_000n]); // NAV 1,250 + 1,000·1.2 vs 1,250 + 1,400
    const winding = basket([lst(ST_ATOM, "1.25", 1_000n, { status: "WINDING_DOWN" }), lst(Q_ATOM, "1.4", 1_000n)], 1n);
    refusedWith(
      () => computeDepositPreview({ state: winding, time: NOW }, { denom: ST_ATOM, amount: 10n }),
      "CONSTITUENT_WINDING_DOWN",
    );
  });

  it("more shares than exist, and an idle buffer too small", () => {
    refusedWith(() => computeRedeemPreview({ state }, { shares: 2_650_001n, mode: "PRO_RATA" }), "INSUFFICIENT_SHARES");
    refusedWith(
      () => computeInstantRedeemPreview({ state, time: NOW }, { shares: 2_600_000n, outDenom: ST_ATOM }),
      "INSUFFICIENT_LIQUIDITY",
    );
  });

  it("a deposit above the weight limit once the NAV is large enough", () => {
    const checked = basket([lst(ST_ATOM, "1", 1_000_000n), lst(Q_ATOM, "1", 1_000_000n)], 2_000_000_000n, {
      config: testSettings({ minNavForWeightChecks: 0n, band: d("0.1") }),
    });
    refusedWith(
      () => computeDepositPreview({ state: checked, time: NOW }, { denom: ST_ATOM, amount: 1_000_000n }),
      "WEIGHT_CAP_EXCEEDED",
    );
  });
});

describe("withSlippage", () => {
  it("rounds down, in the user's disfavour", () => {
    expect(withSlippage(1_000_000n, d("0.005"))).toBe(995_000n);
    expect(withSlippage(999n, d("0.005"))).toBe(994n); // 994.005 → 994
    expect(withSlippage(1n, d("0.5"))).toBe(0n);
    expect(withSlippage(123n, Dec.ZERO)).toBe(123n);
    expect(DEFAULT_SLIPPAGE.toString()).toBe("0.005000000000000000");
  });

  it("never asks for more than the preview, and loses less than one unit beyond the tolerance", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 1n << 200n }),
        fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }),
        (amount, atomics) => {
          const s = Dec.fromAtomics(atomics);
          const min = withSlippage(amount, s);
          // min ≤ amount·(1 − s) < min + 1
          const exact = amount * (10n ** 18n - atomics);
          return min <= amount && min * 10n ** 18n <= exact && exact < (min + 1n) * 10n ** 18n;
        },
      ),
    );
  });

  it.each([
    ["1 (100 %)", Dec.ONE],
    ["negative", d("-0.01")],
  ])("refuses a tolerance of %s", (_what, slippage) => {
    expect(() => withSlippage(1n, slippage)).toThrow(
      expect.objectContaining({ code: "RATE_OUT_OF_RANGE", field: "slippage" }),
    );
  });

  it("refuses a tolerance that is not a Dec", () => {
    expect(() => withSlippage(1n, 0.005 as never)).toThrow(expect.objectContaining({ code: "INVALID_DECIMAL" }));
  });
});
