// x/liquidstake (stkXPRT) end to end on the default devnet through unmodified cosmjs clients: every Msg in both
// sign modes, every query over abci_query and REST, the amounts checked against @persistence-sdk/core on the
// queried state, failures with the Go codes and no state change, the user-owned 21-day unbondings and the hourly
// autocompound.
import { fromBinary } from "@bufbuild/protobuf";
import { QueryClient, setupStakingExtension } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import {
  Dec,
  liquidStakeDelegationAmounts,
  liquidStakeMintAmount,
  liquidUnstakeAmounts,
  nativeTokenToStkXprt,
} from "@persistence-sdk/core";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import {
  MsgLiquidStakeSchema,
  MsgLiquidUnstakeResponseSchema,
  MsgLiquidUnstakeSchema,
  MsgSetModulePausedSchema,
  MsgStakeToLPSchema,
  MsgUpdateParamsSchema,
  MsgUpdateWhitelistedValidatorsSchema,
  type NetAmountState,
  type Params,
  Query,
  ValidatorStatus,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_ATOM } from "../../genesis/devnet-assets.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import type { LooseJson } from "../../testing/loose-json.test-support.js";
import { convertBech32 } from "../staking/addresses.js";
import { liquidStakeDummyFeeAddress, liquidStakeProxyAddress, wasmContractAddress } from "./addresses.js";
import {
  AbciQuerier,
  codespaceOf,
  eventOf,
  eventsOf,
  msg,
  type PstakeSigner,
  pstakeSigner,
  snapshotJson,
} from "./pstake.test-support.js";

const VALIDATORS = DEVNET.validatorOperators.map((o) => convertBech32(o.address, DEVNET.prefixes.validator));
const PROXY = liquidStakeProxyAddress();
const LP_CONTRACT = wasmContractAddress("persistence", 1n, 1n);
const FEE_ACCOUNT = liquidStakeDummyFeeAddress();
const STK = "stk/uxprt";

let served: RunningMockChain;
let q: AbciQuerier;
let authority: PstakeSigner;
let authorityAmino: PstakeSigner;
let alice: PstakeSigner; // account 2, direct
let bob: PstakeSigner; // account 3, amino

beforeAll(async () => {
  served = await startMockChain();
  q = await AbciQuerier.connect(served.rpcUrl);
  [authority, authorityAmino, alice, bob] = await Promise.all([
    pstakeSigner(served.rpcUrl, 10, "direct"),
    pstakeSigner(served.rpcUrl, 10, "amino"),
    pstakeSigner(served.rpcUrl, 2, "direct"),
    pstakeSigner(served.rpcUrl, 3, "amino"),
  ]);
});

afterAll(async () => {
  for (const signer of [authority, authorityAmino, alice, bob]) signer?.client.disconnect();
  await served?.stop();
});

async function states(): Promise<NetAmountState> {
  return (await q.query(Query.method.states, {})).netAmountState!;
}

async function params(): Promise<Params> {
  return (await q.query(Query.method.params, {})).params!;
}

async function balance(address: string, denom: string): Promise<bigint> {
  return BigInt((await q.query(BankQuery.method.balance, { address, denom })).balance?.amount ?? "0");
}

/** The module's state a failed tx must leave alone (pending rewards accrue every block, so they are left out). */
async function moduleState(addresses: readonly string[]): Promise<string> {
  const { totalRemainingRewards: _, ...nas } = await states();
  const validators = (await q.query(Query.method.liquidValidators, {})).liquidValidators;
  const balances = await Promise.all(addresses.map((a) => balance(a, STK)));
  return snapshotJson({ nas, validators, params: await params(), balances });
}

function supplyState(nas: NetAmountState) {
  return { stkxprtTotalSupply: BigInt(nas.stkxprtTotalSupply), netAmount: Dec.fromProto(nas.netAmount) };
}

async function liquidTokensByValidator(): Promise<Map<string, bigint>> {
  const { liquidValidators } = await q.query(Query.method.liquidValidators, {});
  return new Map(liquidValidators.map((v) => [v.operatorAddress, BigInt(v.liquidTokens)]));
}

