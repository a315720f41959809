// Every RPC of alliance.alliance.Query through cosmjs' QueryClient (ABCI), a few over REST (/terra/alliances/...),
// with pagination and the errors baseapp reports.
import {
  Query as AllianceQuery,
  MsgRedelegateSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMockChain } from "../../server/start.js";
import {
  delegate,
  FEE,
  msg,
  Q_ATOM,
  type Query,
  querier,
  ST_ATOM,
  STK_ATOM,
  signer,
  startChain,
  VALIDATORS,
} from "./alliance.test-support.js";

let served: RunningMockChain;
let query: Query;
let alice: string;
let bob: string;
const hashOf = (denom: string) => denom.slice("ibc/".length);

beforeAll(async () => {
  served = await startChain();
  query = await querier(served);
  alice = await delegate(served, 0, VALIDATORS[0]!, STK_ATOM, 10_000_000n);
  await delegate(served, 0, VALIDATORS[1]!, ST_ATOM, 20_000_000n);
  await delegate(served, 0, VALIDATORS[1]!, Q_ATOM, 30_000_000n);
  bob = await delegate(served, 1, VALIDATORS[2]!, ST_ATOM, 40_000_000n);
  const user = await signer(served, 0, "direct");
  const undelegated = await user.client.signAndBroadcast(
    alice,
    [
      msg(MsgUndelegateSchema, {
        delegatorAddress: alice,
        validatorAddress: VALIDATORS[1]!,
        amount: { denom: ST_ATOM, amount: "5000000" },
      }),
    ],
    FEE,
  );
  expect(undelegated.code, undelegated.rawLog).toBe(0);
  const redelegated = await user.client.signAndBroadcast(
    alice,
    [
      msg(MsgRedelegateSchema, {
        delegatorAddress: alice,
        validatorSrcAddress: VALIDATORS[1]!,
        validatorDstAddress: VALIDATORS[3]!,
        amount: { denom: Q_ATOM, amount: "10000000" },
      }),
    ],
    FEE,
  );
  expect(redelegated.code, redelegated.rawLog).toBe(0);
  user.client.disconnect();
  served.control.mine(2);
});

afterAll(async () => {
  await served?.stop();
});

