import { create } from "@bufbuild/protobuf";
import {
  MsgSetWithdrawAddressSchema,
  type MsgWithdrawDelegatorRewardResponse,
  MsgWithdrawDelegatorRewardSchema,
  MsgWithdrawValidatorCommissionSchema,
  type QueryCommunityPoolResponse,
  type QueryDelegationRewardsResponse,
  type QueryDelegationTotalRewardsResponse,
  type QueryDelegatorValidatorsResponse,
  type QueryDelegatorWithdrawAddressResponse,
  type QueryValidatorCommissionResponse,
  type QueryValidatorOutstandingRewardsResponse,
} from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import { MsgDelegateSchema } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { describe, expect, it } from "vitest";
import type { ChainError } from "../../app/module.js";
import type { AbciEvent } from "../../node/chain-node.js";
import { ed25519PublicKey } from "../staking/devnet-validators.js";
import {
  ALICE,
  BOB,
  devnetTestChain,
  NO_INFLATION,
  OPERATORS,
  TestChain,
  testAddress,
  VALIDATORS,
} from "../staking/test-chain.test-support.js";
import { decCoinsFromProto, decCoinsString } from "./dec-coins.js";

const D = "/cosmos.distribution.v1beta1.Query/";

function delegate(chain: TestChain, delegator: string, validator: string, amount: bigint) {
  return chain.deliver(
    MsgDelegateSchema,
    create(MsgDelegateSchema, {
      delegatorAddress: delegator,
      validatorAddress: validator,
      amount: { denom: "uxprt", amount: amount.toString() },
    }),
  );
}

function withdraw(chain: TestChain, delegator: string, validator: string) {
  return chain.deliver(
    MsgWithdrawDelegatorRewardSchema,
    create(MsgWithdrawDelegatorRewardSchema, { delegatorAddress: delegator, validatorAddress: validator }),
  );
}

/** Pays `amount` uxprt of "fees" into the fee collector in the next block; the block after distributes them. */
function collectFees(chain: TestChain, amount: bigint) {
  chain.block((ctx) => chain.bank.mintTo(ctx, chain.bank.moduleAddress("fee_collector"), [{ denom: "uxprt", amount }]));
}

function attributesOf(events: readonly AbciEvent[], type: string) {
  const event = events.find((e) => e.type === type);
  return event && Object.fromEntries(event.attributes.map((a) => [a.key, a.value]));
}

function pending(chain: TestChain, delegator: string, validator: string): string {
  const response = chain.queryPath<QueryDelegationRewardsResponse>(`${D}DelegationRewards`, {
    delegatorAddress: delegator,
    validatorAddress: validator,
  });
  return decCoinsString(decCoinsFromProto(response.rewards));
}

/**
 * Two validators, no inflation, so the only rewards are the fees a test pays in:
 * V0 self-delegates 1,000,000 (commission 10%), V1 2,000,000 (commission 5%); ALICE then adds 3,000,000 to V0.
 */
function twoValidatorChain(): TestChain {
  const chain = new TestChain({
    balances: { [OPERATORS[0]!]: 1_000_000n, [OPERATORS[1]!]: 2_000_000n, [ALICE]: 10_000_000n },
    staking: {
      validators: [
        {
          operator: OPERATORS[0]!,
          consensusPubKey: ed25519PublicKey(new Uint8Array(32).fill(1)),
          moniker: "v0",
          selfDelegation: 1_000_000n,
          commissionRate: "0.10",
        },
        {
          operator: OPERATORS[1]!,
          consensusPubKey: ed25519PublicKey(new Uint8Array(32).fill(2)),
          moniker: "v1",
          selfDelegation: 2_000_000n,
          commissionRate: "0.05",
        },
      ],
    },
    mint: NO_INFLATION,
  });
  delegate(chain, ALICE, VALIDATORS[0]!, 3_000_000n); // block 1: V0 has 4,000,000 (power 4), V1 power 2
  return chain;
}

