// The authority's messages through cosmjs (the devnet authority is key 10): create, update, delete alliances and
// update params, in both sign modes (v0.4.x amino names); the legacy proposal contents; reward-weight changes with
// their snapshots and decay, checked against core.

import type { EncodeObject } from "@cosmjs/proto-signing";
import { allianceRewardWeightChange } from "@persistence-sdk/core";
import {
  Query as AllianceQuery,
  MsgCreateAllianceProposalSchema,
  MsgCreateAllianceSchema,
  MsgDeleteAllianceProposalSchema,
  MsgDeleteAllianceSchema,
  MsgUndelegateSchema,
  MsgUpdateAllianceProposalSchema,
  MsgUpdateAllianceSchema,
  MsgUpdateParamsSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMockChain } from "../../server/start.js";
import {
  allianceState,
  allianceTestGenesis,
  atomics,
  D_ATOM,
  delegate,
  expectedRewards,
  FEE,
  latest,
  msg,
  type Query,
  querier,
  rewardsQuery,
  type Signer,
  ST_ATOM,
  signer,
  startChain,
  typedEvent,
  VALIDATORS,
} from "./alliance.test-support.js";
import { assetState } from "./convert.js";
import { devnetAllianceGenesis } from "./genesis.js";

let served: RunningMockChain;
let query: Query;
let direct: Signer;
let amino: Signer;

/** The devnet alliance genesis without dATOM, which these tests create. */
function withoutDatom() {
  const alliance = devnetAllianceGenesis() as { assets: { denom: string }[] };
  return { ...alliance, assets: alliance.assets.filter((asset) => asset.denom !== D_ATOM) };
}

beforeAll(async () => {
  served = await startChain({ genesis: allianceTestGenesis(withoutDatom()) });
  query = await querier(served);
  direct = await signer(served, 10, "direct");
  amino = await signer(served, 10, "amino");
});

afterAll(async () => {
  direct?.client.disconnect();
  amino?.client.disconnect();
  await served?.stop();
});

async function send(from: Signer, messages: EncodeObject[]) {
  return from.client.signAndBroadcast(from.address, messages, FEE);
}

const createDatom = (overrides: Record<string, unknown> = {}) =>
  msg(MsgCreateAllianceSchema, {
    authority: direct.address,
    denom: D_ATOM,
    rewardWeight: atomics("0.15"),
    takeRate: atomics("0.0000015"),
    rewardChangeRate: atomics("1"),
    rewardChangeInterval: { seconds: 0n, nanos: 0 },
    rewardWeightRange: { min: atomics("0"), max: atomics("1") },
    ...overrides,
  });

