// x/liquidstakeibc (stkATOM) end to end on the default devnet through unmodified cosmjs clients: every Msg in both
// sign modes, every query over abci_query (and some over REST), amounts checked against @persistence-sdk/core on
// the queried state, the deposit → delegation → rewards → unbonding → claim life cycle on the simulated
// cosmoshub-4, failures with the Go codes and no state change, and the inactive host chain.
import { create } from "@bufbuild/protobuf";
import { toBech32 } from "@cosmjs/encoding";
import {
  Dec,
  liquidStakeIbcCurrentUnbondingEpoch,
  liquidStakeIbcCValue,
  liquidStakeIbcLsmMintAmounts,
  liquidStakeIbcMintAmounts,
  liquidStakeIbcRedeemAmounts,
  liquidStakeIbcRestakeAmounts,
  liquidStakeIbcUnstakeAmounts,
} from "@persistence-sdk/core";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import {
  Deposit_DepositState,
  type HostChain,
  KVUpdateSchema,
  LSMDeposit_LSMDepositState,
  MsgLiquidStakeLSMSchema,
  MsgLiquidStakeSchema,
  MsgLiquidUnstakeSchema,
  MsgRedeemSchema,
  MsgRegisterHostChainSchema,
  MsgUpdateHostChainSchema,
  MsgUpdateParamsSchema,
  Query,
  Unbonding_UnbondingState,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_ATOM, DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import type { LooseJson } from "../../testing/loose-json.test-support.js";
import {
  AbciQuerier,
  codespaceOf,
  eventOf,
  msg,
  type PstakeSigner,
  pstakeSigner,
  snapshotJson,
} from "../liquidstake/pstake.test-support.js";
import { devnetLiquidStakeIbcFeeAddress } from "./genesis.js";

const CHAIN = "cosmoshub-4";
const ATOM = DEVNET_ATOM.denom;
const STK = "stk/uatom";
const FEE_ADDRESS = devnetLiquidStakeIbcFeeAddress();

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

async function hostChain(chainId = CHAIN): Promise<HostChain> {
  return (await q.query(Query.method.hostChain, { chainId })).hostChain!;
}

async function balance(address: string, denom: string): Promise<bigint> {
  return BigInt((await q.query(BankQuery.method.balance, { address, denom })).balance?.amount ?? "0");
}

async function supply(denom: string): Promise<bigint> {
  return BigInt((await q.query(BankQuery.method.supplyOf, { denom })).amount?.amount ?? "0");
}

async function deposits() {
  return (await q.query(Query.method.deposits, { chainId: CHAIN })).deposits;
}

/** The current `day` epoch: the newest deposit record's (one is created at every day epoch start). */
async function currentEpoch(): Promise<bigint> {
  let max = 0n;
  for (const deposit of await deposits()) if (deposit.epoch > max) max = deposit.epoch;
  return max;
}

function totalDelegations(hc: HostChain): bigint {
  return hc.validators.reduce((sum, v) => sum + BigInt(v.delegatedAmount), 0n);
}

const dec = (atomics: string) => Dec.fromProto(atomics);

/**
 * Restarts the `day` and `hour` epochs now, so that no epoch boundary (with its c-value update and workflows) falls
 * between a "before" snapshot and a failed tx a few blocks later.
 */
function calmEpochs(): void {
  served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "day" });
  served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "hour" });
}

/** Everything of the module (and `addresses`' balances) that a failed message must leave alone. */
async function moduleState(addresses: readonly string[]): Promise<string> {
  const balances = await Promise.all(addresses.flatMap((a) => [balance(a, STK), balance(a, ATOM)]));
  return snapshotJson({
    chains: (await q.query(Query.method.hostChains, {})).hostChains,
    deposits: await deposits(),
    unbondings: (await q.query(Query.method.unbondings, { chainId: CHAIN })).unbondings,
    users: (await q.query(Query.method.hostChainUserUnbondings, { chainId: CHAIN })).userUnbondings,
    lsm: (await q.query(Query.method.lSMDeposits, { chainId: CHAIN })).deposits,
    stk: await supply(STK),
    balances,
  });
}

async function updateHostChain(signer: PstakeSigner, updates: [string, string][], chainId = CHAIN) {
  return signer.send([
    msg(MsgUpdateHostChainSchema, {
      authority: signer.address,
      chainId,
      updates: updates.map(([key, value]) => create(KVUpdateSchema, { key, value })),
    }),
  ]);
}

