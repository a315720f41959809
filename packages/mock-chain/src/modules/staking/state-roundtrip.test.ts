import { create } from "@bufbuild/protobuf";
import { MsgWithdrawDelegatorRewardSchema } from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import {
  MsgBeginRedelegateSchema,
  MsgDelegateSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { describe, expect, it } from "vitest";
import { decodeStateValue, encodeStateValue } from "../../store/index.js";
import { exportStakingGenesis } from "./genesis.js";
import { ALICE, devnetTestChain, TestChain, VALIDATORS } from "./test-chain.test-support.js";

const coin = (amount: bigint) => ({ denom: "uxprt", amount: amount.toString() });

function busyChain(): TestChain {
  const chain = devnetTestChain({ inflation: true });
  chain.deliver(
    MsgDelegateSchema,
    create(MsgDelegateSchema, { delegatorAddress: ALICE, validatorAddress: VALIDATORS[0]!, amount: coin(50_000_000n) }),
  );
  chain.deliver(
    MsgUndelegateSchema,
    create(MsgUndelegateSchema, {
      delegatorAddress: ALICE,
      validatorAddress: VALIDATORS[0]!,
      amount: coin(5_000_000n),
    }),
  );
  chain.deliver(
    MsgBeginRedelegateSchema,
    create(MsgBeginRedelegateSchema, {
      delegatorAddress: ALICE,
      validatorSrcAddress: VALIDATORS[0]!,
      validatorDstAddress: VALIDATORS[1]!,
      amount: coin(5_000_000n),
    }),
  );
  chain.control("staking/slash", { validator: VALIDATORS[2], fraction: "0.01" });
  chain.mine(2);
  return chain;
}

describe("staking, distribution and mint state", () => {
  it("is plain data that survives the chain's save/load encoding and keeps working afterwards", () => {
    const original = busyChain();
    const copy = busyChain();
    // Replace the copy's store contents with a JSON round trip of the original's.
    const json = JSON.parse(
      JSON.stringify(Array.from(original.store.iterate(""), ([key, value]) => [key, encodeStateValue(value, key)])),
    ) as [string, unknown][];
    for (const [key] of Array.from(copy.store.iterate(""))) copy.store.delete(key);
    for (const [key, value] of json) copy.store.set(key, decodeStateValue(value));

    for (const chain of [original, copy]) {
      chain.mine();
      chain.deliver(
        MsgWithdrawDelegatorRewardSchema,
        create(MsgWithdrawDelegatorRewardSchema, { delegatorAddress: ALICE, validatorAddress: VALIDATORS[0]! }),
      );
      chain.advanceTime(1_814_400n);
    }
    expect(copy.balance(ALICE)).toBe(original.balance(ALICE));
    expect(copy.staking.validator(copy.store, VALIDATORS[2]!)).toEqual(
      original.staking.validator(original.store, VALIDATORS[2]!),
    );
    expect(copy.staking.unbondingDelegation(copy.store, ALICE, VALIDATORS[0]!)).toBeUndefined();
  });

  it("exports the SDK's staking GenesisState as JSON", () => {
    const chain = busyChain();
    const exported = exportStakingGenesis(chain.query) as Record<string, unknown>;
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
    expect(exported.validators).toHaveLength(4);
    expect(exported.delegations).toHaveLength(6); // four self-delegations, ALICE on validators 0 and 1
    expect(exported.unbonding_delegations).toHaveLength(1);
    expect(exported.redelegations).toHaveLength(1);
    expect(exported.exported).toBe(true);
    // As a real chain's genesis.json: decimals for LegacyDec, the total power as a plain integer string.
    const [first] = exported.validators as { delegator_shares: string }[];
    expect(first?.delegator_shares).toMatch(/^[0-9]+\.[0-9]{18}$/);
    // 1,000,040 + 1,000,005 + 990,000 (slashed 1%) + 1,000,000
    expect(exported.last_total_power).toBe("3990045");
  });
});

describe("genesis export", () => {
  it("restarts a chain from its exported genesis with the same stake, unbondings and rewards", () => {
    const original = busyChain();
    const restarted = new TestChain({
      appState: original.exportAppState(),
      height: original.height,
      timeNs: original.timeNs,
    });
    for (const chain of [original, restarted]) {
      chain.mine(3);
      chain.deliver(
        MsgWithdrawDelegatorRewardSchema,
        create(MsgWithdrawDelegatorRewardSchema, { delegatorAddress: ALICE, validatorAddress: VALIDATORS[1]! }),
      );
      chain.advanceTime(1_814_400n);
    }
    expect(restarted.balance(ALICE)).toBe(original.balance(ALICE));
    expect(restarted.bank.getSupply(restarted.query, "uxprt")).toBe(original.bank.getSupply(original.query, "uxprt"));
    expect(restarted.distribution.communityPool(restarted.query)).toEqual(
      original.distribution.communityPool(original.query),
    );
    expect(restarted.staking.bondedValidators(restarted.store).map((b) => b.power)).toEqual(
      original.staking.bondedValidators(original.store).map((b) => b.power),
    );
  });
});
