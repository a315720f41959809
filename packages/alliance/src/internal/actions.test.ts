import type { TxEvent, TxResult } from "@persistence-sdk/client";
import { ClaimAllianceRewardsEventSchema } from "@persistence-sdk/proto/alliance/alliance";
import { describe, expect, it } from "vitest";
import { VALIDATORS } from "../testing.test-support.js";
import { claimedRewardsOf, eventsOfMessage } from "./actions.js";

function claimEvent(validator: string, amount: string, msgIndex?: number): TxEvent {
  return {
    type: "alliance.alliance.ClaimAllianceRewardsEvent",
    attributes: {
      allianceSender: '"persistence1..."',
      validator: JSON.stringify(validator),
      coins: JSON.stringify([{ denom: "uxprt", amount }]),
      ...(msgIndex === undefined ? {} : { msg_index: String(msgIndex) }),
    },
  };
}

function result(events: TxEvent[], messages: number): TxResult {
  return {
    hash: "AB",
    height: 1,
    index: 0,
    gasWanted: 0n,
    gasUsed: 0n,
    simulatedGas: undefined,
    fee: { amount: [], gas: 0n },
    memo: "",
    events,
    msgResponses: Array.from({ length: messages }, () => ({
      typeUrl: "/x",
      value: new Uint8Array(),
      message: undefined,
    })),
  };
}

describe("events of one message", () => {
  it("uses msg_index when the chain tags events (SDK ≥ 0.50)", () => {
    const tx = result([claimEvent(VALIDATORS[1]!, "7", 1), claimEvent(VALIDATORS[0]!, "5", 0)], 2);
    expect(eventsOfMessage(tx, ClaimAllianceRewardsEventSchema, 0).map((e) => e.validator)).toEqual([VALIDATORS[0]]);
    expect(claimedRewardsOf(tx, 1)).toEqual([{ denom: "uxprt", amount: 7n }]);
  });

  it("matches events to messages in order on chains that do not tag them", () => {
    const tx = result([claimEvent(VALIDATORS[0]!, "5"), claimEvent(VALIDATORS[1]!, "7")], 2);
    expect(claimedRewardsOf(tx, 0)).toEqual([{ denom: "uxprt", amount: 5n }]);
    expect(claimedRewardsOf(tx, 1)).toEqual([{ denom: "uxprt", amount: 7n }]);
  });

  it("takes every event of a one-message transaction, and none when untagged counts do not match", () => {
    expect(claimedRewardsOf(result([claimEvent(VALIDATORS[0]!, "5"), claimEvent(VALIDATORS[0]!, "3")], 1), 0)).toEqual([
      { denom: "uxprt", amount: 8n },
    ]);
    expect(claimedRewardsOf(result([claimEvent(VALIDATORS[0]!, "5")], 2), 1)).toEqual([]);
  });
});