describe("x/liquidstake genesis and queries", () => {
  it("starts with account 1's 10,000 XPRT liquid stake behind four whitelisted validators at 2500", async () => {
    const p = await params();
    expect(p.liquidBondDenom).toBe(STK);
    expect(p.whitelistedValidators.map((w) => [w.validatorAddress, w.targetWeight])).toEqual(
      VALIDATORS.map((v) => [v, "2500"]),
    );
    expect(p.minLiquidStakeAmount).toBe("1000");
    expect(Dec.fromProto(p.autocompoundFeeRate).toString()).toBe("0.050000000000000000");
    expect(p.whitelistAdminAddress).toBe(DEVNET.authority.address);
    expect(p.cwLockedPoolAddress).toBe(LP_CONTRACT);
    expect(p.feeAccountAddress).toBe(FEE_ACCOUNT);
    expect(p.modulePaused).toBe(false);

    expect(PROXY).toBe("persistence19zwggtdgaspa9tje6mxdap9xjpc4rayf3nd6dt5g3lwkx4y7z6dqmj3hnc");
    expect(await balance(DEVNET.accounts[1]!.address, STK)).toBe(10_000_000_000n);
    const nas = await states();
    expect(nas.stkxprtTotalSupply).toBe("10000000000");
    expect(BigInt(nas.totalLiquidTokens)).toBeGreaterThanOrEqual(10_000_000_000n);
    expect(nas.proxyAccBalance).toBe("0");
    expect(nas.totalUnbondingBalance).toBe("0");

    const { liquidValidators } = await q.query(Query.method.liquidValidators, {});
    expect(liquidValidators.map((v) => v.operatorAddress).sort()).toEqual([...VALIDATORS].sort());
    for (const v of liquidValidators) {
      expect(v.weight).toBe("2500");
      expect(v.status).toBe(ValidatorStatus.ACTIVE);
      expect(BigInt(v.liquidTokens)).toBeGreaterThanOrEqual(2_500_000_000n);
    }
  });

  it("serves params, validators and states over REST with decimal LegacyDecs", async () => {
    const get = async (path: string) => (await (await fetch(`${served.restUrl}${path}`)).json()) as LooseJson;
    const p = await get("/pstake/liquidstake/v1beta1/params");
    expect(p.params.liquid_bond_denom).toBe(STK);
    expect(p.params.autocompound_fee_rate).toBe("0.050000000000000000");
    expect(p.params.whitelisted_validators).toHaveLength(4);
    const s = await get("/pstake/liquidstake/v1beta1/states");
    expect(s.net_amount_state.mint_rate).toMatch(/^0\.\d{18}$|^1\.000000000000000000$/);
    expect(s.net_amount_state.stkxprt_total_supply).toBe((await states()).stkxprtTotalSupply);
    const v = await get("/pstake/liquidstake/v1beta1/validators");
    expect(v.liquid_validators).toHaveLength(4);
    expect(v.liquid_validators[0].status).toBe("VALIDATOR_STATUS_ACTIVE");
  });
});

