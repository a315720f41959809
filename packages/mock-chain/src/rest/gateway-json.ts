// Messages as the Cosmos SDK's REST gateway renders them (gogoproto jsonpb with EmitDefaults and OrigName): proto
// field names in declaration order, every field present, 64-bit integers as strings, enums by name, bytes base64 (an
// empty one null, as a nil Go slice is), unset message fields null unless gogoproto made them non-nullable, Any as
// {"@type", ...fields}, well-known types in their JSON forms, and gogoproto custom types through their Go JSON form:
// a LegacyDec (customtype ...Dec) as an 18-decimal string converted from its 10^18-scaled wire form, a math.Int as
// its decimal string ("0" when empty).
import {
  type DescField,
  type DescMessage,
  fromBinary,
  getOption,
  hasOption,
  type JsonValue,
  type Message,
  type Registry,
  ScalarType,
  toJson,
} from "@bufbuild/protobuf";
import { type ReflectMessage, reflect } from "@bufbuild/protobuf/reflect";
import { formatDecAtomics } from "@persistence-sdk/core";
import { customtype, nullable, stdtime } from "@persistence-sdk/proto/gogoproto";

/** How a string or bytes field is really typed in Go. */
type CustomKind = "dec" | "int" | undefined;

const customKinds = new WeakMap<DescField, CustomKind>();
const nonNullable = new WeakMap<DescField, boolean>();

/** The gogoproto custom type of a field: a LegacyDec or a math.Int, else nothing special. */
function customKindOf(field: DescField): CustomKind {
  if (customKinds.has(field)) return customKinds.get(field);
  let kind: CustomKind;
  if (hasOption(field, customtype)) {
    const goType = getOption(field, customtype);
    if (/(^|\.)(Legacy)?Dec$/.test(goType)) kind = "dec";
    else if (/(^|\.)Int$/.test(goType)) kind = "int";
  }
  customKinds.set(field, kind);
  return kind;
}

/** gogoproto `nullable = false`: the Go field is a struct value, rendered as an object even when empty. */
function isNonNullable(field: DescField): boolean {
  let value = nonNullable.get(field);
  if (value === undefined) {
    value = hasOption(field, nullable) && !getOption(field, nullable);
    nonNullable.set(field, value);
  }
  return value;
}

/**
 * The vendored abci proto is CometBFT 0.34's, whose event attributes are bytes; 0.38 (SDK 0.50) made them strings,
 * which is what a node's REST API shows. The bytes are the UTF-8 of those strings.
 */
const EVENT_ATTRIBUTE = "tendermint.abci.EventAttribute";

interface EventAttributeShape {
  readonly key: Uint8Array;
  readonly value: Uint8Array;
  readonly index: boolean;
}

function eventAttributeJson(attribute: EventAttributeShape): JsonValue {
  const utf8 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return { key: utf8(attribute.key), value: utf8(attribute.value), index: attribute.index };
}

/**
 * Fields the vendored (older) protos name differently from SDK 0.50, whose names a node's REST API shows; the wire
 * field numbers are the same.
 */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  "cosmos.base.tendermint.v1beta1.GetNodeInfoResponse.node_info": "default_node_info",
  "tendermint.p2p.NodeInfo.node_id": "default_node_id",
};

function jsonNameOf(field: DescField): string {
  return FIELD_NAMES[`${field.parent.typeName}.${field.name}`] ?? field.name;
}

/** How Go's zero `time.Time` marshals. */
const GO_ZERO_TIME = "0001-01-01T00:00:00Z";

const WELL_KNOWN_JSON = new Set([
  "google.protobuf.Timestamp",
  "google.protobuf.Duration",
  "google.protobuf.FieldMask",
  "google.protobuf.Struct",
  "google.protobuf.Value",
  "google.protobuf.ListValue",
  "google.protobuf.Empty",
  "google.protobuf.DoubleValue",
  "google.protobuf.FloatValue",
  "google.protobuf.Int64Value",
  "google.protobuf.UInt64Value",
  "google.protobuf.Int32Value",
  "google.protobuf.UInt32Value",
  "google.protobuf.BoolValue",
  "google.protobuf.StringValue",
  "google.protobuf.BytesValue",
]);

/** Renders messages for the gateway; `registry` resolves the types packed in Any fields. */
export class GatewayJson {
  constructor(private readonly registry: Registry) {}

  /** The gateway JSON of a message. */
  render(schema: DescMessage, message: Message): JsonValue {
    return this.#message(reflect(schema, message, false));
  }

