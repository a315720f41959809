import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import {
  BondStatus,
  MsgBeginRedelegateSchema,
  MsgDelegateSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { describe, expect, it } from "vitest";
import { ChainError } from "../../app/module.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "./expected-keepers.js";
import { ALICE, devnetTestChain, type TestChain, testAddress, VALIDATORS } from "./test-chain.test-support.js";

const coin = (amount: bigint) => ({ denom: "uxprt", amount: amount.toString() });

function delegate(chain: TestChain, validator: string, amount: bigint) {
  return chain.deliver(
    MsgDelegateSchema,
    create(MsgDelegateSchema, { delegatorAddress: ALICE, validatorAddress: validator, amount: coin(amount) }),
  );
}

const pool = (chain: TestChain, name: string) => chain.balance(chain.bank.moduleAddress(name));
const supply = (chain: TestChain) => chain.bank.getSupply(chain.query, "uxprt");
const tokens = (chain: TestChain, validator: string) => BigInt(chain.staking.validator(chain.store, validator)!.tokens);

describe("staking/slash control", () => {
  it("burns the fraction of the validator's power from its tokens; shares keep their count and lose value", () => {
    const chain = devnetTestChain();
    delegate(chain, VALIDATORS[0]!, 100_000_000n);
    const supplyBefore = supply(chain);
    const bondedBefore = pool(chain, BONDED_POOL);

    // Power 1,000,100 (tokens / 10^6): 10% of 1,000,100 × 10^6 = 100,010,000,000 burned.
    const result = chain.control("staking/slash", { validator: VALIDATORS[0], fraction: "0.1" });
    expect(result).toEqual({
      validator: VALIDATORS[0],
      burned: "100010000000",
      tokensBefore: "1000100000000",
      tokensAfter: "900090000000",
    });
    expect(supply(chain)).toBe(supplyBefore - 100_010_000_000n);
    expect(pool(chain, BONDED_POOL)).toBe(bondedBefore - 100_010_000_000n);
    expect(chain.staking.delegation(chain.store, ALICE, VALIDATORS[0]!)!.shares).toBe(
      Dec.fromInt(100_000_000n).toProto(),
    );

    // The exchange rate is now 10 shares per 9 tokens: a new delegation of 9,000,000 gets 10,000,000 shares.
    delegate(chain, VALIDATORS[0]!, 9_000_000n);
    expect(Dec.fromProto(chain.staking.delegation(chain.store, ALICE, VALIDATORS[0]!)!.shares).toString()).toBe(
      "110000000.000000000000000000",
    );
  });

  it("slashes unbondings and redelegations created since the infraction by the same fraction", () => {
    const chain = devnetTestChain();
    delegate(chain, VALIDATORS[0]!, 100_000_000n); // height 1
    const infractionHeight = chain.height;
    chain.deliver(
      MsgUndelegateSchema,
      create(MsgUndelegateSchema, {
        delegatorAddress: ALICE,
        validatorAddress: VALIDATORS[0]!,
        amount: coin(20_000_000n),
      }),
    );
    chain.deliver(
      MsgBeginRedelegateSchema,
      create(MsgBeginRedelegateSchema, {
        delegatorAddress: ALICE,
        validatorSrcAddress: VALIDATORS[0]!,
        validatorDstAddress: VALIDATORS[1]!,
        amount: coin(30_000_000n),
      }),
    );
    const supplyBefore = supply(chain);
    const notBondedBefore = pool(chain, NOT_BONDED_POOL);
    expect(tokens(chain, VALIDATORS[0]!)).toBe(1_000_050_000_000n);

    // Power 1,000,050 → 100,005,000,000 to slash in all; the unbonding (20M) gives 2M, the redelegation (30M) 3M
    // from ALICE's delegation to validator 1, and the validator the remaining 100,000,000,000.
    const result = chain.control("staking/slash", {
      validator: VALIDATORS[0],
      fraction: "0.1",
      infractionHeight: Number(infractionHeight),
    }) as { burned: string };
    expect(result.burned).toBe("100000000000");
    expect(tokens(chain, VALIDATORS[0]!)).toBe(900_050_000_000n);

    const entry = chain.staking.unbondingDelegation(chain.store, ALICE, VALIDATORS[0]!)!.entries[0]!;
    expect([entry.initialBalance, entry.balance]).toEqual(["20000000", "18000000"]);
    expect(pool(chain, NOT_BONDED_POOL)).toBe(notBondedBefore - 2_000_000n);
    expect(Dec.fromProto(chain.staking.delegation(chain.store, ALICE, VALIDATORS[1]!)!.shares).toString()).toBe(
      "27000000.000000000000000000",
    );
    expect(tokens(chain, VALIDATORS[1]!)).toBe(1_000_027_000_000n);
    expect(supply(chain)).toBe(supplyBefore - 100_005_000_000n);

    // The slashed unbonding pays out what is left of it.
    const before = chain.balance(ALICE);
    chain.advanceTime(1_814_400n);
    expect(chain.balance(ALICE) - before).toBe(18_000_000n);
  });

  it("leaves unbondings made before the infraction alone", () => {
    const chain = devnetTestChain();
    delegate(chain, VALIDATORS[0]!, 100_000_000n);
    chain.deliver(
      MsgUndelegateSchema,
      create(MsgUndelegateSchema, {
        delegatorAddress: ALICE,
        validatorAddress: VALIDATORS[0]!,
        amount: coin(20_000_000n),
      }),
    );
    chain.control("staking/slash", {
      validator: VALIDATORS[0],
      fraction: "0.5",
      infractionHeight: Number(chain.height + 1n),
    });
    expect(chain.staking.unbondingDelegation(chain.store, ALICE, VALIDATORS[0]!)!.entries[0]!.balance).toBe("20000000");
  });

  it("rejects an unknown validator and a fraction above one", () => {
    const chain = devnetTestChain();
    expect(() =>
      chain.control("staking/slash", { validator: testAddress("v", "persistencevaloper"), fraction: "0.1" }),
    ).toThrow(ChainError);
    expect(() => chain.control("staking/slash", { validator: VALIDATORS[0], fraction: "1.5" })).toThrow(RangeError);
    expect(tokens(chain, VALIDATORS[0]!)).toBe(1_000_000_000_000n);
  });
});

describe("staking/jail and staking/unjail controls", () => {
  it("takes a jailed validator out of the set in the same block and brings it back when unjailed", () => {
    const chain = devnetTestChain();
    const bondedBefore = pool(chain, BONDED_POOL);
    chain.control("staking/jail", { validator: VALIDATORS[3] });
    const jailed = chain.staking.validator(chain.store, VALIDATORS[3]!)!;
    expect([jailed.jailed, jailed.status]).toEqual([true, BondStatus.UNBONDING]);
    expect(chain.staking.bondedValidators(chain.store).map((b) => b.validator.operatorAddress)).not.toContain(
      VALIDATORS[3],
    );
    expect(pool(chain, BONDED_POOL)).toBe(bondedBefore - 1_000_000_000_000n);
    expect(pool(chain, NOT_BONDED_POOL)).toBe(1_000_000_000_000n);

    expect(() => chain.control("staking/jail", { validator: VALIDATORS[3] })).toThrow(/currently jailed/);

    chain.control("staking/unjail", { validator: VALIDATORS[3] });
    expect(chain.staking.validator(chain.store, VALIDATORS[3]!)!.status).toBe(BondStatus.BONDED);
    expect(pool(chain, BONDED_POOL)).toBe(bondedBefore);
    expect(() => chain.control("staking/unjail", { validator: VALIDATORS[3] })).toThrow(/not jailed/);
  });

  it("finishes a jailed validator's unbonding after 21 days", () => {
    const chain = devnetTestChain();
    chain.control("staking/jail", { validator: VALIDATORS[2] });
    chain.advanceTime(1_814_400n - 5n);
    expect(chain.staking.validator(chain.store, VALIDATORS[2]!)!.status).toBe(BondStatus.UNBONDING);
    chain.mine();
    expect(chain.staking.validator(chain.store, VALIDATORS[2]!)!.status).toBe(BondStatus.UNBONDED);
  });
});