describe("MsgLiquidStake", () => {
  it("mints core's amount on the state before, splits the delegation by weight (direct)", async () => {
    const amount = 5_000_000_000n;
    const before = await states();
    const tokensBefore = await liquidTokensByValidator();
    const stkBefore = await balance(alice.address, STK);
    const expected = liquidStakeMintAmount({ amount, ...supplyState(before) });

    const result = await alice.send([
      msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: "uxprt", amount: `${amount}` } }),
    ]);
    expect(result.code).toBe(0);
    expect(await balance(alice.address, STK)).toBe(stkBefore + expected);
    expect(eventOf(result, "liquid_stake")).toEqual({
      delegator: alice.address,
      liquid_amount: `${amount}uxprt`,
      stkxprt_minted_amount: `${expected}${STK}`,
      c_value: Dec.fromInt(expected).quo(Dec.fromInt(amount)).toString(),
      msg_index: "0",
    });
    expect(eventsOf(result, "message").some((e) => e.module === "liquidstake")).toBe(true);
    expect(eventsOf(result, "delegate").filter((e) => e.delegator === PROXY)).toHaveLength(4);

    const after = await states();
    expect(BigInt(after.stkxprtTotalSupply)).toBe(BigInt(before.stkxprtTotalSupply) + expected);
    const { liquidValidators } = await q.query(Query.method.liquidValidators, {});
    const parts = liquidStakeDelegationAmounts(
      amount,
      liquidValidators.map(() => 2500n),
    );
    liquidValidators.forEach((v, i) => {
      expect(BigInt(v.liquidTokens) - tokensBefore.get(v.operatorAddress)!).toBe(parts[i]);
    });
  });

  it("works in SIGN_MODE_LEGACY_AMINO_JSON", async () => {
    const amount = 1_234_567n;
    const before = await states();
    const expected = liquidStakeMintAmount({ amount, ...supplyState(before) });
    const stkBefore = await balance(bob.address, STK);
    const result = await bob.send([
      msg(MsgLiquidStakeSchema, { delegatorAddress: bob.address, amount: { denom: "uxprt", amount: `${amount}` } }),
    ]);
    expect(result.code).toBe(0);
    expect(await balance(bob.address, STK)).toBe(stkBefore + expected);
  });

  it("refuses amounts below the minimum, other denoms and zero, leaving the state as it was", async () => {
    const cases = [
      {
        amount: { denom: "uxprt", amount: "999" },
        codespace: "liquidstake",
        code: 7,
        log: /staking amount should be over params.min_liquid_stake_amount$/,
      },
      {
        amount: { denom: DEVNET_ATOM.denom, amount: "5000" },
        codespace: "liquidstake",
        code: 4,
        log: new RegExp(`invalid coin denomination: got ${DEVNET_ATOM.denom}, expected uxprt: invalid bond denom$`),
      },
      {
        amount: { denom: "uxprt", amount: "0" },
        codespace: "sdk",
        code: 18,
        log: /staking amount must not be zero: invalid request$/,
      },
    ];
    for (const c of cases) {
      const before = await moduleState([alice.address]);
      const result = await alice.send([
        msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: c.amount }),
      ]);
      expect(result.code).toBe(c.code);
      expect(result.rawLog).toMatch(c.log);
      expect(await moduleState([alice.address])).toBe(before);
    }
    expect(
      (
        await alice.send([
          msg(MsgLiquidStakeSchema, {
            delegatorAddress: alice.address,
            amount: { denom: "uxprt", amount: "1000000000000000" },
          }),
        ])
      ).rawLog,
    ).toMatch(/insufficient funds$/);
  });
});

