import {
  type DescField,
  type DescMessage,
  fromBinary,
  type Message,
  type Registry,
  ScalarType,
} from "@bufbuild/protobuf";
import { base64Encode } from "@bufbuild/protobuf/wire";
import type { Any, Duration, Timestamp } from "@bufbuild/protobuf/wkt";
import { formatDecAtomics, parseDecAtomics, SdkError } from "@persistence-sdk/core";
import {
  aminoFieldName,
  aminoScalar,
  aminoTypeName,
  fieldEncoding,
  keepsEmpty,
  messageEncoding,
} from "./field-options.js";
import type { AminoJson, AminoMsg, AminoObject } from "./types.js";

export interface AminoOptions {
  /** Resolves the messages packed in `google.protobuf.Any` fields (e.g. a gov proposal's content). */
  readonly registry?: Registry;
}

type Fields = Record<string, unknown>;

/**
 * The amino JSON of a message wrapped as `{ type, value }`, the form that goes into a StdSignDoc and that Ledger
 * shows and signs. Follows the Cosmos SDK's x/tx aminojson rules: keys are proto field names in declaration order,
 * empty fields are omitted unless `amino.dont_omitempty`, 64-bit integers are strings, enums are numbers, bytes are
 * base64, LegacyDec fields are 18-decimal strings, timestamps RFC 3339, durations nanosecond strings.
 */
export function toAminoMsg<Desc extends DescMessage>(
  schema: Desc,
  message: Message,
  options: AminoOptions = {},
): AminoMsg {
  const type = aminoTypeName(schema);
  if (type === undefined) {
    throw new SdkError(
      "AMINO_UNSUPPORTED_MESSAGE",
      "this message has no amino type name, so it cannot be signed in amino JSON (Ledger) mode",
      {
        field: schema.typeName,
        value: schema.typeName,
        fix: "Sign it in SIGN_MODE_DIRECT, or add its legacy amino name to the codec's override table if the chain registers one.",
      },
    );
  }
  return { type, value: toAminoValue(schema, message, options) };
}

/** The amino JSON object of a message, without the `{ type, value }` wrapper. */
export function toAminoValue(schema: DescMessage, message: Message, options: AminoOptions = {}): AminoObject {
  const encoded = encodeMessage(schema, message as unknown as Fields, options, schema.typeName);
  if (encoded === null || typeof encoded !== "object" || Array.isArray(encoded)) {
    throw new SdkError("AMINO_UNSUPPORTED_MESSAGE", "this message does not encode to a JSON object in amino", {
      field: schema.typeName,
      value: encoded,
      fix: "Encode the message that contains it instead.",
    });
  }
  return encoded;
}

function encodeMessage(schema: DescMessage, message: Fields, options: AminoOptions, path: string): AminoJson {
  switch (schema.typeName) {
    case "google.protobuf.Timestamp":
      return encodeTimestamp(message as unknown as Timestamp, path);
    case "google.protobuf.Duration": {
      const duration = message as unknown as Duration;
      return (duration.seconds * 1_000_000_000n + BigInt(duration.nanos)).toString();
    }
    case "google.protobuf.Any":
      return encodeAny(message as unknown as Any, options, path);
  }
  const special = messageEncoding(schema);
  if (special !== undefined) {
    throw new SdkError("AMINO_UNSUPPORTED_MESSAGE", `amino.message_encoding "${special}" is not supported`, {
      field: path,
      value: schema.typeName,
      fix: "Sign this transaction in SIGN_MODE_DIRECT.",
    });
  }
  const out: AminoObject = {};
  for (const field of schema.fields) {
    const raw = field.oneof ? oneofValue(message, field) : message[field.localName];
    const fieldPath = `${path}.${field.name}`;
    if (!isSet(field, raw)) {
      if (!keepsEmpty(field)) continue;
      out[aminoFieldName(field)] = encodeEmpty(field, options, fieldPath);
      continue;
    }
    out[aminoFieldName(field)] = encodeField(field, raw, options, fieldPath);
  }
  return out;
}

function oneofValue(message: Fields, field: DescField): unknown {
  const group = message[field.oneof!.localName] as { case?: string; value?: unknown } | undefined;
  return group?.case === field.localName ? group.value : undefined;
}

/** Whether a field is present in the Go sense (`protoreflect.Message.Has`): non-zero scalars, non-empty lists, set messages. */
function isSet(field: DescField, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (field.fieldKind === "list") return (value as unknown[]).length > 0;
  if (field.fieldKind === "map") return Object.keys(value as object).length > 0;
  if (field.fieldKind === "message") return true;
  if (field.oneof) return true;
  if (typeof value === "string") return value !== "";
  if (typeof value === "bigint") return value !== 0n;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "boolean") return value;
  if (value instanceof Uint8Array) return value.length > 0;
  return true;
}

