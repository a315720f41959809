// Slashing through the control API (`staking/slash`): x/staking's BeforeValidatorSlashed hook reaches x/alliance,
// which cuts the validator's alliance shares, its immature redelegations and unbondings exactly as core's
// allianceSlashValidator / allianceSlashRedelegation / allianceSlashUndelegations say; the value moves to the other
// validators' delegators.
import {
  allianceDelegationTokens,
  allianceSlashRedelegation,
  allianceSlashUndelegations,
  allianceSlashValidator,
  type Dec,
} from "@persistence-sdk/core";
import {
  Query as AllianceQuery,
  MsgRedelegateSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMockChain } from "../../server/start.js";
import {
  allianceState,
  allianceTestGenesis,
  delegate,
  FEE,
  latest,
  msg,
  type Query,
  querier,
  rebalanceTargets,
  STK_ATOM,
  signer,
  startChain,
  VALIDATORS,
} from "./alliance.test-support.js";
import { assetState, decOf, delegationState, timeFromNs, validatorState } from "./convert.js";
import { devnetAllianceGenesis } from "./genesis.js";
import { redelegationRecord } from "./keeper.js";

let served: RunningMockChain;
let query: Query;
let three: string;
let four: string;
let five: string;

function quietGenesis() {
  const alliance = devnetAllianceGenesis() as { params: Record<string, unknown> };
  return { ...alliance, params: { ...alliance.params, take_rate_claim_interval: "31536000s" } };
}

beforeAll(async () => {
  served = await startChain({ genesis: allianceTestGenesis(quietGenesis()) });
  query = await querier(served);
  three = await delegate(served, 3, VALIDATORS[0]!, STK_ATOM, 300_000_000n);
  await delegate(served, 3, VALIDATORS[1]!, STK_ATOM, 100_000_000n);
  four = await delegate(served, 4, VALIDATORS[1]!, STK_ATOM, 100_000_000n);
  five = await delegate(served, 5, VALIDATORS[1]!, STK_ATOM, 50_000_000n);
  const redelegator = await signer(served, 4, "direct");
  const moved = await redelegator.client.signAndBroadcast(
    four,
    [
      msg(MsgRedelegateSchema, {
        delegatorAddress: four,
        validatorSrcAddress: VALIDATORS[1]!,
        validatorDstAddress: VALIDATORS[2]!,
        amount: { denom: STK_ATOM, amount: "40000000" },
      }),
    ],
    FEE,
  );
  expect(moved.code, moved.rawLog).toBe(0);
  redelegator.client.disconnect();
  const unbonder = await signer(served, 5, "direct");
  const left = await unbonder.client.signAndBroadcast(
    five,
    [
      msg(MsgUndelegateSchema, {
        delegatorAddress: five,
        validatorAddress: VALIDATORS[1]!,
        amount: { denom: STK_ATOM, amount: "20000000" },
      }),
    ],
    FEE,
  );
  expect(left.code, left.rawLog).toBe(0);
  unbonder.client.disconnect();
});

afterAll(async () => {
  await served?.stop();
});

async function balance(delegator: string, validator: string): Promise<bigint> {
  const { delegation } = await query(AllianceQuery.method.allianceDelegation, {
    delegatorAddr: delegator,
    validatorAddr: validator,
    denom: STK_ATOM,
  });
  return BigInt(delegation!.balance!.amount);
}

