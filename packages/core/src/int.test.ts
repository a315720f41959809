import { describe, expect, it } from "vitest";
import { SdkError } from "./errors.js";
import { checkInt256, checkNonNegative, MAX_INT_BIT_LEN, parseInt256 } from "./int.js";

const MAX = 2n ** 256n - 1n;

function thrown(run: () => unknown): SdkError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SdkError);
    return error as SdkError;
  }
  throw new Error("expected the call to throw");
}

describe("math.Int bounds", () => {
  it("accepts every value of at most 256 bits, of either sign", () => {
    expect(MAX_INT_BIT_LEN).toBe(256);
    expect(checkInt256(MAX)).toBe(MAX);
    expect(checkInt256(-MAX)).toBe(-MAX);
    expect(checkInt256(0n)).toBe(0n);
  });

  it.each([2n ** 256n, -(2n ** 256n), 2n ** 300n])("refuses %s with INT_OUT_OF_RANGE", (value) => {
    const error = thrown(() => checkInt256(value, "msg.amount"));
    expect(error.code).toBe("INT_OUT_OF_RANGE");
    expect(error.field).toBe("msg.amount");
    expect(error.value).toBe(value);
  });

  it("checks non-negative amounts", () => {
    expect(checkNonNegative(0n, "amount")).toBe(0n);
    expect(checkNonNegative(5n, "amount")).toBe(5n);
    const error = thrown(() => checkNonNegative(-1n, "coins[0].amount"));
    expect(error.code).toBe("NEGATIVE_AMOUNT");
    expect(error.field).toBe("coins[0].amount");
  });
});

describe("parseInt256", () => {
  it.each([
    ["0", 0n],
    ["-0", 0n],
    ["1500000", 1_500_000n],
    ["-42", -42n],
    ["007", 7n],
    [MAX.toString(), MAX],
    [(-MAX).toString(), -MAX],
  ])("parses %j", (text, value) => {
    expect(parseInt256(text)).toBe(value);
  });

  it.each(["", "-", "+1", " 1", "1 ", "1e6", "0x10", "1.5", "1_000", "1,000", "--1", "one", "١٢"])(
    "refuses %j with INVALID_INTEGER",
    (text) => {
      const error = thrown(() => parseInt256(text, "coin.amount"));
      expect(error.code).toBe("INVALID_INTEGER");
      expect(error.field).toBe("coin.amount");
      expect(error.message).toContain("coin.amount");
    },
  );

  it("refuses integers beyond 256 bits with INT_OUT_OF_RANGE", () => {
    const error = thrown(() => parseInt256((MAX + 1n).toString(), "supply"));
    expect(error.code).toBe("INT_OUT_OF_RANGE");
    expect(error.field).toBe("supply");
  });

  it("refuses non-strings", () => {
    expect(thrown(() => parseInt256(5 as unknown as string)).code).toBe("INVALID_INTEGER");
  });
});
