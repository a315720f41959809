import { create } from "@bufbuild/protobuf";
import { DelegateAllianceEventSchema } from "@persistence-sdk/proto/alliance/alliance";
import { describe, expect, it } from "vitest";
import { EventCollector, withAttribute } from "./event-manager.js";

describe("EventCollector", () => {
  it("writes typed events as TypedEventToEvent does: proto type name, sorted keys, JSON values, Decs in 18 places", () => {
    const events = new EventCollector();
    events.emitTyped(
      DelegateAllianceEventSchema,
      create(DelegateAllianceEventSchema, {
        allianceSender: "persistence1abc",
        validator: "persistencevaloper1xyz",
        coin: { denom: "stk/uxprt", amount: "5" },
        newShares: "1500000000000000000",
      }),
    );
    expect(events.events).toEqual([
      {
        type: "alliance.alliance.DelegateAllianceEvent",
        attributes: [
          { key: "allianceSender", value: '"persistence1abc"', index: true },
          { key: "coin", value: '{"denom":"stk/uxprt","amount":"5"}', index: true },
          { key: "newShares", value: '"1.500000000000000000"', index: true },
          { key: "validator", value: '"persistencevaloper1xyz"', index: true },
        ],
      },
    ]);
  });

  it("keeps every field, null for an unset message, and escapes <, >, & as Go's JSON does", () => {
    const events = new EventCollector();
    events.emitTyped(DelegateAllianceEventSchema, create(DelegateAllianceEventSchema, { allianceSender: "<a&b>" }));
    expect(events.events[0]!.attributes).toEqual([
      { key: "allianceSender", value: '"\\u003ca\\u0026b\\u003e"', index: true },
      { key: "coin", value: "null", index: true },
      { key: "newShares", value: '"0.000000000000000000"', index: true },
      { key: "validator", value: '""', index: true },
    ]);
  });

  it("writes legacy events in attribute order and tags them", () => {
    const events = new EventCollector();
    events.emit("transfer", { recipient: "b", sender: "a", amount: "1uxprt" });
    expect(withAttribute(events.events, "msg_index", "0")).toEqual([
      {
        type: "transfer",
        attributes: [
          { key: "recipient", value: "b", index: true },
          { key: "sender", value: "a", index: true },
          { key: "amount", value: "1uxprt", index: true },
          { key: "msg_index", value: "0", index: true },
        ],
      },
    ]);
  });
});
