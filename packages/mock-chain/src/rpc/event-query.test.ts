import { describe, expect, it } from "vitest";
import { type EventMap, matchesQuery, parseEventQuery } from "./event-query.js";

const txEvents: EventMap = new Map([
  ["tm.event", ["Tx"]],
  ["tx.height", ["12"]],
  ["message.sender", ["persistence1alice"]],
  ["transfer.recipient", ["persistence1bob", "persistence1carol"]],
  ["transfer.amount", ["1500uxprt"]],
]);

describe("parseEventQuery", () => {
  it("reads what cosmjs sends for subscribeNewBlock and subscribeTx", () => {
    expect(parseEventQuery("tm.event='NewBlock'").conditions).toEqual([
      { key: "tm.event", op: "=", operand: { kind: "string", value: "NewBlock" } },
    ]);
    expect(parseEventQuery("tm.event = 'Tx' AND message.sender='persistence1alice'").conditions).toHaveLength(2);
  });

  it("reads numbers, EXISTS, CONTAINS and comparison operators", () => {
    const query = parseEventQuery("tx.height >= 10 AND transfer.recipient EXISTS AND transfer.amount CONTAINS 'uxprt'");
    expect(query.conditions.map((c) => c.op)).toEqual([">=", "EXISTS", "CONTAINS"]);
  });

  it("rejects malformed queries", () => {
    expect(() => parseEventQuery("")).toThrow(/failed to parse query/);
    expect(() => parseEventQuery("tm.event=NewBlock")).toThrow(/failed to parse query/);
    expect(() => parseEventQuery("tm.event='Tx' OR tx.height=1")).toThrow(/failed to parse query/);
    expect(() => parseEventQuery("tm.event='Tx' AND")).toThrow(/failed to parse query/);
  });
});

describe("matchesQuery", () => {
  it("needs every condition to hold, any value of a key may satisfy one", () => {
    expect(matchesQuery(parseEventQuery("tm.event='Tx' AND transfer.recipient='persistence1carol'"), txEvents)).toBe(
      true,
    );
    expect(matchesQuery(parseEventQuery("tm.event='Tx' AND transfer.recipient='persistence1dave'"), txEvents)).toBe(
      false,
    );
    expect(matchesQuery(parseEventQuery("tm.event='NewBlock'"), txEvents)).toBe(false);
  });

  it("compares numbers numerically, including a value's leading number", () => {
    expect(matchesQuery(parseEventQuery("tx.height > 9"), txEvents)).toBe(true);
    expect(matchesQuery(parseEventQuery("tx.height < 12"), txEvents)).toBe(false);
    expect(matchesQuery(parseEventQuery("transfer.amount >= 1500"), txEvents)).toBe(true);
  });

  it("checks existence and substrings", () => {
    expect(matchesQuery(parseEventQuery("message.sender EXISTS"), txEvents)).toBe(true);
    expect(matchesQuery(parseEventQuery("message.module EXISTS"), txEvents)).toBe(false);
    expect(matchesQuery(parseEventQuery("message.sender CONTAINS 'alice'"), txEvents)).toBe(true);
  });
});
