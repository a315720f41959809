import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import {
  BondStatus,
  type MsgDelegate,
  MsgDelegateSchema,
  type MsgUndelegateResponse,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { describe, expect, it } from "vitest";
import type { AbciEvent } from "../../node/chain-node.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "./expected-keepers.js";
import {
  ALICE,
  devnetTestChain,
  OPERATORS,
  type TestChain,
  testAddress,
  VALIDATORS,
} from "./test-chain.test-support.js";
import { nsFromTimestamp } from "./validator-set.js";

const UNBONDING_SECONDS = 1_814_400n;

function delegateMsg(delegator: string, validator: string, amount: bigint, denom = "uxprt"): MsgDelegate {
  return create(MsgDelegateSchema, {
    delegatorAddress: delegator,
    validatorAddress: validator,
    amount: { denom, amount: amount.toString() },
  });
}

function undelegateMsg(delegator: string, validator: string, amount: bigint) {
  return create(MsgUndelegateSchema, {
    delegatorAddress: delegator,
    validatorAddress: validator,
    amount: { denom: "uxprt", amount: amount.toString() },
  });
}

function attributes(events: readonly AbciEvent[], type: string): Record<string, string> | undefined {
  const event = events.find((e) => e.type === type);
  return event === undefined ? undefined : Object.fromEntries(event.attributes.map((a) => [a.key, a.value]));
}

function shares(chain: TestChain, delegator: string, validator: string): string | undefined {
  const delegation = chain.staking.delegation(chain.store, delegator, validator);
  return delegation === undefined ? undefined : Dec.fromProto(delegation.shares).toString();
}

function poolBalance(chain: TestChain, pool: string): bigint {
  return chain.balance(chain.bank.moduleAddress(pool));
}

describe("staking genesis", () => {
  it("bonds the four devnet validators with their self-delegations in the bonded pool", () => {
    const chain = devnetTestChain();
    const bonded = chain.staking.bondedValidators(chain.store);
    expect(bonded.map((b) => b.power)).toEqual([1_000_000n, 1_000_000n, 1_000_000n, 1_000_000n]);
    for (const validator of VALIDATORS) {
      const record = chain.staking.validator(chain.store, validator)!;
      expect(record.status).toBe(BondStatus.BONDED);
      expect(record.tokens).toBe("1000000000000");
    }
    expect(poolBalance(chain, BONDED_POOL)).toBe(4_000_000_000_000n);
    expect(chain.balance(OPERATORS[0]!)).toBe(1_000_000_000_000n);
    expect(shares(chain, OPERATORS[0]!, VALIDATORS[0]!)).toBe("1000000000000.000000000000000000");
  });
});

describe("MsgDelegate", () => {
  it("moves coins into the bonded pool and issues shares at the validator's exchange rate", () => {
    const chain = devnetTestChain();
    const result = chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, VALIDATORS[0]!, 100_000_000n));
    expect(result.error).toBeUndefined();
    expect(chain.balance(ALICE)).toBe(900_000_000n);
    expect(shares(chain, ALICE, VALIDATORS[0]!)).toBe("100000000.000000000000000000");
    expect(chain.staking.validator(chain.store, VALIDATORS[0]!)!.tokens).toBe("1000100000000");
    expect(poolBalance(chain, BONDED_POOL)).toBe(4_000_100_000_000n);
    expect(attributes(result.events, "delegate")).toEqual({
      validator: VALIDATORS[0],
      delegator: ALICE,
      amount: "100000000uxprt",
      new_shares: "100000000.000000000000000000",
    });
  });

  it("rejects an unknown validator with staking code 3 and leaves the balance alone", () => {
    const chain = devnetTestChain();
    const unknown = testAddress("nobody", "persistencevaloper");
    const { error } = chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, unknown, 1_000_000n));
    expect([error?.codespace, error?.code, error?.message]).toEqual(["staking", 3, "validator does not exist"]);
    expect(chain.balance(ALICE)).toBe(1_000_000_000n);
  });

  it("rejects more than the balance with sdk code 5 in bank's delegation wording", () => {
    const chain = devnetTestChain();
    const { error } = chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, VALIDATORS[0]!, 2_000_000_000n));
    expect([error?.codespace, error?.code]).toEqual(["sdk", 5]);
    expect(error?.message).toBe(
      "failed to delegate; 1000000000uxprt is smaller than 2000000000uxprt: insufficient funds",
    );
    expect(shares(chain, ALICE, VALIDATORS[0]!)).toBeUndefined();
    expect(chain.staking.validator(chain.store, VALIDATORS[0]!)!.tokens).toBe("1000000000000");
  });

  it("rejects another denom and a zero amount with sdk code 18", () => {
    const chain = devnetTestChain();
    const wrongDenom = chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, VALIDATORS[0]!, 5n, "ustake")).error;
    expect([wrongDenom?.code, wrongDenom?.message]).toEqual([
      18,
      "invalid coin denomination: got ustake, expected uxprt: invalid request",
    ]);
    const zero = chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, VALIDATORS[0]!, 0n)).error;
    expect([zero?.code, zero?.message]).toEqual([18, "invalid delegation amount: invalid request"]);
  });
});