describe("genesis and queries", () => {
  it("registers cosmoshub-4 with host books backing the stkATOM supply at c-value 0.8", async () => {
    const hc = await hostChain();
    expect(hc.chainId).toBe(CHAIN);
    expect(hc.hostDenom).toBe("uatom");
    expect(hc.connectionId).toBe("connection-0");
    expect(hc.channelId).toBe("channel-0");
    expect(hc.portId).toBe("transfer");
    expect(hc.active).toBe(true);
    expect(hc.flags?.lsm).toBe(true);
    expect(hc.unbondingFactor).toBe(4n);
    expect(dec(hc.autoCompoundFactor).toString()).toBe(Dec.fromInt(20n).quoInt(100n).quoInt(365n).toString());
    expect(hc.validators).toHaveLength(4);
    expect(hc.validators.every((v) => dec(v.weight).toString() === "0.250000000000000000")).toBe(true);
    expect(dec(hc.cValue).toString()).toBe(DEVNET_LSTS.stkAtom.genesisRate === "0.8" ? "0.800000000000000000" : "");
    // minted stk/uatom = c-value × host-side liquid stake
    const minted = await supply(STK);
    expect(
      dec(hc.cValue).equals(liquidStakeIbcCValue({ mintedAmount: minted, liquidStakedAmount: totalDelegations(hc) })),
    ).toBe(true);
    expect(dec(hc.params!.lowerCValueLimit).lt(dec(hc.cValue))).toBe(true);
    expect(dec(hc.params!.upperCValueLimit).gt(dec(hc.cValue))).toBe(true);
    expect(hc.delegationAccount?.address).toMatch(/^cosmos1[0-9a-z]{58}$/);

    const { params } = await q.query(Query.method.params, {});
    expect(params?.adminAddress).toBe(DEVNET.authority.address);
    expect(params?.feeAddress).toBe(FEE_ADDRESS);
    expect(await balance(DEVNET.accounts[0]!.address, ATOM)).toBe(10_000_000_000n);
    expect(await balance(DEVNET.accounts[0]!.address, STK)).toBe(1_000_000_000n);

    expect((await q.query(Query.method.hostChains, {})).hostChains).toHaveLength(1);
    expect((await q.query(Query.method.exchangeRate, { chainId: CHAIN })).rate).toBe(hc.cValue);
    expect((await q.query(Query.method.depositAccountBalance, { chainId: CHAIN })).balance).toMatchObject({
      denom: ATOM,
      amount: "0",
    });
    const [deposit] = await deposits();
    expect(deposit).toMatchObject({ chainId: CHAIN, epoch: 1n, state: Deposit_DepositState.DEPOSIT_PENDING });
    expect((await q.query(Query.method.unbondings, { chainId: CHAIN })).unbondings).toEqual([]);
    expect((await q.query(Query.method.validatorUnbondings, { chainId: CHAIN })).validatorUnbondings).toEqual([]);
    expect((await q.query(Query.method.lSMDeposits, { chainId: CHAIN })).deposits).toEqual([]);
    expect((await q.query(Query.method.redelegations, { chainId: CHAIN })).redelegations).toBeUndefined();
    expect((await q.query(Query.method.redelegationTx, { chainId: CHAIN })).redelegationTx).toEqual([]);
    expect(
      (await q.query(Query.method.userUnbondings, { address: DEVNET.accounts[0]!.address })).userUnbondings,
    ).toEqual([]);
  });

  it("answers unknown chains and empty ids with the Go handlers' errors", async () => {
    await expect(q.query(Query.method.hostChain, { chainId: "nope-1" })).rejects.toThrow(
      /\(22\).*key not found: key not found/,
    );
    await expect(q.query(Query.method.deposits, { chainId: "nope-1" })).rejects.toThrow(/\(22\)/);
    await expect(q.query(Query.method.unbondings, { chainId: "" })).rejects.toThrow(
      /\(18\).*rpc error: code = InvalidArgument desc = chain_id cannot be empty/,
    );
    await expect(q.query(Query.method.unbonding, { chainId: CHAIN, epoch: 999n })).rejects.toThrow(/\(22\)/);
    await expect(q.query(Query.method.userUnbondings, { address: "" })).rejects.toThrow(/address cannot be empty/);
    await expect(q.query(Query.method.userUnbondings, { address: "cosmoshub-4" })).rejects.toThrow(/\(22\)/);
    await expect(q.query(Query.method.hostChainUserUnbondings, { chainId: "" })).rejects.toThrow(
      /chain id cannot be empty/,
    );
  });
});