describe("MsgLiquidUnstake", () => {
  it("burns stkXPRT and hands the user 21-day x/staking unbondings worth core's amounts (direct)", async () => {
    const amount = 1_000_000_000n;
    const before = await states();
    const { liquidValidators } = await q.query(Query.method.liquidValidators, {});
    const expected = liquidUnstakeAmounts({
      amount,
      ...supplyState(before),
      unstakeFeeRate: Dec.ZERO,
      liquidTokens: liquidValidators.map((v) => BigInt(v.liquidTokens)),
      proxyAccBalance: BigInt(before.proxyAccBalance),
    });
    const stkBefore = await balance(alice.address, STK);
    const uxprtBefore = await balance(alice.address, "uxprt");

    const result = await alice.send([
      msg(MsgLiquidUnstakeSchema, { delegatorAddress: alice.address, amount: { denom: STK, amount: `${amount}` } }),
    ]);
    expect(result.code).toBe(0);
    expect(await balance(alice.address, STK)).toBe(stkBefore - amount);
    expect(BigInt((await states()).stkxprtTotalSupply)).toBe(BigInt(before.stkxprtTotalSupply) - amount);

    const response = fromBinary(MsgLiquidUnstakeResponseSchema, result.msgResponses[0]!.value);
    const block = served.chain.block(BigInt(result.height));
    const completionNs = block!.header.timeNs + 1_814_400n * 1_000_000_000n;
    expect(response.completionTime?.seconds).toBe(completionNs / 1_000_000_000n);

    const event = eventOf(result, "liquid_unstake")!;
    expect(event.unstake_amount).toBe(`${amount}${STK}`);
    expect(event.unbonding_amount).toBe(`${expected.unbondingAmount}uxprt`);
    expect(event.unbonded_amount).toBe("0uxprt");
    expect(event.completion_time).toBe(new Date(Number(completionNs / 1_000_000n)).toISOString().replace(".000", ""));

    // The unbondings are the user's own, in x/staking.
    const comet = await Comet38Client.connect(served.rpcUrl);
    const staking = QueryClient.withExtensions(comet, setupStakingExtension).staking;
    const { unbondingResponses } = await staking.delegatorUnbondingDelegations(alice.address);
    const byValidator = new Map(
      unbondingResponses.map((u) => [u.validatorAddress, u.entries.reduce((s, e) => s + BigInt(e.balance), 0n)]),
    );
    liquidValidators.forEach((v, i) => {
      expect(byValidator.get(v.operatorAddress) ?? 0n).toBe(expected.unbondingAmounts[i]);
    });
    expect([...byValidator.values()].reduce((a, b) => a + b, 0n)).toBe(expected.unbondingAmount);
    // Not the proxy's: NetAmount has no unbonding balance.
    expect((await states()).totalUnbondingBalance).toBe("0");

    const feesPaid = uxprtBefore - (await balance(alice.address, "uxprt"));
    served.control.advanceTime(1_814_400n);
    expect(await balance(alice.address, "uxprt")).toBe(uxprtBefore - feesPaid + expected.unbondingAmount);
    const { unbondingResponses: left } = await staking.delegatorUnbondingDelegations(alice.address);
    expect(left).toHaveLength(0);
    comet.disconnect();
  });

  it("works in SIGN_MODE_LEGACY_AMINO_JSON and refuses bad denoms, too much and missing stkXPRT", async () => {
    const ok = await bob.send([
      msg(MsgLiquidUnstakeSchema, { delegatorAddress: bob.address, amount: { denom: STK, amount: "500000" } }),
    ]);
    expect(ok.code).toBe(0);
    expect(eventOf(ok, "liquid_unstake")?.delegator).toBe(bob.address);

    const supply = BigInt((await states()).stkxprtTotalSupply);
    const carol = await pstakeSigner(served.rpcUrl, 4, "direct");
    const cases = [
      {
        who: bob,
        amount: { denom: "uxprt", amount: "5000" },
        code: 5,
        log: /expected stk\/uxprt: invalid liquid bond denom$/,
      },
      { who: bob, amount: { denom: STK, amount: `${supply + 1n}` }, code: 8, log: /invalid liquid bond denom supply$/ },
      {
        who: carol,
        amount: { denom: STK, amount: "5000" },
        code: 5,
        log: /spendable balance 0stk\/uxprt is smaller than 5000stk\/uxprt: insufficient funds$/,
      },
    ];
    for (const c of cases) {
      const before = await moduleState([c.who.address]);
      const result = await c.who.send([
        msg(MsgLiquidUnstakeSchema, { delegatorAddress: c.who.address, amount: c.amount }),
      ]);
      expect(result.code).toBe(c.code);
      expect(result.rawLog).toMatch(c.log);
      expect(await moduleState([c.who.address])).toBe(before);
    }
    carol.client.disconnect();
  });
});

