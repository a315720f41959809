// End to end through unmodified cosmjs: delegate, redelegate, claim and undelegate alliance assets in both sign
// modes against the default devnet served over HTTP; events, balances and the unbonding queue.
import {
  Query as AllianceQuery,
  MsgClaimDelegationRewardsSchema,
  MsgDelegateSchema,
  MsgRedelegateSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningMockChain } from "../../server/start.js";
import {
  D_ATOM,
  FEE,
  msg,
  Q_ATOM,
  type Query,
  querier,
  STK_ATOM,
  signer,
  startChain,
  typedEvent,
  VALIDATORS,
} from "./alliance.test-support.js";

let served: RunningMockChain;
let query: Query;

beforeAll(async () => {
  served = await startChain();
  query = await querier(served);
});

afterAll(async () => {
  await served?.stop();
});

describe("alliance through cosmjs", () => {
  it("delegates in SIGN_MODE_DIRECT: the coin moves to the module, shares and the typed event follow", async () => {
    const { address, client } = await signer(served, 0, "direct");
    const before = BigInt((await client.getBalance(address, STK_ATOM)).amount);
    const result = await client.signAndBroadcast(
      address,
      [
        msg(MsgDelegateSchema, {
          delegatorAddress: address,
          validatorAddress: VALIDATORS[0]!,
          amount: { denom: STK_ATOM, amount: "100000000" },
        }),
      ],
      FEE,
    );
    expect(result.code, result.rawLog).toBe(0);
    expect(BigInt((await client.getBalance(address, STK_ATOM)).amount)).toBe(before - 100_000_000n);
    const event = typedEvent(result, "alliance.alliance.DelegateAllianceEvent");
    expect(event).toEqual({
      allianceSender: address,
      validator: VALIDATORS[0],
      coin: { denom: STK_ATOM, amount: "100000000" },
      // The first delegation of an asset gets validator shares equal to its tokens.
      newShares: "100000000.000000000000000000",
    });
    const { delegation } = await query(AllianceQuery.method.allianceDelegation, {
      delegatorAddr: address,
      validatorAddr: VALIDATORS[0]!,
      denom: STK_ATOM,
    });
    expect(delegation?.balance).toMatchObject({ denom: STK_ATOM, amount: "100000000" });
    expect(delegation?.delegation?.shares).toBe("100000000000000000000000000");
    client.disconnect();
  });

  it("delegates in SIGN_MODE_LEGACY_AMINO_JSON with the alliance/MsgDelegate amino name", async () => {
    const { address, client } = await signer(served, 1, "amino");
    const result = await client.signAndBroadcast(
      address,
      [
        msg(MsgDelegateSchema, {
          delegatorAddress: address,
          validatorAddress: VALIDATORS[1]!,
          amount: { denom: Q_ATOM, amount: "250000000" },
        }),
      ],
      FEE,
    );
    expect(result.code, result.rawLog).toBe(0);
    const { delegations } = await query(AllianceQuery.method.alliancesDelegation, { delegatorAddr: address });
    expect(delegations.map((d) => [d.delegation?.validatorAddress, d.balance?.denom, d.balance?.amount])).toEqual([
      [VALIDATORS[1], Q_ATOM, "250000000"],
    ]);
    client.disconnect();
  });

  it("rebalances native stake at the end of the block: the module delegates reward weight × native stake", async () => {
    const module = await query(AllianceQuery.method.allianceValidator, { validatorAddr: VALIDATORS[0]! });
    expect(module.validatorShares.map((c) => c.denom)).toEqual([STK_ATOM]);
    const response = await fetch(`${served.restUrl}/cosmos/staking/v1beta1/validators/${VALIDATORS[0]}`);
    const { validator } = (await response.json()) as { validator: { tokens: string } };
    // 1,000,000 XPRT self-delegation plus 0.25 (stkATOM's weight) of the native bonded stake (4 × 10^12).
    expect(BigInt(validator.tokens)).toBe(1_000_000_000_000n + 1_000_000_000_000n);
  });

  it("accrues rewards from the module's native stake; the claim pays what the rewards query said", async () => {
    const { address, client } = await signer(served, 0, "amino");
    served.control.mine(3);
    // Accrue up to the current state, then ask: the query runs the claim on a throwaway branch.
    served.control.invoke("alliance/accrueRewards", {});
    const { rewards } = await query(AllianceQuery.method.allianceDelegationRewards, {
      delegatorAddr: address,
      validatorAddr: VALIDATORS[0]!,
      denom: STK_ATOM,
    });
    expect(rewards.length).toBe(1);
    expect(rewards[0]?.denom).toBe("uxprt");
    expect(BigInt(rewards[0]!.amount)).toBeGreaterThan(0n);

    const before = BigInt((await client.getBalance(address, "uxprt")).amount);
    const result = await client.signAndBroadcast(
      address,
      [
        msg(MsgClaimDelegationRewardsSchema, {
          delegatorAddress: address,
          validatorAddress: VALIDATORS[0]!,
          denom: STK_ATOM,
        }),
      ],
      FEE,
    );
    expect(result.code, result.rawLog).toBe(0);
    const event = typedEvent(result, "alliance.alliance.ClaimAllianceRewardsEvent") as { coins: { amount: string }[] };
    const paid = BigInt(event.coins[0]!.amount);
    // The block of the claim allocated one more block of rewards: at least what was quoted.
    expect(paid).toBeGreaterThanOrEqual(BigInt(rewards[0]!.amount));
    expect(BigInt((await client.getBalance(address, "uxprt")).amount) - before).toBe(paid);
    client.disconnect();
  });

  it("redelegates and refuses a transitive redelegation until the first one completes", async () => {
    const { address, client } = await signer(served, 2, "direct");
    const delegate = await client.signAndBroadcast(
      address,
      [
        msg(MsgDelegateSchema, {
          delegatorAddress: address,
          validatorAddress: VALIDATORS[2]!,
          amount: { denom: D_ATOM, amount: "300000000" },
        }),
      ],
      FEE,
    );
    expect(delegate.code, delegate.rawLog).toBe(0);
    const redelegate = await client.signAndBroadcast(
      address,
      [
        msg(MsgRedelegateSchema, {
          delegatorAddress: address,
          validatorSrcAddress: VALIDATORS[2]!,
          validatorDstAddress: VALIDATORS[3]!,
          amount: { denom: D_ATOM, amount: "100000000" },
        }),
      ],
      FEE,
    );
    expect(redelegate.code, redelegate.rawLog).toBe(0);
    const event = typedEvent(redelegate, "alliance.alliance.RedelegateAllianceEvent") as Record<string, unknown>;
    expect(event.sourceValidator).toBe(VALIDATORS[2]);
    expect(event.destinationValidator).toBe(VALIDATORS[3]);

    const transitive = await client.signAndBroadcast(
      address,
      [
        msg(MsgRedelegateSchema, {
          delegatorAddress: address,
          validatorSrcAddress: VALIDATORS[3]!,
          validatorDstAddress: VALIDATORS[0]!,
          amount: { denom: D_ATOM, amount: "50000000" },
        }),
      ],
      FEE,
    );
    expect(transitive.code).toBe(32);
    const { redelegations } = await query(AllianceQuery.method.allianceRedelegations, {
      denom: D_ATOM,
      delegatorAddr: address,
    });
    expect(redelegations.map((r) => [r.srcValidatorAddress, r.dstValidatorAddress, r.balance?.amount])).toEqual([
      [VALIDATORS[2], VALIDATORS[3], "100000000"],
    ]);

    // 21 days later (plus a block: completion must be strictly before the block time) the hop is allowed.
    served.control.advanceTime(1_814_400n);
    served.control.mine(1);
    // The same hop signed in SIGN_MODE_LEGACY_AMINO_JSON (alliance/MsgRedelegate).
    const aminoSigner = await signer(served, 2, "amino");
    const later = await aminoSigner.client.signAndBroadcast(
      address,
      [
        msg(MsgRedelegateSchema, {
          delegatorAddress: address,
          validatorSrcAddress: VALIDATORS[3]!,
          validatorDstAddress: VALIDATORS[0]!,
          amount: { denom: D_ATOM, amount: "50000000" },
        }),
      ],
      FEE,
    );
    expect(later.code, later.rawLog).toBe(0);
    aminoSigner.client.disconnect();
    client.disconnect();
  });

  it("undelegates into the unbonding queue and pays the requested amount after the unbonding time", async () => {
    const { address, client } = await signer(served, 1, "direct");
    const result = await client.signAndBroadcast(
      address,
      [
        msg(MsgUndelegateSchema, {
          delegatorAddress: address,
          validatorAddress: VALIDATORS[1]!,
          amount: { denom: Q_ATOM, amount: "100000000" },
        }),
      ],
      FEE,
    );
    expect(result.code, result.rawLog).toBe(0);
    const event = typedEvent(result, "alliance.alliance.UndelegateAllianceEvent") as Record<string, unknown>;
    expect(event.coin).toEqual({ denom: Q_ATOM, amount: "100000000" });
    const { unbondings } = await query(AllianceQuery.method.allianceUnbondings, {
      denom: Q_ATOM,
      delegatorAddr: address,
      validatorAddr: VALIDATORS[1]!,
    });
    expect(unbondings.map((u) => [u.validatorAddress, u.denom, u.amount])).toEqual([
      [VALIDATORS[1], Q_ATOM, "100000000"],
    ]);
    const completion = unbondings[0]!.completionTime!;
    expect(new Date(Number(completion.seconds) * 1000).toISOString().replace(".000", "")).toBe(event.completionTime);

    const before = BigInt((await client.getBalance(address, Q_ATOM)).amount);
    served.control.advanceTime(1_814_400n);
    served.control.mine(1);
    expect(BigInt((await client.getBalance(address, Q_ATOM)).amount) - before).toBe(100_000_000n);
    const after = await query(AllianceQuery.method.allianceUnbondingsByDelegator, { delegatorAddr: address });
    expect(after.unbondings).toEqual([]);
    client.disconnect();
  });
});