describe("F1 rewards, computed by hand", () => {
  // Block 2 pays 1,234,567 uxprt of fees; block 3 allocates them over the previous set (total power 6):
  //   for validators  = 1,234,567 × (1 − 0.02)                         = 1,209,875.66
  //   V0 share        = 1,209,875.66 × 0.666666666666666666 (4/6, truncated) = 806,583.773333333332526749
  //   V0 commission   = 10% (rounded)                                   =  80,658.377333333333252675
  //   V0 delegators   = 806,583.773333333332526749 − commission        = 725,925.395999999999274074
  //   V1 share        = 1,209,875.66 × 0.333333333333333333              = 403,291.886666666666263374
  //   community pool  = 1,234,567 − both shares                         =  24,691.340000000001209877
  // ALICE's rewards = 3,000,000 × (725,925.395999999999274074 / 4,000,000 truncated = 0.181481348999999999)
  //                 = 544,444.046999999997 → 544,444 paid, 0.046999999997 to the community pool.
  it("pays ALICE exactly 544,444 uxprt and sends the fraction to the community pool", () => {
    const chain = twoValidatorChain();
    collectFees(chain, 1_234_567n); // block 2
    chain.mine(); // block 3 allocates
    expect(pending(chain, ALICE, VALIDATORS[0]!)).toBe("544444.046999999997000000uxprt");
    expect(pending(chain, OPERATORS[0]!, VALIDATORS[0]!)).toBe("181481.348999999999000000uxprt");

    const before = chain.balance(ALICE);
    const result = withdraw(chain, ALICE, VALIDATORS[0]!);
    expect(result.error).toBeUndefined();
    expect((result.response as MsgWithdrawDelegatorRewardResponse).amount).toMatchObject([
      { denom: "uxprt", amount: "544444" },
    ]);
    expect(chain.balance(ALICE) - before).toBe(544_444n);
    expect(attributesOf(result.events, "withdraw_rewards")).toEqual({
      amount: "544444uxprt",
      validator: VALIDATORS[0],
      delegator: ALICE,
    });

    const pool = chain.queryPath<QueryCommunityPoolResponse>(`${D}CommunityPool`, {});
    expect(decCoinsString(decCoinsFromProto(pool.pool))).toBe("24691.386999999998209877uxprt");
    const outstanding = chain.queryPath<QueryValidatorOutstandingRewardsResponse>(`${D}ValidatorOutstandingRewards`, {
      validatorAddress: VALIDATORS[0],
    });
    expect(decCoinsString(decCoinsFromProto(outstanding.rewards!.rewards))).toBe("262139.726333333335526749uxprt");
    // Nothing accrued since: a second withdrawal pays zero and still names the bond denom in its event.
    expect(attributesOf(withdraw(chain, ALICE, VALIDATORS[0]!).events, "withdraw_rewards")?.amount).toBe("0uxprt");
  });

  it("pays commission in whole coins and keeps the fraction for later", () => {
    const chain = twoValidatorChain();
    collectFees(chain, 1_234_567n);
    chain.mine();
    const commission = chain.queryPath<QueryValidatorCommissionResponse>(`${D}ValidatorCommission`, {
      validatorAddress: VALIDATORS[0],
    });
    expect(decCoinsString(decCoinsFromProto(commission.commission!.commission))).toBe("80658.377333333333252675uxprt");
    const before = chain.balance(OPERATORS[0]!);
    const result = chain.deliver(
      MsgWithdrawValidatorCommissionSchema,
      create(MsgWithdrawValidatorCommissionSchema, { validatorAddress: VALIDATORS[0]! }),
    );
    expect(attributesOf(result.events, "withdraw_commission")).toEqual({ amount: "80658uxprt" });
    expect(chain.balance(OPERATORS[0]!) - before).toBe(80_658n);
    const left = chain.queryPath<QueryValidatorCommissionResponse>(`${D}ValidatorCommission`, {
      validatorAddress: VALIDATORS[0],
    });
    expect(decCoinsString(decCoinsFromProto(left.commission!.commission))).toBe("0.377333333333252675uxprt");
  });

  // After ALICE's first withdrawal (block 4) V0 is slashed 50% at block 5: its 4,000,000 tokens become 2,000,000 and
  // the slash event splits ALICE's accrual. Block 6 pays 1,000,000 of fees, allocated at block 7 over power 4:
  //   V0 gets 980,000 × 2/4 = 490,000, keeps 10% = 49,000, leaves 441,000 for its delegators;
  //   ratio 441,000 / 2,000,000 = 0.2205; ALICE's stake 3,000,000 × (1 − 0.5) = 1,500,000 → 330,750.
  it("shrinks the stake at a slash: ALICE then earns 330,750 on 1,000,000 of fees", () => {
    const chain = twoValidatorChain();
    collectFees(chain, 1_234_567n);
    chain.mine();
    withdraw(chain, ALICE, VALIDATORS[0]!); // block 4
    chain.control("staking/slash", { validator: VALIDATORS[0], fraction: "0.5", infractionHeight: 5 }); // block 5
    collectFees(chain, 1_000_000n); // block 6
    chain.mine(); // block 7
    expect(pending(chain, ALICE, VALIDATORS[0]!)).toBe("330750.000000000000000000uxprt");
    expect(pending(chain, OPERATORS[0]!, VALIDATORS[0]!)).toBe(
      // its stake was 1,000,000 before the slash: 181,481.349 (first fees, truncated ratio) + 500,000 × 0.2205
      "291731.348999999999000000uxprt",
    );
    const before = chain.balance(ALICE);
    withdraw(chain, ALICE, VALIDATORS[0]!);
    expect(chain.balance(ALICE) - before).toBe(330_750n);
  });
});