async function rest(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${served.restUrl}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("alliance queries", () => {
  it("Params and Alliances (paginated), also over REST with decimals", async () => {
    const { params } = await query(AllianceQuery.method.params, {});
    expect(params?.takeRateClaimInterval?.seconds).toBe(300n);
    const first = await query(AllianceQuery.method.alliances, { pagination: { limit: 2n, countTotal: true } });
    expect(first.alliances.length).toBe(2);
    expect(first.pagination?.total).toBe(4n);
    const second = await query(AllianceQuery.method.alliances, {
      pagination: { key: first.pagination!.nextKey, limit: 2n },
    });
    expect(second.alliances.length).toBe(2);
    expect(second.pagination?.nextKey.length).toBe(0);
    // Go's store keys length-prefix the denom: the short stk/uatom sorts before the ibc/ denoms.
    expect(first.alliances[0]?.denom).toBe(STK_ATOM);

    const { status, body } = await rest("/terra/alliances?pagination.limit=1");
    expect(status).toBe(200);
    const alliances = body.alliances as { denom: string; reward_weight: string; take_rate: string }[];
    expect(alliances[0]).toMatchObject({
      denom: STK_ATOM,
      reward_weight: "0.250000000000000000",
      take_rate: "0.000001000000000000",
    });
  });

  it("Alliance by denom (URL-encoded ibc/ over REST) and the deprecated IBCAlliance by hash", async () => {
    const { alliance } = await query(AllianceQuery.method.alliance, { denom: ST_ATOM });
    expect(alliance?.totalTokens).toBe("55000000");
    const byHash = await query(AllianceQuery.method.iBCAlliance, { hash: hashOf(ST_ATOM) });
    expect(byHash.alliance).toEqual(alliance);
    const { status, body } = await rest(`/terra/alliances/${encodeURIComponent(ST_ATOM)}`);
    expect(status).toBe(200);
    expect((body.alliance as { total_tokens: string }).total_tokens).toBe("55000000");
    const viaIbc = await rest(`/terra/alliances/ibc/${hashOf(ST_ATOM)}`);
    expect((viaIbc.body.alliance as { denom: string }).denom).toBe(ST_ATOM);
  });

  it("an unknown alliance: the module error as sdk 6, and a gRPC-gateway error over REST", async () => {
    await expect(query(AllianceQuery.method.alliance, { denom: "uxprt" })).rejects.toThrow(
      /alliance asset is not whitelisted: unknown request/,
    );
    const { status, body } = await rest("/terra/alliances/uxprt");
    expect(status).toBeGreaterThanOrEqual(400);
    expect(String(body.message)).toContain("alliance asset is not whitelisted");
  });

  it("AllAlliancesDelegations, AlliancesDelegation and AlliancesDelegationByValidator, with balances", async () => {
    const all = await query(AllianceQuery.method.allAlliancesDelegations, {
      pagination: { limit: 2n, countTotal: true },
    });
    expect(all.delegations.length).toBe(2);
    expect(all.pagination?.total).toBe(5n);
    const mine = await query(AllianceQuery.method.alliancesDelegation, { delegatorAddr: alice });
    expect(mine.delegations.map((d) => [d.delegation?.validatorAddress, d.balance?.denom, d.balance?.amount])).toEqual(
      expect.arrayContaining([
        [VALIDATORS[0], STK_ATOM, "10000000"],
        [VALIDATORS[1], ST_ATOM, "15000000"],
        [VALIDATORS[1], Q_ATOM, "20000000"],
        [VALIDATORS[3], Q_ATOM, "10000000"],
      ]),
    );
    const onOne = await query(AllianceQuery.method.alliancesDelegationByValidator, {
      delegatorAddr: alice,
      validatorAddr: VALIDATORS[1]!,
    });
    expect(onOne.delegations.map((d) => d.balance?.denom).sort()).toEqual([ST_ATOM, Q_ATOM].sort());
    const { body } = await rest(`/terra/alliances/delegations/${alice}/${VALIDATORS[1]}`);
    const delegations = body.delegations as { delegation: { shares: string } }[];
    expect(delegations[0]?.delegation.shares).toMatch(/^[0-9]+\.[0-9]{18}$/);
  });

  it("AllianceDelegation, IBCAllianceDelegation, and the zero answer for no delegation", async () => {
    const { delegation } = await query(AllianceQuery.method.allianceDelegation, {
      delegatorAddr: bob,
      validatorAddr: VALIDATORS[2]!,
      denom: ST_ATOM,
    });
    expect(delegation?.balance?.amount).toBe("40000000");
    const byHash = await query(AllianceQuery.method.iBCAllianceDelegation, {
      delegatorAddr: bob,
      validatorAddr: VALIDATORS[2]!,
      hash: hashOf(ST_ATOM),
    });
    expect(byHash.delegation).toEqual(delegation);
    const none = await query(AllianceQuery.method.allianceDelegation, {
      delegatorAddr: bob,
      validatorAddr: VALIDATORS[0]!,
      denom: ST_ATOM,
    });
    expect(none.delegation?.balance).toMatchObject({ denom: ST_ATOM, amount: "0" });
    expect(none.delegation?.delegation?.shares).toBe("0");
    await expect(
      query(AllianceQuery.method.allianceDelegation, {
        delegatorAddr: bob,
        validatorAddr: VALIDATORS[0]!,
        denom: "uxprt",
      }),
    ).rejects.toThrow(/AllianceAsset not found by denom uxprt/);
  });

  it("AllianceValidator and AllAllianceValidators: shares and staked tokens per asset", async () => {
    const one = await query(AllianceQuery.method.allianceValidator, { validatorAddr: VALIDATORS[1]! });
    expect(one.validatorShares.map((c) => c.denom).sort()).toEqual([ST_ATOM, Q_ATOM].sort());
    // 20 of 30 qATOM: shares.Quo(total).Mul(tokens) = 0.666666666666666667 × 30,000,000 (LegacyDec rounding kept).
    expect(one.totalStaked.find((c) => c.denom === Q_ATOM)?.amount).toBe("20000000000000000010000000");
    const all = await query(AllianceQuery.method.allAllianceValidators, { pagination: { limit: 10n } });
    expect(all.validators.map((v) => v.validatorAddr).sort()).toEqual([...VALIDATORS].sort());
    await expect(query(AllianceQuery.method.allianceValidator, { validatorAddr: "nonsense" })).rejects.toThrow(
      /validator address nonsense invalid/,
    );
    const { body } = await rest(`/terra/alliances/validators/${VALIDATORS[1]}`);
    expect((body.total_staked as { amount: string }[]).length).toBe(2);
  });

  it("AllianceDelegationRewards and IBCAllianceDelegationRewards run the claim without keeping it", async () => {
    served.control.mine(3);
    const args = { delegatorAddr: alice, validatorAddr: VALIDATORS[1]! };
    const quoted = await query(AllianceQuery.method.allianceDelegationRewards, { ...args, denom: ST_ATOM });
    expect(BigInt(quoted.rewards[0]?.amount ?? "0")).toBeGreaterThan(0n);
    // Asking again gives the same answer: the first claim was not kept.
    expect(await query(AllianceQuery.method.allianceDelegationRewards, { ...args, denom: ST_ATOM })).toEqual(quoted);
    const byHash = await query(AllianceQuery.method.iBCAllianceDelegationRewards, { ...args, hash: hashOf(ST_ATOM) });
    expect(byHash).toEqual(quoted);
    const { body } = await rest(`/terra/alliances/rewards/${alice}/${VALIDATORS[1]}/${encodeURIComponent(ST_ATOM)}`);
    expect(body.rewards).toEqual([{ denom: "uxprt", amount: quoted.rewards[0]!.amount }]);
    await expect(
      query(AllianceQuery.method.allianceDelegationRewards, {
        delegatorAddr: bob,
        validatorAddr: VALIDATORS[0]!,
        denom: ST_ATOM,
      }),
    ).rejects.toThrow(/no delegation for \(address, validator\) tuple/);
  });

  it("the three unbonding queries", async () => {
    const byDelegator = await query(AllianceQuery.method.allianceUnbondingsByDelegator, { delegatorAddr: alice });
    expect(byDelegator.unbondings.map((u) => [u.validatorAddress, u.denom, u.amount])).toEqual([
      [VALIDATORS[1], ST_ATOM, "5000000"],
    ]);
    const byDenom = await query(AllianceQuery.method.allianceUnbondingsByDenomAndDelegator, {
      denom: ST_ATOM,
      delegatorAddr: alice,
    });
    expect(byDenom.unbondings).toEqual(byDelegator.unbondings);
    const exact = await query(AllianceQuery.method.allianceUnbondings, {
      denom: ST_ATOM,
      delegatorAddr: alice,
      validatorAddr: VALIDATORS[1]!,
    });
    expect(exact.unbondings).toEqual(byDelegator.unbondings);
    const other = await query(AllianceQuery.method.allianceUnbondings, {
      denom: ST_ATOM,
      delegatorAddr: alice,
      validatorAddr: VALIDATORS[0]!,
    });
    expect(other.unbondings).toEqual([]);
    const { body } = await rest(`/terra/alliances/unbondings/${alice}`);
    expect((body.unbondings as { amount: string }[])[0]?.amount).toBe("5000000");
  });

  it("the two redelegation queries, paginated", async () => {
    const byDelegator = await query(AllianceQuery.method.allianceRedelegationsByDelegator, {
      delegatorAddr: alice,
      pagination: { countTotal: true },
    });
    expect(
      byDelegator.redelegations.map((r) => [r.srcValidatorAddress, r.dstValidatorAddress, r.balance?.amount]),
    ).toEqual([[VALIDATORS[1], VALIDATORS[3], "10000000"]]);
    expect(byDelegator.pagination?.total).toBe(1n);
    const byDenom = await query(AllianceQuery.method.allianceRedelegations, { denom: Q_ATOM, delegatorAddr: alice });
    expect(byDenom.redelegations).toEqual(byDelegator.redelegations);
    const none = await query(AllianceQuery.method.allianceRedelegations, { denom: STK_ATOM, delegatorAddr: alice });
    expect(none.redelegations).toEqual([]);
    const { body } = await rest(`/terra/alliances/redelegations/${alice}`);
    expect((body.redelegations as { completion_time: string }[])[0]?.completion_time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
