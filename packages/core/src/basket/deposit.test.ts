import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  basketDeposit,
  basketDepositFeeRate,
  basketDepositShares,
  basketDepositValue,
  basketFeeValue,
  basketWeightAfterDeposit,
} from "./deposit.js";
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

function constituent(
  denom: string,
  rate: string,
  idle: bigint,
  over: Partial<BasketConstituent> = {},
): BasketConstituent {
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
    minWeight: d("0"),
    maxWeight: d("0.8"),
    capValue: 0n,
    apr: d("0"),
    liquidity: 0n,
    ...over,
  };
}

/** stATOM 1,000,000 at 1.25 (1,250,000) + qATOM 333,333 at 1.4 (466,666.2): A = 1,716,666.2. */
function vault(over: Partial<BasketState> = {}, band = "0.3"): BasketState {
  return {
    status: "ACTIVE",
    virtualOffset: 3,
    shares: 1_716_000_000n,
    constituents: [constituent("ustatom", "1.25", 1_000_000n), constituent("uqatom", "1.4", 333_333n)],
    config: {
      fees: {
        feeBase: d("0.001"),
        feeSlope: d("0.05"),
        feeMax: d("0.02"),
        redeemBase: d("0"),
        redeemSlope: d("0"),
        instantFee: d("0"),
        performanceFee: d("0"),
      },
      maxStalenessSeconds: 600n,
      maxUpPerDay: d("0.01"),
      maxDown: d("0.05"),
      band: d(band),
      minNavForWeightChecks: 0n,
      aprFloor: d("0"),
    },
    ...over,
  };
}

describe("deposit formulas (§2)", () => {
  it("d = floor(x·v)", () => {
    expect(basketDepositValue(3n, d("1.333333333333333333"))).toBe(3n); // 3.999999999999999999
    expect(basketDepositValue(1_000_000n, d("1.25"))).toBe(1_250_000n);
    expect(code(() => basketDepositValue(1n, Dec.ZERO))).toBe("INVALID_RATE");
  });

  it("w_after = QuoTruncate((H + x)·v, A + x·v)", () => {
    // (1,000,000 + 100,000)·1.25 / (1,716,666.2 + 125,000) = 1,375,000 / 1,841,666.2
    expect(basketWeightAfterDeposit(1_000_000n, 100_000n, d("1.25"), d("1716666.2")).toString()).toBe(
      "0.746606524026992513",
    );
    expect(basketWeightAfterDeposit(0n, 10n, d("1"), Dec.ZERO).toString()).toBe("1.000000000000000000");
  });

  it("fee rate: base below target, base + slope·excess above, capped at fee_max", () => {
    const fees = { feeBase: d("0.001"), feeSlope: d("0.5"), feeMax: d("0.01") };
    expect(basketDepositFeeRate(d("0.2"), d("0.25"), fees).toString()).toBe("0.001000000000000000");
    // 0.001 + 0.5 · 0.01 = 0.006
    expect(basketDepositFeeRate(d("0.26"), d("0.25"), fees).toString()).toBe("0.006000000000000000");
    // 0.001 + 0.5 · 0.05 = 0.026 → fee_max 0.01
    expect(basketDepositFeeRate(d("0.3"), d("0.25"), fees).toString()).toBe("0.010000000000000000");
    // slope·excess truncates: 0.5 · 0.000000000000000001 = 0.0000000000000000005 → 0
    expect(basketDepositFeeRate(d("0.250000000000000001"), d("0.25"), fees).toString()).toBe("0.001000000000000000");
    expect(code(() => basketDepositFeeRate(d("0.3"), d("0.25"), { ...fees, feeMax: d("1") }))).toBe("INVALID_ARGUMENT");
  });

  it("fee_value = ceil(d·f)", () => {
    expect(basketFeeValue(1000n, d("0.0015"))).toBe(2n); // 1.5 → 2
    expect(basketFeeValue(1000n, d("0.001"))).toBe(1n); // exactly 1
    expect(basketFeeValue(1n, d("0.000000000000000001"))).toBe(1n); // 10^-18 → 1
    expect(basketFeeValue(0n, d("0.5"))).toBe(0n);
  });

  it("shares = floor(d_net·(S + VS) / (A_up + VA))", () => {
    expect(basketDepositShares(1_250_000n, 0n, 0n, 3)).toBe(1_250_000_000n);
    // 10 · 1005 / 8 = 1256.25
    expect(basketDepositShares(10n, 5n, 7n, 3)).toBe(1256n);
  });
});