describe("rewards from inflation", () => {
  it("accrue every block and are withdrawn automatically when the delegation changes", () => {
    const chain = devnetTestChain({ inflation: true });
    delegate(chain, ALICE, VALIDATORS[0]!, 100_000_000n);
    chain.mine();
    const first = decCoinsFromProto(
      chain.queryPath<QueryDelegationRewardsResponse>(`${D}DelegationRewards`, {
        delegatorAddress: ALICE,
        validatorAddress: VALIDATORS[0],
      }).rewards,
    )[0]!.amount;
    chain.mine();
    const second = decCoinsFromProto(
      chain.queryPath<QueryDelegationRewardsResponse>(`${D}DelegationRewards`, {
        delegatorAddress: ALICE,
        validatorAddress: VALIDATORS[0],
      }).rewards,
    )[0]!.amount;
    expect(first.isPositive()).toBe(true);
    expect(second.gt(first)).toBe(true);

    const before = chain.balance(ALICE);
    const result = delegate(chain, ALICE, VALIDATORS[0]!, 1_000_000n);
    const paid = BigInt(attributesOf(result.events, "withdraw_rewards")!.amount!.replace("uxprt", ""));
    expect(paid).toBeGreaterThan(second.truncateInt()); // one more block accrued before the delegation
    expect(chain.balance(ALICE) - before).toBe(paid - 1_000_000n);
  });

  it("pays rewards to the withdraw address once one is set", () => {
    const chain = devnetTestChain({ inflation: true });
    delegate(chain, ALICE, VALIDATORS[1]!, 100_000_000n);
    const set = chain.deliver(
      MsgSetWithdrawAddressSchema,
      create(MsgSetWithdrawAddressSchema, { delegatorAddress: ALICE, withdrawAddress: BOB }),
    );
    expect(attributesOf(set.events, "set_withdraw_address")).toEqual({ withdraw_address: BOB });
    expect(
      chain.queryPath<QueryDelegatorWithdrawAddressResponse>(`${D}DelegatorWithdrawAddress`, {
        delegatorAddress: ALICE,
      }).withdrawAddress,
    ).toBe(BOB);
    chain.mine(2);
    const [alice, bob] = [chain.balance(ALICE), chain.balance(BOB)];
    const result = withdraw(chain, ALICE, VALIDATORS[1]!);
    const amount = BigInt((result.response as MsgWithdrawDelegatorRewardResponse).amount[0]!.amount);
    expect(amount).toBeGreaterThan(0n);
    expect(chain.balance(BOB) - bob).toBe(amount);
    expect(chain.balance(ALICE)).toBe(alice);
  });

  it("sums rewards over a delegator's validators", () => {
    const chain = devnetTestChain({ inflation: true });
    delegate(chain, ALICE, VALIDATORS[0]!, 50_000_000n);
    delegate(chain, ALICE, VALIDATORS[2]!, 50_000_000n);
    chain.mine(2);
    const total = chain.queryPath<QueryDelegationTotalRewardsResponse>(`${D}DelegationTotalRewards`, {
      delegatorAddress: ALICE,
    });
    expect(total.rewards.map((r) => r.validatorAddress).sort()).toEqual([VALIDATORS[0], VALIDATORS[2]].sort());
    const sum = total.rewards.map((r) => decCoinsFromProto(r.reward)[0]!.amount).reduce((a, b) => a.add(b));
    expect(decCoinsFromProto(total.total)[0]!.amount.equals(sum)).toBe(true);
    const validators = chain.queryPath<QueryDelegatorValidatorsResponse>(`${D}DelegatorValidators`, {
      delegatorAddress: ALICE,
    });
    expect([...validators.validators].sort()).toEqual([VALIDATORS[0], VALIDATORS[2]].sort());
  });
});