describe("MsgLiquidStake", () => {
  it("mints amount × c-value with the deposit fee in stk, into the current epoch's deposit (direct)", async () => {
    const fee = await updateHostChain(authorityAmino, [["deposit_fee", "0.01"]]);
    expect(fee.code).toBe(0);
    const hc = await hostChain();
    expect(dec(hc.params!.depositFee).toString()).toBe("0.010000000000000000");

    const amount = 100_000_000n;
    const expected = liquidStakeIbcMintAmounts({
      amount,
      cValue: dec(hc.cValue),
      depositFee: dec(hc.params!.depositFee),
      minimumDeposit: BigInt(hc.minimumDeposit),
    });
    expect(expected.fee).toBeGreaterThan(0n);
    const epoch = await currentEpoch();
    const depositBefore = (await deposits()).find((d) => d.epoch === epoch)!;
    const [stkBefore, feeBefore, supplyBefore] = await Promise.all([
      balance(alice.address, STK),
      balance(FEE_ADDRESS, STK),
      supply(STK),
    ]);

    const result = await alice.send([
      msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: ATOM, amount: `${amount}` } }),
    ]);
    expect(result.code).toBe(0);
    expect(await balance(alice.address, STK)).toBe(stkBefore + expected.received);
    expect(await balance(FEE_ADDRESS, STK)).toBe(feeBefore + expected.fee);
    expect(await supply(STK)).toBe(supplyBefore + expected.mintAmount);
    const depositAfter = (await deposits()).find((d) => d.epoch === epoch)!;
    expect(BigInt(depositAfter.amount!.amount)).toBe(BigInt(depositBefore.amount!.amount) + amount);
    expect((await q.query(Query.method.depositAccountBalance, { chainId: CHAIN })).balance?.amount).toBe(
      depositAfter.amount!.amount,
    );
    expect(eventOf(result, "liquid_stake")).toEqual({
      chain_id: CHAIN,
      address: alice.address,
      input_amount: `${amount}uatom`,
      output_amount: `${expected.received}${STK}`,
      pstake_deposit_fee: `${expected.fee}${STK}`,
      msg_index: "0",
    });
  });

  it("works in SIGN_MODE_LEGACY_AMINO_JSON", async () => {
    const hc = await hostChain();
    const amount = 25_000_000n;
    const { received } = liquidStakeIbcMintAmounts({
      amount,
      cValue: dec(hc.cValue),
      depositFee: dec(hc.params!.depositFee),
      minimumDeposit: BigInt(hc.minimumDeposit),
    });
    const before = await balance(bob.address, STK);
    const result = await bob.send([
      msg(MsgLiquidStakeSchema, { delegatorAddress: bob.address, amount: { denom: ATOM, amount: `${amount}` } }),
    ]);
    expect(result.code).toBe(0);
    expect(await balance(bob.address, STK)).toBe(before + received);
  });

  it("refuses amounts below the minimum, unknown denoms and missing funds, leaving the state as it was", async () => {
    calmEpochs();
    const cases = [
      {
        amount: { denom: ATOM, amount: "9999" },
        code: 2002,
        log: /expected amount more than 10000, got 9999: deposit amount less than minimum deposit$/,
      },
      {
        amount: { denom: DEVNET_LSTS.stAtom.denom, amount: "50000" },
        code: 2001,
        log: new RegExp(
          `host chain with ibc denom ${DEVNET_LSTS.stAtom.denom} not registered: host chain not registered$`,
        ),
      },
      {
        amount: { denom: ATOM, amount: "999999999999999" },
        code: 2003,
        log: /failed to deposit tokens to module account liquidstakeibc_deposit_account: .*insufficient funds: deposit failed$/,
      },
    ];
    for (const c of cases) {
      const before = await moduleState([alice.address]);
      const result = await alice.send([
        msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: c.amount }),
      ]);
      expect(result.code).toBe(c.code);
      expect(codespaceOf(served.chain, result)).toBe("liquidstakeibc");
      expect(result.rawLog).toMatch(c.log);
      expect(await moduleState([alice.address])).toBe(before);
    }
  });
});

describe("MsgRedeem", () => {
  it("pays core's redeem amount from the current deposits, burning the stk and keeping the fee", async () => {
    calmEpochs();
    const staked = await alice.send([
      msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: ATOM, amount: "100000000" } }),
    ]);
    expect(staked.code).toBe(0);
    const hc = await hostChain();
    const amount = 10_000_000n;
    const expected = liquidStakeIbcRedeemAmounts({
      amount,
      cValue: dec(hc.cValue),
      redemptionFee: dec(hc.params!.redemptionFee),
    });
    expect(expected.fee).toBeGreaterThan(0n);
    const epoch = await currentEpoch();
    const depositBefore = BigInt((await deposits()).find((d) => d.epoch === epoch)!.amount!.amount);
    const [atomBefore, feeBefore, supplyBefore] = await Promise.all([
      balance(alice.address, ATOM),
      balance(FEE_ADDRESS, STK),
      supply(STK),
    ]);
    const result = await alice.send([
      msg(MsgRedeemSchema, { delegatorAddress: alice.address, amount: { denom: STK, amount: `${amount}` } }),
    ]);
    expect(result.code).toBe(0);
    expect(await balance(alice.address, ATOM)).toBe(atomBefore + expected.redeemAmount);
    expect(await balance(FEE_ADDRESS, STK)).toBe(feeBefore + expected.fee);
    expect(await supply(STK)).toBe(supplyBefore - expected.burnAmount);
    expect(BigInt((await deposits()).find((d) => d.epoch === epoch)!.amount!.amount)).toBe(
      depositBefore - expected.redeemAmount,
    );
    expect(eventOf(result, "redeem")).toMatchObject({
      chain_id: CHAIN,
      input_amount: `${amount}${STK}`,
      output_amount: `${expected.redeemAmount}uatom`,
      pstake_redeem_fee: `${expected.fee}${STK}`,
    });
  });

  it("refuses a redeem larger than the current deposits (2013) and leaves everything as it was", async () => {
    calmEpochs();
    const before = await moduleState([bob.address]);
    const result = await bob.send([
      msg(MsgRedeemSchema, { delegatorAddress: bob.address, amount: { denom: STK, amount: "900000000" } }),
    ]);
    expect(result.code).toBe(2013);
    expect(result.rawLog).toMatch(
      /could not adjust current deposits for redemption: an error occurred while instant redeeming tokens$/,
    );
    expect(await moduleState([bob.address])).toBe(before);
  });

  it("like Go, drains and deletes the current deposit record, so liquid stakes fail until the next day epoch", async () => {
    const snapshot = served.control.snapshot();
    try {
      // A fresh epoch (its deposit holds the day's restaked rewards), topped up to exactly what redeeming
      // `amount` pays out.
      served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "day" });
      const hc = await hostChain();
      const epoch = await currentEpoch();
      const rewards = BigInt((await deposits()).find((d) => d.epoch === epoch)!.amount!.amount);
      const amount = 400_000_000n;
      const { redeemAmount } = liquidStakeIbcRedeemAmounts({
        amount,
        cValue: dec(hc.cValue),
        redemptionFee: dec(hc.params!.redemptionFee),
      });
      const deposit = await alice.send([
        msg(MsgLiquidStakeSchema, {
          delegatorAddress: alice.address,
          amount: { denom: ATOM, amount: `${redeemAmount - rewards}` },
        }),
      ]);
      expect(deposit.code).toBe(0);
      const drained = await bob.send([
        msg(MsgRedeemSchema, { delegatorAddress: bob.address, amount: { denom: STK, amount: `${amount}` } }),
      ]);
      expect(drained.code).toBe(0);
      expect((await deposits()).find((d) => d.epoch === epoch)).toBeUndefined();
      const stake = await alice.send([
        msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: ATOM, amount: "1000000" } }),
      ]);
      expect(stake.code).toBe(2007);
      expect(stake.rawLog).toMatch(
        new RegExp(`deposit not found for chain ${CHAIN} and epoch ${epoch}: deposit record not found$`),
      );
      served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "day" });
      const again = await alice.send([
        msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: ATOM, amount: "1000000" } }),
      ]);
      expect(again.code).toBe(0);
    } finally {
      served.control.revert(snapshot);
    }
  });
});

