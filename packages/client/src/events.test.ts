import { DelegateAllianceEventSchema } from "@persistence-sdk/proto/alliance/alliance";
import { describe, expect, it } from "vitest";
import { decodeTypedEvent, eventsOf, findEvents, findTypedEvents, type TxEvent } from "./events.js";

const A = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";

describe("eventsOf / findEvents", () => {
  const events = eventsOf([
    {
      type: "transfer",
      attributes: [
        { key: "amount", value: "1uxprt" },
        { key: "msg_index", value: "0" },
      ],
    },
    {
      type: "transfer",
      attributes: [
        { key: "amount", value: "2uxprt" },
        { key: "msg_index", value: "1" },
      ],
    },
    { type: "tx", attributes: [{ key: "fee", value: "" }] },
  ]);

  it("turns attributes into records", () => {
    expect(events[0]).toEqual({ type: "transfer", attributes: { amount: "1uxprt", msg_index: "0" } });
    expect(Object.isFrozen(events[0]!.attributes)).toBe(true);
  });

  it("filters by type and message index", () => {
    expect(findEvents(events, "transfer")).toHaveLength(2);
    expect(findEvents(events, "transfer", 1).map((e) => e.attributes.amount)).toEqual(["2uxprt"]);
    expect(findEvents(events, "missing")).toEqual([]);
  });
});

describe("decodeTypedEvent", () => {
  // What Go's sdk.TypedEventToEvent emits: one JSON-encoded attribute per field, plus msg_index.
  const event: TxEvent = {
    type: "alliance.alliance.DelegateAllianceEvent",
    attributes: {
      allianceSender: JSON.stringify(A),
      validator: JSON.stringify("persistencevaloper1xyz"),
      coin: JSON.stringify({ denom: "ibc/ABC", amount: "1000" }),
      newShares: JSON.stringify("1000.500000000000000000"),
      msg_index: "0",
    },
  };

  it("decodes the message, LegacyDec fields back to their protobuf form (atomics)", () => {
    const decoded = decodeTypedEvent(DelegateAllianceEventSchema, event);
    expect(decoded.allianceSender).toBe(A);
    expect(decoded.coin).toMatchObject({ denom: "ibc/ABC", amount: "1000" });
    expect(decoded.newShares).toBe("1000500000000000000000");
  });

  it("finds and decodes every event of a type", () => {
    expect(findTypedEvents([event, { type: "x", attributes: {} }], DelegateAllianceEventSchema)).toHaveLength(1);
    expect(findTypedEvents([event], DelegateAllianceEventSchema, 1)).toHaveLength(0);
  });

  it("refuses an event of another type, and one that does not parse", () => {
    expect(() => decodeTypedEvent(DelegateAllianceEventSchema, { type: "transfer", attributes: {} })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() =>
      decodeTypedEvent(DelegateAllianceEventSchema, {
        ...event,
        attributes: { ...event.attributes, newShares: '"1.2.3"' },
      }),
    ).toThrow(expect.objectContaining({ code: "INVALID_RESPONSE" }));
  });
});
