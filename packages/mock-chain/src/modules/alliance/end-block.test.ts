// The end blocker in the real module's order: an asset whose rewards have not started earns nothing, pays no take
// rate and gets no voting power until its reward start time, then is initialized and rebalanced; the module's
// books (its LST balances against the assets and the unbonding queue) always add up. Also the control operations.
import { Query as AllianceQuery, MsgUndelegateSchema } from "@persistence-sdk/proto/alliance/alliance";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { afterEach, describe, expect, it } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import type { RunningMockChain } from "../../server/start.js";
import {
  allianceState,
  allianceTestGenesis,
  D_ATOM,
  delegate,
  FEE,
  msg,
  type Query,
  querier,
  rebalanceTargets,
  rewardsQuery,
  STK_ATOM,
  signer,
  startChain,
  VALIDATORS,
} from "./alliance.test-support.js";
import { assetState } from "./convert.js";
import { devnetAllianceGenesis } from "./genesis.js";

let served: RunningMockChain | undefined;

afterEach(async () => {
  await served?.stop();
  served = undefined;
});

/** dATOM's rewards start one hour after genesis. */
function delayedDatom() {
  const alliance = devnetAllianceGenesis() as { assets: Record<string, unknown>[] };
  const start = new Date(Date.parse(DEVNET.genesisTime) + 3_600_000).toISOString().replace(".000", "");
  return {
    ...alliance,
    assets: alliance.assets.map((asset) =>
      asset.denom === D_ATOM ? { ...asset, reward_start_time: start, last_reward_change_time: start } : asset,
    ),
  };
}

/** The module's LSTs equal what the assets hold plus what the unbonding queue owes. */
async function expectBooksBalance(chain: RunningMockChain, query: Query) {
  const state = allianceState(chain);
  const owed = new Map<string, bigint>();
  for (const queued of state.undelegations) {
    for (const entry of queued.undelegation?.entries ?? []) {
      owed.set(entry.balance!.denom, (owed.get(entry.balance!.denom) ?? 0n) + BigInt(entry.balance!.amount));
    }
  }
  for (const asset of state.assets.map(assetState)) {
    const { balance } = await query(BankQuery.method.balance, {
      address: chain.chain.keepers.alliance.moduleAddress,
      denom: asset.denom,
    });
    expect(BigInt(balance!.amount), asset.denom).toBe(asset.totalTokens + (owed.get(asset.denom) ?? 0n));
  }
  // The virtual stake never rests in the module account: CompleteUnbondings burns any bond-denom left.
  const { balance } = await query(BankQuery.method.balance, {
    address: chain.chain.keepers.alliance.moduleAddress,
    denom: "uxprt",
  });
  expect(balance!.amount).toBe("0");
}

describe("the alliance end blocker", () => {
  it("holds an asset back until its reward start time, then initializes and rebalances it", async () => {
    served = await startChain({ genesis: allianceTestGenesis(delayedDatom()) });
    const query = await querier(served);
    const delegator = await delegate(served, 2, VALIDATORS[3]!, D_ATOM, 80_000_000n);
    served.control.advanceTime(900n);
    served.control.mine(2);

    const early = await query(AllianceQuery.method.alliance, { denom: D_ATOM });
    expect(early.alliance?.isInitialized).toBe(false);
    // Not started: no take rate (two intervals passed), no rewards, no voting power.
    expect(early.alliance?.totalTokens).toBe("80000000");
    expect(await rewardsQuery(query, delegator, VALIDATORS[3]!, D_ATOM)).toEqual([]);
    const before = await rebalanceTargets(served, query);
    expect(before.targets.find((t) => t.operatorAddress === VALIDATORS[3])?.current.isZero()).toBe(true);

    served.control.advanceTime(3_600n);
    const started = await query(AllianceQuery.method.alliance, { denom: D_ATOM });
    expect(started.alliance?.isInitialized).toBe(true);
    const after = await rebalanceTargets(served, query);
    const onV3 = after.targets.find((t) => t.operatorAddress === VALIDATORS[3])!;
    // dATOM (0.15) is the only asset on validator 3: 0.15 of the native stake.
    expect(onV3.current.truncateInt()).toBe(600_000_000_000n);
    served.control.mine(3);
    const rewards = await rewardsQuery(query, delegator, VALIDATORS[3]!, D_ATOM);
    expect(BigInt(rewards[0]?.amount ?? "0")).toBeGreaterThan(0n);
    await expectBooksBalance(served, query);
  });

  it("keeps the module's books through delegations, take rate and unbonding", async () => {
    served = await startChain();
    const query = await querier(served);
    await delegate(served, 0, VALIDATORS[0]!, STK_ATOM, 500_000_000n);
    await delegate(served, 1, VALIDATORS[1]!, D_ATOM, 300_000_000n);
    served.control.advanceTime(1_201n);
    const user = await signer(served, 0, "direct");
    const result = await user.client.signAndBroadcast(
      user.address,
      [
        msg(MsgUndelegateSchema, {
          delegatorAddress: user.address,
          validatorAddress: VALIDATORS[0]!,
          amount: { denom: STK_ATOM, amount: "100000000" },
        }),
      ],
      FEE,
    );
    user.client.disconnect();
    expect(result.code, result.rawLog).toBe(0);
    served.control.advanceTime(600n);
    await expectBooksBalance(served, query);
    served.control.advanceTime(1_814_400n);
    served.control.mine(1);
    await expectBooksBalance(served, query);
  });

  it("offers alliance/rebalance and alliance/accrueRewards as control operations (also over JSON-RPC)", async () => {
    served = await startChain();
    const query = await querier(served);
    await delegate(served, 0, VALIDATORS[0]!, STK_ATOM, 500_000_000n);
    // Already balanced by the end blocker: nothing to move.
    expect(served.control.invoke("alliance/rebalance", {})).toEqual({ moves: [] });
    served.control.mine(2);
    const accrued = served.control.invoke("alliance/accrueRewards", { validator: VALIDATORS[0] }) as {
      claimed: { validator: string; coins: { denom: string; amount: string }[] }[];
    };
    expect(accrued.claimed[0]?.validator).toBe(VALIDATORS[0]);
    expect(BigInt(accrued.claimed[0]?.coins[0]?.amount ?? "0")).toBeGreaterThan(0n);

    const response = await fetch(served.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "mock_invoke",
        params: { operation: "alliance/accrueRewards" },
      }),
    });
    const body = (await response.json()) as { result: { claimed: unknown[] } };
    expect(body.result.claimed.length).toBeGreaterThan(0);
    await expectBooksBalance(served, query);
  });
});
