import { describe, expect, it } from "vitest";
import { formatRfc3339Nano, formatRfc3339Seconds, parseBase64, parseHex, toBase64, toHexUpper } from "./wire-format.js";

const SECOND = 1_000_000_000n;
// 2024-01-01T00:00:00Z
const NEW_YEAR = 1_704_067_200n * SECOND;

describe("formatRfc3339Nano (Go's time.RFC3339Nano)", () => {
  it("drops a zero fraction entirely", () => {
    expect(formatRfc3339Nano(NEW_YEAR)).toBe("2024-01-01T00:00:00Z");
  });

  it("keeps up to nine digits and trims trailing zeros", () => {
    expect(formatRfc3339Nano(NEW_YEAR + 500_000_000n)).toBe("2024-01-01T00:00:00.5Z");
    expect(formatRfc3339Nano(NEW_YEAR + 123_456_789n)).toBe("2024-01-01T00:00:00.123456789Z");
    expect(formatRfc3339Nano(NEW_YEAR + 1n)).toBe("2024-01-01T00:00:00.000000001Z");
    expect(formatRfc3339Nano(NEW_YEAR + 5n * SECOND + 120_000_000n)).toBe("2024-01-01T00:00:05.12Z");
  });

  it("formats whole seconds for TxResponse.timestamp", () => {
    expect(formatRfc3339Seconds(NEW_YEAR + 7n * SECOND + 999_999_999n)).toBe("2024-01-01T00:00:07Z");
  });
});

describe("bytes encodings", () => {
  it("writes base64 with padding and upper-case hex", () => {
    const bytes = new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x01]);
    expect(toBase64(bytes)).toBe("3q2+7wE=");
    expect(toHexUpper(bytes)).toBe("DEADBEEF01");
  });

  it("reads only strict standard base64, as Go's encoding/json does", () => {
    expect(parseBase64("3q2+7wE=")).toEqual(new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x01]));
    expect(parseBase64("")).toEqual(new Uint8Array());
    expect(parseBase64("3q2+7wE")).toBeUndefined();
    expect(parseBase64("not base64!")).toBeUndefined();
  });

  it("reads hex of either case and rejects odd lengths", () => {
    expect(parseHex("0aFF")).toEqual(new Uint8Array([0x0a, 0xff]));
    expect(parseHex("abc")).toBeUndefined();
    expect(parseHex("zz")).toBeUndefined();
  });
});