describe("MsgLiquidUnstake and the unbonding life cycle", () => {
  it("queues core's unbond amount in the next unbonding epoch, undelegates on it, and pays after 21 days", async () => {
    expect((await updateHostChain(authority, [["unstake_fee", "0.002"]])).code).toBe(0);
    const hc = await hostChain();
    const amount = 50_000_000n;
    const expected = liquidStakeIbcUnstakeAmounts({
      amount,
      cValue: dec(hc.cValue),
      unstakeFee: dec(hc.params!.unstakeFee),
      minimumDeposit: BigInt(hc.minimumDeposit),
    });
    expect(expected.fee).toBe(100_000n);
    const epoch = liquidStakeIbcCurrentUnbondingEpoch(hc.unbondingFactor, await currentEpoch());
    const stkBefore = await balance(alice.address, STK);

    const result = await alice.send([
      msg(MsgLiquidUnstakeSchema, { delegatorAddress: alice.address, amount: { denom: STK, amount: `${amount}` } }),
    ]);
    expect(result.code).toBe(0);
    expect(await balance(alice.address, STK)).toBe(stkBefore - amount);
    expect(eventOf(result, "liquid_unstake")).toMatchObject({
      chain_id: CHAIN,
      address: alice.address,
      input_amount: `${amount}${STK}`,
      output_amount: `${expected.unbondAmount}uatom`,
      pstake_unstake_fee: `${expected.fee}${STK}`,
      undelegation_epoch: `${epoch}`,
    });
    const { userUnbondings } = await q.query(Query.method.userUnbondings, { address: alice.address });
    expect(userUnbondings).toHaveLength(1);
    expect(userUnbondings[0]).toMatchObject({
      chainId: CHAIN,
      epochNumber: epoch,
      address: alice.address,
      stkAmount: { denom: STK, amount: `${expected.unstakeAmount}` },
      unbondAmount: { denom: "uatom", amount: `${expected.unbondAmount}` },
    });
    const { unbonding } = await q.query(Query.method.unbonding, { chainId: CHAIN, epoch });
    expect(unbonding).toMatchObject({
      epochNumber: epoch,
      state: Unbonding_UnbondingState.UNBONDING_PENDING,
      burnAmount: { denom: STK, amount: `${expected.unstakeAmount}` },
      unbondAmount: { denom: "uatom", amount: `${expected.unbondAmount}` },
    });

    // Amino, same epoch: the epoch's records add up.
    const bobResult = await bob.send([
      msg(MsgLiquidUnstakeSchema, { delegatorAddress: bob.address, amount: { denom: STK, amount: "20000000" } }),
    ]);
    expect(bobResult.code).toBe(0);
    const bobExpected = liquidStakeIbcUnstakeAmounts({
      amount: 20_000_000n,
      cValue: dec(hc.cValue),
      unstakeFee: dec(hc.params!.unstakeFee),
      minimumDeposit: BigInt(hc.minimumDeposit),
    });
    const both = (await q.query(Query.method.unbonding, { chainId: CHAIN, epoch })).unbonding!;
    expect(BigInt(both.unbondAmount!.amount)).toBe(expected.unbondAmount + bobExpected.unbondAmount);
    const page = await q.query(Query.method.hostChainUserUnbondings, {
      chainId: CHAIN,
      pagination: { limit: 1n, countTotal: true },
    });
    expect(page.userUnbondings).toHaveLength(1);
    expect(page.pagination?.total).toBe(2n);
    expect(page.pagination?.nextKey.length).toBeGreaterThan(0);

    // Day epochs until the unbonding epoch has ended: the undelegation is sent, the stk burned.
    const supplyBefore = await supply(STK);
    for (let i = 0; i < 5; i++) {
      const state = (await q.query(Query.method.unbonding, { chainId: CHAIN, epoch })).unbonding!.state;
      if (state !== Unbonding_UnbondingState.UNBONDING_PENDING) break;
      served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "day" });
    }
    const maturing = (await q.query(Query.method.unbonding, { chainId: CHAIN, epoch })).unbonding!;
    expect(maturing.state).toBe(Unbonding_UnbondingState.UNBONDING_MATURING);
    expect(maturing.ibcSequenceId).toMatch(/^channel-0-sequence-\d+$/);
    const latest = served.chain.block()!.header.timeNs;
    expect(maturing.matureTime!.seconds).toBe(latest / 1_000_000_000n + 1_814_400n);
    expect(await supply(STK)).toBe(supplyBefore - expected.unstakeAmount - bobExpected.unstakeAmount);

    // 21 days later the tokens come back (CLAIMABLE) and the next block pays the users.
    const atomBefore = await balance(alice.address, ATOM);
    served.control.advanceTime(1_814_401n);
    served.control.mine(1);
    expect(await balance(alice.address, ATOM)).toBe(atomBefore + expected.unbondAmount);
    expect((await q.query(Query.method.userUnbondings, { address: alice.address })).userUnbondings).toEqual([]);
    await expect(q.query(Query.method.unbonding, { chainId: CHAIN, epoch })).rejects.toThrow(/\(22\)/);
    expect((await hostChain()).active).toBe(true);
  });

  it("refuses non-stk denoms, unknown hosts and amounts below the minimum, leaving the state as it was", async () => {
    calmEpochs();
    const cases = [
      {
        amount: { denom: ATOM, amount: "50000" },
        code: 2001,
        log: new RegExp(`could not parse chain host denom from ${ATOM}: host chain not registered$`),
      },
      {
        amount: { denom: "stk/uxprt", amount: "50000" },
        code: 2001,
        log: /host chain with host denom uxprt not registered: host chain not registered$/,
      },
      {
        amount: { denom: STK, amount: "9999" },
        code: 2002,
        log: /expected amount more than 10000, got 9999: deposit amount less than minimum deposit$/,
      },
    ];
    for (const c of cases) {
      const before = await moduleState([bob.address]);
      const result = await bob.send([msg(MsgLiquidUnstakeSchema, { delegatorAddress: bob.address, amount: c.amount })]);
      expect(result.code).toBe(c.code);
      expect(result.rawLog).toMatch(c.log);
      expect(await moduleState([bob.address])).toBe(before);
    }
  });

  it("refuses an epoch's unbondings reaching the host delegations (2012)", async () => {
    const snapshot = served.control.snapshot();
    try {
      // Fresh hour epoch first, so that no c-value update sees the extra supply before the unstake.
      served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "hour" });
      const whale = DEVNET.accounts[7]!.address;
      const hc = await hostChain();
      const huge = Dec.fromInt(totalDelegations(hc)).mul(dec(hc.cValue)).mulInt(2n).truncateInt();
      served.control.fund(whale, [{ denom: STK, amount: huge }]);
      const signer = await pstakeSigner(served.rpcUrl, 7, "direct");
      const result = await signer.send([
        msg(MsgLiquidUnstakeSchema, { delegatorAddress: whale, amount: { denom: STK, amount: `${huge}` } }),
      ]);
      expect(result.code).toBe(2012);
      expect(result.rawLog).toMatch(
        /is less than the total undelegation .* for epoch \d+: delegated amount is less than undelegation amount requested$/,
      );
      signer.client.disconnect();
    } finally {
      served.control.revert(snapshot);
    }
  });
});

