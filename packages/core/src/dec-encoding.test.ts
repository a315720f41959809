import { describe, expect, it } from "vitest";
import { formatDecAtomics, MAX_DEC_ATOMICS, parseDecAtomics, parseDecString } from "./dec-encoding.js";
import { SdkError } from "./errors.js";

describe("LegacyDec text forms", () => {
  it.each([
    ["1.5", 1_500_000_000_000_000_000n],
    ["1.500000000000000000", 1_500_000_000_000_000_000n],
    ["0.05", 50_000_000_000_000_000n],
    ["-3", -3_000_000_000_000_000_000n],
    ["0.000000000000000001", 1n],
    ["0", 0n],
    ["007.10", 7_100_000_000_000_000_000n],
  ])("parses %s like LegacyDecFromStr", (text, atomics) => {
    expect(parseDecString(text)).toBe(atomics);
  });

  it.each(["", "-", ".5", "5.", "1.2.3", "+1", "1e18", " 1", "1_000", "0x10", "1.0000000000000000001", "NaN"])(
    "refuses %j with a typed error naming the field",
    (text) => {
      const error = (() => {
        try {
          parseDecString(text, "params.take_rate");
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(SdkError);
      expect((error as SdkError).code).toBe("INVALID_DECIMAL");
      expect((error as SdkError).field).toBe("params.take_rate");
      expect((error as SdkError).message).toContain("params.take_rate");
    },
  );

  it("formats atomics as LegacyDec.String()", () => {
    expect(formatDecAtomics(1_500_000_000_000_000_000n)).toBe("1.500000000000000000");
    expect(formatDecAtomics(0n)).toBe("0.000000000000000000");
    expect(formatDecAtomics(-500_000_000_000_000_000n)).toBe("-0.500000000000000000");
    expect(formatDecAtomics(1n)).toBe("0.000000000000000001");
    expect(formatDecAtomics(123n * 10n ** 20n)).toBe("12300.000000000000000000");
  });

  it("round-trips the protobuf form", () => {
    expect(parseDecAtomics("1500000000000000000")).toBe(1_500_000_000_000_000_000n);
    expect(parseDecAtomics("")).toBe(0n);
    expect(parseDecAtomics("-7")).toBe(-7n);
    expect(() => parseDecAtomics("1.5")).toThrow(/protobuf form/);
    expect(() => parseDecAtomics("0x10")).toThrow(SdkError);
  });

  it("enforces math.LegacyDec's range, |atomics| ≤ 2^256·10^18 − 1", () => {
    const max = 2n ** 256n * 10n ** 18n - 1n;
    expect(MAX_DEC_ATOMICS).toBe(max);
    expect(parseDecAtomics(max.toString())).toBe(max);
    expect(parseDecAtomics((-max).toString())).toBe(-max);
    expect(() => parseDecAtomics((max + 1n).toString())).toThrow(
      expect.objectContaining({ code: "DECIMAL_OUT_OF_RANGE" }),
    );
    expect(() => parseDecString(`${2n ** 256n}`)).toThrow(expect.objectContaining({ code: "DECIMAL_OUT_OF_RANGE" }));
    expect(parseDecString(`${2n ** 256n - 1n}.999999999999999999`)).toBe(max);
  });
});
