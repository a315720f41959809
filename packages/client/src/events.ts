// ABCI events in a shape apps can read (`attributes.amount` instead of scanning key/value pairs), and typed events
// (`EmitTypedEvent`: the event type is the proto name, each attribute a field in JSON) decoded back into messages.
import {
  type DescField,
  type DescMessage,
  fromJson,
  getOption,
  hasOption,
  type JsonObject,
  type JsonValue,
  type MessageShape,
  type Registry,
} from "@bufbuild/protobuf";
import { parseDecString } from "@persistence-sdk/core";
import { scalar } from "@persistence-sdk/proto/cosmos_proto";
import { customtype } from "@persistence-sdk/proto/gogoproto";
import { ClientError } from "./errors.js";
import type { CometEvent } from "./transport.js";

/** An ABCI event with its attributes as a record (a repeated key keeps its last value). */
export interface TxEvent {
  readonly type: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** Events as {@link TxEvent}s, in order. */
export function eventsOf(events: readonly CometEvent[]): TxEvent[] {
  return events.map((event) => {
    const attributes: Record<string, string> = {};
    for (const { key, value } of event.attributes) attributes[key] = value;
    return Object.freeze({ type: event.type, attributes: Object.freeze(attributes) });
  });
}

/** The events of `type`, optionally only those of one message of the transaction (its `msg_index`). */
export function findEvents(events: readonly TxEvent[], type: string, msgIndex?: number): TxEvent[] {
  return events.filter(
    (event) => event.type === type && (msgIndex === undefined || event.attributes.msg_index === String(msgIndex)),
  );
}

/** Whether a string field holds a LegacyDec: its JSON is the 18-decimal form, its protobuf form the atomics. */
function isLegacyDec(field: DescField): boolean {
  if (field.scalar === undefined) return false;
  if (hasOption(field, scalar) && getOption(field, scalar) === "cosmos.Dec") return true;
  if (!hasOption(field, customtype)) return false;
  const type = getOption(field, customtype);
  return type.endsWith("LegacyDec") || type.endsWith(".Dec");
}

function jsonKeyOf(object: JsonObject, field: DescField): string | undefined {
  if (field.name in object) return field.name;
  if (field.jsonName in object) return field.jsonName;
  return undefined;
}

/** Rewrites LegacyDec fields from JSON's 18-decimal strings to the atomics protobuf carries, recursively. */
function decFieldsToAtomics(schema: DescMessage, object: JsonObject, path: string): JsonObject {
  const out: JsonObject = { ...object };
  for (const field of schema.fields) {
    const key = jsonKeyOf(object, field);
    if (key === undefined) continue;
    const value = object[key];
    if (value === null || value === undefined) continue;
    const fieldPath = `${path}.${field.name}`;
    if (field.fieldKind === "scalar" && isLegacyDec(field) && typeof value === "string") {
      out[key] = value === "" ? "" : parseDecString(value, fieldPath).toString();
    } else if (
      field.fieldKind === "list" &&
      field.listKind === "scalar" &&
      isLegacyDec(field) &&
      Array.isArray(value)
    ) {
      out[key] = value.map((item) => (typeof item === "string" ? parseDecString(item, fieldPath).toString() : item));
    } else if (field.fieldKind === "message" && typeof value === "object" && !Array.isArray(value)) {
      out[key] = decFieldsToAtomics(field.message, value, fieldPath);
    } else if (field.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
      out[key] = value.map((item) =>
        item !== null && typeof item === "object" && !Array.isArray(item)
          ? decFieldsToAtomics(field.message, item, fieldPath)
          : item,
      );
    }
  }
  return out;
}

/**
 * Decodes a typed event (Go `sdk.EmitTypedEvent`: type = the proto name, one attribute per field holding its JSON)
 * into a message of `schema`, as Go's `sdk.ParseTypedEvent` does; LegacyDec fields come back in their protobuf form
 * (atomics). Throws `INVALID_ARGUMENT` when the event is of another type and `INVALID_RESPONSE` when it does not parse.
 */
export function decodeTypedEvent<Desc extends DescMessage>(
  schema: Desc,
  event: TxEvent,
  options: { readonly registry?: Registry } = {},
): MessageShape<Desc> {
  if (event.type !== schema.typeName) {
    throw new ClientError("INVALID_ARGUMENT", `this is a "${event.type}" event, not ${schema.typeName}`, {
      field: "event.type",
      value: event.type,
      fix: `Pick the events of type "${schema.typeName}" (findEvents(result.events, "${schema.typeName}")).`,
    });
  }
  try {
    const object: JsonObject = {};
    for (const [key, raw] of Object.entries(event.attributes)) {
      if (key === "msg_index" || key === "mode") continue;
      let value: JsonValue;
      try {
        value = JSON.parse(raw) as JsonValue;
      } catch {
        value = raw;
      }
      object[key] = value;
    }
    return fromJson(schema, decFieldsToAtomics(schema, object, schema.typeName), {
      ignoreUnknownFields: true,
      ...(options.registry === undefined ? {} : { registry: options.registry }),
    });
  } catch (error) {
    throw new ClientError("INVALID_RESPONSE", `the ${schema.typeName} event does not decode`, {
      field: "event",
      value: event.attributes,
      fix: "Check that the chain's version of this module matches the SDK's protos.",
      cause: error,
    });
  }
}

/** Every event of `schema`'s type in `events`, decoded (see {@link decodeTypedEvent}). */
export function findTypedEvents<Desc extends DescMessage>(
  events: readonly TxEvent[],
  schema: Desc,
  msgIndex?: number,
): MessageShape<Desc>[] {
  return findEvents(events, schema.typeName, msgIndex).map((event) => decodeTypedEvent(schema, event));
}
