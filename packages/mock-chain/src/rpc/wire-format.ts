// The scalar encodings of CometBFT's JSON (libs/json): 64-bit integers as decimal strings, []byte as standard base64,
// HexBytes as upper-case hex, times as Go's RFC3339Nano. Every formatter of the RPC layer goes through these.

const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HEX_PATTERN = /^(?:[0-9a-fA-F]{2})*$/;
const NS_PER_SECOND = 1_000_000_000n;
const NS_PER_MS = 1_000_000n;

/** Standard base64 with padding, as Go's encoding/json writes a `[]byte`. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Upper-case hex, as CometBFT's `HexBytes` marshals. */
export function toHexUpper(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex").toUpperCase();
}

/** Strict standard base64 (Go rejects missing padding and foreign characters); undefined when malformed. */
export function parseBase64(text: string): Uint8Array | undefined {
  if (!BASE64_PATTERN.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, "base64"));
}

/** Hex of either case, even length; undefined when malformed. */
export function parseHex(text: string): Uint8Array | undefined {
  if (!HEX_PATTERN.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, "hex"));
}

/**
 * Go's `time.RFC3339Nano` in UTC: the fraction keeps up to nine digits with trailing zeros removed, and disappears
 * when it is zero ("2024-01-01T00:00:00Z", "2024-01-01T00:00:05.5Z").
 */
export function formatRfc3339Nano(timeNs: bigint): string {
  const seconds = floorDiv(timeNs, NS_PER_SECOND);
  const nanos = timeNs - seconds * NS_PER_SECOND;
  const iso = new Date(Number(seconds * 1000n)).toISOString();
  const base = iso.slice(0, 19);
  if (nanos === 0n) return `${base}Z`;
  const fraction = nanos.toString().padStart(9, "0").replace(/0+$/, "");
  return `${base}.${fraction}Z`;
}

/** Go's `time.RFC3339` (whole seconds), as the Cosmos SDK writes `TxResponse.timestamp`. */
export function formatRfc3339Seconds(timeNs: bigint): string {
  const seconds = floorDiv(timeNs, NS_PER_SECOND);
  return `${new Date(Number(seconds * 1000n)).toISOString().slice(0, 19)}Z`;
}

/** Nanoseconds since the epoch to whole milliseconds, for `Date`. */
export function nsToMs(timeNs: bigint): number {
  return Number(floorDiv(timeNs, NS_PER_MS));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}