describe("hourly autocompound", () => {
  it("restakes the proxy's rewards with the 5% fee, lowering the mint rate", async () => {
    served.control.mine(30);
    const before = await states();
    const feeBefore = await balance(FEE_ACCOUNT, "uxprt");
    served.control.advanceTime(3_600n);
    const height = served.chain.block()!.header.height;
    const events = served.chain
      .blockResults(height)!
      .finalizeBlockEvents.filter((e) => e.type === "autocompound")
      .map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
    expect(events).toHaveLength(1);
    const { delegator, amount, autocompound_fee } = events[0]!;
    expect(delegator).toBe(PROXY);
    const fee = BigInt(autocompound_fee!.replace("uxprt", ""));
    const delegated = BigInt(amount!);
    expect(delegated).toBeGreaterThan(0n);
    // fee = TruncateInt(0.05 × (restaked + fee)), the rest delegated.
    expect(fee).toBe(
      Dec.fromString("0.05")
        .mulInt(delegated + fee)
        .truncateInt(),
    );
    expect(await balance(FEE_ACCOUNT, "uxprt")).toBe(feeBefore + fee);

    const after = await states();
    expect(after.stkxprtTotalSupply).toBe(before.stkxprtTotalSupply);
    expect(BigInt(after.totalLiquidTokens)).toBe(BigInt(before.totalLiquidTokens) + delegated);
    expect(Dec.fromProto(after.mintRate).lt(Dec.fromProto(before.mintRate))).toBe(true);
  });

  it("the autocompound control runs one at once", async () => {
    served.control.mine(10);
    const result = served.control.invoke("liquidstake/autocompound", {}) as {
      mintRateBefore: string;
      mintRateAfter: string;
    };
    expect(Dec.fromString(result.mintRateAfter).lt(Dec.fromString(result.mintRateBefore))).toBe(true);
  });
});

describe("MsgStakeToLP", () => {
  it("moves an existing delegation to the proxy and locks the minted stkXPRT (and a liquid part) in the LP contract", async () => {
    const dave = await pstakeSigner(served.rpcUrl, 5, "direct");
    const delegated = await dave.client.delegateTokens(
      dave.address,
      VALIDATORS[0]!,
      { denom: "uxprt", amount: "2000000000" },
      { amount: [{ denom: "uxprt", amount: "100000" }], gas: "4000000" },
    );
    expect(delegated.code).toBe(0);
    const before = await states();
    const staked = 1_000_000_000n;
    const liquid = 500_000_000n;
    const minted = nativeTokenToStkXprt({ amount: staked, ...supplyState(before) });
    const lockedBefore = await balance(LP_CONTRACT, STK);

    const result = await dave.send([
      msg(MsgStakeToLPSchema, {
        delegatorAddress: dave.address,
        validatorAddress: VALIDATORS[0]!,
        stakedAmount: { denom: "uxprt", amount: `${staked}` },
        liquidAmount: { denom: "uxprt", amount: `${liquid}` },
      }),
    ]);
    expect(result.code).toBe(0);
    const [first, second] = eventsOf(result, "stake_to_lp");
    expect(first).toMatchObject({
      delegator: dave.address,
      staked_amount: `${staked}uxprt`,
      stkxprt_minted_amount: `${minted}${STK}`,
    });
    const mintedLiquid = BigInt(second!.stkxprt_minted_amount!.replace(STK, ""));
    expect(second).toMatchObject({ liquid_amount: `${liquid}uxprt` });
    const afterFirst = {
      stkxprtTotalSupply: BigInt(before.stkxprtTotalSupply) + minted,
      netAmount: Dec.fromProto(before.netAmount).add(Dec.fromInt(staked)),
    };
    expect(mintedLiquid).toBe(liquidStakeMintAmount({ amount: liquid, ...afterFirst }));

    expect(await balance(LP_CONTRACT, STK)).toBe(lockedBefore + minted + mintedLiquid);
    expect(await balance(dave.address, STK)).toBe(0n);
    expect(eventsOf(result, "execute").map((e) => e._contract_address)).toEqual([LP_CONTRACT, LP_CONTRACT]);
    const remaining = await dave.client.getDelegation(dave.address, VALIDATORS[0]!);
    expect(remaining?.amount).toBe("1000000000");

    // SIGN_MODE_LEGACY_AMINO_JSON, without a liquid part: one stake_to_lp event.
    const daveAmino = await pstakeSigner(served.rpcUrl, 5, "amino");
    const amino = await daveAmino.send([
      msg(MsgStakeToLPSchema, {
        delegatorAddress: dave.address,
        validatorAddress: VALIDATORS[0]!,
        stakedAmount: { denom: "uxprt", amount: "100000000" },
      }),
    ]);
    expect(amino.code).toBe(0);
    expect(eventsOf(amino, "stake_to_lp")).toHaveLength(1);
    daveAmino.client.disconnect();

    // Without a delegation to hand over, tokenizing fails.
    const none = await dave.send([
      msg(MsgStakeToLPSchema, {
        delegatorAddress: dave.address,
        validatorAddress: VALIDATORS[1]!,
        stakedAmount: { denom: "uxprt", amount: "5000" },
      }),
    ]);
    expect(none.code).toBe(16);
    expect(none.rawLog).toMatch(/LSM tokenization failed$/);
    dave.client.disconnect();
  });
});

