// x/liquidstakeibc (stkATOM) against the mock chain's simulated cosmoshub-4, over real HTTP with real signatures,
// once with a DIRECT and once with an AMINO-ONLY signer: every action and query, previews equal to what the chain then
// does (stkATOM received, fees, ATOM out, unbonding epochs), after the c-value moves, and the refusals before signing
// (inactive host chain, below the minimum deposit, wrong denom for the module, redeem beyond the deposits).
import { type Client, sendTx } from "@persistence-sdk/client";
import { type Coin, Dec, SdkError } from "@persistence-sdk/core";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRegisterHostChain } from "../builders/buildRegisterHostChain.js";
import { buildUpdateHostChain } from "../builders/buildUpdateHostChain.js";
import { buildUpdateLiquidStakeIbcParams } from "../builders/buildUpdateLiquidStakeIbcParams.js";
import { HostChainInactiveError, type PstakeError, UnknownHostChainError } from "../errors.js";
import { previewLiquidStakeIbc } from "../previews/previewLiquidStakeIbc.js";
import { previewLiquidStakeLsm } from "../previews/previewLiquidStakeLsm.js";
import { previewLiquidUnstakeIbc } from "../previews/previewLiquidUnstakeIbc.js";
import { previewRedeemIbc } from "../previews/previewRedeemIbc.js";
import { getDepositAccountBalance } from "../queries/getDepositAccountBalance.js";
import { getHostChain } from "../queries/getHostChain.js";
import { getHostChainDeposits } from "../queries/getHostChainDeposits.js";
import { getHostChainExchangeRate } from "../queries/getHostChainExchangeRate.js";
import { getHostChainLsmDeposits } from "../queries/getHostChainLsmDeposits.js";
import { getHostChainRedelegations } from "../queries/getHostChainRedelegations.js";
import { getHostChainRedelegationTxs } from "../queries/getHostChainRedelegationTxs.js";
import { getHostChains } from "../queries/getHostChains.js";
import { getHostChainUnbonding } from "../queries/getHostChainUnbonding.js";
import { getHostChainUnbondings } from "../queries/getHostChainUnbondings.js";
import { getHostChainUserUnbondings } from "../queries/getHostChainUserUnbondings.js";
import { getHostChainValidatorUnbondings } from "../queries/getHostChainValidatorUnbondings.js";
import { getLiquidStakeIbcParams } from "../queries/getLiquidStakeIbcParams.js";
import { getLiquidStakeIbcUserUnbondings } from "../queries/getLiquidStakeIbcUserUnbondings.js";
import {
  ATOM,
  AUTHORITY,
  authorityClient,
  balanceOf,
  calmHour,
  devnetClient,
  expectedSignMode,
  freshAccount,
  HOST,
  STK_ATOM,
  signModeOf,
  startChain,
} from "../testing.test-support.js";
import { liquidStakeIbc } from "./liquidStakeIbc.js";
import { liquidStakeLsm } from "./liquidStakeLsm.js";
import { liquidUnstakeIbc } from "./liquidUnstakeIbc.js";
import { redeemIbc } from "./redeemIbc.js";

let chain: RunningMockChain;
let reader: Client;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
});

afterAll(async () => {
  await chain.stop();
});

const atom = (amount: bigint): Coin => ({ denom: ATOM, amount });
const stkAtom = (amount: bigint): Coin => ({ denom: STK_ATOM, amount });
const same = (a: Dec, b: Dec) => expect(a.toString()).toBe(b.toString());

function activity() {
  return { height: chain.chain.status().latestHeight, mempool: chain.chain.numUnconfirmedTxs().count };
}

/** Runs `run`, expects a typed SdkError, and that nothing was signed or sent. */
async function refusedBeforeSigning<E extends SdkError = PstakeError>(run: () => Promise<unknown>): Promise<E> {
  const before = activity();
  const error = await run().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SdkError);
  expect(activity()).toEqual(before);
  return error as E;
}

