// Every action and every query against the mock chain over real HTTP, with real signatures: once with a DIRECT
// signer and once with an AMINO-ONLY signer (Secp256k1HdWallet, as Ledger signs).
import { fromBinary } from "@bufbuild/protobuf";
import { type Client, query, type TxStatus } from "@persistence-sdk/client";
import { ALLIANCE_ZERO_TIME, allianceTimeAdd, type Coin, Dec } from "@persistence-sdk/core";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { Service as TendermintService } from "@persistence-sdk/proto/cosmos/base/tendermint/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import { AuthInfoSchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAllAllianceDelegations } from "../queries/getAllAllianceDelegations.js";
import { getAlliance } from "../queries/getAlliance.js";
import { getAllianceDelegation } from "../queries/getAllianceDelegation.js";
import { getAllianceDelegations } from "../queries/getAllianceDelegations.js";
import { getAllianceDelegationsByValidator } from "../queries/getAllianceDelegationsByValidator.js";
import { getAllianceParams } from "../queries/getAllianceParams.js";
import { getAllianceRedelegations } from "../queries/getAllianceRedelegations.js";
import { getAllianceRedelegationsByDelegator } from "../queries/getAllianceRedelegationsByDelegator.js";
import { getAllianceRewards } from "../queries/getAllianceRewards.js";
import { getAlliances } from "../queries/getAlliances.js";
import { getAllianceUnbondings } from "../queries/getAllianceUnbondings.js";
import { getAllianceUnbondingsByDelegator } from "../queries/getAllianceUnbondingsByDelegator.js";
import { getAllianceUnbondingsByDenom } from "../queries/getAllianceUnbondingsByDenom.js";
import { getAllianceValidator } from "../queries/getAllianceValidator.js";
import { getAllianceValidators } from "../queries/getAllianceValidators.js";
import { getIbcAlliance } from "../queries/getIbcAlliance.js";
import { getIbcAllianceDelegation } from "../queries/getIbcAllianceDelegation.js";
import { getIbcAllianceRewards } from "../queries/getIbcAllianceRewards.js";
import {
  devnetClient,
  freshDelegator,
  Q_ATOM,
  ST_ATOM,
  STK_ATOM,
  startChain,
  validatorsOf,
} from "../testing.test-support.js";
import { claimRewards } from "./claimRewards.js";
import { delegate } from "./delegate.js";
import { redelegate } from "./redelegate.js";
import { undelegate } from "./undelegate.js";

let chain: RunningMockChain;
let reader: Client;
let validators: string[];

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
  validators = await validatorsOf(reader);
});

afterAll(async () => {
  await chain.stop();
});

async function balanceOf(address: string, denom: string): Promise<bigint> {
  const { balance } = await query(reader, BankQuery.method.balance, { address, denom });
  return BigInt(balance?.amount ?? "0");
}

/** The time of the block at `height`. */
async function blockTime(height: number) {
  const { block } = await query(reader, TendermintService.method.getBlockByHeight, { height: BigInt(height) });
  const time = block?.header?.time;
  return { seconds: time!.seconds, nanos: time!.nanos };
}

/** The sign mode the chain recorded for the transaction at `height`. */
function signModeAt(hash: string): SignMode | undefined {
  const found = chain.chain.tx(Buffer.from(hash, "hex"));
  const raw = fromBinary(TxRawSchema, found!.tx);
  const info = fromBinary(AuthInfoSchema, raw.authInfoBytes).signerInfos[0]?.modeInfo?.sum;
  return info?.case === "single" ? info.value.mode : undefined;
}

async function unbondingTime() {
  const { params } = await query(reader, StakingQuery.method.params, {});
  return { seconds: params!.unbondingTime!.seconds, nanos: params!.unbondingTime!.nanos };
}

const coin = (denom: string, amount: bigint): Coin => ({ denom, amount });