describe("governance messages", () => {
  it("MsgUpdateParams: the authority changes the updatable fields (amino); others are refused", async () => {
    const current = await params();
    const refused = await alice.send([
      msg(MsgUpdateParamsSchema, {
        authority: alice.address,
        params: { ...current, unstakeFeeRate: Dec.fromString("0.01").toProto() },
      }),
    ]);
    expect(refused.code).toBe(24);
    expect(codespaceOf(served.chain, refused)).toBe("sdk");
    expect(refused.rawLog).toContain(`invalid authority; expected ${DEVNET.authority.address}, got ${alice.address}`);

    const invalid = await authority.send([
      msg(MsgUpdateParamsSchema, {
        authority: authority.address,
        params: { ...current, unstakeFeeRate: Dec.fromString("2").toProto() },
      }),
    ]);
    expect(codespaceOf(served.chain, invalid)).toBe("undefined");
    expect(invalid.code).toBe(1);
    expect(invalid.rawLog).toMatch(/unstake fee rate too large: 2\.000000000000000000$/);

    const updated = await authorityAmino.send([
      msg(MsgUpdateParamsSchema, {
        authority: authorityAmino.address,
        params: {
          ...current,
          unstakeFeeRate: Dec.fromString("0.01").toProto(),
          minLiquidStakeAmount: "2000",
          modulePaused: true,
        },
      }),
    ]);
    expect(updated.code).toBe(0);
    expect(eventOf(updated, "update_params")?.authority).toBe(DEVNET.authority.address);
    const p = await params();
    expect(Dec.fromProto(p.unstakeFeeRate).toString()).toBe("0.010000000000000000");
    expect(p.minLiquidStakeAmount).toBe("2000");
    expect(p.modulePaused).toBe(false); // not updatable through MsgUpdateParams

    // The unstake fee now stays in NetAmount.
    const before = await states();
    const { liquidValidators } = await q.query(Query.method.liquidValidators, {});
    const expected = liquidUnstakeAmounts({
      amount: 100_000_000n,
      ...supplyState(before),
      unstakeFeeRate: Dec.fromString("0.01"),
      liquidTokens: liquidValidators.map((v) => BigInt(v.liquidTokens)),
    });
    const unstaked = await alice.send([
      msg(MsgLiquidUnstakeSchema, { delegatorAddress: alice.address, amount: { denom: STK, amount: "100000000" } }),
    ]);
    expect(eventOf(unstaked, "liquid_unstake")?.unbonding_amount).toBe(`${expected.unbondingAmount}uxprt`);

    const low = await alice.send([
      msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: "uxprt", amount: "1999" } }),
    ]);
    expect(low.code).toBe(7);
    expect(
      (await authority.send([msg(MsgUpdateParamsSchema, { authority: authority.address, params: current })])).code,
    ).toBe(0);
  });

  it("MsgUpdateWhitelistedValidators: weights must add up to 10000 and name bonded validators", async () => {
    const weights = ["4000", "2000", "2000", "2000"];
    const list = (w: readonly string[], vals = VALIDATORS) =>
      vals.map((validatorAddress, i) => ({ validatorAddress, targetWeight: w[i]! }));
    const bad = [
      {
        list: list(["4000", "2000", "2000", "1000"]),
        log: /weights don't add up; expected 10000, got 9000: whitelisted validators list incorrect$/,
      },
      {
        list: list(weights, [
          ...VALIDATORS.slice(0, 3),
          convertBech32(DEVNET.accounts[0]!.address, DEVNET.prefixes.validator),
        ]),
        log: /validator not found: persistencevaloper1.*: whitelisted validators list incorrect$/,
      },
    ];
    for (const b of bad) {
      const before = snapshotJson(await params());
      const result = await authority.send([
        msg(MsgUpdateWhitelistedValidatorsSchema, { authority: authority.address, whitelistedValidators: b.list }),
      ]);
      expect(result.code).toBe(19);
      expect(result.rawLog).toMatch(b.log);
      expect(snapshotJson(await params())).toBe(before);
    }
    const notAdmin = await alice.send([
      msg(MsgUpdateWhitelistedValidatorsSchema, { authority: alice.address, whitelistedValidators: list(weights) }),
    ]);
    expect(notAdmin.code).toBe(24);

    const ok = await authorityAmino.send([
      msg(MsgUpdateWhitelistedValidatorsSchema, {
        authority: authorityAmino.address,
        whitelistedValidators: list(weights),
      }),
    ]);
    expect(ok.code).toBe(0);
    expect(eventOf(ok, "update_whitelisted_validators")?.updated_whitelisted_validators).toBe(
      JSON.stringify(
        list(weights).map((w) => ({ validator_address: w.validatorAddress, target_weight: w.targetWeight })),
      ),
    );

    // The next stake follows the new weights, in liquid validator order.
    const before = await liquidTokensByValidator();
    const stake = await alice.send([
      msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: "uxprt", amount: "1000000000" } }),
    ]);
    expect(stake.code).toBe(0);
    const { liquidValidators } = await q.query(Query.method.liquidValidators, {});
    const weightOf = new Map(list(weights).map((w) => [w.validatorAddress, BigInt(w.targetWeight)]));
    const parts = liquidStakeDelegationAmounts(
      1_000_000_000n,
      liquidValidators.map((v) => weightOf.get(v.operatorAddress)!),
    );
    liquidValidators.forEach((v, i) => {
      expect(v.weight).toBe(`${weightOf.get(v.operatorAddress)}`);
      expect(BigInt(v.liquidTokens) - before.get(v.operatorAddress)!).toBe(parts[i]);
    });
  });

  it("MsgSetModulePaused stops liquid stake, unstake and StakeToLP with code 21 until unpaused", async () => {
    const paused = await authority.send([
      msg(MsgSetModulePausedSchema, { authority: authority.address, isPaused: true }),
    ]);
    expect(paused.code).toBe(0);
    expect(eventOf(paused, "set_module_paused")).toMatchObject({ authority: authority.address, module_paused: "true" });
    const before = await moduleState([alice.address]);
    const attempts = [
      msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: "uxprt", amount: "5000" } }),
      msg(MsgLiquidUnstakeSchema, { delegatorAddress: alice.address, amount: { denom: STK, amount: "5000" } }),
      msg(MsgStakeToLPSchema, {
        delegatorAddress: alice.address,
        validatorAddress: VALIDATORS[0]!,
        stakedAmount: { denom: "uxprt", amount: "5000" },
      }),
    ];
    for (const attempt of attempts) {
      const result = await alice.send([attempt]);
      expect(result.code).toBe(21);
      expect(result.rawLog).toMatch(/module functions have been paused$/);
    }
    const { totalRemainingRewards: _, ...now } = await states();
    expect(await moduleState([alice.address])).toBe(before);
    expect(now.stkxprtTotalSupply).toBeDefined();
    expect(
      (
        await authorityAmino.send([
          msg(MsgSetModulePausedSchema, { authority: authorityAmino.address, isPaused: false }),
        ])
      ).code,
    ).toBe(0);
    expect((await params()).modulePaused).toBe(false);
  });
});