describe("MsgLiquidStakeLSM", () => {
  it("takes LSM shares of a host validator at its exchange rate, then redeems them into a delegation", async () => {
    const hc = await hostChain();
    const validator = hc.validators[1]!;
    const shares = 20_000_000n;
    const minted = served.control.invoke("liquidstakeibc/mintLsmShares", {
      address: alice.address,
      chainId: CHAIN,
      validator: validator.operatorAddress,
      shares: `${shares}`,
    }) as { denom: string; baseDenom: string };
    expect(minted.denom).toMatch(/^ibc\/[0-9A-F]{64}$/);
    const expected = liquidStakeIbcLsmMintAmounts({
      lsmTokens: shares,
      exchangeRate: dec(validator.exchangeRate),
      cValue: dec(hc.cValue),
      depositFee: dec(hc.params!.depositFee),
      minimumDeposit: BigInt(hc.minimumDeposit),
    });
    const stkBefore = await balance(alice.address, STK);
    const result = await alice.send([
      msg(MsgLiquidStakeLSMSchema, {
        delegatorAddress: alice.address,
        delegations: [{ denom: minted.denom, amount: `${shares}` }],
      }),
    ]);
    expect(result.code).toBe(0);
    expect(await balance(alice.address, STK)).toBe(stkBefore + expected.received);
    expect(await balance(alice.address, minted.denom)).toBe(0n);
    expect(eventOf(result, "liquid_stake_lsm")).toMatchObject({
      chain_id: CHAIN,
      input_amount: `${expected.depositAmount}uatom`,
      output_amount: `${expected.received}${STK}`,
      pstake_deposit_fee: `${expected.fee}${STK}`,
    });
    const [deposit] = (await q.query(Query.method.lSMDeposits, { chainId: CHAIN })).deposits;
    expect(deposit).toMatchObject({
      amount: `${expected.depositAmount}`,
      denom: minted.baseDenom,
      ibcDenom: minted.denom,
      delegatorAddress: alice.address,
      state: LSMDeposit_LSMDepositState.DEPOSIT_PENDING,
    });

    // Next block: sent back to the host and redeemed into the module's delegation.
    served.control.mine(1);
    expect((await q.query(Query.method.lSMDeposits, { chainId: CHAIN })).deposits).toEqual([]);
    const after = (await hostChain()).validators.find((v) => v.operatorAddress === validator.operatorAddress)!;
    expect(BigInt(after.delegatedAmount)).toBe(BigInt(validator.delegatedAmount) + expected.depositAmount);
    expect(await supply(minted.denom)).toBe(0n);

    // The same in SIGN_MODE_LEGACY_AMINO_JSON.
    const bobShares = served.control.invoke("liquidstakeibc/mintLsmShares", {
      address: bob.address,
      chainId: CHAIN,
      validator: validator.operatorAddress,
      shares: "15000000",
    }) as { denom: string };
    const bobStk = await balance(bob.address, STK);
    const amino = await bob.send([
      msg(MsgLiquidStakeLSMSchema, {
        delegatorAddress: bob.address,
        delegations: [{ denom: bobShares.denom, amount: "15000000" }],
      }),
    ]);
    expect(amino.code).toBe(0);
    expect(await balance(bob.address, STK)).toBeGreaterThan(bobStk);
  });

  it("refuses unknown LSM denoms (2018), validators outside the set (22) and a second deposit in flight (2020)", async () => {
    calmEpochs();
    const unknown = `ibc/${"AB".repeat(32)}`;
    served.control.fund(alice.address, [{ denom: unknown, amount: 100_000_000n }]);
    const before = await moduleState([alice.address]);
    const notLsm = await alice.send([
      msg(MsgLiquidStakeLSMSchema, {
        delegatorAddress: alice.address,
        delegations: [{ denom: unknown, amount: "50000000" }],
      }),
    ]);
    expect(notLsm.code).toBe(2018);
    expect(notLsm.rawLog).toMatch(
      new RegExp(`IBC denom ${unknown} doesn't belong to a LSM token: invalid lsm token denom$`),
    );
    expect(await moduleState([alice.address])).toBe(before);

    const outsider = toBech32("cosmosvaloper", new Uint8Array(20).fill(9));
    const foreign = served.control.invoke("liquidstakeibc/mintLsmShares", {
      address: alice.address,
      chainId: CHAIN,
      validator: outsider,
      shares: "50000000",
    }) as { denom: string };
    const notInSet = await alice.send([
      msg(MsgLiquidStakeLSMSchema, {
        delegatorAddress: alice.address,
        delegations: [{ denom: foreign.denom, amount: "50000000" }],
      }),
    ]);
    expect(notInSet.code).toBe(22);
    expect(codespaceOf(served.chain, notInSet)).toBe("sdk");
    expect(notInSet.rawLog).toMatch(
      new RegExp(`validator ${outsider} is not part of the module active set for chain ${CHAIN}: key not found$`),
    );

    const hc = await hostChain();
    const twice = served.control.invoke("liquidstakeibc/mintLsmShares", {
      address: alice.address,
      chainId: CHAIN,
      validator: hc.validators[0]!.operatorAddress,
      shares: "60000000",
    }) as { denom: string; baseDenom: string };
    const part = (amount: string) =>
      msg(MsgLiquidStakeLSMSchema, { delegatorAddress: alice.address, delegations: [{ denom: twice.denom, amount }] });
    const inFlight = await alice.send([part("30000000"), part("30000000")]);
    expect(inFlight.code).toBe(2020);
    expect(inFlight.rawLog).toMatch(
      new RegExp(
        `already processing LSM deposit for token ${twice.baseDenom} and delegator ${alice.address}: already processing LSM deposit$`,
      ),
    );
  });
});