describe.each(["direct", "amino"] as const)("signed %s", (mode) => {
  const expectedMode = mode === "direct" ? SignMode.DIRECT : SignMode.LEGACY_AMINO_JSON;

  it("delegate stakes an asset, reports the validator shares from the event, and passes onStatus through", async () => {
    const { client, address } = await freshDelegator(chain, mode);
    const [v0] = validators;
    const before = await getAllianceValidator(reader, { validator: v0! });
    const statuses: TxStatus["status"][] = [];

    const result = await delegate(client, {
      validator: v0!,
      amount: coin(ST_ATOM, 100_000_000n),
      memo: `alliance ${mode}`,
      onStatus: (status) => statuses.push(status.status),
    });

    expect(statuses).toEqual(["signing", "broadcasting", "broadcast", "included"]);
    expect(signModeAt(result.tx.hash)).toBe(expectedMode);
    expect(result.tx.memo).toBe(`alliance ${mode}`);
    expect(result).toMatchObject({
      delegator: address,
      validator: v0,
      amount: coin(ST_ATOM, 100_000_000n),
      claimedRewards: [],
    });
    const after = await getAllianceValidator(reader, { validator: v0! });
    const gained = after.validatorShares[ST_ATOM]!.sub(before.validatorShares[ST_ATOM] ?? Dec.ZERO);
    expect(result.newValidatorShares.equals(gained)).toBe(true);
    expect(await balanceOf(address, ST_ATOM)).toBe(1_000_000_000n - 100_000_000n);

    const delegation = await getAllianceDelegation(reader, { delegator: address, validator: v0!, denom: ST_ATOM });
    expect(delegation).toMatchObject({
      delegatorAddress: address,
      validatorAddress: v0,
      denom: ST_ATOM,
      balance: 100_000_000n,
    });
    expect(delegation.shares.isPositive()).toBe(true);
  });

  it("every query reads the state the actions made", async () => {
    const { client, address } = await freshDelegator(chain, mode);
    const [v0, v1] = validators;
    await delegate(client, { validator: v0!, amount: coin(ST_ATOM, 50_000_000n) });
    await delegate(client, { validator: v1!, amount: coin(STK_ATOM, 20_000_000n) });

    const params = await getAllianceParams(reader);
    expect(params.takeRateClaimInterval).toEqual({ seconds: 300n, nanos: 0 });
    expect(params.rewardDelayTime).toEqual({ seconds: 0n, nanos: 0 });
    expect(params.lastTakeRateClaimTime).not.toEqual(ALLIANCE_ZERO_TIME);

    const assets = await getAlliances(reader, { pageSize: 1n });
    expect(assets).toHaveLength(4);
    expect(assets.map((a) => a.denom)).toEqual(expect.arrayContaining([STK_ATOM, ST_ATOM, Q_ATOM]));
    const stAtom = await getAlliance(reader, { denom: ST_ATOM.replace("/", "%2F") });
    expect(stAtom).toEqual(assets.find((a) => a.denom === ST_ATOM));
    expect(stAtom.rewardWeight.equals(Dec.fromString("0.3"))).toBe(true);
    expect(stAtom.totalTokens).toBeGreaterThanOrEqual(50_000_000n);
    expect(await getIbcAlliance(reader, { hash: ST_ATOM })).toEqual(stAtom);

    const mine = await getAllianceDelegations(reader, { delegator: address, pageSize: 1n });
    expect(mine.map((d) => [d.validatorAddress, d.denom, d.balance]).sort()).toEqual(
      [
        [v0, ST_ATOM, 50_000_000n],
        [v1, STK_ATOM, 20_000_000n],
      ].sort(),
    );
    expect(await getAllianceDelegationsByValidator(reader, { delegator: address, validator: v1! })).toEqual([
      mine.find((d) => d.validatorAddress === v1),
    ]);
    const everyone = await getAllAllianceDelegations(reader, { pageSize: 2n });
    expect(everyone.filter((d) => d.delegatorAddress === address)).toHaveLength(2);
    const one = await getAllianceDelegation(reader, { delegator: address, validator: v0!, denom: ST_ATOM });
    expect(one).toEqual(mine.find((d) => d.validatorAddress === v0));
    expect(
      await getIbcAllianceDelegation(reader, { delegator: address, validator: v0!, hash: ST_ATOM.slice(4) }),
    ).toEqual(one);
    const none = await getAllianceDelegation(reader, { delegator: address, validator: v1!, denom: Q_ATOM });
    expect(none).toMatchObject({ delegatorAddress: address, validatorAddress: v1, denom: Q_ATOM, balance: 0n });
    expect(none.shares.isZero()).toBe(true);

    const v0Info = await getAllianceValidator(reader, { validator: v0! });
    expect(v0Info.validatorAddress).toBe(v0);
    expect(v0Info.totalStaked[ST_ATOM]!.gte(Dec.fromInt(50_000_000n))).toBe(true);
    const all = await getAllianceValidators(reader, { pageSize: 1n });
    expect(all.find((v) => v.validatorAddress === v0)).toEqual(v0Info);

    chain.control.advanceTime(600n);
    const height = BigInt(chain.chain.status().latestHeight);
    const rewards = await getAllianceRewards(reader, { delegator: address, validator: v0!, denom: ST_ATOM, height });
    expect(rewards.find((c) => c.denom === "uxprt")?.amount ?? 0n).toBeGreaterThan(0n);
    expect(
      await getIbcAllianceRewards(reader, { delegator: address, validator: v0!, hash: ST_ATOM.slice(4), height }),
    ).toEqual(rewards);
  });

  it("claimRewards pays one or many delegations in one transaction and reports each", async () => {
    const { client, address } = await freshDelegator(chain, mode);
    const [v0, v1] = validators;
    await delegate(client, { validator: v0!, amount: coin(STK_ATOM, 30_000_000n) });
    await delegate(client, { validator: v1!, amount: coin(Q_ATOM, 30_000_000n) });
    chain.control.advanceTime(900n);

    const one = await claimRewards(client, { validator: v0!, denom: STK_ATOM });
    expect(signModeAt(one.tx.hash)).toBe(expectedMode);
    expect(one.claims).toHaveLength(1);
    expect(one.claims[0]).toMatchObject({ validator: v0, denom: STK_ATOM });
    expect(one.claims[0]!.rewards.find((c) => c.denom === "uxprt")?.amount).toBeGreaterThan(0n);
    expect(one.total).toEqual(one.claims[0]!.rewards);

    chain.control.advanceTime(900n);
    const uxprtBefore = await balanceOf(address, "uxprt");
    const statuses: string[] = [];
    const many = await claimRewards(client, {
      claims: [
        { validator: v0!, denom: STK_ATOM },
        { validator: v1!, denom: Q_ATOM },
      ],
      onStatus: (status) => statuses.push(status.status),
    });
    expect(statuses.at(-1)).toBe("included");
    expect(many.tx.msgResponses).toHaveLength(2);
    expect(many.claims.map((c) => [c.validator, c.denom])).toEqual([
      [v0, STK_ATOM],
      [v1, Q_ATOM],
    ]);
    const paid = (denom: string, coins: readonly Coin[]) => coins.find((c) => c.denom === denom)?.amount ?? 0n;
    for (const claim of many.claims) expect(paid("uxprt", claim.rewards)).toBeGreaterThan(0n);
    expect(paid("uxprt", many.total)).toBe(
      paid("uxprt", many.claims[0]!.rewards) + paid("uxprt", many.claims[1]!.rewards),
    );
    const fee = paid("uxprt", many.tx.fee.amount);
    expect(await balanceOf(address, "uxprt")).toBe(uxprtBefore + paid("uxprt", many.total) - fee);
  });

  it("redelegate moves stake, and the lock shows in both redelegation queries with the same completion time", async () => {
    const { client, address } = await freshDelegator(chain, mode);
    const [v0, v1] = validators;
    await delegate(client, { validator: v0!, amount: coin(ST_ATOM, 100_000_000n) });
    chain.control.advanceTime(60n);

    const result = await redelegate(client, {
      srcValidator: v0!,
      dstValidator: v1!,
      amount: coin(ST_ATOM, 40_000_000n),
    });

    expect(signModeAt(result.tx.hash)).toBe(expectedMode);
    expect(result).toMatchObject({
      delegator: address,
      srcValidator: v0,
      dstValidator: v1,
      amount: coin(ST_ATOM, 40_000_000n),
    });
    expect(result.completionTime).toEqual(allianceTimeAdd(await blockTime(result.tx.height), await unbondingTime()));
    expect(result.claimedRewards.find((c) => c.denom === "uxprt")?.amount).toBeGreaterThan(0n);
    const lock = {
      delegatorAddress: address,
      srcValidatorAddress: v0,
      dstValidatorAddress: v1,
      balance: coin(ST_ATOM, 40_000_000n),
      completionTime: result.completionTime,
    };
    expect(await getAllianceRedelegations(reader, { delegator: address, denom: ST_ATOM })).toEqual([lock]);
    expect(await getAllianceRedelegationsByDelegator(reader, { delegator: address })).toEqual([lock]);
    expect((await getAllianceDelegation(reader, { delegator: address, validator: v1!, denom: ST_ATOM })).balance).toBe(
      40_000_000n,
    );
  });

  it("undelegate queues the tokens, shows them in the three unbonding queries, and pays them at completion", async () => {
    const { client, address } = await freshDelegator(chain, mode);
    const [, , v2] = validators;
    await delegate(client, { validator: v2!, amount: coin(Q_ATOM, 100_000_000n) });

    const result = await undelegate(client, { validator: v2!, amount: coin(Q_ATOM, 30_000_000n) });

    expect(signModeAt(result.tx.hash)).toBe(expectedMode);
    expect(result).toMatchObject({ delegator: address, validator: v2, amount: coin(Q_ATOM, 30_000_000n) });
    const completion = allianceTimeAdd(await blockTime(result.tx.height), await unbondingTime());
    expect(result.completionTime).toEqual(completion);
    const entry = { validatorAddress: v2, denom: Q_ATOM, amount: 30_000_000n, completionTime: completion };
    expect(await getAllianceUnbondings(reader, { delegator: address, validator: v2!, denom: Q_ATOM })).toEqual([entry]);
    expect(await getAllianceUnbondingsByDenom(reader, { delegator: address, denom: Q_ATOM })).toEqual([entry]);
    expect(await getAllianceUnbondingsByDelegator(reader, { delegator: address })).toEqual([entry]);

    const before = await balanceOf(address, Q_ATOM);
    chain.control.advanceTime((await unbondingTime()).seconds + 1n);
    expect(await balanceOf(address, Q_ATOM)).toBe(before + 30_000_000n);
    expect(await getAllianceUnbondingsByDelegator(reader, { delegator: address })).toEqual([]);
  });
});
