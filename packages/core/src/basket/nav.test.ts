import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  basketHoldings,
  basketHoldingsValue,
  basketLaunchPrice,
  basketNav,
  basketNavDown,
  basketNavUp,
  basketPricePerShare,
  basketValuation,
  basketVirtualShares,
  basketWeight,
} from "./nav.js";

const d = (text: string): Dec => Dec.fromString(text);

describe("NAV (§1)", () => {
  it("values holdings exactly: H·v with no rounding", () => {
    // 3 · 0.333333333333333333 = 0.999999999999999999 (a rounded product would give 1)
    expect(basketHoldingsValue(3n, d("0.333333333333333333")).toString()).toBe("0.999999999999999999");
    expect(basketHoldings({ idle: 5n, restaked: 7n })).toBe(12n);
    expect(() => basketHoldings({ idle: -1n, restaked: 0n })).toThrow(SdkError);
  });

  it("sums A exactly and floors/ceils it once", () => {
    const constituents = [
      { idle: 2n, restaked: 1n, status: "OK" as const, rate: d("0.333333333333333333") }, // 0.999999999999999999
      { idle: 2n, restaked: 0n, status: "OK" as const, rate: d("1.5") }, // 3
    ];
    const nav = basketNav(constituents);
    expect(nav.toString()).toBe("3.999999999999999999");
    expect(basketNavDown(nav)).toBe(3n);
    expect(basketNavUp(nav)).toBe(4n);
    expect(basketNavDown(d("4"))).toBe(4n);
    expect(basketNavUp(d("4"))).toBe(4n);
  });

  it("prices a share as QuoTruncate(A_dn + 1, S + VS)", () => {
    expect(basketVirtualShares(3)).toBe(1000n);
    // (3 + 1) / (0 + 1000) = 0.004
    expect(basketPricePerShare(3n, 0n, 3).toString()).toBe("0.004000000000000000");
    // (2 + 1) / (7 + 1000) = 0.002979145978152929|49... truncated
    expect(basketPricePerShare(2n, 7n, 3).toString()).toBe("0.002979145978152929");
    expect(basketLaunchPrice(3).toString()).toBe("0.001000000000000000");
    expect(basketLaunchPrice(0).toString()).toBe("1.000000000000000000");
    expect(() => basketPricePerShare(1n, 1n, -1)).toThrow(SdkError);
  });

  it("weights are QuoTruncate(H·v, A), 0 for an empty basket", () => {
    expect(basketWeight(d("1"), d("3")).toString()).toBe("0.333333333333333333");
    expect(basketWeight(d("0"), d("0")).toString()).toBe("0.000000000000000000");
  });

  it("values a HALTED constituent at min(rate, pending_rate)", () => {
    const valuation = basketValuation({
      shares: 1_000_000n,
      virtualOffset: 3,
      constituents: [
        { denom: "a", idle: 1000n, restaked: 0n, status: "OK", rate: d("1") },
        {
          denom: "b",
          idle: 1000n,
          restaked: 1000n,
          status: "HALTED",
          rate: d("1.5"),
          halt: {
            pendingRate: d("1.2"),
            pendingRaw: d("1.2"),
            pendingSourceTime: { seconds: 1n, nanos: 0 },
            haltedAt: { seconds: 1n, nanos: 0 },
            feeder: "",
            statusBefore: "OK",
          },
        },
      ],
    });
    // A = 1000·1 + 2000·1.2 = 3400; P = 3401 / 1,001,000
    expect(valuation.nav.toString()).toBe("3400.000000000000000000");
    expect(valuation.navDown).toBe(3400n);
    expect(valuation.pricePerShare.toString()).toBe("0.003397602397602397");
    expect(valuation.constituents.map((c) => c.weight.toString())).toEqual([
      "0.294117647058823529", // 1000/3400
      "0.705882352941176470", // 2400/3400
    ]);
  });
});
