// The restaking APR preview against the chain: its inputs are the chain's own figures (x/mint inflation, x/bank
// supply, x/staking pool, x/distribution tax, the Alliance module's delegations), each asset's APR is core's yield
// function of them, the take rate is its own annualised cost line, and a reward-weight change shows.
import { type Client, paginateAll, query, sendTx } from "@persistence-sdk/client";
import {
  allianceAnnualTakeRate,
  Dec,
  parseInt256,
  yieldAllianceRewardsApr,
  yieldNativeStakingApr,
} from "@persistence-sdk/core";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { Query as DistributionQuery } from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import { Query as MintQuery } from "@persistence-sdk/proto/cosmos/mint/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegate } from "../actions/delegate.js";
import { buildCreateAlliance } from "../builders/buildCreateAlliance.js";
import { buildUpdateAlliance } from "../builders/buildUpdateAlliance.js";
import { moduleAddress } from "../internal/moduleAddress.js";
import { getAlliance } from "../queries/getAlliance.js";
import {
  authorityClient,
  D_ATOM,
  devnetClient,
  freshDelegator,
  Q_ATOM,
  ST_ATOM,
  STK_ATOM,
  startChain,
  validatorsOf,
} from "../testing.test-support.js";
import { previewAllianceAprs } from "./previewAllianceAprs.js";

let chain: RunningMockChain;
let reader: Client;
let validators: string[];

/** An asset the authority adds in `beforeAll`, which nobody stakes. */
const EMPTY = "uempty";

const prices = {
  [STK_ATOM]: Dec.fromString("12.5"),
  [ST_ATOM]: Dec.fromString("13"),
  [Q_ATOM]: Dec.fromString("14"),
  [EMPTY]: Dec.fromString("1"),
};

/** Σ reward weight of the staked devnet assets (the basket vault stakes all four at genesis). */
const STAKED_WEIGHT = Dec.fromString("0.9");

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
  validators = await validatorsOf(reader);
  const { client } = await freshDelegator(chain);
  await delegate(client, { validator: validators[0]!, amount: { denom: STK_ATOM, amount: 400_000_000n } });
  await delegate(client, { validator: validators[1]!, amount: { denom: STK_ATOM, amount: 100_000_000n } });
  await delegate(client, { validator: validators[2]!, amount: { denom: ST_ATOM, amount: 300_000_000n } });
  const authority = await authorityClient(chain);
  await sendTx(authority, {
    messages: [
      buildCreateAlliance(authority, {
        authority: (await authority.signer!.getAccounts())[0]!.address,
        denom: EMPTY,
        rewardWeight: Dec.fromString("0.1"),
        takeRate: Dec.ZERO,
        rewardChangeRate: Dec.ONE,
        rewardChangeInterval: 0n,
        rewardWeightRange: { min: Dec.ZERO, max: Dec.ONE },
      }),
    ],
  });
  chain.control.mine(2);
});

afterAll(async () => {
  await chain.stop();
});

/** The chain's figures, read independently of the preview, at `height`. */
async function chainFigures(height: bigint) {
  const at = { height };
  const { inflation } = await query(reader, MintQuery.method.inflation, {}, at);
  const { amount } = await query(reader, BankQuery.method.supplyOf, { denom: "uxprt" }, at);
  const { pool } = await query(reader, StakingQuery.method.pool, {}, at);
  const { params } = await query(reader, DistributionQuery.method.params, {}, at);
  const module = moduleAddress("persistence", "alliance");
  const delegations = await paginateAll(
    reader,
    StakingQuery.method.delegatorDelegations,
    { delegatorAddr: module },
    (r) => r.delegationResponses,
    at,
  );
  return {
    inflation: Dec.fromProto(new TextDecoder().decode(inflation)),
    bondDenomSupply: BigInt(amount!.amount),
    bondedTokens: BigInt(pool!.bondedTokens),
    communityTax: Dec.fromProto(params!.communityTax),
    allianceBond: delegations.reduce((sum, d) => sum + parseInt256(d.balance!.amount), 0n),
  };
}