describe("rewards and the c-value", () => {
  it("restakes the host's rewards at the day epoch (restake fee to the fee address), lowering the c-value", async () => {
    served.control.mine(100);
    const before = await hostChain();
    const feeBefore = await balance(FEE_ADDRESS, ATOM);
    const state = served.control.invoke("liquidstakeibc/hostState", { chainId: CHAIN }) as { accruedRewards: string };
    expect(Dec.fromString(state.accruedRewards).isPositive()).toBe(true);
    served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "day" });
    const after = await hostChain();
    expect(dec(after.cValue).lt(dec(before.cValue))).toBe(true);
    const fee = (await balance(FEE_ADDRESS, ATOM)) - feeBefore;
    expect(fee).toBeGreaterThan(0n);
    // fee = TruncateInt(restake_fee × transfer): find the transfer in the new deposit.
    const epoch = await currentEpoch();
    const fresh = (await deposits()).find((d) => d.epoch === epoch)!;
    const transfer = BigInt(fresh.amount!.amount) + fee;
    expect(
      liquidStakeIbcRestakeAmounts({ transferAmount: transfer, restakeFee: dec(after.params!.restakeFee) }).fee,
    ).toBe(fee);
    expect(after.active).toBe(true);

    // The hourly update recomputes the limits around the new value.
    served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "hour" });
    const hourly = await hostChain();
    expect(hourly.lastCValue).toBe(after.cValue);
    expect(dec(hourly.params!.lowerCValueLimit).lt(dec(hourly.cValue))).toBe(true);
  });

  it("setHostApr 0 stops rewards: the next day epoch leaves the c-value alone", async () => {
    served.control.invoke("liquidstakeibc/setHostApr", { chainId: CHAIN, apr: "0" });
    served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "day" }); // flush what accrued before
    const before = await hostChain();
    served.control.mine(50);
    served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "day" });
    served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "hour" });
    expect((await hostChain()).cValue).toBe(before.cValue);
    served.control.invoke("liquidstakeibc/setHostApr", { chainId: CHAIN, apr: "0.15" });
  });
});

