// `JSON.stringify` throws on bigint, and the SDK's results and errors are full of them (amounts, gas, heights of
// messages). One replacer makes anything the SDK returns serialisable: for logs, query caches and error reports.

const HEX = "0123456789abcdef";

function toHex(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += HEX[byte >> 4]! + HEX[byte & 15]!;
  return text;
}

/**
 * A `JSON.stringify` replacer that writes bigints as decimal strings and byte arrays as lowercase hex, so
 * `JSON.stringify(result, jsonReplacer)` never throws on what the SDK returns. Other values pass unchanged (a `Dec`
 * writes itself through its `toJSON`).
 */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return toHex(value);
  return value;
}

/** `JSON.stringify` with {@link jsonReplacer}: bigint- and bytes-safe. */
export function toJsonString(value: unknown, space?: number): string {
  return JSON.stringify(value, jsonReplacer, space) ?? "undefined";
}