describe("previewAllianceAprs", () => {
  it("reads the chain's inflation, supply, bonded tokens, tax and the module's virtual stake", async () => {
    const preview = await previewAllianceAprs(reader, { prices });
    const figures = await chainFigures(preview.inputs.height);
    expect(preview.inputs).toEqual({ ...figures, height: preview.inputs.height });
    expect(figures.allianceBond).toBeGreaterThan(0n);
    // Rebalancing's steady state: the module stakes reward weight × native bond for each staked asset.
    const nativeBond = figures.bondedTokens - figures.allianceBond;
    const target = STAKED_WEIGHT.mulInt(nativeBond).truncateInt();
    expect(figures.allianceBond - target).toBeLessThanOrEqual(4n);
    expect(target - figures.allianceBond).toBeLessThanOrEqual(4n);
  });

  it("gives each priced asset core's Alliance rewards APR, the take rate as its own yearly cost, and the net", async () => {
    const preview = await previewAllianceAprs(reader, {
      prices,
      lstAprs: { [STK_ATOM]: Dec.fromString("0.15") },
      commission: Dec.fromString("0.05"),
    });
    const figures = await chainFigures(preview.inputs.height);
    expect(preview.assets.map((a) => a.denom).sort()).toEqual([STK_ATOM, ST_ATOM, Q_ATOM, EMPTY].sort());
    expect(preview.assets.some((a) => a.denom === D_ATOM)).toBe(false);

    const stk = preview.assets.find((a) => a.denom === STK_ATOM)!;
    const asset = await getAlliance(reader, { denom: STK_ATOM, height: preview.inputs.height });
    const rewardsApr = yieldAllianceRewardsApr({
      ...figures,
      commission: Dec.fromString("0.05"),
      nativeBond: figures.bondedTokens - figures.allianceBond,
      rewardWeight: asset.rewardWeight,
      assetTotalTokens: asset.totalTokens,
      assetPriceInNative: Dec.fromString("12.5"),
    });
    expect(stk.rewardsApr?.toString()).toBe(rewardsApr.toString());
    expect(stk.rewardsStarted).toBe(true);
    const annual = allianceAnnualTakeRate(asset.takeRate, { seconds: 300n, nanos: 0 });
    expect(stk.annualTakeRate.toString()).toBe(annual.toString());
    expect(stk.stack!.layers.map((l) => [l.kind, l.apr.toString()])).toEqual([
      ["lst", "0.150000000000000000"],
      ["restaking", rewardsApr.toString()],
      ["takeRate", annual.toString()],
    ]);
    expect(stk.stack!.netApr.toString()).toBe(Dec.fromString("0.15").add(rewardsApr).sub(annual).toString());
    // About 10% a year for 0.000001 per 5 minutes (1 − (1 − r)^105120).
    expect(annual.gt(Dec.fromString("0.0997")) && annual.lt(Dec.fromString("0.1"))).toBe(true);
    // Per unit of value, restaking earns about reward weight × the native APR, spread over the asset's value.
    expect(rewardsApr.isPositive()).toBe(true);
    expect(yieldNativeStakingApr(figures).isPositive()).toBe(true);

    const empty = preview.assets.find((a) => a.denom === EMPTY)!;
    expect(empty.rewardsApr).toBeUndefined();
    expect(empty.annualTakeRate.isZero()).toBe(true);
    expect(empty.stack).toBeUndefined();
  });

  it("follows a reward-weight change", async () => {
    const before = (await previewAllianceAprs(reader, { prices })).assets.find((a) => a.denom === ST_ATOM)!;
    const asset = await getAlliance(reader, { denom: ST_ATOM });
    const authority = await authorityClient(chain);
    await sendTx(authority, {
      messages: [
        buildUpdateAlliance(authority, {
          authority: (await authority.signer!.getAccounts())[0]!.address,
          denom: ST_ATOM,
          rewardWeight: Dec.fromString("0.6"),
          takeRate: asset.takeRate,
          rewardChangeRate: asset.rewardChangeRate,
          rewardChangeInterval: asset.rewardChangeInterval.seconds,
          rewardWeightRange: asset.rewardWeightRange,
        }),
      ],
    });
    chain.control.mine(1);
    const preview = await previewAllianceAprs(reader, { prices });
    const after = preview.assets.find((a) => a.denom === ST_ATOM)!;
    expect(after.rewardWeight.toString()).toBe("0.600000000000000000");
    expect(after.rewardsApr!.gt(before.rewardsApr!)).toBe(true);
    const figures = await chainFigures(preview.inputs.height);
    const nativeBond = figures.bondedTokens - figures.allianceBond;
    const target = STAKED_WEIGHT.add(Dec.fromString("0.3")).mulInt(nativeBond).truncateInt();
    expect(figures.allianceBond - target).toBeLessThanOrEqual(4n);
    expect(target - figures.allianceBond).toBeLessThanOrEqual(4n);
  });

  it("refuses prices that are not Decs", async () => {
    await expect(previewAllianceAprs(reader, { prices: { [STK_ATOM]: 12.5 as never } })).rejects.toMatchObject({
      code: "INVALID_DECIMAL",
    });
  });
});
