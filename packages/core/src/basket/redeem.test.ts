import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  basketCompleteBatch,
  basketCutBatch,
  basketCutRequest,
  basketEffectivePrice,
  basketInstantRedeem,
  basketProRataOut,
  basketRedeemFeeRate,
  basketRedemptionValue,
  basketRequestRedeem,
  basketSingleOut,
  basketValueAtPrice,
  basketWeightAfterRedeem,
} from "./redeem.js";
import type { BasketConstituent, BasketState } from "./types.js";

const d = (text: string): Dec => Dec.fromString(text);
const NOW = { seconds: 1_700_000_000n, nanos: 0 };

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SdkError) return e.code;
    throw e;
  }
  throw new Error("expected an SdkError");
}

function constituent(denom: string, rate: string, idle: bigint, restaked: bigint): BasketConstituent {
  return {
    denom,
    direction: "UNDERLYING_PER_LST",
    status: "OK",
    idle,
    restaked,
    rate: d(rate),
    raw: d(rate),
    sourceTime: NOW,
    updateTime: NOW,
    targetWeight: d("0.5"),
    minWeight: d("0"),
    maxWeight: d("1"),
    capValue: 0n,
    apr: d("0"),
    liquidity: 0n,
  };
}

/** stATOM H 1,000,000 at 1.25 + qATOM H 500,000 at 1.4: A = 1,950,000, S = 1.9·10^9, P = 1,950,001 / 1,900,001,000. */
function vault(over: Partial<BasketState> = {}): BasketState {
  return {
    status: "ACTIVE",
    virtualOffset: 3,
    shares: 1_900_000_000n,
    constituents: [
      constituent("ustatom", "1.25", 600_000n, 400_000n),
      constituent("uqatom", "1.4", 200_000n, 300_000n),
    ],
    config: {
      fees: {
        feeBase: d("0"),
        feeSlope: d("0"),
        feeMax: d("0.02"),
        redeemBase: d("0.002"),
        redeemSlope: d("0.1"),
        instantFee: d("0.003"),
        performanceFee: d("0"),
      },
      maxStalenessSeconds: 600n,
      maxUpPerDay: d("0.01"),
      maxDown: d("0.05"),
      band: d("0.1"),
      minNavForWeightChecks: 0n,
      aprFloor: d("0"),
    },
    ...over,
  };
}

describe("redemption formulas (§3)", () => {
  it("w(s) = floor(s·(A_dn + VA) / (S + VS))", () => {
    expect(basketRedemptionValue(1_000n, 9n, 0n, 3)).toBe(10n); // 1000 · 10 / 1000
    expect(basketRedemptionValue(7n, 2n, 7n, 3)).toBe(0n); // 7 · 3 / 1007 = 0.02
    expect(basketRedemptionValue(500n, 1_000n, 500n, 0)).toBe(999n); // 500 · 1001 / 501 = 999.0
  });

  it("w = floor(s·P) and P_eff = min(P_req, P_cut)", () => {
    expect(basketValueAtPrice(1_250_000_000n, d("0.000960000007999998"))).toBe(1_200_000n); // 1,200,000.00999...
    expect(basketEffectivePrice(d("0.001"), d("0.0011")).toString()).toBe("0.001000000000000000");
    expect(basketEffectivePrice(d("0.001"), d("0.0009")).toString()).toBe("0.000900000000000000");
  });

  it("pro-rata out = floor(H·s·P_eff / (P_cut·(S + VS)))", () => {
    // H 1000, s 100, S 900, VS 100: 1000 · 100 / 1000 = 100
    expect(basketProRataOut(1_000n, 100n, 900n, 2, d("1"), d("1"))).toBe(100n);
    // P_req 0.9 < P_cut 1: scaled by 0.9 → 90
    expect(basketProRataOut(1_000n, 100n, 900n, 2, d("0.9"), d("1"))).toBe(90n);
    // P_req above P_cut: no scaling
    expect(basketProRataOut(1_000n, 100n, 900n, 2, d("1.2"), d("1"))).toBe(100n);
    // one floor of the exact fraction: 29 · 1 · 0.7 / (1 · (1 + 1)) = 10.15 → 10, where flooring the plain pro-rata
    // share first would give floor(14.5) · 0.7 = 9.8 → 9
    expect(basketProRataOut(29n, 1n, 1n, 0, d("0.7"), d("1"))).toBe(10n);
  });

  it("k's weight after a redemption takes the gross value out of both H_k·v_k and A", () => {
    // (1000 − 500) / (4000 − 500) = 0.142857142857142857
    expect(basketWeightAfterRedeem(1_000n, d("1"), d("4000"), 500n).toString()).toBe("0.142857142857142857");
    expect(basketWeightAfterRedeem(1_000n, d("1"), d("4000"), 1_500n).toString()).toBe("0.000000000000000000");
  });

  it("redeem fee f = min(fee_max, redeem_base + redeem_slope·max(0, target − w_after))", () => {
    const fees = { redeemBase: d("0.001"), redeemSlope: d("0.1"), feeMax: d("0.05") };
    // 0.001 + trunc(0.1 · 0.107142857142857143) = 0.001 + 0.010714285714285714
    expect(basketRedeemFeeRate(d("0.142857142857142857"), d("0.25"), fees).toString()).toBe("0.011714285714285714");
    expect(basketRedeemFeeRate(d("0.3"), d("0.25"), fees).toString()).toBe("0.001000000000000000");
    expect(basketRedeemFeeRate(d("0"), d("1"), fees).toString()).toBe("0.050000000000000000"); // 0.101 → cap
  });

  it("single out = floor(w_net / v)", () => {
    expect(basketSingleOut(1_000n, d("1.3"))).toBe(769n); // 769.23
    expect(basketSingleOut(1_200_000n, d("1.2"))).toBe(1_000_000n);
    expect(code(() => basketSingleOut(1n, Dec.ZERO))).toBe("INVALID_RATE");
  });
});

