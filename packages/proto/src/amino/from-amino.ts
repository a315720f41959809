import {
  create,
  type DescField,
  type DescMessage,
  type Message,
  type MessageShape,
  type Registry,
  ScalarType,
  toBinary,
} from "@bufbuild/protobuf";
import { base64Decode } from "@bufbuild/protobuf/wire";
import { parseDecString, SdkError } from "@persistence-sdk/core";
import { aminoFieldName, aminoScalar, aminoTypeName } from "./field-options.js";
import type { AminoOptions } from "./to-amino.js";
import type { AminoJson, AminoMsg, AminoObject } from "./types.js";

type Fields = Record<string, unknown>;

const INTEGER = /^-?[0-9]+$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;

function invalid(path: string, value: unknown, problem: string, fix: string): SdkError {
  return new SdkError("AMINO_INVALID_VALUE", problem, { field: path, value, fix });
}

/** Decodes `{ type, value }` amino JSON into a message of `schema`, checking that the type name is the schema's. */
export function fromAminoMsg<Desc extends DescMessage>(
  schema: Desc,
  msg: AminoMsg,
  options: AminoOptions = {},
): MessageShape<Desc> {
  const expected = aminoTypeName(schema);
  if (msg.type !== expected) {
    throw new SdkError("AMINO_UNKNOWN_TYPE", `amino type does not match ${schema.typeName}`, {
      field: "type",
      value: msg.type,
      fix:
        expected === undefined
          ? `${schema.typeName} has no amino name; sign it in SIGN_MODE_DIRECT.`
          : `Expected "${expected}".`,
    });
  }
  return fromAminoValue(schema, msg.value, options);
}

/**
 * Decodes the amino JSON object of a message (without the wrapper). The inverse of `toAminoValue`: decoding what
 * `toAminoValue` wrote and encoding it again gives the same JSON, which is what makes a signature made over amino
 * JSON verify on the chain after the transaction travels as protobuf.
 */
export function fromAminoValue<Desc extends DescMessage>(
  schema: Desc,
  value: AminoObject,
  options: AminoOptions = {},
): MessageShape<Desc> {
  return decodeMessage(schema, value, options, schema.typeName) as MessageShape<Desc>;
}

function decodeMessage(schema: DescMessage, json: AminoJson, options: AminoOptions, path: string): Message {
  switch (schema.typeName) {
    case "google.protobuf.Timestamp":
      return create(schema, decodeTimestamp(json, path));
    case "google.protobuf.Duration":
      return create(schema, decodeDuration(json, path));
    case "google.protobuf.Any":
      return create(schema, decodeAny(json, options, path));
  }
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw invalid(
      path,
      json,
      `expected a JSON object for ${schema.typeName}`,
      "Pass the message's fields as an object.",
    );
  }
  const known = new Set(schema.fields.map(aminoFieldName));
  for (const key of Object.keys(json)) {
    if (!known.has(key)) {
      throw invalid(
        `${path}.${key}`,
        json[key],
        `${schema.typeName} has no field "${key}"`,
        `Use only: ${[...known].join(", ")}.`,
      );
    }
  }
  const init: Fields = {};
  for (const field of schema.fields) {
    const raw = json[aminoFieldName(field)];
    if (raw === undefined || raw === null) continue;
    const decoded = decodeField(field, raw, options, `${path}.${field.name}`);
    if (field.oneof) init[field.oneof.localName] = { case: field.localName, value: decoded };
    else init[field.localName] = decoded;
  }
  return create(schema, init);
}

function decodeField(field: DescField, json: AminoJson, options: AminoOptions, path: string): unknown {
  switch (field.fieldKind) {
    case "scalar":
      return decodeScalar(field, field.scalar, json, path);
    case "enum":
      return decodeEnum(field, json, path);
    case "message":
      return decodeMessage(field.message, json, options, path);
    case "map":
      throw invalid(path, json, "amino JSON has no encoding for map fields", "Use SIGN_MODE_DIRECT.");
    case "list": {
      if (!Array.isArray(json)) throw invalid(path, json, "expected a JSON array", "Pass a list.");
      return json.map((item, i) => {
        const itemPath = `${path}[${i}]`;
        if (field.listKind === "message") return decodeMessage(field.message, item, options, itemPath);
        if (field.listKind === "enum") return decodeEnum(field, item, itemPath);
        return decodeScalar(field, field.scalar, item, itemPath);
      });
    }
  }
}

function decodeEnum(field: DescField, json: AminoJson, path: string): number {
  const values = field.enum?.values.map((v) => v.number) ?? [];
  if (typeof json !== "number" || !values.includes(json)) {
    throw invalid(
      path,
      json,
      `not a value of ${field.enum?.typeName}`,
      `Use one of ${values.join(", ")} (amino JSON writes enums as numbers).`,
    );
  }
  return json;
}

