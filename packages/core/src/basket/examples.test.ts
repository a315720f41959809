// The worked examples of basket-vault.md §11 (VS = 1000, VA = 1), reproduced through the same functions the mock
// chain and the previews call. Fees are zero and weight checks are off, as in the examples.
import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { basketDeposit } from "./deposit.js";
import { basketApplyRatePost } from "./guards.js";
import { basketNav, basketNavDown, basketPricePerShare } from "./nav.js";
import { basketNormalizeRate } from "./rate.js";
import { basketCutRequest, basketRedemptionValue, basketRequestRedeem } from "./redeem.js";
import { basketTargetWeights } from "./tilt.js";
import type { BasketConstituent, BasketState, BasketTimestamp } from "./types.js";

const d = (text: string): Dec => Dec.fromString(text);
const at = (seconds: number): BasketTimestamp => ({ seconds: BigInt(seconds), nanos: 0 });
const T0 = 1_700_000_000;
const NOW = at(T0);

function constituent(denom: string, rate: Dec, over: Partial<BasketConstituent> = {}): BasketConstituent {
  return {
    denom,
    direction: "UNDERLYING_PER_LST",
    status: "OK",
    idle: 0n,
    restaked: 0n,
    rate,
    raw: rate,
    sourceTime: NOW,
    updateTime: NOW,
    targetWeight: d("0.5"),
    minWeight: d("0"),
    maxWeight: d("1"),
    capValue: 0n,
    apr: d("0"),
    liquidity: 0n,
    ...over,
  };
}

function basket(constituents: BasketConstituent[], shares = 0n): BasketState {
  return {
    status: "ACTIVE",
    virtualOffset: 3,
    shares,
    constituents,
    config: {
      fees: {
        feeBase: d("0"),
        feeSlope: d("0"),
        feeMax: d("0"),
        redeemBase: d("0"),
        redeemSlope: d("0"),
        instantFee: d("0"),
        performanceFee: d("0"),
      },
      maxStalenessSeconds: 3600n,
      maxUpPerDay: d("0.05"),
      maxDown: d("0.10"),
      band: d("1"),
      minNavForWeightChecks: 10n ** 30n,
      aprFloor: d("0.10"),
    },
  };
}

/** Deposits into constituent `denom` and returns the basket with H and S updated (step 6). */
function deposit(
  state: BasketState,
  denom: string,
  amount: bigint,
): { state: BasketState; shares: bigint; value: bigint } {
  const result = basketDeposit(state, { denom, amount }, NOW);
  return {
    shares: result.shares,
    value: result.value,
    state: {
      ...state,
      shares: state.shares + result.shares,
      constituents: state.constituents.map((c) => (c.denom === denom ? { ...c, idle: c.idle + amount } : c)),
    },
  };
}