describe("slashing alliance stake", () => {
  it("cuts the slashed validator's shares, its redelegations and unbondings as core computes", async () => {
    const before = allianceState(served);
    const info = (state: typeof before, validator: string) =>
      validatorState(state.validatorInfos.find((v) => v.validatorAddress === validator)!.validator!);
    const asset = (state: typeof before) => assetState(state.assets.find((a) => a.denom === STK_ATOM)!);
    const onV0Before = await balance(three, VALIDATORS[0]!);
    const onV1Before = await balance(three, VALIDATORS[1]!);

    // x/staking hands the hook the effective fraction of the validator's tokens it burns; record it.
    let fraction: Dec | undefined;
    served.chain.keepers.staking.hooks.register({
      beforeValidatorSlashed: (_ctx, validator, effective) => {
        if (validator === VALIDATORS[1]) fraction = effective;
      },
    });
    served.control.invoke("staking/slash", { validator: VALIDATORS[1], fraction: "0.1" });
    expect(fraction).toBeDefined();
    const { time } = latest(served);

    const slashed = allianceSlashValidator({
      validator: info(before, VALIDATORS[1]!),
      assets: [asset(before)],
      fraction: fraction!,
    });
    const after = allianceState(served);
    expect(info(after, VALIDATORS[1]!).validatorShares).toEqual(slashed.validator.validatorShares);
    expect(asset(after).totalValidatorShares.toString()).toBe(slashed.assets[0]!.totalValidatorShares.toString());
    expect(asset(after).totalTokens).toBe(asset(before).totalTokens);

    // The redelegation V1 → V2 loses TruncateInt(fraction × 40 stkATOM) worth of V2 delegation shares.
    const record = before.redelegations.find((r) => r.redelegation?.delegatorAddress === four)!;
    const dstDelegation = before.delegations.find(
      (d) => d.delegatorAddress === four && d.validatorAddress === VALIDATORS[2],
    )!;
    const redelegation = allianceSlashRedelegation({
      redelegation: redelegationRecord({
        ...record.redelegation!,
        completionTime: record.completionTime,
        $typeName: "alliance.alliance.RedelegationEntry",
      }),
      asset: slashed.assets[0]!,
      dstValidator: info(before, VALIDATORS[2]!),
      dstDelegation: delegationState(dstDelegation),
      fraction: fraction!,
      blockTime: time,
    });
    expect(redelegation.skipped).toBe(false);
    const dstAfter = after.delegations.find(
      (d) => d.delegatorAddress === four && d.validatorAddress === VALIDATORS[2],
    )!;
    expect(decOf(dstAfter.shares).toString()).toBe(redelegation.dstDelegation!.shares.toString());
    expect(info(after, VALIDATORS[2]!).totalDelegatorShares).toEqual(redelegation.dstValidator.totalDelegatorShares);

    // The unbonding of 20 stkATOM from V1 loses TruncateInt(fraction × 20 stkATOM) to the fee collector.
    const queued = before.undelegations.find((u) => u.undelegation?.entries[0]?.delegatorAddress === five)!;
    const unbondings = allianceSlashUndelegations({
      entries: queued.undelegation!.entries.map((e) => ({
        delegatorAddress: e.delegatorAddress,
        validatorAddress: e.validatorAddress,
        balance: { denom: e.balance!.denom, amount: BigInt(e.balance!.amount) },
      })),
      completionTime: timeFromNs(queued.completionTime!.seconds * 1_000_000_000n),
      fraction: fraction!,
      blockTime: time,
    });
    const { unbondings: reported } = await query(AllianceQuery.method.allianceUnbondingsByDenomAndDelegator, {
      denom: STK_ATOM,
      delegatorAddr: five,
    });
    expect(reported.map((u) => BigInt(u.amount))).toEqual(unbondings.entries.map((e) => e.balance.amount));
    expect(unbondings.slashed[0]!.amount).toBeGreaterThan(0n);

    // The slashed validator's delegators lose value; the others gain it (the asset's tokens did not change).
    const onV0After = await balance(three, VALIDATORS[0]!);
    const onV1After = await balance(three, VALIDATORS[1]!);
    expect(onV1After).toBeLessThan(onV1Before);
    expect(onV0After).toBeGreaterThan(onV0Before);
    const delegationOnV0 = after.delegations.find(
      (d) => d.delegatorAddress === three && d.validatorAddress === VALIDATORS[0],
    )!;
    expect(onV0After).toBe(
      allianceDelegationTokens(decOf(delegationOnV0.shares), info(after, VALIDATORS[0]!), asset(after)),
    );
  });

  it("then asking for one token more than a grown balance is ErrInsufficientTokens (alliance 21)", async () => {
    const onV0 = await balance(three, VALIDATORS[0]!);
    const user = await signer(served, 3, "direct");
    const result = await user.client.signAndBroadcast(
      three,
      [
        msg(MsgUndelegateSchema, {
          delegatorAddress: three,
          validatorAddress: VALIDATORS[0]!,
          amount: { denom: STK_ATOM, amount: (onV0 + 1n).toString() },
        }),
      ],
      FEE,
    );
    user.client.disconnect();
    expect(result.code).toBe(21);
    expect(result.rawLog).toBe(
      `failed to execute message; message index: 0: wanted ${onV0 + 1n} but have ${onV0}: insufficient tokens`,
    );
  });

  it("queues a rebalance: after the slash block the module's native stake is back on core's targets", async () => {
    const targets = await rebalanceTargets(served, query);
    expect(targets.targets.map((t) => t.delta)).toEqual([0n, 0n, 0n]);
    const onV1 = targets.targets.find((t) => t.operatorAddress === VALIDATORS[1])!;
    const onV2 = targets.targets.find((t) => t.operatorAddress === VALIDATORS[2])!;
    // V1 holds 190 of 530 stkATOM of validator shares less 10 %, V2 40: their stakes keep that proportion.
    expect(onV1.expected.gt(onV2.expected)).toBe(true);
  });
});