async function setActive(active: boolean): Promise<void> {
  const authority = await authorityClient(chain);
  await sendTx(authority, {
    messages: [
      buildUpdateHostChain(authority, {
        authority: AUTHORITY,
        chainId: HOST,
        updates: [{ key: "active", value: active }],
      }),
    ],
  });
}

describe("queries", () => {
  it("read the devnet's cosmoshub-4 and everything about it", async () => {
    const [hc, ...others] = await getHostChains(reader);
    expect(others).toEqual([]);
    expect(hc).toMatchObject({
      chainId: HOST,
      hostDenom: "uatom",
      ibcDenom: ATOM,
      mintDenom: STK_ATOM,
      active: true,
      lsmEnabled: true,
      minimumDeposit: 10_000n,
      unbondingFactor: 4n,
      channelId: "channel-0",
      portId: "transfer",
    });
    same(hc!.cValue, Dec.fromString("0.8"));
    same(hc!.redemptionRate, Dec.fromString("1.25"));
    same(hc!.params.redemptionFee, Dec.fromString("0.005"));
    same(hc!.params.restakeFee, Dec.fromString("0.05"));
    expect(hc!.validators).toHaveLength(4);
    expect(hc!.validators.every((v) => v.delegatedAmount > 0n && v.weight.equals(Dec.fromString("0.25")))).toBe(true);
    expect(hc!.delegationAccount?.channelState).toBe("created");
    expect(await getHostChain(reader, { chainId: HOST })).toEqual(hc);

    const unknown = await getHostChain(reader, { chainId: "osmosis-1" }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(UnknownHostChainError);
    expect((unknown as UnknownHostChainError).fix).toContain(HOST);
    await expect(getHostChain(reader, { chainId: "" })).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      field: "chainId",
    });

    const rate = await getHostChainExchangeRate(reader, { chainId: HOST });
    same(rate.cValue, hc!.cValue);
    same(rate.redemptionRate, hc!.redemptionRate);
    expect(rate.height).toBeGreaterThan(0n);
    await expect(getHostChainExchangeRate(reader, { chainId: "nope-1" })).rejects.toBeInstanceOf(UnknownHostChainError);

    const params = await getLiquidStakeIbcParams(reader);
    expect(params.adminAddress).toBe(AUTHORITY);
    expect(params.feeAddress).toMatch(/^persistence1/);

    const deposits = await getHostChainDeposits(reader, { chainId: HOST });
    expect(deposits.some((d) => d.state === "pending" && d.amount.denom === ATOM)).toBe(true);
    expect(await getHostChainLsmDeposits(reader, { chainId: HOST })).toEqual([]);
    expect(await getHostChainUnbondings(reader, { chainId: HOST })).toEqual([]);
    expect(await getHostChainUnbonding(reader, { chainId: HOST, epoch: 4n })).toBeUndefined();
    expect(await getHostChainValidatorUnbondings(reader, { chainId: HOST })).toEqual([]);
    expect(await getHostChainRedelegations(reader, { chainId: HOST })).toEqual([]);
    expect(await getHostChainRedelegationTxs(reader, { chainId: HOST })).toEqual([]);
    expect(await getDepositAccountBalance(reader, { chainId: HOST })).toEqual({
      denom: ATOM,
      amount: expect.any(BigInt),
    });
  });
});