function encodeEmpty(field: DescField, options: AminoOptions, path: string): AminoJson {
  switch (field.fieldKind) {
    case "list":
      // A nil slice marshals as null, except where `legacy_coins` asks for the `sdk.Coins` rendering `[]`.
      return fieldEncoding(field) === "legacy_coins" ? [] : null;
    case "map":
      return notSupported(field, path);
    case "message":
      throw new SdkError("AMINO_INVALID_VALUE", "this field must be set: amino JSON writes it even when empty", {
        field: path,
        value: undefined,
        fix: `Set ${field.name} to a ${field.message.typeName}.`,
      });
    case "enum":
      return 0;
    case "scalar":
      return encodeScalar(field, field.scalar, defaultScalar(field.scalar), options, path);
  }
}

function encodeField(field: DescField, value: unknown, options: AminoOptions, path: string): AminoJson {
  switch (field.fieldKind) {
    case "scalar":
      return encodeScalar(field, field.scalar, value, options, path);
    case "enum":
      return value as number;
    case "message":
      return encodeMessage(field.message, value as Fields, options, path);
    case "map":
      return notSupported(field, path);
    case "list":
      return (value as unknown[]).map((item, i) => {
        const itemPath = `${path}[${i}]`;
        if (field.listKind === "message") return encodeMessage(field.message, item as Fields, options, itemPath);
        if (field.listKind === "enum") return item as number;
        return encodeScalar(field, field.scalar, item, options, itemPath);
      });
  }
}

function notSupported(field: DescField, path: string): never {
  throw new SdkError("AMINO_UNSUPPORTED_MESSAGE", "amino JSON has no encoding for map fields", {
    field: path,
    value: field.name,
    fix: "Sign this transaction in SIGN_MODE_DIRECT.",
  });
}

function defaultScalar(type: ScalarType): unknown {
  switch (type) {
    case ScalarType.STRING:
      return "";
    case ScalarType.BOOL:
      return false;
    case ScalarType.BYTES:
      return new Uint8Array(0);
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SINT64:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      return 0n;
    default:
      return 0;
  }
}

function encodeScalar(
  field: DescField,
  type: ScalarType,
  value: unknown,
  _options: AminoOptions,
  path: string,
): AminoJson {
  switch (type) {
    case ScalarType.STRING: {
      const text = value as string;
      const kind = aminoScalar(field);
      // Go writes an unset Dec or Int as "0" (x/tx aminojson cosmosDecEncoder / cosmosIntEncoder).
      if (kind === "cosmos.Dec") return text === "" ? "0" : formatDecAtomics(parseDecAtomics(text, path));
      if (kind === "cosmos.Int") return text === "" ? "0" : text;
      return text;
    }
    case ScalarType.BOOL:
      return value as boolean;
    case ScalarType.BYTES:
      return base64Encode(value as Uint8Array);
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SINT64:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      return (value as bigint).toString();
    default:
      return value as number;
  }
}

/** RFC 3339 in UTC, with the fraction only when there are nanoseconds, trailing zeros trimmed (Go time.RFC3339Nano). */
function encodeTimestamp(timestamp: Timestamp, path: string): string {
  if (timestamp.nanos < 0 || timestamp.nanos > 999_999_999) {
    throw new SdkError("AMINO_INVALID_VALUE", "timestamp nanos must be within [0, 999999999]", {
      field: path,
      value: timestamp.nanos,
      fix: "Normalise the timestamp before encoding it.",
    });
  }
  const date = new Date(Number(timestamp.seconds) * 1000);
  if (Number.isNaN(date.getTime())) {
    throw new SdkError("AMINO_INVALID_VALUE", "timestamp out of range", {
      field: path,
      value: timestamp.seconds,
      fix: "Use a time between years 0001 and 9999.",
    });
  }
  const base = date.toISOString().slice(0, 19);
  const fraction = timestamp.nanos === 0 ? "" : `.${timestamp.nanos.toString().padStart(9, "0").replace(/0+$/, "")}`;
  return `${base}${fraction}Z`;
}

function encodeAny(any: Any, options: AminoOptions, path: string): AminoJson {
  const typeName = any.typeUrl.slice(any.typeUrl.lastIndexOf("/") + 1);
  const schema = options.registry?.getMessage(typeName);
  if (schema === undefined) {
    throw new SdkError("AMINO_UNKNOWN_TYPE", "cannot encode a packed message whose type is not in the registry", {
      field: path,
      value: any.typeUrl,
      fix: "Pass a registry that holds this type (e.g. protoRegistry from @persistence-sdk/proto/registry) in the amino options.",
    });
  }
  const packed = toAminoMsg(schema, fromBinary(schema, any.value), options);
  return { type: packed.type, value: packed.value };
}
