import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  basketCheckOperable,
  basketCheckRatesFresh,
  basketConstituentIndex,
  basketIsRateFresh,
  basketNavRate,
  basketNormalizeRate,
  basketRateAgeSeconds,
} from "./rate.js";
import type { BasketRateHalt } from "./types.js";

const d = (text: string): Dec => Dec.fromString(text);
const at = (seconds: number, nanos = 0) => ({ seconds: BigInt(seconds), nanos });

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof SdkError) return e.code;
    throw e;
  }
  throw new Error("expected an SdkError");
}

describe("basketNormalizeRate (§1)", () => {
  it("keeps an underlying-per-LST rate", () => {
    expect(basketNormalizeRate(d("1.25"), "UNDERLYING_PER_LST").toString()).toBe("1.250000000000000000");
  });

  it("inverts an LST-per-underlying rate with QuoTruncate", () => {
    expect(basketNormalizeRate(d("0.8"), "LST_PER_UNDERLYING").toString()).toBe("1.250000000000000000");
    // 1/3 = 0.333...3|33 truncated at 18 decimals; 1/0.3 = 3.333...3 truncated
    expect(basketNormalizeRate(d("3"), "LST_PER_UNDERLYING").toString()).toBe("0.333333333333333333");
    expect(basketNormalizeRate(d("0.3"), "LST_PER_UNDERLYING").toString()).toBe("3.333333333333333333");
  });

  it("rejects raw ≤ 0, an unset direction, and a raw whose inverse truncates to 0", () => {
    expect(code(() => basketNormalizeRate(d("0"), "UNDERLYING_PER_LST"))).toBe("INVALID_RATE");
    expect(code(() => basketNormalizeRate(d("-1.1"), "LST_PER_UNDERLYING"))).toBe("INVALID_RATE");
    expect(code(() => basketNormalizeRate(d("1"), "UNSPECIFIED" as never))).toBe("INVALID_RATE_DIRECTION");
    // raw = 10^18 + 1 (whole units): 10^36 / (10^36 + 10^18) < 1 atomic
    expect(code(() => basketNormalizeRate(Dec.fromAtomics(10n ** 36n + 1n), "LST_PER_UNDERLYING"))).toBe(
      "INVALID_RATE",
    );
    // raw = 10^18 whole units still gives 1 atomic (10^-18)
    expect(basketNormalizeRate(Dec.fromAtomics(10n ** 36n), "LST_PER_UNDERLYING").atomics).toBe(1n);
  });
});

describe("rate freshness (§2 step 1)", () => {
  const c = { denom: "ustatom", rate: d("1.2"), updateTime: at(1000) };

  it("is fresh up to and including max_staleness_seconds, to the nanosecond", () => {
    expect(basketIsRateFresh(c, at(1600), 600n)).toBe(true); // age exactly 600 s
    expect(basketIsRateFresh(c, at(1600, 1), 600n)).toBe(false); // 600 s + 1 ns
    expect(basketRateAgeSeconds(c.updateTime, at(1600, 999_999_999))).toBe(600n);
    expect(basketRateAgeSeconds(c.updateTime, at(900))).toBe(0n);
  });

  it("never calls a missing rate (0) fresh", () => {
    expect(basketIsRateFresh({ ...c, rate: Dec.ZERO }, at(1000), 600n)).toBe(false);
  });

  it("throws STALE_RATE naming the constituent", () => {
    const fresh = { denom: "uqatom", rate: d("1.4"), updateTime: at(1500) };
    expect(() => basketCheckRatesFresh([fresh, c], at(1600), 600n)).not.toThrow();
    try {
      basketCheckRatesFresh([fresh, c], at(1601), 600n);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SdkError);
      expect((e as SdkError).code).toBe("STALE_RATE");
      expect((e as SdkError).field).toBe("constituents[1].updateTime");
    }
  });

  it("rejects a malformed timestamp", () => {
    expect(code(() => basketIsRateFresh(c, { seconds: 1n, nanos: 1e9 }, 1n))).toBe("INVALID_ARGUMENT");
  });
});

describe("basketNavRate (§4)", () => {
  const halt: BasketRateHalt = {
    pendingRate: d("1.1"),
    pendingRaw: d("1.1"),
    pendingSourceTime: at(5),
    haltedAt: at(6),
    feeder: "feeder",
    statusBefore: "OK",
  };

  it("uses the rate in force, or min(rate, pending) while HALTED", () => {
    expect(basketNavRate({ status: "OK", rate: d("1.3") }).toString()).toBe("1.300000000000000000");
    expect(basketNavRate({ status: "HALTED", rate: d("1.3"), halt }).toString()).toBe("1.100000000000000000");
    expect(code(() => basketNavRate({ status: "HALTED", rate: d("1.3") }))).toBe("INVALID_ARGUMENT");
  });
});

describe("basketCheckOperable", () => {
  const ok = { denom: "a", status: "OK" as const, rate: d("1"), updateTime: at(100) };
  const config = { maxStalenessSeconds: 60n };

  it("passes an active basket with fresh rates and nothing halted", () => {
    expect(() => basketCheckOperable({ status: "ACTIVE", constituents: [ok], config }, at(160))).not.toThrow();
  });

  it("names what blocks", () => {
    expect(code(() => basketCheckOperable({ status: "PAUSED", constituents: [ok], config }, at(100)))).toBe(
      "BASKET_PAUSED",
    );
    const halted = { ...ok, denom: "b", status: "HALTED" as const };
    expect(code(() => basketCheckOperable({ status: "ACTIVE", constituents: [ok, halted], config }, at(100)))).toBe(
      "CONSTITUENT_HALTED",
    );
    expect(code(() => basketCheckOperable({ status: "ACTIVE", constituents: [ok], config }, at(161)))).toBe(
      "STALE_RATE",
    );
  });

  it("finds constituents by denom", () => {
    expect(basketConstituentIndex([{ denom: "a" }, { denom: "b" }], "b")).toBe(1);
    expect(code(() => basketConstituentIndex([{ denom: "a" }], "c"))).toBe("UNKNOWN_CONSTITUENT");
  });
});