describe("§11 worked examples", () => {
  const stkRate = basketNormalizeRate(d("0.8"), "LST_PER_UNDERLYING");

  it("E1: empty vault, deposit 1,000,000 ustATOM at v = 1.25", () => {
    const empty = basket([constituent("ustatom", d("1.25")), constituent("ustkatom", stkRate)]);
    const e1 = deposit(empty, "ustatom", 1_000_000n);
    expect(e1.value).toBe(1_250_000n); // floor(1,000,000 · 1.25)
    expect(e1.shares).toBe(1_250_000_000n); // floor(1,250,000 · (0 + 1000) / (0 + 1))
  });

  it("E2: then deposit 500,000 ustkATOM whose c-value is 0.8 (LST per underlying)", () => {
    expect(stkRate.toString()).toBe("1.250000000000000000"); // QuoTruncate(1, 0.8)
    const empty = basket([constituent("ustatom", d("1.25")), constituent("ustkatom", stkRate)]);
    const e1 = deposit(empty, "ustatom", 1_000_000n);
    const e2 = deposit(e1.state, "ustkatom", 500_000n);
    expect(e2.value).toBe(625_000n);
    // floor(625,000 · (1,250,000,000 + 1000) / (1,250,000 + 1)) = 625,000 · 1000
    expect(e2.shares).toBe(625_000_000n);

    // The same deposit priced with 0.8 as if it were underlying per LST.
    const wrong = basket([constituent("ustatom", d("1.25")), constituent("ustkatom", d("0.8"))]);
    const w2 = deposit(deposit(wrong, "ustatom", 1_000_000n).state, "ustkatom", 500_000n);
    expect(w2.shares).toBe(400_000_000n);
    // 400/625 = 0.64: under-minted by exactly 36 %.
    expect(((e2.shares - w2.shares) * 100n) / e2.shares).toBe(36n);
  });

  it("E3: Alice (stATOM) and Bob (qATOM) lose the same 2.0588 % when qATOM falls 1.40 → 1.33", () => {
    let state = basket([constituent("ustatom", d("1.25")), constituent("uqatom", d("1.40"))]);
    const alice = deposit(state, "ustatom", 8_000_000n);
    state = alice.state;
    const bob = deposit(state, "uqatom", 5_000_000n);
    state = bob.state;
    expect(alice.shares).toBe(10_000_000_000n);
    expect(bob.shares).toBe(7_000_000_000n); // 7,000,000 · (10^10 + 1000) / (10^7 + 1) = 7,000,000 · 1000
    expect(basketNav(state.constituents).toString()).toBe("17000000.000000000000000000");
    const value = (shares: bigint): bigint =>
      basketRedemptionValue(shares, basketNavDown(basketNav(state.constituents)), state.shares, state.virtualOffset);
    expect(value(alice.shares)).toBe(10_000_000n); // 10^10 · 17,000,001 / 17,000,001,000
    expect(value(bob.shares)).toBe(7_000_000n);

    // A 5 % drop is within max_down 10 %, so it applies at once.
    const post = basketApplyRatePost(
      state.constituents[1]!,
      { raw: d("1.33"), sourceTime: at(T0 + 60) },
      state.config,
      NOW,
    );
    expect(post.outcome).toBe("APPLIED");
    state = { ...state, constituents: [state.constituents[0]!, post.constituent] };
    expect(basketNav(state.constituents).toString()).toBe("16650000.000000000000000000");
    // floor(10^10 · 16,650,001 / 17,000,001,000) = floor(9,794,117.07...)
    expect(value(alice.shares)).toBe(9_794_117n);
    // floor(7·10^9 · 16,650,001 / 17,000,001,000) = floor(6,855,882.0...)
    expect(value(bob.shares)).toBe(6_855_882n);
    // Losses in millionths: 205,883/10^7 and 144,118/(7·10^6) both floor to 20,588 ppm = 2.0588 %.
    expect(((10_000_000n - 9_794_117n) * 1_000_000n) / 10_000_000n).toBe(20_588n);
    expect(((7_000_000n - 6_855_882n) * 1_000_000n) / 7_000_000n).toBe(20_588n);
  });

  describe("E4: a quarter of a 4,000,000 ustATOM vault requested at 1.25, cut at 1.30 / 1.20", () => {
    const seeded = deposit(basket([constituent("ustatom", d("1.25"))]), "ustatom", 4_000_000n).state;
    const quarter = seeded.shares / 4n; // 5·10^9 / 4 = 1.25·10^9
    const request = basketRequestRedeem(seeded, { shares: quarter, mode: "SINGLE", outDenom: "ustatom" });

    function cutAt(rate: string) {
      const post = basketApplyRatePost(
        seeded.constituents[0]!,
        { raw: d(rate), sourceTime: at(T0 + 86_400) },
        seeded.config,
        NOW,
      );
      expect(post.outcome).toBe("APPLIED"); // +4 % within 5 %/day; −4 % within 10 %
      const constituents = [post.constituent];
      const priceAtCut = basketPricePerShare(basketNavDown(basketNav(constituents)), seeded.shares, 3);
      return basketCutRequest(
        {
          shares: seeded.shares,
          virtualOffset: 3,
          constituents: [{ denom: "ustatom", holdings: 4_000_000n, rate: post.constituent.rate }],
        },
        {
          shares: quarter,
          mode: "SINGLE",
          outDenom: "ustatom",
          minValueOut: 0n,
          priceAtRequest: request.pricePerShare,
          feeRate: request.feeRate,
        },
        priceAtCut,
      );
    }

    it("locks P_req = 0.001 and no fee", () => {
      expect(quarter).toBe(1_250_000_000n);
      expect(request.pricePerShare.toString()).toBe("0.001000000000000000"); // 5,000,001 / 5,000,001,000
      expect(request.feeRate.isZero()).toBe(true);
    });

    it("(a) rate 1.30: value 1,250,000 paid as 961,538 ustATOM", () => {
      const cut = cutAt("1.30");
      if (cut.status !== "CUT") throw new Error("expected the request to be executed");
      // P_cut = 5,200,001 / 5,000,001,000 > P_req, so P_eff = 0.001: w = 1.25·10^9 · 0.001
      expect(cut.value).toBe(1_250_000n);
      expect(cut.expected).toEqual([{ denom: "ustatom", amount: 961_538n }]); // floor(1,250,000 / 1.30)
    });

    it("(b) rate 1.20: value 1,200,000 paid as 1,000,000 ustATOM", () => {
      const cut = cutAt("1.20");
      if (cut.status !== "CUT") throw new Error("expected the request to be executed");
      // P_cut = trunc(4,800,001 / 5,000,001,000) = 0.000960000007999998 < P_req;
      // w = floor(1.25·10^9 · 0.000960000007999998) = floor(1,200,000.00999...)
      expect(cut.value).toBe(1_200_000n);
      expect(cut.expected).toEqual([{ denom: "ustatom", amount: 1_000_000n }]); // floor(1,200,000 / 1.20)
    });
  });

  it("E5: APR and liquidity tilt gives {0.35, 0.25, 0.35, 0.05} exactly", () => {
    const tilt = (denom: string, apr: string, liquidity: bigint) =>
      constituent(denom, d("1"), { apr: d(apr), liquidity, minWeight: d("0.05"), maxWeight: d("0.35") });
    const targets = basketTargetWeights(
      [
        tilt("ustatom", "0.150", 4_000_000n),
        tilt("uqatom", "0.160", 500_000n),
        tilt("udatom", "0.170", 1_500_000n),
        tilt("ustkatom", "0.095", 1_000_000n),
      ],
      d("0.10"),
    );
    // raw ≈ {0.438, 0.186, 0.376, 0}: stATOM and dATOM fixed at 0.35, stkATOM at 0.05, qATOM gets exactly the
    // remaining 0.25 (no rounding inside the loop, so not 350001/249999 ppm).
    expect(targets.map((t) => t.atomics / 10n ** 12n)).toEqual([350_000n, 250_000n, 350_000n, 50_000n]);
    expect(targets.map(String)).toEqual([
      "0.350000000000000000",
      "0.250000000000000000",
      "0.350000000000000000",
      "0.050000000000000000",
    ]);
  });
});