describe.each(["direct", "amino"] as const)("signed %s", (mode) => {
  it("liquidStakeIbc: stkATOM received and deposit fee exactly as previewed, into the current deposit", async () => {
    const { client, address } = await freshAccount(chain, mode);
    calmHour(chain);
    const amount = atom(123_456_789n);
    const preview = await previewLiquidStakeIbc(client, { amount });
    const depositsBefore = await getHostChainDeposits(reader, { chainId: HOST });
    const balanceBefore = await getDepositAccountBalance(reader, { chainId: HOST });

    const result = await liquidStakeIbc(client, { amount, memo: mode });

    expect(signModeOf(chain, result.tx.hash)).toBe(expectedSignMode(mode));
    expect(result).toMatchObject({
      delegator: address,
      chainId: HOST,
      amount,
      received: preview.received,
      fee: preview.fee,
      mintAmount: preview.mintAmount,
    });
    expect(preview.mintAmount).toBe(Dec.fromInt(amount.amount).mul(preview.cValue).truncateInt());
    expect(await balanceOf(reader, address, STK_ATOM)).toBe(preview.received.amount);
    expect(await balanceOf(reader, address, ATOM)).toBe(10_000_000_000n - amount.amount);
    const pending = (list: Awaited<ReturnType<typeof getHostChainDeposits>>) =>
      list.filter((d) => d.state === "pending").reduce((sum, d) => sum + d.amount.amount, 0n);
    expect(pending(await getHostChainDeposits(reader, { chainId: HOST }))).toBe(
      pending(depositsBefore) + amount.amount,
    );
    expect((await getDepositAccountBalance(reader, { chainId: HOST })).amount).toBe(
      balanceBefore.amount + amount.amount,
    );
  });

  it("previews stay exact after the c-value moves (setCValue) and with a deposit fee", async () => {
    const authority = await authorityClient(chain, mode);
    await sendTx(authority, {
      messages: [
        buildUpdateHostChain(authority, {
          authority: AUTHORITY,
          chainId: HOST,
          updates: [{ key: "deposit_fee", value: Dec.fromString("0.003") }],
        }),
      ],
    });
    try {
      calmHour(chain);
      const moved = chain.control.invoke("liquidstakeibc/setCValue", { chainId: HOST, cValue: "0.77" }) as {
        cValue: string;
      };
      same((await getHostChainExchangeRate(reader, { chainId: HOST })).cValue, Dec.fromString(moved.cValue));
      const { client } = await freshAccount(chain, mode);
      const amount = atom(987_654_321n);
      const preview = await previewLiquidStakeIbc(client, { amount });
      same(preview.cValue, Dec.fromString(moved.cValue));
      expect(preview.fee.amount).toBeGreaterThan(0n);
      const result = await liquidStakeIbc(client, { amount });
      expect(result.received).toEqual(preview.received);
      expect(result.fee).toEqual(preview.fee);

      const unstake = stkAtom(preview.received.amount / 2n);
      const unstakePreview = await previewLiquidUnstakeIbc(client, { amount: unstake });
      const unstaked = await liquidUnstakeIbc(client, { amount: unstake });
      expect(unstaked.unbondAmount).toEqual(unstakePreview.unbondAmount);
      expect(unstaked.fee).toEqual(unstakePreview.fee);
      expect(unstaked.unbondingEpoch).toBe(unstakePreview.unbondingEpoch);
    } finally {
      await sendTx(authority, {
        messages: [
          buildUpdateHostChain(authority, {
            authority: AUTHORITY,
            chainId: HOST,
            updates: [{ key: "deposit_fee", value: Dec.ZERO }],
          }),
        ],
      });
    }
  });

  it("redeemIbc pays ATOM at once, with the redemption fee, exactly as previewed", async () => {
    const { client, address } = await freshAccount(chain, mode);
    calmHour(chain);
    const staked = await liquidStakeIbc(client, { amount: atom(500_000_000n) });
    const amount = stkAtom(staked.received.amount / 4n);
    const preview = await previewRedeemIbc(client, { amount });
    expect(preview.fee.amount).toBe(Dec.fromString("0.005").mulInt(amount.amount).truncateInt());
    const hc = await getHostChain(reader, { chainId: HOST });
    const params = await getLiquidStakeIbcParams(reader);
    const [atomBefore, feeBefore] = [
      await balanceOf(reader, address, ATOM),
      await balanceOf(reader, params.feeAddress, STK_ATOM),
    ];

    const result = await redeemIbc(client, { amount });

    expect(signModeOf(chain, result.tx.hash)).toBe(expectedSignMode(mode));
    expect(result).toMatchObject({
      chainId: HOST,
      amount,
      fee: preview.fee,
      burnAmount: preview.burnAmount,
      redeemed: preview.redeemed,
    });
    expect(preview.redeemed.denom).toBe(hc.ibcDenom);
    expect(await balanceOf(reader, address, ATOM)).toBe(atomBefore + preview.redeemed.amount);
    expect(await balanceOf(reader, params.feeAddress, STK_ATOM)).toBe(feeBefore + preview.fee.amount);
  });

  it("liquidUnstakeIbc queues the unbond amount in the unbonding epoch as previewed; the user unbonding shows it", async () => {
    const { client, address } = await freshAccount(chain, mode);
    calmHour(chain);
    const staked = await liquidStakeIbc(client, { amount: atom(300_000_000n) });
    const amount = stkAtom(staked.received.amount / 3n);
    const preview = await previewLiquidUnstakeIbc(client, { amount });
    expect(preview.expectedClaim.basis).toBe("epochWindow");
    expect(preview.unbondingEpoch % 4n).toBe(0n);
    const epochBefore = await getHostChainUnbonding(reader, { chainId: HOST, epoch: preview.unbondingEpoch });

    const result = await liquidUnstakeIbc(client, { amount });

    expect(signModeOf(chain, result.tx.hash)).toBe(expectedSignMode(mode));
    expect(result).toMatchObject({
      delegator: address,
      chainId: HOST,
      fee: preview.fee,
      unstakeAmount: preview.unstakeAmount,
      unbondAmount: preview.unbondAmount,
      unbondingEpoch: preview.unbondingEpoch,
    });
    expect(await getLiquidStakeIbcUserUnbondings(reader, { delegator: address })).toEqual([
      {
        chainId: HOST,
        epochNumber: preview.unbondingEpoch,
        address,
        stkAmount: preview.unstakeAmount,
        unbondAmount: preview.unbondAmount,
      },
    ]);
    const all = await getHostChainUserUnbondings(reader, { chainId: HOST, pageSize: 1n });
    expect(all.filter((u) => u.address === address)).toHaveLength(1);
    const epoch = await getHostChainUnbonding(reader, { chainId: HOST, epoch: preview.unbondingEpoch });
    expect(epoch).toMatchObject({ state: "pending", matureTime: undefined });
    expect(epoch!.unbondAmount.amount).toBe((epochBefore?.unbondAmount.amount ?? 0n) + preview.unbondAmount.amount);
    expect((await getHostChainUnbondings(reader, { chainId: HOST })).map((u) => u.epochNumber)).toContain(
      preview.unbondingEpoch,
    );
  });

  it("liquidStakeLsm takes LSM shares at the validator's exchange rate, as previewed", async () => {
    const { client, address } = await freshAccount(chain, mode);
    calmHour(chain);
    const hc = await getHostChain(reader, { chainId: HOST });
    const validator = hc.validators[1]!.operatorAddress;
    const minted = chain.control.invoke("liquidstakeibc/mintLsmShares", {
      address,
      chainId: HOST,
      validator,
      shares: "25000000",
    }) as { denom: string; baseDenom: string };
    const delegations = [{ denom: minted.denom, amount: 25_000_000n }];
    const preview = await previewLiquidStakeLsm(client, {
      chainId: HOST,
      delegations: delegations.map((d) => ({ ...d, validator })),
    });

    const result = await liquidStakeLsm(client, { chainId: HOST, delegations });

    expect(signModeOf(chain, result.tx.hash)).toBe(expectedSignMode(mode));
    expect(result.received).toEqual(preview.received);
    expect(result.fee).toEqual(preview.fee);
    expect(result.deposits).toEqual([
      {
        depositAmount: { denom: "uatom", amount: preview.deposits[0]!.depositAmount },
        received: { denom: STK_ATOM, amount: preview.deposits[0]!.received },
        fee: { denom: STK_ATOM, amount: preview.deposits[0]!.fee },
      },
    ]);
    expect(await balanceOf(reader, address, STK_ATOM)).toBe(preview.received.amount);
    const [deposit] = await getHostChainLsmDeposits(reader, { chainId: HOST });
    expect(deposit).toMatchObject({
      delegatorAddress: address,
      denom: minted.baseDenom,
      ibcDenom: minted.denom,
      state: "pending",
    });

    const outside = await previewLiquidStakeLsm(client, {
      chainId: HOST,
      delegations: [{ ...delegations[0]!, validator: "cosmosvaloper1notinset" }],
    }).catch((e: unknown) => e);
    expect((outside as PstakeError).reason).toBe("LSM_VALIDATOR_INVALID");
  });

  it("refuses before signing: wrong denoms, unknown vouchers, below the minimum, a redeem beyond the deposits", async () => {
    const { client } = await freshAccount(chain, mode);
    const xprt = await refusedBeforeSigning(() =>
      liquidStakeIbc(client, { amount: { denom: "uxprt", amount: 1_000_000n } }),
    );
    expect(xprt.code).toBe("INVALID_DENOM");
    expect(xprt.fix).toMatch(/liquidStake \(x\/liquidstake\)/);
    const stkXprt = await refusedBeforeSigning(() =>
      liquidUnstakeIbc(client, { amount: { denom: "stk/uxprt", amount: 1_000_000n } }),
    );
    expect(stkXprt.fix).toMatch(/liquidUnstake \(x\/liquidstake\)/);
    const unknown = await refusedBeforeSigning(() =>
      liquidStakeIbc(client, { amount: { denom: `ibc/${"0".repeat(64)}`, amount: 1_000_000n } }),
    );
    expect(unknown).toBeInstanceOf(UnknownHostChainError);
    expect(unknown.fix).toContain(ATOM);
    await refusedBeforeSigning(() => redeemIbc(client, { amount: { denom: "stk/uosmo", amount: 1_000_000n } }));
    const below = await refusedBeforeSigning(() => liquidStakeIbc(client, { amount: atom(9_999n) }));
    expect(below).toMatchObject({ reason: "BELOW_MINIMUM", code: "AMOUNT_BELOW_MINIMUM" });
    await expect(previewLiquidStakeIbc(client, { amount: atom(9_999n) })).rejects.toMatchObject({
      reason: "BELOW_MINIMUM",
    });
    const belowUnstake = await refusedBeforeSigning(() => liquidUnstakeIbc(client, { amount: stkAtom(9_999n) }));
    expect(belowUnstake.reason).toBe("BELOW_MINIMUM");
    const { availableDeposits } = await previewRedeemIbc(client, { amount: stkAtom(1_000n) });
    const tooMuch = await refusedBeforeSigning(() => redeemIbc(client, { amount: stkAtom(availableDeposits * 2n) }));
    expect(tooMuch).toMatchObject({ reason: "INSUFFICIENT_LIQUIDITY", code: "INSUFFICIENT_LIQUIDITY" });
  });

  it("an inactive host chain is refused before signing by every action and preview", async () => {
    const { client, address } = await freshAccount(chain, mode);
    await liquidStakeIbc(client, { amount: atom(100_000_000n) });
    await setActive(false);
    try {
      expect((await getHostChain(reader, { chainId: HOST })).active).toBe(false);
      const shares = chain.control.invoke("liquidstakeibc/mintLsmShares", {
        address,
        chainId: HOST,
        validator: (await getHostChain(reader, { chainId: HOST })).validators[0]!.operatorAddress,
        shares: "1000000",
      }) as { denom: string };
      for (const run of [
        () => liquidStakeIbc(client, { amount: atom(1_000_000n) }),
        () => liquidUnstakeIbc(client, { amount: stkAtom(1_000_000n) }),
        () => redeemIbc(client, { amount: stkAtom(1_000_000n) }),
        () => liquidStakeLsm(client, { chainId: HOST, delegations: [{ denom: shares.denom, amount: 1_000_000n }] }),
        () => previewLiquidStakeIbc(client, { amount: atom(1_000_000n) }),
        () => previewLiquidUnstakeIbc(client, { amount: stkAtom(1_000_000n) }),
        () => previewRedeemIbc(client, { amount: stkAtom(1_000_000n) }),
      ]) {
        const error = await refusedBeforeSigning<HostChainInactiveError>(run);
        expect(error).toBeInstanceOf(HostChainInactiveError);
        expect(error).toMatchObject({ reason: "HOST_CHAIN_INACTIVE", chainId: HOST });
      }
    } finally {
      await setActive(true);
    }
  });
});