describe("REST", () => {
  it("serves the host chain and the exchange rate; the user_unbondings path reaches UserUnbondings", async () => {
    const get = async (path: string) => {
      const response = await fetch(`${served.restUrl}${path}`);
      return { status: response.status, body: (await response.json()) as LooseJson };
    };
    const hc = await get(`/pstake/liquidstakeibc/v1beta1/host_chain/${CHAIN}`);
    expect(hc.body.host_chain.c_value).toMatch(/^0\.\d{18}$/);
    expect(hc.body.host_chain.params.deposit_fee).toBe("0.010000000000000000");
    const rate = await get(`/pstake/liquidstakeibc/v1beta1/exchange_rate/${CHAIN}`);
    expect(rate.body.rate).toBe(hc.body.host_chain.c_value);
    expect((await get("/pstake/liquidstakeibc/v1beta1/host_chains")).body.host_chains).toHaveLength(1);

    // One template, two RPCs: the mock's gateway routes it to UserUnbondings (the first declared), so a chain id
    // in the path is read as an address and fails; HostChainUserUnbondings is reachable over gRPC only.
    const bobUnstake = await bob.send([
      msg(MsgLiquidUnstakeSchema, { delegatorAddress: bob.address, amount: { denom: STK, amount: "10000000" } }),
    ]);
    expect(bobUnstake.code).toBe(0);
    const byAddress = await get(`/pstake/liquidstakeibc/v1beta1/user_unbondings/${bob.address}`);
    expect(byAddress.body.user_unbondings).toHaveLength(1);
    expect(byAddress.body.user_unbondings[0].address).toBe(bob.address);
    const byChain = await get(`/pstake/liquidstakeibc/v1beta1/user_unbondings/${CHAIN}`);
    expect(byChain.status).toBe(404);
  });
});

describe("governance messages", () => {
  it("MsgRegisterHostChain registers a chain over a (simulated) connection, inactive with c-value 1 (amino)", async () => {
    served.control.invoke("liquidstakeibc/openConnection", {
      connectionId: "connection-1",
      chainId: "osmosis-1",
      accountPrefix: "osmo",
    });
    const register = (signer: PstakeSigner, changes: Record<string, unknown> = {}) =>
      signer.send([
        msg(MsgRegisterHostChainSchema, {
          authority: signer.address,
          connectionId: "connection-1",
          depositFee: "0",
          restakeFee: Dec.fromString("0.05").toProto(),
          unstakeFee: "0",
          redemptionFee: Dec.fromString("0.005").toProto(),
          channelId: "channel-1",
          portId: "transfer",
          hostDenom: "uosmo",
          minimumDeposit: "1000",
          unbondingFactor: 4n,
          autoCompoundFactor: 30n,
          ...changes,
        }),
      ]);
    const notAuthority = await register(alice);
    expect(notAuthority.code).toBe(13);
    expect(codespaceOf(served.chain, notAuthority)).toBe("gov");
    expect(notAuthority.rawLog).toMatch(
      /tx signer is not a module authority: expected gov account as only signer for proposal message$/,
    );
    const badFee = await register(authority, { depositFee: Dec.fromString("0.6").toProto() });
    expect(badFee.code).toBe(18);
    expect(badFee.rawLog).toMatch(
      /deposit fee quantity must be greater or equal than zero and less than equal 0\.500000000000000000/,
    );
    const noConnection = await register(authority, { connectionId: "connection-9" });
    expect(codespaceOf(served.chain, noConnection)).toBe("undefined");
    expect(noConnection.rawLog).toMatch(/chain id not found for connection "connection-9"/);

    const ok = await register(authorityAmino);
    expect(ok.code).toBe(0);
    const osmo = await hostChain("osmosis-1");
    expect(osmo).toMatchObject({
      connectionId: "connection-1",
      channelId: "channel-1",
      hostDenom: "uosmo",
      active: false,
    });
    expect(dec(osmo.cValue).toString()).toBe("1.000000000000000000");
    expect(dec(osmo.params!.upperCValueLimit).toString()).toBe("1.010000000000000000");
    expect(dec(osmo.params!.lowerCValueLimit).toString()).toBe("0.990000000000000000");
    expect(osmo.delegationAccount?.address).toMatch(/^osmo1/);
    expect(dec(osmo.autoCompoundFactor).toString()).toBe(Dec.fromInt(30n).quoInt(100n).quoInt(365n).toString());
    expect((await q.query(Query.method.deposits, { chainId: "osmosis-1" })).deposits).toHaveLength(1);

    const again = await register(authority);
    expect(again.rawLog).toMatch(/host chain with id "osmosis-1" already exists$/);
  });

  it("MsgUpdateHostChain applies KV updates in order and refuses unknown keys and non-authorities", async () => {
    const operator = toBech32("osmovaloper", new Uint8Array(20).fill(7));
    const validator = JSON.stringify({
      operator_address: operator,
      status: "BOND_STATUS_BONDED",
      weight: "0",
      delegated_amount: "0",
      exchange_rate: "1",
      delegable: true,
    });
    const updated = await updateHostChain(
      authorityAmino,
      [
        ["add_validator", validator],
        ["validator_weight", `${operator},1`],
        ["min_deposit", "5000"],
        ["flags", '{"lsm":true}'],
        ["active", "true"],
      ],
      "osmosis-1",
    );
    expect(updated.code).toBe(0);
    expect(eventOf(updated, "validator_weight_update")).toMatchObject({ validator_new_weight: "1.000000000000000000" });
    const osmo = await hostChain("osmosis-1");
    expect(osmo.validators).toHaveLength(1);
    expect(dec(osmo.validators[0]!.weight).toString()).toBe("1.000000000000000000");
    expect(osmo).toMatchObject({ minimumDeposit: "5000", active: true, flags: { lsm: true } });

    const before = snapshotJson(await hostChain("osmosis-1"));
    const unknown = await updateHostChain(
      authority,
      [
        ["min_deposit", "6000"],
        ["colour", "blue"],
      ],
      "osmosis-1",
    );
    expect(codespaceOf(served.chain, unknown)).toBe("undefined");
    expect(unknown.rawLog).toMatch(/invalid or unexpected update key: colour$/);
    const outsider = await updateHostChain(alice, [["min_deposit", "6000"]], "osmosis-1");
    expect(outsider.code).toBe(13);
    const missing = await updateHostChain(authority, [["min_deposit", "6000"]], "nope-1");
    expect(missing.rawLog).toMatch(/invalid chain id "nope-1", host chain is not registered$/);
    expect(snapshotJson(await hostChain("osmosis-1"))).toBe(before);
  });

  it("MsgUpdateParams: the authority (or the admin) replaces the params", async () => {
    const newFee = DEVNET.accounts[9]!.address;
    const outsider = await alice.send([
      msg(MsgUpdateParamsSchema, {
        authority: alice.address,
        params: { adminAddress: alice.address, feeAddress: newFee },
      }),
    ]);
    expect(outsider.code).toBe(13);
    const ok = await authorityAmino.send([
      msg(MsgUpdateParamsSchema, {
        authority: authorityAmino.address,
        params: { adminAddress: DEVNET.authority.address, feeAddress: newFee },
      }),
    ]);
    expect(ok.code).toBe(0);
    expect(eventOf(ok, "update_params")?.updated_params).toBe(
      `admin_address:"${DEVNET.authority.address}" fee_address:"${newFee}" `,
    );
    expect((await q.query(Query.method.params, {})).params?.feeAddress).toBe(newFee);
    const back = await authority.send([
      msg(MsgUpdateParamsSchema, {
        authority: authority.address,
        params: { adminAddress: DEVNET.authority.address, feeAddress: FEE_ADDRESS },
      }),
    ]);
    expect(back.code).toBe(0);
  });
});