  #message(r: ReflectMessage): JsonValue {
    const typeName = r.desc.typeName;
    if (typeName === "google.protobuf.Any") return this.#any(r);
    if (typeName === EVENT_ATTRIBUTE) return eventAttributeJson(r.message as unknown as EventAttributeShape);
    if (WELL_KNOWN_JSON.has(typeName)) return toJson(r.desc, r.message);
    const out: { [key: string]: JsonValue } = {};
    for (const member of r.members) {
      if (member.kind === "oneof") {
        const selected = r.oneofCase(member);
        if (selected !== undefined) out[jsonNameOf(selected)] = this.#field(r, selected);
        continue;
      }
      out[jsonNameOf(member)] = this.#field(r, member);
    }
    return out;
  }

  #field(r: ReflectMessage, field: DescField): JsonValue {
    switch (field.fieldKind) {
      case "scalar":
        return scalarJson(field, field.scalar, r.get(field));
      case "enum":
        return enumJson(field.enum.values, r.get(field));
      case "message":
        if (!r.isSet(field)) {
          if (!isNonNullable(field)) return null;
          // A non-nullable stdtime field is a Go time.Time; absent from the wire it is Go's zero time.
          if (hasOption(field, stdtime) && getOption(field, stdtime)) return GO_ZERO_TIME;
          return this.#message(reflect(field.message, undefined, false));
        }
        return this.#message(r.get(field));
      case "list": {
        const list = r.get(field);
        const items: JsonValue[] = [];
        for (const item of list) {
          if (field.listKind === "message") items.push(this.#message(item as ReflectMessage));
          else if (field.listKind === "enum") items.push(enumJson(field.enum.values, item as number));
          else items.push(scalarJson(field, field.scalar, item));
        }
        return items;
      }
      case "map": {
        const map = r.get(field);
        const out: { [key: string]: JsonValue } = {};
        for (const [key, value] of map) {
          const name = String(key);
          if (field.mapKind === "message") out[name] = this.#message(value as ReflectMessage);
          else if (field.mapKind === "enum") out[name] = enumJson(field.enum.values, value as number);
          else out[name] = scalarJson(field, field.scalar, value);
        }
        return out;
      }
    }
  }

  /** {"@type": url, ...fields of the packed message}; a well-known type packs its JSON under "value". */
  #any(r: ReflectMessage): JsonValue {
    const any = r.message as unknown as { typeUrl: string; value: Uint8Array };
    if (any.typeUrl === "") return {};
    const typeName = any.typeUrl.slice(any.typeUrl.lastIndexOf("/") + 1);
    const schema = this.registry.getMessage(typeName);
    if (schema === undefined) return { "@type": any.typeUrl, value: base64(any.value) };
    const inner = this.#message(reflect(schema, fromBinaryLoose(schema, any.value), false));
    if (WELL_KNOWN_JSON.has(typeName) || typeof inner !== "object" || inner === null || Array.isArray(inner)) {
      return { "@type": any.typeUrl, value: inner };
    }
    return { "@type": any.typeUrl, ...inner };
  }
}

function fromBinaryLoose(schema: DescMessage, bytes: Uint8Array): Message {
  return fromBinary(schema, bytes, { readUnknownFields: false });
}

function enumJson(values: readonly { number: number; name: string }[], value: number): JsonValue {
  return values.find((v) => v.number === value)?.name ?? value;
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

function scalarJson(field: DescField, type: ScalarType, value: unknown): JsonValue {
  switch (type) {
    case ScalarType.STRING:
      return customString(customKindOf(field), value as string);
    case ScalarType.BYTES: {
      const bytes = value as Uint8Array;
      const kind = customKindOf(field);
      if (kind !== undefined) return customString(kind, Buffer.from(bytes).toString("utf8"));
      return bytes.length === 0 ? null : base64(bytes);
    }
    case ScalarType.BOOL:
      return value as boolean;
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT: {
      const number = value as number;
      if (Number.isNaN(number)) return "NaN";
      if (number === Number.POSITIVE_INFINITY) return "Infinity";
      if (number === Number.NEGATIVE_INFINITY) return "-Infinity";
      return number;
    }
    case ScalarType.INT64:
    case ScalarType.UINT64:
    case ScalarType.SINT64:
    case ScalarType.FIXED64:
    case ScalarType.SFIXED64:
      return String(value);
    default:
      return value as number;
  }
}

/** A custom-typed string through its Go JSON: LegacyDec → "1.500000000000000000", math.Int → "15" ("0" if empty). */
function customString(kind: CustomKind, text: string): JsonValue {
  if (kind === "dec") {
    if (text === "") return formatDecAtomics(0n);
    return /^-?[0-9]+$/.test(text) ? formatDecAtomics(BigInt(text)) : text;
  }
  if (kind === "int") return text === "" ? "0" : text;
  return text;
}