function decodeScalar(field: DescField, type: ScalarType, json: AminoJson, path: string): unknown {
  switch (type) {
    case ScalarType.STRING: {
      if (typeof json !== "string") throw invalid(path, json, "expected a string", "Quote the value.");
      const kind = aminoScalar(field);
      // "0" is how Go writes an unset Dec; reading it back as unset makes the round trip exact.
      if (kind === "cosmos.Dec") return json === "0" ? "" : parseDecString(json, path).toString();
      if (kind === "cosmos.Int" && !INTEGER.test(json)) {
        throw invalid(path, json, "not an integer", 'Write an integer amount in base units, e.g. "1500000".');
      }
      return json;
    }
    case ScalarType.BOOL:
      if (typeof json !== "boolean") throw invalid(path, json, "expected true or false", "Use a JSON boolean.");
      return json;
    case ScalarType.BYTES:
      if (typeof json !== "string") throw invalid(path, json, "expected base64 text", "Encode bytes as base64.");
      try {
        return base64Decode(json);
      } catch (cause) {
        throw new SdkError("AMINO_INVALID_VALUE", "not valid base64", {
          field: path,
          value: json,
          fix: "Encode bytes as base64.",
          cause,
        });
      }
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SINT64:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64: {
      if (typeof json !== "string" || !INTEGER.test(json)) {
        throw invalid(
          path,
          json,
          "expected a 64-bit integer as a decimal string",
          'Amino JSON quotes 64-bit integers: "42".',
        );
      }
      const n = BigInt(json);
      const unsigned = type === ScalarType.UINT64 || type === ScalarType.FIXED64;
      const [min, max] = unsigned ? [0n, 2n ** 64n - 1n] : [-(2n ** 63n), 2n ** 63n - 1n];
      if (n < min || n > max)
        throw invalid(path, json, "out of range for a 64-bit integer", `Use a value in [${min}, ${max}].`);
      return n;
    }
    default: {
      if (typeof json !== "number" || !Number.isInteger(json)) {
        if (type === ScalarType.DOUBLE || type === ScalarType.FLOAT) {
          if (typeof json === "number") return json;
        }
        throw invalid(path, json, "expected a number", "Use a JSON number.");
      }
      return json;
    }
  }
}

function decodeTimestamp(json: AminoJson, path: string): { seconds: bigint; nanos: number } {
  const match = typeof json === "string" ? RFC3339.exec(json) : null;
  if (!match) throw invalid(path, json, "not an RFC 3339 UTC time", 'Write it as "2024-01-02T03:04:05Z".');
  const [, y, mo, d, h, mi, s, fraction] = match.map((part) => part ?? "");
  const millis = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(millis).toISOString().slice(0, 19);
  if (check !== (json as string).slice(0, 19)) throw invalid(path, json, "not a real calendar time", "Check the date.");
  return { seconds: BigInt(millis / 1000), nanos: Number((fraction ?? "").padEnd(9, "0")) };
}

function decodeDuration(json: AminoJson, path: string): { seconds: bigint; nanos: number } {
  if (typeof json !== "string" || !INTEGER.test(json)) {
    throw invalid(
      path,
      json,
      "expected a duration in nanoseconds as a decimal string",
      'E.g. "300000000000" for 5 minutes.',
    );
  }
  const total = BigInt(json);
  return { seconds: total / 1_000_000_000n, nanos: Number(total % 1_000_000_000n) };
}

const byAminoName = new WeakMap<Registry, Map<string, DescMessage>>();

/** The registry's messages by amino type name, built once per registry. */
function aminoIndex(registry: Registry): Map<string, DescMessage> {
  let index = byAminoName.get(registry);
  if (index === undefined) {
    index = new Map();
    for (const type of registry) {
      if (type.kind !== "message") continue;
      const name = aminoTypeName(type);
      if (name !== undefined) index.set(name, type);
    }
    byAminoName.set(registry, index);
  }
  return index;
}

function decodeAny(json: AminoJson, options: AminoOptions, path: string): { typeUrl: string; value: Uint8Array } {
  if (json === null || typeof json !== "object" || Array.isArray(json) || typeof json.type !== "string") {
    throw invalid(
      path,
      json,
      "expected a packed message as { type, value }",
      "Wrap the message with its amino type name.",
    );
  }
  const schema = options.registry ? aminoIndex(options.registry).get(json.type) : undefined;
  if (schema === undefined) {
    throw new SdkError("AMINO_UNKNOWN_TYPE", "no message with this amino type name is in the registry", {
      field: path,
      value: json.type,
      fix: "Pass a registry that holds this type (e.g. protoRegistry from @persistence-sdk/proto/registry) in the amino options.",
    });
  }
  const inner = decodeMessage(schema, json.value ?? {}, options, `${path}.value`);
  return { typeUrl: `/${schema.typeName}`, value: toBinary(schema, inner) };
}