describe("inactive host chain", () => {
  it("a host slash beyond the c-value limits switches the chain off; every user message then fails with 2016", async () => {
    const before = await hostChain();
    const result = served.control.invoke("liquidstakeibc/slashHost", { chainId: CHAIN, fraction: "0.05" }) as {
      active: boolean;
      cValue: string;
    };
    expect(result.active).toBe(false);
    const hc = await hostChain();
    expect(hc.active).toBe(false);
    expect(dec(hc.cValue).gt(dec(before.cValue))).toBe(true); // fewer ATOM behind each stkATOM
    expect((await q.query(Query.method.exchangeRate, { chainId: CHAIN })).rate).toBe(hc.cValue);

    const lsm = served.control.invoke("liquidstakeibc/mintLsmShares", {
      address: alice.address,
      chainId: CHAIN,
      validator: hc.validators[0]!.operatorAddress,
      shares: "1000000",
    }) as { denom: string };
    calmEpochs();
    const state = await moduleState([alice.address]);
    const attempts = [
      msg(MsgLiquidStakeSchema, { delegatorAddress: alice.address, amount: { denom: ATOM, amount: "1000000" } }),
      msg(MsgLiquidUnstakeSchema, { delegatorAddress: alice.address, amount: { denom: STK, amount: "1000000" } }),
      msg(MsgRedeemSchema, { delegatorAddress: alice.address, amount: { denom: STK, amount: "1000000" } }),
      msg(MsgLiquidStakeLSMSchema, {
        delegatorAddress: alice.address,
        delegations: [{ denom: lsm.denom, amount: "1000000" }],
      }),
    ];
    for (const attempt of attempts) {
      const refused = await alice.send([attempt]);
      expect(refused.code).toBe(2016);
      expect(refused.rawLog).toMatch(/host chain is not active$/);
    }
    expect(await moduleState([alice.address])).toBe(state);

    // Governance re-centres the limits and reactivates the chain; the c-value stays where the slash left it.
    const c = dec(hc.cValue);
    const reactivated = await updateHostChain(authority, [
      ["upper_c_value_limit", c.mul(Dec.fromString("1.01")).toString()],
      ["lower_c_value_limit", c.mul(Dec.fromString("0.99")).toString()],
      ["active", "true"],
    ]);
    expect(reactivated.code).toBe(0);
    const staked = await alice.send([attempts[0]!]);
    expect(staked.code).toBe(0);
  });

  it("setCValue moves stkATOM's rate for the devnet UI and keeps the chain active", async () => {
    const result = served.control.invoke("liquidstakeibc/setCValue", { chainId: CHAIN, cValue: "0.75" }) as {
      cValue: string;
      active: boolean;
    };
    expect(result.active).toBe(true);
    expect(Dec.fromString(result.cValue).sub(Dec.fromString("0.75")).abs().lt(Dec.fromString("0.000001"))).toBe(true);
    served.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "hour" });
    expect((await hostChain()).active).toBe(true);
  });
});