describe("basketDeposit (§2 steps 1–5)", () => {
  it("computes everything a preview shows", () => {
    const preview = basketDeposit(vault(), { denom: "ustatom", amount: 100_000n }, NOW);
    expect(preview.nav.toString()).toBe("1716666.200000000000000000");
    expect(preview.value).toBe(125_000n); // 100,000 · 1.25
    expect(preview.weightAfter.toString()).toBe("0.746606524026992513");
    // 0.001 + trunc(0.05 · 0.246606524026992513) = 0.001 + 0.012330326201349625
    expect(preview.feeRate.toString()).toBe("0.013330326201349625");
    expect(preview.feeValue).toBe(1667n); // ceil(125,000 · 0.013330326201349625) = ceil(1666.29...)
    expect(preview.netValue).toBe(123_333n);
    // floor(123,333 · 1,716,001,000 / (1,716,667 + 1)) = floor(123,285,079.2...)
    expect(preview.shares).toBe(123_285_079n);
    // (1,716,666 + 1) / 1,716,001,000
    expect(preview.pricePerShare.toString()).toBe("0.001000388111661939");
  });

  it("refuses what the Msg refuses", () => {
    const input = { denom: "ustatom", amount: 100_000n };
    expect(code(() => basketDeposit(vault({ status: "PAUSED" }), input, NOW))).toBe("BASKET_PAUSED");
    expect(code(() => basketDeposit(vault(), { ...input, denom: "uatom" }, NOW))).toBe("UNKNOWN_CONSTITUENT");
    expect(code(() => basketDeposit(vault(), { ...input, amount: 0n }, NOW))).toBe("INVALID_AMOUNT");
    expect(code(() => basketDeposit(vault(), { ...input, amount: -5n }, NOW))).toBe("NEGATIVE_AMOUNT");
    expect(code(() => basketDeposit(vault(), { ...input, amount: 5 as never }, NOW))).toBe("INVALID_AMOUNT");
    const base = vault();
    const winding = {
      ...base,
      constituents: [{ ...base.constituents[0]!, status: "WINDING_DOWN" as const }, base.constituents[1]!],
    };
    expect(code(() => basketDeposit(winding, input, NOW))).toBe("CONSTITUENT_WINDING_DOWN");
    const halted = {
      ...base,
      constituents: [base.constituents[0]!, { ...base.constituents[1]!, status: "HALTED" as const }],
    };
    expect(code(() => basketDeposit(halted, input, NOW))).toBe("CONSTITUENT_HALTED");
    // qATOM's rate (not the deposited one) is 601 s old
    const stale = {
      ...base,
      constituents: [
        base.constituents[0]!,
        { ...base.constituents[1]!, updateTime: { seconds: NOW.seconds - 601n, nanos: 0 } },
      ],
    };
    expect(code(() => basketDeposit(stale, input, NOW))).toBe("STALE_RATE");
  });

  it("enforces the value cap (H + x)·v ≤ cap_value, equality allowed", () => {
    const base = vault();
    const capped = (cap: bigint) => ({
      ...base,
      constituents: [{ ...base.constituents[0]!, capValue: cap }, base.constituents[1]!],
    });
    // (1,000,000 + 100,000) · 1.25 = 1,375,000
    expect(basketDeposit(capped(1_375_000n), { denom: "ustatom", amount: 100_000n }, NOW).shares).toBe(123_285_079n);
    expect(code(() => basketDeposit(capped(1_374_999n), { denom: "ustatom", amount: 100_000n }, NOW))).toBe(
      "CAP_EXCEEDED",
    );
  });

  it("enforces w_after ≤ min(max_weight, target + band) once A ≥ min_nav_for_weight_checks", () => {
    // target 0.5 + band 0.2 = 0.7 < w_after 0.7466
    expect(code(() => basketDeposit(vault({}, "0.2"), { denom: "ustatom", amount: 100_000n }, NOW))).toBe(
      "WEIGHT_CAP_EXCEEDED",
    );
    // below the NAV threshold the weight is not checked
    const seeding = vault({}, "0.2");
    const unchecked = { ...seeding, config: { ...seeding.config, minNavForWeightChecks: 1_716_667n } };
    expect(basketDeposit(unchecked, { denom: "ustatom", amount: 100_000n }, NOW).shares).toBe(123_285_079n);
    // max_weight 0.74 binds before target + band 0.8
    const base = vault();
    const maxed = {
      ...base,
      constituents: [{ ...base.constituents[0]!, maxWeight: d("0.74") }, base.constituents[1]!],
    };
    expect(code(() => basketDeposit(maxed, { denom: "ustatom", amount: 100_000n }, NOW))).toBe("WEIGHT_CAP_EXCEEDED");
  });

  it("throws SLIPPAGE for zero shares or fewer than minSharesOut", () => {
    expect(
      code(() => basketDeposit(vault(), { denom: "ustatom", amount: 100_000n, minSharesOut: 123_285_080n }, NOW)),
    ).toBe("SLIPPAGE");
    expect(basketDeposit(vault(), { denom: "ustatom", amount: 100_000n, minSharesOut: 123_285_079n }, NOW).shares).toBe(
      123_285_079n,
    );
    // 1 uqatom is worth floor(1.4) = 1, and the fee ceil(1·0.001) = 1 takes all of it
    expect(code(() => basketDeposit(vault(), { denom: "uqatom", amount: 1n }, NOW))).toBe("SLIPPAGE");
  });
});