describe.each(["direct", "amino"] as const)("authority, signed %s", (mode) => {
  it("registerHostChain, updateHostChain and updateParams", async () => {
    const authority = await authorityClient(chain, mode);
    const suffix = mode === "direct" ? "1" : "2";
    const chainId = `testhost-${suffix}`;
    chain.control.invoke("liquidstakeibc/openConnection", {
      connectionId: `connection-9${suffix}`,
      chainId,
      accountPrefix: "test",
    });
    const registered = await sendTx(authority, {
      messages: [
        buildRegisterHostChain(authority, {
          authority: AUTHORITY,
          connectionId: `connection-9${suffix}`,
          depositFee: Dec.ZERO,
          restakeFee: Dec.fromString("0.05"),
          unstakeFee: Dec.fromString("0.001"),
          redemptionFee: Dec.fromString("0.005"),
          channelId: `channel-9${suffix}`,
          hostDenom: `utest${suffix}`,
          minimumDeposit: 5_000n,
          unbondingFactor: 3n,
          autoCompoundFactor: 15n,
        }),
      ],
    });
    expect(signModeOf(chain, registered.hash)).toBe(expectedSignMode(mode));
    const hc = await getHostChain(reader, { chainId });
    expect(hc).toMatchObject({
      active: false,
      minimumDeposit: 5_000n,
      unbondingFactor: 3n,
      mintDenom: `stk/utest${suffix}`,
    });
    same(hc.cValue, Dec.ONE);
    same(hc.params.unstakeFee, Dec.fromString("0.001"));

    // Inactive: refused before signing.
    const { client } = await freshAccount(chain, mode);
    chain.control.fund((await client.signer!.getAccounts())[0]!.address, [{ denom: hc.ibcDenom, amount: 1_000_000n }]);
    const inactive = await refusedBeforeSigning(() =>
      liquidStakeIbc(client, { amount: { denom: hc.ibcDenom, amount: 100_000n } }),
    );
    expect(inactive).toBeInstanceOf(HostChainInactiveError);

    await sendTx(authority, {
      messages: [
        buildUpdateHostChain(authority, {
          authority: AUTHORITY,
          chainId,
          updates: [
            { key: "min_deposit", value: 7_000n },
            { key: "redemption_fee", value: Dec.fromString("0.01") },
            { key: "flags", value: { lsm: true } },
          ],
        }),
      ],
    });
    const updated = await getHostChain(reader, { chainId });
    expect(updated).toMatchObject({ minimumDeposit: 7_000n, lsmEnabled: true });
    same(updated.params.redemptionFee, Dec.fromString("0.01"));

    const params = await getLiquidStakeIbcParams(reader);
    await sendTx(authority, {
      messages: [
        buildUpdateLiquidStakeIbcParams(authority, {
          authority: AUTHORITY,
          adminAddress: AUTHORITY,
          feeAddress: AUTHORITY,
        }),
      ],
    });
    expect((await getLiquidStakeIbcParams(reader)).feeAddress).toBe(AUTHORITY);
    await sendTx(authority, {
      messages: [buildUpdateLiquidStakeIbcParams(authority, { authority: AUTHORITY, ...params })],
    });
    expect(await getLiquidStakeIbcParams(reader)).toEqual(params);
  });
});
