import { describe, expect, it } from "vitest";
import { formatAmount, parseAmount } from "./amount.js";
import { SdkError } from "./errors.js";

function thrown(run: () => unknown): SdkError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SdkError);
    return error as SdkError;
  }
  throw new Error("expected the call to throw");
}

describe("parseAmount", () => {
  it.each([
    ["1.5", 6, 1_500_000n],
    ["1", 6, 1_000_000n],
    ["0", 6, 0n],
    ["0.000001", 6, 1n],
    ["1.000000", 6, 1_000_000n],
    ["007.10", 6, 7_100_000n],
    ["123456789.123456789012345678", 18, 123456789123456789012345678n],
    ["42", 0, 42n],
    ["0.1", 1, 1n],
  ])("parses %j with exponent %s", (display, exponent, base) => {
    expect(parseAmount(display, exponent)).toBe(base);
  });

  it("parses the largest math.Int and no more", () => {
    const max = 2n ** 256n - 1n;
    expect(parseAmount(max.toString(), 0)).toBe(max);
    const error = thrown(() => parseAmount(`${max}`, 1, "deposit"));
    expect(error.code).toBe("INT_OUT_OF_RANGE");
    expect(error.field).toBe("deposit");
  });

  it.each([
    "",
    " 1",
    "1 ",
    "1 000",
    "1,000",
    "1,5",
    "1e6",
    "1E6",
    "+1",
    "1.2.3",
    ".5",
    "5.",
    "abc",
    "0x10",
    "NaN",
    "∞",
    "½",
  ])("refuses %j with INVALID_AMOUNT", (display) => {
    const error = thrown(() => parseAmount(display, 6, "stake.amount"));
    expect(error.code).toBe("INVALID_AMOUNT");
    expect(error.field).toBe("stake.amount");
    expect(error.message).toContain("stake.amount");
  });

  it.each(["-1", "-0.5", "-0"])("refuses %j with NEGATIVE_AMOUNT", (display) => {
    const error = thrown(() => parseAmount(display, 6, "stake.amount"));
    expect(error.code).toBe("NEGATIVE_AMOUNT");
    expect(error.field).toBe("stake.amount");
  });

  it("refuses more decimals than the exponent, saying the maximum", () => {
    const error = thrown(() => parseAmount("1.0000001", 6, "stake.amount"));
    expect(error.code).toBe("TOO_MANY_DECIMALS");
    expect(error.field).toBe("stake.amount");
    expect(error.message).toContain("at most 6 decimal places");
    expect(thrown(() => parseAmount("1.5000000", 6)).code).toBe("TOO_MANY_DECIMALS");
    expect(thrown(() => parseAmount("1.5", 0)).message).toContain("at most 0 decimal places");
    expect(thrown(() => parseAmount("1.55", 1)).message).toContain("at most 1 decimal place ");
  });

  it.each([-1, 1.5, 256, Number.NaN])("refuses exponent %s with INVALID_ARGUMENT", (exponent) => {
    const error = thrown(() => parseAmount("1", exponent));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("exponent");
  });

  it("refuses non-strings with INVALID_AMOUNT", () => {
    expect(thrown(() => parseAmount(1.5 as unknown as string, 6)).code).toBe("INVALID_AMOUNT");
  });
});

describe("formatAmount", () => {
  it.each([
    [1_500_000n, 6, "1.5"],
    [1_000_000n, 6, "1"],
    [0n, 6, "0"],
    [1n, 6, "0.000001"],
    [123n, 0, "123"],
    [-1_500_000n, 6, "-1.5"],
    [-1n, 6, "-0.000001"],
    [10n ** 18n + 1n, 18, "1.000000000000000001"],
    [2n ** 256n - 1n, 18, "115792089237316195423570985008687907853269984665640564039457.584007913129639935"],
  ])("formats %s with exponent %s as %j", (base, exponent, display) => {
    expect(formatAmount(base, exponent)).toBe(display);
    expect(parseAmount(display.replace("-", ""), exponent)).toBe(base < 0n ? -base : base);
  });

  it("pads to minDecimals and truncates at maxDecimals without rounding up", () => {
    expect(formatAmount(1_500_000n, 6, { minDecimals: 2 })).toBe("1.50");
    expect(formatAmount(1_000_000n, 6, { minDecimals: 2 })).toBe("1.00");
    expect(formatAmount(1_999_999n, 6, { maxDecimals: 2 })).toBe("1.99");
    expect(formatAmount(1_999_999n, 6, { maxDecimals: 0 })).toBe("1");
    expect(formatAmount(1_005_000n, 6, { maxDecimals: 2 })).toBe("1");
    expect(formatAmount(1_005_000n, 6, { minDecimals: 2, maxDecimals: 2 })).toBe("1.00");
    expect(formatAmount(-1_999_999n, 6, { maxDecimals: 2 })).toBe("-1.99");
    expect(formatAmount(5n, 0, { minDecimals: 2 })).toBe("5.00");
  });

  it("drops the sign when only zeros are left to show", () => {
    expect(formatAmount(-1n, 6, { maxDecimals: 2 })).toBe("0");
    expect(formatAmount(-1n, 6, { minDecimals: 2, maxDecimals: 2 })).toBe("0.00");
  });

  it("groups thousands", () => {
    expect(formatAmount(1_234_500_000n, 6, { grouping: true })).toBe("1,234.5");
    expect(formatAmount(1_234_567_890_000_000n, 6, { grouping: true })).toBe("1,234,567,890");
    expect(formatAmount(-999_000_000n, 6, { grouping: true })).toBe("-999");
    expect(formatAmount(-1_000_000_000n, 6, { grouping: true })).toBe("-1,000");
    expect(formatAmount(12n, 6, { grouping: true })).toBe("0.000012");
  });

  it("refuses bad options with INVALID_ARGUMENT", () => {
    const cases: [() => unknown, string][] = [
      [() => formatAmount(1n, -1), "exponent"],
      [() => formatAmount(1n, 6, { minDecimals: -1 }), "minDecimals"],
      [() => formatAmount(1n, 6, { maxDecimals: 1.5 }), "maxDecimals"],
      [() => formatAmount(1n, 6, { minDecimals: 3, maxDecimals: 2 }), "minDecimals"],
    ];
    for (const [run, field] of cases) {
      const error = thrown(run);
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.field).toBe(field);
    }
  });
});
