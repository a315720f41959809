// The numbers of a delegate → rewards → claim → take rate → undelegate cycle, checked against core's alliance
// functions applied to the chain's own state (read from its genesis export) at the same height: rebalancing targets,
// reward split and claim (v0.3.6 and the v0.3.4 fork), take-rate deduction and the balance a delegation reports.
import {
  type AllianceAssetState,
  allianceDeductTakeRate,
  allianceDelegationTokens,
  allianceNewValidatorShares,
  Dec,
} from "@persistence-sdk/core";
import {
  Query as AllianceQuery,
  MsgDelegateSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningMockChain } from "../../server/start.js";
import {
  allianceState,
  allianceTestGenesis,
  delegate,
  expectedRewards,
  FEE,
  latest,
  msg,
  querier,
  rebalanceTargets,
  rewardsQuery,
  ST_ATOM,
  STK_ATOM,
  signer,
  startChain,
  typedEvent,
  typedEvents,
  VALIDATORS,
} from "./alliance.test-support.js";
import { assetState, decOf, timeOf, validatorState } from "./convert.js";
import { devnetAllianceGenesis } from "./genesis.js";

let served: RunningMockChain | undefined;

afterEach(async () => {
  await served?.stop();
  served = undefined;
});

describe("alliance numbers against core", () => {
  it("rebalances to core's targets: after the end block no validator is off by a whole token", async () => {
    served = await startChain();
    const query = await querier(served);
    await delegate(served, 3, VALIDATORS[0]!, STK_ATOM, 200_000_000n);
    await delegate(served, 4, VALIDATORS[0]!, ST_ATOM, 100_000_000n);
    await delegate(served, 4, VALIDATORS[1]!, ST_ATOM, 50_000_000n);

    const targets = await rebalanceTargets(served, query);
    expect(targets.nativeBond).toBe(4_000_000_000_000n);
    expect(targets.targets.map((t) => t.delta)).toEqual([0n, 0n]);
    // Validator 0 holds stkATOM (weight 0.25) and two thirds of stATOM (0.3): 1.8 × 10^12 expected. It got there
    // from 2.2 × 10^12 (all stATOM on it) by unbonding TruncateInt(current − expected) = 399,999,999,999, because
    // expected carries the rounding of 2/3 (…0000004), so the module keeps one token above it, as Go does.
    const onValidator0 = targets.targets.find((t) => t.operatorAddress === VALIDATORS[0])!;
    expect(onValidator0.expected.toString()).toBe("1800000000000.000000400000000000");
    expect(onValidator0.current.toString()).toBe("1800000000001.000000000000000000");
    const onValidator1 = targets.targets.find((t) => t.operatorAddress === VALIDATORS[1])!;
    expect(onValidator1.current.truncateInt()).toBe(onValidator1.expected.truncateInt());
  });

  for (const version of ["v0.3.6", "v0.3.4"] as const) {
    it(`pays rewards exactly as core's ${version} split and claim compute them`, async () => {
      const alliance = version === "v0.3.6" ? undefined : devnetAllianceGenesis({ mathVersion: "v0.3.4" });
      served = await startChain({ genesis: allianceTestGenesis(alliance) });
      const query = await querier(served);
      const stk = await delegate(served, 3, VALIDATORS[0]!, STK_ATOM, 200_000_000n);
      const st = await delegate(served, 4, VALIDATORS[0]!, ST_ATOM, 100_000_000n);
      await delegate(served, 4, VALIDATORS[1]!, ST_ATOM, 50_000_000n);
      served.control.mine(10);

      const quotedStk = await rewardsQuery(query, stk, VALIDATORS[0]!, STK_ATOM);
      expect(quotedStk).toEqual(await expectedRewards(served, query, version, stk, VALIDATORS[0]!, STK_ATOM));
      const quotedSt = await rewardsQuery(query, st, VALIDATORS[0]!, ST_ATOM);
      expect(quotedSt).toEqual(await expectedRewards(served, query, version, st, VALIDATORS[0]!, ST_ATOM));
      expect(BigInt(quotedStk[0]!.amount)).toBeGreaterThan(0n);

      // The two splits differ when an asset is spread unevenly: computing with the other version disagrees.
      const other = version === "v0.3.6" ? "v0.3.4" : "v0.3.6";
      expect(await expectedRewards(served, query, other, st, VALIDATORS[0]!, ST_ATOM)).not.toEqual(quotedSt);
    });
  }

  it("deducts the take rate per interval as core does and every balance shrinks in proportion", async () => {
    served = await startChain();
    const query = await querier(served);
    const delegator = await delegate(served, 3, VALIDATORS[0]!, STK_ATOM, 200_000_000n);
    served.control.mine(1);

    const before = allianceState(served);
    // 10 minutes and 1 second later: two whole 5-minute intervals since the last claim time.
    served.control.advanceTime(601n);
    const { time } = latest(served);
    const expected = allianceDeductTakeRate({
      assets: before.assets.map(assetState),
      lastTakeRateClaimTime: timeOf(before.params!.lastTakeRateClaimTime),
      takeRateClaimInterval: before.params!.takeRateClaimInterval!,
      blockTime: time,
    });
    expect(expected.intervals).toBe(2n);
    const after = allianceState(served);
    const stk = (assets: readonly AllianceAssetState[]) => assets.find((a) => a.denom === STK_ATOM)!;
    expect(stk(after.assets.map(assetState)).totalTokens).toBe(stk(expected.assets).totalTokens);
    expect(after.params!.lastTakeRateClaimTime).toEqual(
      expect.objectContaining({
        seconds: expected.lastTakeRateClaimTime.seconds,
      }),
    );
    const events = typedEvents(
      served.chain.blockResults()!.finalizeBlockEvents,
      "alliance.alliance.DeductAllianceAssetsEvent",
    );
    expect(events).toEqual([
      { coins: expected.deducted.map((c) => ({ denom: c.denom, amount: c.amount.toString() })) },
    ]);
    // 200 stkATOM × (1 − 0.000001)² = 199.9996 stkATOM.
    expect(stk(expected.assets).totalTokens).toBe(199_999_600n);

    const { delegation } = await query(AllianceQuery.method.allianceDelegation, {
      delegatorAddr: delegator,
      validatorAddr: VALIDATORS[0]!,
      denom: STK_ATOM,
    });
    const info = validatorState(after.validatorInfos.find((v) => v.validatorAddress === VALIDATORS[0])!.validator!);
    const balance = allianceDelegationTokens(
      decOf(delegation!.delegation!.shares),
      info,
      stk(after.assets.map(assetState)),
    );
    expect(delegation?.balance?.amount).toBe(balance.toString());
    expect(balance).toBe(199_999_600n);
  });

  it("reports the validator shares added as DelegateAllianceEvent.newShares, not the delegation's shares", async () => {
    served = await startChain();
    const query = await querier(served);
    await delegate(served, 3, VALIDATORS[0]!, STK_ATOM, 200_000_000n);
    served.control.advanceTime(601n);
    const asset = assetState(allianceState(served).assets.find((a) => a.denom === STK_ATOM)!);
    const { address, client } = await signer(served, 4, "direct");
    const result = await client.signAndBroadcast(
      address,
      [
        msg(MsgDelegateSchema, {
          delegatorAddress: address,
          validatorAddress: VALIDATORS[1]!,
          amount: { denom: STK_ATOM, amount: "100000000" },
        }),
      ],
      FEE,
    );
    client.disconnect();
    expect(result.code, result.rawLog).toBe(0);
    const event = typedEvent(result, "alliance.alliance.DelegateAllianceEvent") as { newShares: string };
    // The asset lost tokens to the take rate, so a token buys more than one validator share ...
    const validatorShares = allianceNewValidatorShares(asset, 100_000_000n);
    expect(event.newShares).toBe(validatorShares.toString());
    expect(validatorShares.gt(Dec.fromInt(100_000_000n))).toBe(true);
    // ... while the first delegation on validator 1 gets one delegation share per token.
    const { delegation } = await query(AllianceQuery.method.allianceDelegation, {
      delegatorAddr: address,
      validatorAddr: VALIDATORS[1]!,
      denom: STK_ATOM,
    });
    expect(decOf(delegation!.delegation!.shares).toString()).toBe(Dec.fromInt(100_000_000n).toString());
  });

  it("undelegates the whole reported balance and pays exactly that after 21 days", async () => {
    served = await startChain();
    const query = await querier(served);
    const delegator = await delegate(served, 3, VALIDATORS[0]!, STK_ATOM, 200_000_000n);
    served.control.advanceTime(1_800n);
    const { delegation } = await query(AllianceQuery.method.allianceDelegation, {
      delegatorAddr: delegator,
      validatorAddr: VALIDATORS[0]!,
      denom: STK_ATOM,
    });
    const balance = delegation!.balance!.amount;
    expect(BigInt(balance)).toBeLessThan(200_000_000n);

    const { address, client } = await signer(served, 3, "amino");
    const result = await client.signAndBroadcast(
      address,
      [
        msg(MsgUndelegateSchema, {
          delegatorAddress: address,
          validatorAddress: VALIDATORS[0]!,
          amount: { denom: STK_ATOM, amount: balance },
        }),
      ],
      FEE,
    );
    expect(result.code, result.rawLog).toBe(0);
    const { delegations } = await query(AllianceQuery.method.alliancesDelegation, { delegatorAddr: address });
    expect(delegations).toEqual([]);
    // With its only delegation gone the asset has no tokens and no validator shares left.
    const { alliance } = await query(AllianceQuery.method.alliance, { denom: STK_ATOM });
    expect(alliance?.totalTokens).toBe("0");
    expect(alliance?.totalValidatorShares).toBe("0");

    const before = BigInt((await client.getBalance(address, STK_ATOM)).amount);
    served.control.advanceTime(1_814_400n);
    served.control.mine(1);
    expect(BigInt((await client.getBalance(address, STK_ATOM)).amount) - before).toBe(BigInt(balance));
    client.disconnect();
  });
});