describe("basketRequestRedeem (§3 request and preview)", () => {
  it("locks P and the single-redeem fee from k's weight after the redemption", () => {
    const r = basketRequestRedeem(vault(), { shares: 100_000_000n, mode: "SINGLE", outDenom: "uqatom" });
    // P = trunc(1,950,001 / 1,900,001,000)
    expect(r.pricePerShare.toString()).toBe("0.001026315775623275");
    expect(r.value).toBe(102_631n); // floor(10^8 · P)
    // (700,000 − 102,631) / (1,950,000 − 102,631)
    expect(r.weightAfter.toString()).toBe("0.323362035413607135");
    // 0.002 + trunc(0.1 · 0.176637964586392865)
    expect(r.feeRate.toString()).toBe("0.019663796458639286");
    expect(r.feeValue).toBe(2_019n); // ceil(102,631 · 0.0196637...) = ceil(2018.09)
    expect(r.netValue).toBe(100_612n);
    expect(r.out).toEqual([{ denom: "uqatom", amount: 71_865n }]); // floor(100,612 / 1.4)
  });

  it("previews PRO_RATA without fee and with every constituent", () => {
    const r = basketRequestRedeem(vault(), { shares: 100_000_000n, mode: "PRO_RATA" });
    expect(r.feeRate.isZero()).toBe(true);
    expect(r.netValue).toBe(102_631n);
    // floor(H · 10^8 / 1,900,001,000)
    expect(r.out).toEqual([
      { denom: "ustatom", amount: 52_631n },
      { denom: "uqatom", amount: 26_315n },
    ]);
  });

  it("is allowed while paused or stale but rejects bad input", () => {
    expect(basketRequestRedeem(vault({ status: "PAUSED" }), { shares: 1n, mode: "PRO_RATA" }).value).toBe(0n);
    expect(code(() => basketRequestRedeem(vault(), { shares: 0n, mode: "PRO_RATA" }))).toBe("INVALID_AMOUNT");
    expect(code(() => basketRequestRedeem(vault(), { shares: 1_900_000_001n, mode: "PRO_RATA" }))).toBe(
      "INSUFFICIENT_FUNDS",
    );
    expect(code(() => basketRequestRedeem(vault(), { shares: 1n, mode: "PRO_RATA", outDenom: "uqatom" }))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(code(() => basketRequestRedeem(vault(), { shares: 1n, mode: "UNSPECIFIED" as never }))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(code(() => basketRequestRedeem(vault(), { shares: 1n, mode: "SINGLE", outDenom: "uatom" }))).toBe(
      "UNKNOWN_CONSTITUENT",
    );
  });
});

describe("basketCutRequest / basketCutBatch (§3 cut)", () => {
  const state = {
    shares: 1_900_000_000n,
    virtualOffset: 3,
    constituents: [
      { denom: "ustatom", holdings: 1_000_000n, rate: d("1.25") },
      { denom: "uqatom", holdings: 500_000n, rate: d("1.33") },
    ],
  };
  const pReq = d("0.001026315775623275");
  // qATOM fell to 1.33: A = 1,915,000, P_cut = trunc(1,915,001 / 1,900,001,000)
  const pCut = d("0.001007894732686982");

  it("pays PRO_RATA at min(P_req, P_cut) and burns the shares", () => {
    const cut = basketCutRequest(
      state,
      { shares: 100_000_000n, mode: "PRO_RATA", minValueOut: 0n, priceAtRequest: pReq, feeRate: Dec.ZERO },
      pCut,
    );
    expect(cut.status).toBe("CUT");
    if (cut.status !== "CUT") return;
    expect(cut.value).toBe(100_789n); // floor(10^8 · P_cut)
    expect(cut.expected.map((c) => c.amount)).toEqual([52_631n, 26_315n]); // P_eff = P_cut: plain pro-rata
    expect(cut.next.shares).toBe(1_800_000_000n);
    expect(cut.next.constituents.map((c) => c.holdings)).toEqual([947_369n, 473_685n]);
  });

  it("scales PRO_RATA down when the price rose after the request", () => {
    // qATOM rose to 1.45: P_cut = trunc(1,975,001 / 1,900,001,000) > P_req
    const up = d("0.001039473663434913");
    const cut = basketCutRequest(
      state,
      { shares: 100_000_000n, mode: "PRO_RATA", minValueOut: 0n, priceAtRequest: pReq, feeRate: Dec.ZERO },
      up,
    );
    if (cut.status !== "CUT") throw new Error("expected CUT");
    // floor(H · 10^8 · P_req / (P_cut · 1,900,001,000))
    expect(cut.expected.map((c) => c.amount)).toEqual([51_965n, 25_982n]);
    expect(cut.value).toBe(102_631n); // floor(10^8 · P_req)
  });

  it("pays SINGLE with the locked fee, or returns it", () => {
    const request = {
      shares: 100_000_000n,
      mode: "SINGLE" as const,
      outDenom: "uqatom",
      minValueOut: 98_000n,
      priceAtRequest: pReq,
      feeRate: d("0.019663796458639286"),
    };
    const cut = basketCutRequest(state, request, pCut);
    if (cut.status !== "CUT") throw new Error("expected CUT");
    // w = 100,789; fee = ceil(100,789 · 0.0196637...) = ceil(1981.89) = 1982; w_net = 98,807; out = floor(98,807 / 1.33)
    expect([cut.value, cut.feeValue, cut.netValue]).toEqual([100_789n, 1_982n, 98_807n]);
    expect(cut.expected).toEqual([{ denom: "uqatom", amount: 74_290n }]);
    expect(cut.next.constituents[1]!.holdings).toBe(500_000n - 74_290n);

    const below = basketCutRequest(state, { ...request, minValueOut: 98_808n }, pCut);
    expect(below).toMatchObject({ status: "RETURNED", reason: "BELOW_MIN_VALUE_OUT", netValue: 98_807n });
    expect(below.next).toBe(state);

    const thin = { ...state, constituents: [state.constituents[0]!, { ...state.constituents[1]!, holdings: 74_289n }] };
    expect(basketCutRequest(thin, request, pCut)).toMatchObject({ status: "RETURNED", reason: "NOT_COVERED" });
  });

  it("runs a batch in order and totals expected per denom", () => {
    const single = {
      shares: 100_000_000n,
      mode: "SINGLE" as const,
      outDenom: "uqatom",
      minValueOut: 0n,
      priceAtRequest: pReq,
      feeRate: Dec.ZERO,
    };
    const proRata = {
      shares: 50_000_000n,
      mode: "PRO_RATA" as const,
      minValueOut: 0n,
      priceAtRequest: pReq,
      feeRate: Dec.ZERO,
    };
    const returned = { ...single, minValueOut: 10n ** 12n };
    const batch = basketCutBatch(state, [single, returned, proRata], pCut);
    expect(batch.results.map((r) => r.status)).toEqual(["CUT", "RETURNED", "CUT"]);
    expect(batch.shares).toBe(150_000_000n);
    // single: floor(100,789 / 1.33) = 75,781 uqatom; then pro-rata on H = (1,000,000, 424,219), S = 1.8·10^9:
    // floor(1,000,000 · 5·10^7 / 1,800,001,000) = 27,777; floor(424,219 · 5·10^7 / 1,800,001,000) = 11,783
    expect(batch.expected).toEqual([
      { denom: "ustatom", amount: 27_777n },
      { denom: "uqatom", amount: 75_781n + 11_783n },
    ]);
    expect(batch.next.shares).toBe(1_750_000_000n);
  });
});

describe("published price vs exact value per share", () => {
  it("a redemption raises the exact (A + VA)/(S + VS) even when the floored P dips", () => {
    // H 10 at 1.5 (A = 15), S 19, VS 1: P = 16/20 = 0.8. Two shares pro-rata: floor(10 · 2/20) = 1 LST = 1.5 of value.
    const p = d("0.8");
    const cut = basketCutRequest(
      { shares: 19n, virtualOffset: 0, constituents: [{ denom: "a", holdings: 10n, rate: d("1.5") }] },
      { shares: 2n, mode: "PRO_RATA", minValueOut: 0n, priceAtRequest: p, feeRate: Dec.ZERO },
      p,
    );
    if (cut.status !== "CUT") throw new Error("expected CUT");
    expect(cut.expected).toEqual([{ denom: "a", amount: 1n }]);
    // Left: 9 LST = 13.5, 17 shares. Exact value per share (13.5 + 1)/18 = 0.8056 > 0.8, but the published
    // P = (floor(13.5) + 1)/18 = 0.7778: flooring A costs the remaining holders' *quote* up to 1/(S + VS), not value.
    expect(cut.next.shares).toBe(17n);
    expect((13_500_000_000_000_000_000n + 10n ** 18n) * 20n > (15n * 10n ** 18n + 10n ** 18n) * 18n).toBe(true);
  });
});

describe("basketCompleteBatch (§3 completion)", () => {
  it("pays floor(expected·received / expected_batch); dust stays", () => {
    const expected = [
      [{ denom: "x", amount: 600n }],
      [
        { denom: "x", amount: 400n },
        { denom: "y", amount: 5n },
      ],
    ];
    const full = basketCompleteBatch(expected, [
      { denom: "x", amount: 1000n },
      { denom: "y", amount: 5n },
    ]);
    expect(full.paid).toEqual([
      [{ denom: "x", amount: 600n }],
      [
        { denom: "x", amount: 400n },
        { denom: "y", amount: 5n },
      ],
    ]);
    expect(full.dust).toEqual([
      { denom: "x", amount: 0n },
      { denom: "y", amount: 0n },
    ]);
    // slashed while unbonding: 999 of 1000 came back → 599.4 → 599, 399.6 → 399, dust 1; nothing of y came back
    const slashed = basketCompleteBatch(expected, [{ denom: "x", amount: 999n }]);
    expect(slashed.paid).toEqual([
      [{ denom: "x", amount: 599n }],
      [
        { denom: "x", amount: 399n },
        { denom: "y", amount: 0n },
      ],
    ]);
    expect(slashed.dust).toEqual([
      { denom: "x", amount: 1n },
      { denom: "y", amount: 0n },
    ]);
  });

  it("refuses more back than expected", () => {
    expect(code(() => basketCompleteBatch([[{ denom: "x", amount: 1n }]], [{ denom: "x", amount: 2n }]))).toBe(
      "INVALID_AMOUNT",
    );
    expect(code(() => basketCompleteBatch([[{ denom: "x", amount: 1n }]], [{ denom: "z", amount: 1n }]))).toBe(
      "INVALID_AMOUNT",
    );
  });
});

describe("basketInstantRedeem (§3 instant)", () => {
  it("pays w_net / v from idle, with the instant fee", () => {
    const r = basketInstantRedeem(vault(), { shares: 100_000_000n, outDenom: "uqatom" }, NOW);
    expect(r.value).toBe(102_631n);
    expect(r.feeRate.toString()).toBe("0.003000000000000000");
    expect(r.feeValue).toBe(308n); // ceil(307.893)
    expect(r.netValue).toBe(102_323n);
    expect(r.out).toEqual([{ denom: "uqatom", amount: 73_087n }]); // floor(102,323 / 1.4)
    expect(r.weightAfter.toString()).toBe("0.323362035413607135");
  });

  it("refuses what the Msg refuses", () => {
    const input = { shares: 100_000_000n, outDenom: "uqatom" };
    expect(code(() => basketInstantRedeem(vault(), { ...input, minOut: 73_088n }, NOW))).toBe("SLIPPAGE");
    expect(code(() => basketInstantRedeem(vault(), { ...input, shares: 1n }, NOW))).toBe("SLIPPAGE"); // pays 0
    // 200,000 idle uqatom cover at most ~280,000 of value
    expect(code(() => basketInstantRedeem(vault(), { ...input, shares: 300_000_000n }, NOW))).toBe(
      "INSUFFICIENT_LIQUIDITY",
    );
    expect(code(() => basketInstantRedeem(vault({ status: "PAUSED" }), input, NOW))).toBe("BASKET_PAUSED");
    expect(code(() => basketInstantRedeem(vault(), input, { seconds: NOW.seconds + 601n, nanos: 0 }))).toBe(
      "STALE_RATE",
    );
    const base = vault();
    const halted = {
      ...base,
      constituents: [{ ...base.constituents[0]!, status: "HALTED" as const }, base.constituents[1]!],
    };
    expect(code(() => basketInstantRedeem(halted, input, NOW))).toBe("CONSTITUENT_HALTED");
  });
});
