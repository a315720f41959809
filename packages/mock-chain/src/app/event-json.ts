// The JSON of a protobuf message as the Cosmos SDK writes it into typed events (codec.ProtoMarshalJSON: jsonpb with
// OrigName and EmitDefaults): proto field names, every field present, 64-bit integers as strings, enums by name,
// bytes in base64, unset messages as null, and LegacyDec fields in their 18-decimal form (Go marshals the customtype,
// not the 10^18-scaled integer the wire carries).
import {
  type DescField,
  type DescMessage,
  getOption,
  hasOption,
  type JsonValue,
  type MessageShape,
  toJson,
} from "@bufbuild/protobuf";
import { formatDecAtomics, parseDecAtomics } from "@persistence-sdk/core";
import { scalar } from "@persistence-sdk/proto/cosmos_proto";
import { customtype } from "@persistence-sdk/proto/gogoproto";
import { protoRegistry } from "@persistence-sdk/proto/registry";

type JsonObject = { [key: string]: JsonValue };

/** Whether a string field holds a LegacyDec (gogoproto customtype LegacyDec/Dec, or cosmos_proto.scalar cosmos.Dec). */
export function isLegacyDecField(field: DescField): boolean {
  if (field.scalar === undefined) return false;
  if (hasOption(field, scalar) && getOption(field, scalar) === "cosmos.Dec") return true;
  if (!hasOption(field, customtype)) return false;
  const type = getOption(field, customtype);
  return type.endsWith("LegacyDec") || type.endsWith(".Dec");
}

/** The SDK-style JSON object of a message. */
export function sdkJsonOf<Desc extends DescMessage>(schema: Desc, message: MessageShape<Desc>): JsonObject {
  const json = toJson(schema, message, {
    useProtoFieldName: true,
    alwaysEmitImplicit: true,
    registry: protoRegistry,
  }) as JsonObject;
  return fixFields(schema, json);
}

function fixFields(schema: DescMessage, json: JsonObject): JsonObject {
  // Special JSON forms (Timestamp, Any, wrappers...) are already what jsonpb writes.
  if (schema.typeName.startsWith("google.protobuf.")) return json;
  for (const field of schema.fields) {
    const key = field.name;
    const value = json[key];
    if (field.fieldKind === "message") {
      if (value === undefined || value === null) json[key] = null;
      else if (typeof value === "object" && !Array.isArray(value)) fixFields(field.message, value as JsonObject);
    } else if (field.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
      for (const item of value) {
        if (item !== null && typeof item === "object" && !Array.isArray(item)) fixFields(field.message, item);
      }
    } else if (isLegacyDecField(field)) {
      if (typeof value === "string") json[key] = formatDecAtomics(parseDecAtomics(value, key));
      else if (Array.isArray(value)) {
        json[key] = value.map((item) =>
          typeof item === "string" ? formatDecAtomics(parseDecAtomics(item, key)) : item,
        );
      }
    }
  }
  return json;
}

/** Go's json.Marshal escapes <, > and & in strings; jsonpb output (and so event values) carries those escapes. */
export function goJsonStringify(value: JsonValue): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
