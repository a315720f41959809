import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import {
  type MsgBeginRedelegateResponse,
  MsgBeginRedelegateSchema,
  MsgDelegateSchema,
  type QueryRedelegationsResponse,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { describe, expect, it } from "vitest";
import { BONDED_POOL } from "./expected-keepers.js";
import { ALICE, devnetTestChain, type TestChain, testAddress, VALIDATORS } from "./test-chain.test-support.js";
import { nsFromTimestamp } from "./validator-set.js";

const DAY_21 = 1_814_400n;

function setUp(): TestChain {
  const chain = devnetTestChain();
  chain.deliver(
    MsgDelegateSchema,
    create(MsgDelegateSchema, {
      delegatorAddress: ALICE,
      validatorAddress: VALIDATORS[0]!,
      amount: { denom: "uxprt", amount: "100000000" },
    }),
  );
  return chain;
}

function redelegate(chain: TestChain, source: string, destination: string, amount: bigint) {
  return chain.deliver(
    MsgBeginRedelegateSchema,
    create(MsgBeginRedelegateSchema, {
      delegatorAddress: ALICE,
      validatorSrcAddress: source,
      validatorDstAddress: destination,
      amount: { denom: "uxprt", amount: amount.toString() },
    }),
  );
}

function sharesOf(chain: TestChain, validator: string): string | undefined {
  const delegation = chain.staking.delegation(chain.store, ALICE, validator);
  return delegation && Dec.fromProto(delegation.shares).toString();
}

describe("MsgBeginRedelegate", () => {
  it("moves the stake at once and keeps an entry until the unbonding period has passed", () => {
    const chain = setUp();
    const bondedBefore = chain.balance(chain.bank.moduleAddress(BONDED_POOL));
    const result = redelegate(chain, VALIDATORS[0]!, VALIDATORS[1]!, 30_000_000n);
    expect(result.error).toBeUndefined();
    const completion = chain.timeNs + DAY_21 * 1_000_000_000n;
    expect(nsFromTimestamp((result.response as MsgBeginRedelegateResponse).completionTime)).toBe(completion);
    expect(sharesOf(chain, VALIDATORS[0]!)).toBe("70000000.000000000000000000");
    expect(sharesOf(chain, VALIDATORS[1]!)).toBe("30000000.000000000000000000");
    expect(chain.staking.validator(chain.store, VALIDATORS[1]!)!.tokens).toBe("1000030000000");
    // Bonded to bonded: no tokens move between pools.
    expect(chain.balance(chain.bank.moduleAddress(BONDED_POOL))).toBe(bondedBefore);

    const query = chain.queryPath<QueryRedelegationsResponse>("/cosmos.staking.v1beta1.Query/Redelegations", {
      delegatorAddr: ALICE,
      srcValidatorAddr: "",
      dstValidatorAddr: "",
    });
    expect(query.redelegationResponses).toHaveLength(1);
    const [response] = query.redelegationResponses;
    expect(response!.redelegation?.validatorDstAddress).toBe(VALIDATORS[1]);
    expect(response!.entries.map((entry) => entry.balance)).toEqual(["30000000"]);

    chain.advanceTime(DAY_21 - 6n); // the next block lands 1 s before completion
    chain.advanceTime(5n);
    expect(chain.timeNs).toBe(completion - 1_000_000_000n);
    expect(chain.blockEvents.some((e) => e.type === "complete_redelegation")).toBe(false);
    chain.advanceTime(1n);
    const event = chain.blockEvents.find((e) => e.type === "complete_redelegation");
    expect(Object.fromEntries(event!.attributes.map((a) => [a.key, a.value]))).toEqual({
      amount: "30000000uxprt",
      delegator: ALICE,
      source_validator: VALIDATORS[0],
      destination_validator: VALIDATORS[1],
    });
  });

  it("forbids a transitive redelegation until the first one matures (staking code 32)", () => {
    const chain = setUp();
    redelegate(chain, VALIDATORS[0]!, VALIDATORS[1]!, 30_000_000n);
    const { error } = redelegate(chain, VALIDATORS[1]!, VALIDATORS[2]!, 10_000_000n);
    expect([error?.codespace, error?.code]).toEqual(["staking", 32]);
    expect(error?.message).toMatch(/^redelegation to this validator already in progress/);
    expect(sharesOf(chain, VALIDATORS[1]!)).toBe("30000000.000000000000000000");
    expect(sharesOf(chain, VALIDATORS[2]!)).toBeUndefined();
    // Redelegating again from the original source is not transitive.
    expect(redelegate(chain, VALIDATORS[0]!, VALIDATORS[1]!, 1_000_000n).error).toBeUndefined();

    chain.advanceTime(DAY_21);
    expect(redelegate(chain, VALIDATORS[1]!, VALIDATORS[2]!, 10_000_000n).error).toBeUndefined();
  });

  it("rejects self-redelegation (29), an unknown destination (31) and too many entries (33)", () => {
    const chain = setUp();
    const self = redelegate(chain, VALIDATORS[0]!, VALIDATORS[0]!, 1_000_000n).error;
    expect([self?.codespace, self?.code, self?.message]).toEqual([
      "staking",
      29,
      "cannot redelegate to the same validator",
    ]);
    const unknown = redelegate(chain, VALIDATORS[0]!, testAddress("x", "persistencevaloper"), 1_000_000n).error;
    expect([unknown?.codespace, unknown?.code, unknown?.message]).toEqual([
      "staking",
      31,
      "redelegation destination validator not found",
    ]);
    expect(sharesOf(chain, VALIDATORS[0]!)).toBe("100000000.000000000000000000");

    for (let i = 0; i < 7; i++)
      expect(redelegate(chain, VALIDATORS[0]!, VALIDATORS[2]!, 1_000_000n).error).toBeUndefined();
    const eighth = redelegate(chain, VALIDATORS[0]!, VALIDATORS[2]!, 1_000_000n).error;
    expect([eighth?.codespace, eighth?.code]).toEqual(["staking", 33]);
    expect(sharesOf(chain, VALIDATORS[2]!)).toBe("7000000.000000000000000000");
  });
});