describe("MsgUndelegate", () => {
  it("pays out exactly at completion time (block time + 21 days) and not one second before", () => {
    const chain = devnetTestChain();
    chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, VALIDATORS[0]!, 100_000_000n));
    const result = chain.deliver(MsgUndelegateSchema, undelegateMsg(ALICE, VALIDATORS[0]!, 40_000_000n));
    const undelegatedAt = chain.timeNs;
    const completion = undelegatedAt + UNBONDING_SECONDS * 1_000_000_000n;
    expect(nsFromTimestamp((result.response as MsgUndelegateResponse).completionTime)).toBe(completion);
    expect(attributes(result.events, "unbond")).toMatchObject({
      amount: "40000000uxprt",
      completion_time: new Date(Number(completion / 1_000_000n)).toISOString().replace(".000Z", "Z"),
    });
    // The tokens left the bonded pool at once and wait in the not-bonded pool.
    expect(poolBalance(chain, NOT_BONDED_POOL)).toBe(40_000_000n);
    const entry = chain.staking.unbondingDelegation(chain.store, ALICE, VALIDATORS[0]!)!.entries[0]!;
    expect([entry.balance, entry.initialBalance, entry.creationHeight]).toEqual(["40000000", "40000000", chain.height]);

    chain.advanceTime(UNBONDING_SECONDS - 1n);
    expect(chain.timeNs).toBe(completion - 1_000_000_000n);
    expect(chain.balance(ALICE)).toBe(900_000_000n);
    expect(chain.staking.unbondingDelegation(chain.store, ALICE, VALIDATORS[0]!)).toBeDefined();

    chain.advanceTime(1n);
    expect(chain.timeNs).toBe(completion);
    expect(chain.balance(ALICE)).toBe(940_000_000n);
    expect(chain.staking.unbondingDelegation(chain.store, ALICE, VALIDATORS[0]!)).toBeUndefined();
    expect(poolBalance(chain, NOT_BONDED_POOL)).toBe(0n);
    expect(attributes(chain.blockEvents, "complete_unbonding")).toEqual({
      amount: "40000000uxprt",
      validator: VALIDATORS[0],
      delegator: ALICE,
    });
  });

  it("refuses an eighth unbonding entry (max entries 7) with staking code 27 and no change", () => {
    const chain = devnetTestChain();
    chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, VALIDATORS[1]!, 100_000_000n));
    for (let i = 0; i < 7; i++) {
      expect(
        chain.deliver(MsgUndelegateSchema, undelegateMsg(ALICE, VALIDATORS[1]!, 1_000_000n)).error,
      ).toBeUndefined();
    }
    const { error } = chain.deliver(MsgUndelegateSchema, undelegateMsg(ALICE, VALIDATORS[1]!, 1_000_000n));
    expect([error?.codespace, error?.code, error?.message]).toEqual([
      "staking",
      27,
      "too many unbonding delegation entries for (delegator, validator) tuple",
    ]);
    expect(chain.staking.unbondingDelegation(chain.store, ALICE, VALIDATORS[1]!)!.entries).toHaveLength(7);
    expect(shares(chain, ALICE, VALIDATORS[1]!)).toBe("93000000.000000000000000000");
  });

  it("rejects more than the delegation with sdk code 18 and no delegation with staking code 19", () => {
    const chain = devnetTestChain();
    chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, VALIDATORS[0]!, 10_000_000n));
    const tooMuch = chain.deliver(MsgUndelegateSchema, undelegateMsg(ALICE, VALIDATORS[0]!, 10_000_001n)).error;
    expect([tooMuch?.codespace, tooMuch?.code, tooMuch?.message]).toEqual([
      "sdk",
      18,
      "invalid shares amount: invalid request",
    ]);
    expect(shares(chain, ALICE, VALIDATORS[0]!)).toBe("10000000.000000000000000000");

    const none = chain.deliver(MsgUndelegateSchema, undelegateMsg(ALICE, VALIDATORS[2]!, 1n)).error;
    expect([none?.codespace, none?.code, none?.message]).toEqual([
      "staking",
      19,
      "no delegation for (address, validator) tuple",
    ]);
    expect(chain.staking.unbondingDelegation(chain.store, ALICE, VALIDATORS[0]!)).toBeUndefined();
  });

  it("removes the delegation when everything is undelegated", () => {
    const chain = devnetTestChain();
    chain.deliver(MsgDelegateSchema, delegateMsg(ALICE, VALIDATORS[0]!, 10_000_000n));
    chain.deliver(MsgUndelegateSchema, undelegateMsg(ALICE, VALIDATORS[0]!, 10_000_000n));
    expect(shares(chain, ALICE, VALIDATORS[0]!)).toBeUndefined();
    expect(chain.staking.validator(chain.store, VALIDATORS[0]!)!.tokens).toBe("1000000000000");
  });

  it("jails an operator whose self-delegation falls below its minimum", () => {
    const chain = devnetTestChain();
    // min_self_delegation is 1: undelegating the whole self-delegation leaves 0 < 1.
    chain.deliver(MsgUndelegateSchema, undelegateMsg(OPERATORS[3]!, VALIDATORS[3]!, 1_000_000_000_000n));
    const validator = chain.staking.validator(chain.store, VALIDATORS[3]!)!;
    expect(validator.jailed).toBe(true);
    expect(validator.status).toBe(BondStatus.UNBONDING);
    expect(chain.staking.bondedValidators(chain.store)).toHaveLength(3);
  });
});
