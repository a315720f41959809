// Genesis JSON as the Cosmos SDK writes it: proto field names and LegacyDec fields as 18-decimal strings
// ("1000000.000000000000000000"), while protobuf-es messages (and the store) carry the 10^18-scaled integer. Reading
// converts those fields back, so a genesis.json exported here, or by a real chain, imports unchanged.
import { type DescMessage, fromJson, type JsonValue, type MessageShape } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { useCosmosTypeUrls } from "../../app/any.js";
import { isLegacyDecField, sdkJsonOf } from "../../app/event-json.js";

type JsonObject = { [key: string]: JsonValue };

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Rewrites the decimal LegacyDec strings of `json` (a `schema` message) to atomics, recursively, in a copy. */
function decimalsToAtomics(schema: DescMessage, json: JsonObject): JsonObject {
  if (schema.typeName.startsWith("google.protobuf.")) return json;
  const out: JsonObject = { ...json };
  for (const field of schema.fields) {
    const key = field.name in out ? field.name : field.jsonName;
    const value = out[key];
    if (value === undefined || value === null) continue;
    if (field.fieldKind === "message" && isObject(value)) {
      out[key] = decimalsToAtomics(field.message, value);
    } else if (field.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
      out[key] = value.map((item) => (isObject(item) ? decimalsToAtomics(field.message, item) : item));
    } else if (isLegacyDecField(field)) {
      const toAtomics = (item: JsonValue) =>
        typeof item === "string" && item !== "" ? Dec.fromString(item, field.name).toProto() : item;
      out[key] = Array.isArray(value) ? value.map(toAtomics) : toAtomics(value);
    }
  }
  return out;
}

/** A message as SDK genesis JSON. */
export function toGenesisJson<Desc extends DescMessage>(schema: Desc, message: MessageShape<Desc>): JsonObject {
  return sdkJsonOf(schema, message);
}

/**
 * A message from SDK genesis JSON (proto or JSON field names; decimals for LegacyDec fields), its Anys with Cosmos
 * type URLs ("/cosmos.crypto.ed25519.PubKey", not protobuf-es' "type.googleapis.com/...").
 */
export function fromGenesisJson<Desc extends DescMessage>(schema: Desc, json: JsonValue): MessageShape<Desc> {
  if (!isObject(json)) throw new Error(`genesis: ${schema.typeName} must be a JSON object`);
  const message = fromJson(schema, decimalsToAtomics(schema, json), {
    registry: protoRegistry,
    ignoreUnknownFields: false,
  });
  return useCosmosTypeUrls(schema, message);
}
