import { create, type DescMessage, fromBinary, type MessageShape, toBinary } from "@bufbuild/protobuf";
import { type Any, AnySchema } from "@bufbuild/protobuf/wkt";
import { protoRegistry } from "@persistence-sdk/proto/registry";

/**
 * Packs a message into an Any the Cosmos way: type URL "/<full name>" (protobuf-es' anyPack writes
 * "type.googleapis.com/...", which Cosmos clients and the SDK's interface registry do not accept).
 */
export function packAny<Desc extends DescMessage>(schema: Desc, message: MessageShape<Desc>): Any {
  return create(AnySchema, { typeUrl: `/${schema.typeName}`, value: toBinary(schema, message) });
}

/** The prefix protobuf-es writes into every Any it packs, including the ones `fromJson` reads from "@type". */
const GOOGLE_TYPE_URL_PREFIX = "type.googleapis.com/";

/**
 * Rewrites, in place, every Any of `message` (a `schema` message) whose type URL protobuf-es wrote
 * ("type.googleapis.com/<name>", as `fromJson` and `anyPack` do) to the Cosmos form "/<name>", also inside the
 * packed values of Anys (a BaseAccount's pub_key inside an auth genesis account). Returns `message`.
 */
export function useCosmosTypeUrls<Desc extends DescMessage>(
  schema: Desc,
  message: MessageShape<Desc>,
): MessageShape<Desc> {
  cosmosTypeUrlsIn(schema, message as unknown as Record<string, unknown>);
  return message;
}

/** Fixes the Anys in `message`; true when anything changed. */
function cosmosTypeUrlsIn(schema: DescMessage, message: Record<string, unknown>): boolean {
  if (schema.typeName === AnySchema.typeName) return cosmosAny(message as unknown as Any);
  let changed = false;
  for (const field of schema.fields) {
    let value: unknown;
    if (field.oneof === undefined) {
      value = message[field.localName];
    } else {
      const group = message[field.oneof.localName] as { case?: string; value?: unknown } | undefined;
      value = group?.case === field.localName ? group.value : undefined;
    }
    if (value === undefined || value === null) continue;
    if (field.fieldKind === "message") {
      changed = cosmosTypeUrlsIn(field.message, value as Record<string, unknown>) || changed;
    } else if (field.fieldKind === "list" && field.listKind === "message") {
      for (const item of value as Record<string, unknown>[]) changed = cosmosTypeUrlsIn(field.message, item) || changed;
    } else if (field.fieldKind === "map" && field.mapKind === "message") {
      for (const item of Object.values(value as Record<string, Record<string, unknown>>)) {
        changed = cosmosTypeUrlsIn(field.message, item) || changed;
      }
    }
  }
  return changed;
}

function cosmosAny(any: Any): boolean {
  let changed = false;
  if (any.typeUrl.startsWith(GOOGLE_TYPE_URL_PREFIX)) {
    any.typeUrl = `/${any.typeUrl.slice(GOOGLE_TYPE_URL_PREFIX.length)}`;
    changed = true;
  }
  const schema = protoRegistry.getMessage(any.typeUrl.slice(any.typeUrl.lastIndexOf("/") + 1));
  if (schema !== undefined && any.value.length > 0) {
    let inner: Record<string, unknown>;
    try {
      inner = fromBinary(schema, any.value) as unknown as Record<string, unknown>;
    } catch {
      return changed; // not a valid message: whoever unpacks it reports that
    }
    // Re-encode only when a nested Any changed, so the packed bytes otherwise stay exactly as given.
    if (cosmosTypeUrlsIn(schema, inner)) {
      any.value = toBinary(schema, inner as never);
      changed = true;
    }
  }
  return changed;
}