describe("authority messages", () => {
  it("validates MsgCreateAlliance in Go's order and wording", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ takeRate: atomics("1") }, "Alliance takeRate must be more or equals to 0 but strictly less than 1"],
      [{ rewardWeight: atomics("2") }, "Alliance rewardWeight must be bounded in RewardWeightRange"],
      [
        { rewardWeightRange: { min: atomics("0.5"), max: atomics("0.1") } },
        "Alliance rewardWeight min must be less or equal to rewardWeight max",
      ],
      [{ rewardChangeRate: "" }, "Alliance rewardChangeRate must be strictly a positive number"],
      [
        { rewardChangeInterval: { seconds: -1n, nanos: 0 } },
        "Alliance rewardChangeInterval must be strictly a positive number",
      ],
      [{ denom: "" }, "Alliance denom must have a value"],
    ];
    for (const [overrides, text] of cases) {
      const result = await send(direct, [createDatom(overrides)]);
      expect(result.code).toBe(1);
      expect(result.rawLog).toBe(
        `failed to execute message; message index: 0: rpc error: code = InvalidArgument desc = ${text}`,
      );
    }
  });

  it("creates an alliance (direct mode): rewards start after the reward delay (0 on the devnet)", async () => {
    const result = await send(direct, [createDatom()]);
    expect(result.code, result.rawLog).toBe(0);
    const { alliance } = await query(AllianceQuery.method.alliance, { denom: D_ATOM });
    const { time } = latest(served);
    expect(alliance).toMatchObject({
      denom: D_ATOM,
      rewardWeight: atomics("0.15"),
      takeRate: atomics("0.0000015"),
      totalTokens: "0",
      rewardStartTime: expect.objectContaining({ seconds: time.seconds }),
      lastRewardChangeTime: expect.objectContaining({ seconds: time.seconds }),
      isInitialized: true,
    });
    const duplicate = await send(direct, [createDatom()]);
    expect(duplicate.code).toBe(31);
    expect(duplicate.rawLog).toBe("failed to execute message; message index: 0: alliance asset already exists");
  });

  it("updates params in amino mode (alliance/MsgUpdateParams); the query and REST show them", async () => {
    const result = await send(amino, [
      msg(MsgUpdateParamsSchema, {
        authority: amino.address,
        params: {
          rewardDelayTime: { seconds: 3600n, nanos: 0 },
          takeRateClaimInterval: { seconds: 600n, nanos: 0 },
          lastTakeRateClaimTime: { seconds: latest(served).time.seconds, nanos: 0 },
        },
      }),
    ]);
    expect(result.code, result.rawLog).toBe(0);
    const response = await fetch(`${served.restUrl}/terra/alliances/params`);
    const body = (await response.json()) as { params: Record<string, string> };
    expect(body.params.reward_delay_time).toBe("3600s");
    expect(body.params.take_rate_claim_interval).toBe("600s");
  });

  it("updates an alliance in amino mode: a weight change snapshots every validator and rewards follow core", async () => {
    const delegator = await delegate(served, 6, VALIDATORS[0]!, ST_ATOM, 400_000_000n);
    served.control.mine(5);
    const result = await send(amino, [
      msg(MsgUpdateAllianceSchema, {
        authority: amino.address,
        denom: ST_ATOM,
        rewardWeight: atomics("0.6"),
        takeRate: atomics("0.000002"),
        rewardChangeRate: atomics("1"),
        rewardChangeInterval: { seconds: 0n, nanos: 0 },
        rewardWeightRange: { min: atomics("0"), max: atomics("1") },
      }),
    ]);
    expect(result.code, result.rawLog).toBe(0);
    const snapshots = allianceState(served).rewardWeightChangeSnaphots.filter((s) => s.denom === ST_ATOM);
    expect(snapshots.map((s) => [s.validator, s.snapshot?.prevRewardWeight])).toContainEqual([
      VALIDATORS[0],
      atomics("0.3"),
    ]);
    served.control.mine(5);
    // The claim walks the snapshot (old weight) and then the current indices.
    expect(await rewardsQuery(query, delegator, VALIDATORS[0]!, ST_ATOM)).toEqual(
      await expectedRewards(served, query, "v0.3.6", delegator, VALIDATORS[0]!, ST_ATOM),
    );
  });

  it("refuses an update outside the new range (alliance 40) and an unknown asset (alliance 30)", async () => {
    const base = {
      authority: direct.address,
      takeRate: atomics("0"),
      rewardChangeRate: atomics("1"),
      rewardChangeInterval: { seconds: 0n, nanos: 0 },
    };
    const outOfRange = await send(direct, [
      msg(MsgUpdateAllianceSchema, {
        ...base,
        denom: ST_ATOM,
        rewardWeight: atomics("0.9"),
        rewardWeightRange: { min: atomics("0"), max: atomics("0.5") },
      }),
    ]);
    expect(outOfRange.code).toBe(40);
    expect(outOfRange.rawLog).toContain("alliance asset must be between reward_weight_range");
    const unknown = await send(direct, [
      msg(MsgUpdateAllianceSchema, {
        ...base,
        denom: "uxprt",
        rewardWeight: atomics("0.1"),
        rewardWeightRange: { min: atomics("0"), max: atomics("1") },
      }),
    ]);
    expect(unknown.code).toBe(30);
  });

  it("decays a reward weight by its change rate per interval, clamped to the range, as core computes", async () => {
    const update = await send(direct, [
      msg(MsgUpdateAllianceSchema, {
        authority: direct.address,
        denom: D_ATOM,
        rewardWeight: atomics("0.15"),
        takeRate: atomics("0.0000015"),
        rewardChangeRate: atomics("0.5"),
        rewardChangeInterval: { seconds: 3600n, nanos: 0 },
        rewardWeightRange: { min: atomics("0.05"), max: atomics("0.15") },
      }),
    ]);
    expect(update.code, update.rawLog).toBe(0);
    const scheduled = assetState(allianceState(served).assets.find((a) => a.denom === D_ATOM)!);
    // A schedule that did not exist starts counting at the update.
    expect(scheduled.lastRewardChangeTime.seconds).toBe(latest(served).time.seconds);

    served.control.advanceTime(7_201n);
    const expected = allianceRewardWeightChange(scheduled, latest(served).time);
    expect(expected.intervals).toBe(2n);
    const { alliance } = await query(AllianceQuery.method.alliance, { denom: D_ATOM });
    // 0.15 × 0.5² = 0.0375, clamped to the minimum 0.05.
    expect(alliance?.rewardWeight).toBe(atomics("0.05"));
    expect(alliance?.rewardWeight).toBe(expected.asset.rewardWeight.toProto());
    expect(alliance?.lastRewardChangeTime?.seconds).toBe(expected.asset.lastRewardChangeTime.seconds);
  });

  it("deletes an alliance only once nothing is staked (ErrActiveDelegationsExists before)", async () => {
    const delegator = await delegate(served, 7, VALIDATORS[1]!, D_ATOM, 10_000_000n);
    const blocked = await send(direct, [msg(MsgDeleteAllianceSchema, { authority: direct.address, denom: D_ATOM })]);
    expect(blocked.code).toBe(32);
    expect(blocked.rawLog).toContain("active delegations");

    const { delegation } = await query(AllianceQuery.method.allianceDelegation, {
      delegatorAddr: delegator,
      validatorAddr: VALIDATORS[1]!,
      denom: D_ATOM,
    });
    const user = await signer(served, 7, "direct");
    const exit = await user.client.signAndBroadcast(
      user.address,
      [
        msg(MsgUndelegateSchema, {
          delegatorAddress: user.address,
          validatorAddress: VALIDATORS[1]!,
          amount: delegation!.balance!,
        }),
      ],
      FEE,
    );
    user.client.disconnect();
    expect(exit.code, exit.rawLog).toBe(0);

    const deleted = await send(amino, [msg(MsgDeleteAllianceSchema, { authority: amino.address, denom: D_ATOM })]);
    expect(deleted.code, deleted.rawLog).toBe(0);
    await expect(query(AllianceQuery.method.alliance, { denom: D_ATOM })).rejects.toThrow(
      /alliance asset is not whitelisted/,
    );
  });

  it("accepts the legacy gov proposal contents from the authority, with the proposal handler's errors", async () => {
    const content = {
      title: "Add dATOM",
      description: "dATOM as an alliance asset",
      denom: D_ATOM,
      rewardWeight: atomics("0.15"),
      takeRate: atomics("0.0000015"),
      rewardChangeRate: atomics("1"),
      rewardChangeInterval: { seconds: 0n, nanos: 0 },
      rewardWeightRange: { min: atomics("0"), max: atomics("1") },
    };
    const created = await send(amino, [msg(MsgCreateAllianceProposalSchema, content)]);
    expect(created.code, created.rawLog).toBe(0);
    const again = await send(direct, [msg(MsgCreateAllianceProposalSchema, content)]);
    expect(again.rawLog).toBe(
      `failed to execute message; message index: 0: rpc error: code = AlreadyExists desc = Asset with denom: ${D_ATOM} already exists`,
    );
    const updated = await send(direct, [
      msg(MsgUpdateAllianceProposalSchema, { ...content, title: "Raise dATOM", rewardWeight: atomics("0.2") }),
    ]);
    expect(updated.code, updated.rawLog).toBe(0);
    expect((await query(AllianceQuery.method.alliance, { denom: D_ATOM })).alliance?.rewardWeight).toBe(atomics("0.2"));

    await delegate(served, 8, VALIDATORS[2]!, D_ATOM, 1_000_000n);
    const blocked = await send(direct, [
      msg(MsgDeleteAllianceProposalSchema, { title: "Remove dATOM", description: "no", denom: D_ATOM }),
    ]);
    expect(blocked.rawLog).toBe(
      "failed to execute message; message index: 0: rpc error: code = Internal desc = Asset cannot be deleted because there are still 1000000 delegations associated with it",
    );
    const untitled = await send(direct, [
      msg(MsgDeleteAllianceProposalSchema, { title: "", description: "no", denom: D_ATOM }),
    ]);
    expect(untitled.code).toBe(5);
    expect(untitled.rawLog).toContain("proposal title cannot be blank");
  });

  it("refuses a proposal content signed by anyone but the authority", async () => {
    const user = await signer(served, 3, "direct");
    // The content declares no signer: the authority must sign, so the tx carries the wrong signer.
    await expect(
      user.client.signAndBroadcast(
        user.address,
        [msg(MsgDeleteAllianceProposalSchema, { title: "x", description: "y", denom: D_ATOM })],
        FEE,
      ),
    ).rejects.toThrow();
    user.client.disconnect();
  });

  it("emits no typed event for authority messages", async () => {
    const result = await send(direct, [
      msg(MsgUpdateAllianceSchema, {
        authority: direct.address,
        denom: D_ATOM,
        rewardWeight: atomics("0.2"),
        takeRate: atomics("0.0000015"),
        rewardChangeRate: atomics("1"),
        rewardChangeInterval: { seconds: 0n, nanos: 0 },
        rewardWeightRange: { min: atomics("0"), max: atomics("1") },
      }),
    ]);
    expect(result.code, result.rawLog).toBe(0);
    expect(typedEvent(result, "alliance.alliance.DelegateAllianceEvent")).toBeUndefined();
  });
});
