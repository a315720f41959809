// Store values are plain data: primitives, bigint, Uint8Array, arrays and plain objects (protobuf-es messages are
// plain objects with a `$typeName`). This file gives them one canonical JSON form, used to hash state into the app
// hash, to size values for gas, and to save and load the chain (`exportState`).
import { toBinary } from "@bufbuild/protobuf";
import { base64Decode, base64Encode } from "@bufbuild/protobuf/wire";
import { protoRegistry } from "@persistence-sdk/proto/registry";

/** A JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const BIGINT_TAG = "$bigint";
const BYTES_TAG = "$bytes";

/**
 * The JSON-safe form of a store value: bigint as `{"$bigint": "12"}`, bytes as `{"$bytes": "<base64>"}`, objects with
 * their keys in insertion order (deterministic for values built by the same code). Throws on values that would not
 * survive a save/load round trip (class instances such as `Dec`, Map, Date, functions).
 */
export function encodeStateValue(value: unknown, path = "value"): JsonValue {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      if (!Number.isFinite(value)) throw notPlainData(path, value);
      return value;
    case "bigint":
      return { [BIGINT_TAG]: value.toString() };
    case "object": {
      if (value === null) return null;
      if (value instanceof Uint8Array) return { [BYTES_TAG]: base64Encode(value) };
      if (Array.isArray(value)) return value.map((item, i) => encodeStateValue(item, `${path}[${i}]`));
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw notPlainData(path, value);
      const out: { [key: string]: JsonValue } = {};
      for (const [key, item] of Object.entries(value)) {
        if (item === undefined) continue;
        out[key] = encodeStateValue(item, `${path}.${key}`);
      }
      return out;
    }
    default:
      throw notPlainData(path, value);
  }
}

/** Inverse of `encodeStateValue`. */
export function decodeStateValue(json: unknown): unknown {
  if (json === null || typeof json !== "object") return json;
  if (Array.isArray(json)) return json.map(decodeStateValue);
  const record = json as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    if (keys[0] === BIGINT_TAG && typeof record[BIGINT_TAG] === "string") return BigInt(record[BIGINT_TAG]);
    if (keys[0] === BYTES_TAG && typeof record[BYTES_TAG] === "string") return base64Decode(record[BYTES_TAG]);
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = decodeStateValue(record[key]);
  return out;
}

function notPlainData(path: string, value: unknown): Error {
  const kind =
    typeof value === "object" && value !== null ? (value.constructor?.name ?? "object") : `${typeof value} ${value}`;
  return new Error(
    `store values must be plain data (primitives, bigint, Uint8Array, arrays, plain objects, protobuf messages), but ${path} is a ${kind}: store its string or bigint form instead`,
  );
}

/**
 * The canonical text of a value, as `JSON.stringify(encodeStateValue(value))` gives it, built without the
 * intermediate JSON objects: the app hash takes this of every value a block writes (as bytes: canonical-bytes.ts).
 */
export function canonicalStateText(value: unknown, path = "value"): string {
  try {
    return canonicalText(value);
  } catch (error) {
    if (!(error instanceof NotPlainData)) throw error;
    // Rare: walk again, this time tracking where we are, for an error that names the offending field.
    return canonicalTextAt(value, path);
  }
}

/** Thrown by the fast walk, which does not track paths; `canonicalStateText` then redoes the walk with them. */
class NotPlainData extends Error {}

function canonicalText(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new NotPlainData();
      return String(value);
    case "bigint":
      return `{"${BIGINT_TAG}":"${value}"}`;
    case "object": {
      if (value === null) return "null";
      if (value instanceof Uint8Array) return `{"${BYTES_TAG}":"${base64Of(value)}"}`;
      if (Array.isArray(value)) {
        let text = "[";
        for (let i = 0; i < value.length; i++) text += (i === 0 ? "" : ",") + canonicalText(value[i]);
        return `${text}]`;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw new NotPlainData();
      let text = "{";
      let first = true;
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined) continue;
        text += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalText(item)}`;
        first = false;
      }
      return `${text}}`;
    }
    default:
      throw new NotPlainData();
  }
}

/** The same text as `canonicalText`, tracking the path of each item so that a failure can name it. */
function canonicalTextAt(value: unknown, path: string): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw notPlainData(path, value);
      return String(value);
    case "bigint":
      return `{"${BIGINT_TAG}":"${value}"}`;
    case "object": {
      if (value === null) return "null";
      if (value instanceof Uint8Array) return `{"${BYTES_TAG}":"${base64Of(value)}"}`;
      if (Array.isArray(value)) return `[${value.map((item, i) => canonicalTextAt(item, `${path}[${i}]`)).join(",")}]`;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) throw notPlainData(path, value);
      const parts: string[] = [];
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (item === undefined) continue;
        parts.push(`${JSON.stringify(key)}:${canonicalTextAt(item, `${path}.${key}`)}`);
      }
      return `{${parts.join(",")}}`;
    }
    default:
      throw notPlainData(path, value);
  }
}

const sizeCache = new WeakMap<object, number>();
const utf8 = new TextEncoder();

/**
 * The byte size of a value for gas, standing in for the length of the bytes a Go keeper would store: a protobuf
 * message's binary encoding, a bigint's decimal text (how math.Int marshals), a string's UTF-8, raw bytes as they are,
 * and the canonical JSON of anything else. Cached per object, since stored values are immutable.
 */
export function encodedValueSize(value: unknown): number {
  switch (typeof value) {
    case "undefined":
      return 0;
    case "bigint":
      return value.toString().length;
    case "string":
      return utf8.encode(value).length;
    case "number":
      return String(value).length;
    case "boolean":
      return 1;
    case "object": {
      if (value === null) return 0;
      if (value instanceof Uint8Array) return value.length;
      const cached = sizeCache.get(value);
      if (cached !== undefined) return cached;
      const size = objectSize(value);
      sizeCache.set(value, size);
      return size;
    }
    default:
      return 0;
  }
}

function objectSize(value: object): number {
  const typeName = (value as { $typeName?: unknown }).$typeName;
  if (typeof typeName === "string") {
    const schema = protoRegistry.getMessage(typeName);
    if (schema !== undefined) return toBinary(schema, value as never).length;
  }
  return utf8.encode(canonicalStateText(value)).length;
}

/** Standard base64 with padding (as `base64Encode` writes it), by Node's native encoder. */
function base64Of(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}
