import { describe, expect, it } from "vitest";
import { addDuration, compareTimes, fromDate, toDate } from "./time.js";

describe("chain times", () => {
  it("add durations exactly, compare, and convert to and from Date", () => {
    const t = { seconds: 100n, nanos: 999_999_999 };
    expect(addDuration(t, { seconds: 1n, nanos: 1 })).toEqual({ seconds: 102n, nanos: 0 });
    expect(addDuration({ seconds: -62_135_596_800n, nanos: 0 }, { seconds: 1n })).toEqual({
      seconds: -62_135_596_799n,
      nanos: 0,
    });
    expect(compareTimes(t, { seconds: 101n, nanos: 0 })).toBe(-1);
    expect(compareTimes(t, t)).toBe(0);
    expect(toDate({ seconds: 1_767_225_600n, nanos: 5_000_000 }).toISOString()).toBe("2026-01-01T00:00:00.005Z");
    expect(fromDate(new Date("2026-01-01T00:00:00.005Z"))).toEqual({ seconds: 1_767_225_600n, nanos: 5_000_000 });
    expect(() => toDate({ seconds: 1, nanos: 0 } as never)).toThrow(/chain timestamp/);
    expect(() => compareTimes(t, { seconds: 1n, nanos: 1e9 })).toThrow(/chain timestamp/);
    expect(() => fromDate(new Date(Number.NaN))).toThrow(/valid Date/);
  });
});