describe("distribution errors", () => {
  it("answers a withdrawal without a delegation (5), an unknown validator (6) and empty commission (7)", () => {
    const chain = devnetTestChain();
    const noDelegation = withdraw(chain, ALICE, VALIDATORS[0]!).error;
    expect([noDelegation?.codespace, noDelegation?.code, noDelegation?.message]).toEqual([
      "distribution",
      5,
      "no delegation distribution info",
    ]);
    const noValidator = withdraw(chain, ALICE, testAddress("ghost", "persistencevaloper")).error;
    expect([noValidator?.codespace, noValidator?.code]).toEqual(["distribution", 6]);
    const noCommission = chain.deliver(
      MsgWithdrawValidatorCommissionSchema,
      create(MsgWithdrawValidatorCommissionSchema, { validatorAddress: VALIDATORS[0]! }),
    ).error;
    expect([noCommission?.codespace, noCommission?.code, noCommission?.message]).toEqual([
      "distribution",
      7,
      "no validator commission to withdraw",
    ]);
  });

  it("refuses a module account as withdraw address and keeps the old one", () => {
    const chain = devnetTestChain();
    const pool = chain.bank.moduleAddress("bonded_tokens_pool");
    const { error } = chain.deliver(
      MsgSetWithdrawAddressSchema,
      create(MsgSetWithdrawAddressSchema, { delegatorAddress: ALICE, withdrawAddress: pool }),
    );
    expect([error?.codespace, error?.code, error?.message]).toEqual([
      "sdk",
      4,
      `${pool} is not allowed to receive external funds: unauthorized`,
    ]);
    expect(chain.distribution.withdrawAddress(chain.query, ALICE)).toBe(ALICE);
  });

  it("answers reward queries for a missing validator or delegation with the module's error", () => {
    const chain = devnetTestChain();
    const run = (validator: string) => {
      try {
        chain.queryPath(`${D}DelegationRewards`, { delegatorAddress: ALICE, validatorAddress: validator });
      } catch (error) {
        return error as ChainError;
      }
      return undefined;
    };
    const ghost = testAddress("ghost", "persistencevaloper");
    expect(run(ghost)?.message).toBe(`${ghost}: validator does not exist: unknown request`);
    expect(run(VALIDATORS[0]!)?.message).toBe("delegation does not exist: unknown request");
  });
});
