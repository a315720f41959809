import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import type { AbciEvent, AbciEventAttribute } from "../node/chain-node.js";
import { goJsonStringify, sdkJsonOf } from "./event-json.js";
import type { EventManager } from "./module.js";

/**
 * A typed event as the SDK's TypedEventToEvent builds it: type = the proto full name, one attribute per field (proto
 * name), keys sorted, values the field's JSON (strings keep their quotes).
 */
export function typedEventToAbci<Desc extends DescMessage>(schema: Desc, event: MessageShape<Desc>): AbciEvent {
  const json = sdkJsonOf(schema, event);
  const attributes: AbciEventAttribute[] = Object.keys(json)
    .sort()
    .map((key) => ({ key, value: goJsonStringify(json[key]!), index: true }));
  return { type: schema.typeName, attributes };
}

/** Collects events in emission order. Every attribute is indexed, as a node with the default `index-events` does. */
export class EventCollector implements EventManager {
  private readonly list: AbciEvent[] = [];

  emit(type: string, attributes: Readonly<Record<string, string>>): void {
    this.list.push({
      type,
      attributes: Object.entries(attributes).map(([key, value]) => ({ key, value, index: true })),
    });
  }

  emitTyped<Desc extends DescMessage>(schema: Desc, event: MessageShape<Desc>): void {
    this.list.push(typedEventToAbci(schema, event));
  }

  /** Appends already-built events (e.g. from a sub-step). */
  emitEvents(events: readonly AbciEvent[]): void {
    this.list.push(...events);
  }

  get events(): readonly AbciEvent[] {
    return this.list;
  }
}

/** Appends one attribute to every event (`msg_index`, or `mode` for begin/end block events). */
export function withAttribute(events: readonly AbciEvent[], key: string, value: string): AbciEvent[] {
  return events.map((event) => ({ type: event.type, attributes: [...event.attributes, { key, value, index: true }] }));
}
