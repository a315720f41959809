// Previews on scripted chain states (a fake CometBFT answering the ABCI queries), with figures worked out by hand
// from pstake-math.md: mints and splits, the unstake fee and its split, completion and claim dates, and every refusal
// a preview reports before anything is signed (paused, below minimum, quorum, supply, entries, liquidity, inactive).
import { create, type DescMessage, type Message, type MessageInitShape, toBinary } from "@bufbuild/protobuf";
import { type Client, type CometLike, createClient } from "@persistence-sdk/client";
import { Dec } from "@persistence-sdk/core";
import { GetLatestBlockResponseSchema } from "@persistence-sdk/proto/cosmos/base/tendermint/v1beta1";
import {
  QueryDelegatorUnbondingDelegationsResponseSchema,
  QueryParamsResponseSchema as StakingParamsResponseSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import {
  QueryLiquidValidatorsResponseSchema,
  QueryParamsResponseSchema,
  QueryStatesResponseSchema,
  ValidatorStatus,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import {
  Deposit_DepositState,
  type HostChain as ProtoHostChain,
  QueryDepositsResponseSchema,
  QueryHostChainResponseSchema,
  QueryHostChainsResponseSchema,
  QueryUnbondingResponseSchema,
  Unbonding_UnbondingState,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { describe, expect, it } from "vitest";
import { persistenceMockDevnetPstake } from "../chains.js";
import { HostChainInactiveError, PstakeError, UnknownHostChainError } from "../errors.js";
import { ibcDenomOfHost } from "../internal/convert.js";
import { DELEGATOR, FAST, STK_ATOM, VALIDATORS } from "../testing.test-support.js";
import { fromDate } from "../time.js";
import { expectedIbcClaimTime } from "./expectedIbcClaimTime.js";
import { previewLiquidStake } from "./previewLiquidStake.js";
import { previewLiquidStakeIbc } from "./previewLiquidStakeIbc.js";
import { previewLiquidUnstake } from "./previewLiquidUnstake.js";
import { previewLiquidUnstakeIbc } from "./previewLiquidUnstakeIbc.js";
import { previewRedeemIbc } from "./previewRedeemIbc.js";

type Answer = Message | ((data: Uint8Array) => Message | undefined);

/** A client whose node answers `answers[path]` (encoded), "key not found" for `undefined`, else unknown path. */
function scripted(answers: Record<string, Answer>): Client {
  const comet: CometLike = {
    async abciQuery({ path, data }) {
      const answer = answers[path];
      const message = typeof answer === "function" ? answer(data) : answer;
      if (answer === undefined)
        return { code: 6, codespace: "sdk", log: `unknown query path ${path}`, value: new Uint8Array() };
      if (message === undefined) return { code: 22, codespace: "sdk", log: "key not found", value: new Uint8Array() };
      return { code: 0, codespace: "", value: encode(message), height: 100 };
    },
    async broadcastTxSync() {
      throw new Error("not scripted");
    },
    async txSearch() {
      return { txs: [], totalCount: 0 };
    },
    disconnect() {},
  };
  return createClient({ rpcUrl: "http://fake", chain: persistenceMockDevnetPstake, comet, ...FAST });
}

const SCHEMAS = new Map<string, DescMessage>();
function msg<Desc extends DescMessage>(schema: Desc, init: MessageInitShape<Desc>): Message {
  SCHEMAS.set(schema.typeName, schema);
  return create(schema, init) as Message;
}
function encode(message: Message): Uint8Array {
  return toBinary(SCHEMAS.get(message.$typeName)!, message);
}

const NOW = { seconds: 1_767_225_600n + 3_600n * 5n, nanos: 0 };
const latestBlock = () =>
  msg(GetLatestBlockResponseSchema, {
    block: { header: { height: 99n, time: { seconds: NOW.seconds, nanos: NOW.nanos } } },
  });
const stakingParams = () =>
  msg(StakingParamsResponseSchema, {
    params: { unbondingTime: { seconds: 1_814_400n, nanos: 0 }, maxEntries: 7, bondDenom: "uxprt" },
  });

interface LiquidStakeScene {
  readonly paused?: boolean;
  readonly unstakeFeeRate?: string;
  readonly weights?: readonly bigint[];
  readonly statuses?: readonly ValidatorStatus[];
  readonly liquidTokens?: readonly bigint[];
  readonly supply?: bigint;
  readonly netAmount?: bigint;
  readonly proxyBalance?: bigint;
  readonly entries?: number;
}

/** x/liquidstake with supply 10,000 stkXPRT backed by 10,200 XPRT (mint rate 0.980392…), four validators. */
function liquidStakeChain(scene: LiquidStakeScene = {}): Client {
  const weights = scene.weights ?? [2500n, 2500n, 2500n, 2500n];
  const tokens = scene.liquidTokens ?? [2_550_000_000n, 2_550_000_000n, 2_550_000_000n, 2_550_000_000n];
  const supply = scene.supply ?? 10_000_000_000n;
  const net = scene.netAmount ?? tokens.reduce((a, b) => a + b, 0n);
  return scripted({
    "/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock": latestBlock(),
    "/cosmos.staking.v1beta1.Query/Params": stakingParams(),
    "/pstake.liquidstake.v1beta1.Query/Params": msg(QueryParamsResponseSchema, {
      params: {
        liquidBondDenom: "stk/uxprt",
        whitelistedValidators: VALIDATORS.map((validatorAddress, i) => ({
          validatorAddress,
          targetWeight: `${weights[i] ?? 0n}`,
        })),
        unstakeFeeRate: Dec.fromString(scene.unstakeFeeRate ?? "0").toProto(),
        minLiquidStakeAmount: "1000",
        autocompoundFeeRate: Dec.fromString("0.05").toProto(),
        feeAccountAddress: DELEGATOR,
        modulePaused: scene.paused ?? false,
      },
    }),
    "/pstake.liquidstake.v1beta1.Query/LiquidValidators": msg(QueryLiquidValidatorsResponseSchema, {
      liquidValidators: VALIDATORS.map((operatorAddress, i) => ({
        operatorAddress,
        weight: `${(scene.statuses?.[i] ?? ValidatorStatus.ACTIVE) === ValidatorStatus.ACTIVE ? (weights[i] ?? 0n) : 0n}`,
        status: scene.statuses?.[i] ?? ValidatorStatus.ACTIVE,
        delShares: Dec.fromInt(tokens[i] ?? 0n).toProto(),
        liquidTokens: `${tokens[i] ?? 0n}`,
      })),
    }),
    "/pstake.liquidstake.v1beta1.Query/States": msg(QueryStatesResponseSchema, {
      netAmountState: {
        mintRate: (net === 0n ? Dec.ZERO : Dec.fromInt(supply).quoTruncate(Dec.fromInt(net))).toProto(),
        stkxprtTotalSupply: `${supply}`,
        netAmount: Dec.fromInt(net).toProto(),
        totalDelShares: Dec.fromInt(net).toProto(),
        totalLiquidTokens: `${tokens.reduce((a, b) => a + b, 0n)}`,
        totalRemainingRewards: Dec.ZERO.toProto(),
        totalUnbondingBalance: "0",
        proxyAccBalance: `${scene.proxyBalance ?? 0n}`,
      },
    }),
    "/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations": msg(
      QueryDelegatorUnbondingDelegationsResponseSchema,
      {
        unbondingResponses: [
          {
            delegatorAddress: DELEGATOR,
            validatorAddress: VALIDATORS[1]!,
            entries: Array.from({ length: scene.entries ?? 0 }, () => ({
              creationHeight: 1n,
              completionTime: { seconds: NOW.seconds, nanos: 0 },
              initialBalance: "1",
              balance: "1",
            })),
          },
        ],
      },
    ),
  });
}

const xprt = (amount: bigint) => ({ denom: "uxprt", amount });
const stk = (amount: bigint) => ({ denom: "stk/uxprt", amount });

describe("previewLiquidStake", () => {
  it("mints TruncateInt(S·a QuoTruncate N) on the state before and splits by weight, the crumb to the first", async () => {
    const preview = await previewLiquidStake(liquidStakeChain(), { amount: xprt(1_000_001n) });
    // 10,000,000,000 × 1,000,001 / 10,200,000,000 = 980,393.1372… → 980,393.
    expect(preview.minted).toEqual(stk(980_393n));
    expect(preview.mintRate.toString()).toBe("0.980392156862745098");
    expect(preview.redemptionRate.toString()).toBe("1.020000000000000000");
    expect(preview.delegations.map((d) => d.amount)).toEqual([250_001n, 250_000n, 250_000n, 250_000n]);
    expect(preview.delegations.map((d) => d.validator)).toEqual(VALIDATORS);
    expect(preview.height).toBe(99n);
  });

  it("mints 1:1 when no stkXPRT exists", async () => {
    const preview = await previewLiquidStake(liquidStakeChain({ supply: 0n, netAmount: 0n }), { amount: xprt(5_000n) });
    expect(preview.minted.amount).toBe(5_000n);
  });

  it("refuses as the chain would: paused, below the minimum, no quorum, nothing active", async () => {
    await expect(
      previewLiquidStake(liquidStakeChain({ paused: true }), { amount: xprt(5_000n) }),
    ).rejects.toMatchObject({
      reason: "MODULE_PAUSED",
    });
    const below = await previewLiquidStake(liquidStakeChain(), { amount: xprt(999n) }).catch((e: unknown) => e);
    expect(below).toBeInstanceOf(PstakeError);
    expect(below).toMatchObject({ reason: "BELOW_MINIMUM", code: "AMOUNT_BELOW_MINIMUM", field: "amount" });
    const inactive = [
      ValidatorStatus.INACTIVE,
      ValidatorStatus.INACTIVE,
      ValidatorStatus.INACTIVE,
      ValidatorStatus.ACTIVE,
    ];
    await expect(
      previewLiquidStake(liquidStakeChain({ statuses: inactive }), { amount: xprt(5_000n) }),
    ).rejects.toMatchObject({
      reason: "QUORUM_NOT_REACHED",
    });
    const none = Array(4).fill(ValidatorStatus.INACTIVE);
    await expect(
      previewLiquidStake(liquidStakeChain({ statuses: none }), { amount: xprt(5_000n) }),
    ).rejects.toMatchObject({
      reason: "NO_ACTIVE_VALIDATORS",
    });
    await expect(previewLiquidStake(liquidStakeChain(), { amount: stk(5_000n) })).rejects.toMatchObject({
      code: "INVALID_DENOM",
    });
  });
});

describe("previewLiquidUnstake", () => {
  const tokens = [6_000_000_000n, 4_200_000_000n, 0n, 0n];

  it("XPRT out after the fee, split by current liquid tokens (inactive first), completing after the unbonding time", async () => {
    const client = liquidStakeChain({ unstakeFeeRate: "0.01", liquidTokens: tokens });
    const preview = await previewLiquidUnstake(client, { amount: stk(1_000_000n) });
    // 1,000,000 × 10,200,000,000 / 10,000,000,000 = 1,020,000; × 0.99 = 1,009,800.
    expect(preview.nativeBeforeFee.toString()).toBe("1020000.000000000000000000");
    expect(preview.fee.toString()).toBe("10200.000000000000000000");
    expect(preview.nativeAmount.toString()).toBe("1009800.000000000000000000");
    // unit = 1,009,800 / 10,200,000,000 = 0.000099 → 594,000 and 415,800.
    expect(preview.unbondings).toEqual([
      { validator: VALIDATORS[0], amount: 594_000n },
      { validator: VALIDATORS[1], amount: 415_800n },
    ]);
    expect(preview.unbondingAmount).toBe(1_009_800n);
    expect(preview.completionTime).toEqual({ seconds: NOW.seconds + 1_814_400n, nanos: 0 });
    const at = { seconds: NOW.seconds + 5n, nanos: 7 };
    expect((await previewLiquidUnstake(client, { amount: stk(1_000_000n), blockTime: at })).completionTime).toEqual({
      seconds: at.seconds + 1_814_400n,
      nanos: 7,
    });

    const inactiveFirst = liquidStakeChain({
      liquidTokens: tokens,
      statuses: [ValidatorStatus.ACTIVE, ValidatorStatus.INACTIVE, ValidatorStatus.ACTIVE, ValidatorStatus.ACTIVE],
    });
    const ordered = await previewLiquidUnstake(inactiveFirst, { amount: stk(1_000_000n) });
    expect(ordered.unbondings.map((u) => u.validator)).toEqual([VALIDATORS[1], VALIDATORS[0]]);
  });

  it("pays at once from the proxy account when nothing is delegated (no completion time)", async () => {
    const client = liquidStakeChain({
      liquidTokens: [0n, 0n, 0n, 0n],
      netAmount: 10_000n,
      supply: 10_000n,
      proxyBalance: 50_000n,
    });
    const preview = await previewLiquidUnstake(client, { amount: stk(4_000n) });
    expect(preview).toMatchObject({
      unbondedAmount: 4_000n,
      unbondingAmount: 0n,
      completionTime: undefined,
      unbondings: [],
    });
  });

  it("refuses more than the supply, too small, a full unbonding queue, paused", async () => {
    await expect(previewLiquidUnstake(liquidStakeChain(), { amount: stk(10_000_000_001n) })).rejects.toMatchObject({
      reason: "EXCEEDS_SUPPLY",
      code: "INVALID_AMOUNT",
    });
    const tiny = liquidStakeChain({ supply: 10_000_000_000n, netAmount: 1_000_000_000n });
    await expect(previewLiquidUnstake(tiny, { amount: stk(5n) })).rejects.toMatchObject({ reason: "AMOUNT_TOO_SMALL" });
    const full = liquidStakeChain({ entries: 7 });
    await expect(previewLiquidUnstake(full, { amount: stk(1_000_000n), delegator: DELEGATOR })).rejects.toMatchObject({
      reason: "UNBONDING_ENTRIES_FULL",
    });
    expect(
      (await previewLiquidUnstake(liquidStakeChain({ entries: 6 }), { amount: stk(1_000_000n), delegator: DELEGATOR }))
        .unbondingAmount,
    ).toBeGreaterThan(0n);
    await expect(previewLiquidUnstake(liquidStakeChain({ paused: true }), { amount: stk(1n) })).rejects.toMatchObject({
      reason: "MODULE_PAUSED",
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// x/liquidstakeibc

interface IbcScene {
  readonly active?: boolean;
  readonly cValue?: string;
  readonly delegated?: bigint;
  readonly pendingDeposits?: readonly bigint[];
  readonly depositEpoch?: bigint;
  readonly queued?: { readonly epoch: bigint; readonly unbond: bigint; readonly matureTime?: bigint };
}

function hostChainProto(scene: IbcScene): ProtoHostChain {
  return create(QueryHostChainResponseSchema, {
    hostChain: {
      chainId: "cosmoshub-4",
      connectionId: "connection-0",
      channelId: "channel-0",
      portId: "transfer",
      hostDenom: "uatom",
      params: {
        depositFee: Dec.fromString("0.01").toProto(),
        restakeFee: Dec.fromString("0.05").toProto(),
        unstakeFee: Dec.fromString("0.002").toProto(),
        redemptionFee: Dec.fromString("0.005").toProto(),
      },
      validators: [
        {
          operatorAddress: "cosmosvaloper1x",
          status: "BOND_STATUS_BONDED",
          weight: Dec.ONE.toProto(),
          delegatedAmount: `${scene.delegated ?? 1_000_000_000_000n}`,
          exchangeRate: Dec.ONE.toProto(),
          delegable: true,
        },
      ],
      minimumDeposit: "10000",
      cValue: Dec.fromString(scene.cValue ?? "0.8").toProto(),
      lastCValue: Dec.fromString(scene.cValue ?? "0.8").toProto(),
      unbondingFactor: 4n,
      active: scene.active ?? true,
      autoCompoundFactor: Dec.ZERO.toProto(),
      flags: { lsm: true },
    },
  }).hostChain!;
}

function ibcChain(scene: IbcScene = {}): Client {
  const hc = hostChainProto(scene);
  return scripted({
    "/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock": latestBlock(),
    "/pstake.liquidstakeibc.v1beta1.Query/HostChains": msg(QueryHostChainsResponseSchema, { hostChains: [hc] }),
    "/pstake.liquidstakeibc.v1beta1.Query/HostChain": msg(QueryHostChainResponseSchema, { hostChain: hc }),
    "/pstake.liquidstakeibc.v1beta1.Query/Deposits": msg(QueryDepositsResponseSchema, {
      deposits: (scene.pendingDeposits ?? [1_000_000_000n]).map((amount, i) => ({
        chainId: "cosmoshub-4",
        amount: { denom: ATOM_VOUCHER, amount: `${amount}` },
        epoch: (scene.depositEpoch ?? 5n) - BigInt(i),
        state: Deposit_DepositState.DEPOSIT_PENDING,
      })),
    }),
    "/pstake.liquidstakeibc.v1beta1.Query/Unbonding": () =>
      scene.queued === undefined
        ? undefined
        : msg(QueryUnbondingResponseSchema, {
            unbonding: {
              chainId: "cosmoshub-4",
              epochNumber: scene.queued.epoch,
              unbondAmount: { denom: "uatom", amount: `${scene.queued.unbond}` },
              burnAmount: { denom: STK_ATOM, amount: "1" },
              state:
                scene.queued.matureTime === undefined
                  ? Unbonding_UnbondingState.UNBONDING_PENDING
                  : Unbonding_UnbondingState.UNBONDING_MATURING,
              matureTime: { seconds: scene.queued.matureTime ?? -62_135_596_800n, nanos: 0 },
            },
          }),
  });
}

const ATOM_VOUCHER = ibcDenomOfHost({ portId: "transfer", channelId: "channel-0", hostDenom: "uatom" });
const atom = (amount: bigint) => ({ denom: ATOM_VOUCHER, amount });
const stkAtom = (amount: bigint) => ({ denom: STK_ATOM, amount });
const DAY = 86_400n;

describe("liquidstakeibc previews", () => {
  it("previewLiquidStakeIbc: mint = TruncateInt(a × c), fee in stk = TruncateInt(fee × mint)", async () => {
    const preview = await previewLiquidStakeIbc(ibcChain({ cValue: "0.8123" }), { amount: atom(1_234_567n) });
    // 1,234,567 × 0.8123 = 1,002,838.7641 → 1,002,838; fee 1% → 10,028; received 992,810.
    expect(preview).toMatchObject({
      chainId: "cosmoshub-4",
      mintAmount: 1_002_838n,
      fee: stkAtom(10_028n),
      received: stkAtom(992_810n),
    });
    await expect(previewLiquidStakeIbc(ibcChain(), { amount: atom(9_999n) })).rejects.toMatchObject({
      reason: "BELOW_MINIMUM",
    });
    await expect(previewLiquidStakeIbc(ibcChain({ active: false }), { amount: atom(20_000n) })).rejects.toBeInstanceOf(
      HostChainInactiveError,
    );
    await expect(
      previewLiquidStakeIbc(ibcChain(), { amount: { denom: `ibc/${"1".repeat(64)}`, amount: 20_000n } }),
    ).rejects.toBeInstanceOf(UnknownHostChainError);
  });

  it("previewLiquidUnstakeIbc: fee, unbond with the rounded reciprocal, the epoch, and the claim date", async () => {
    const start = { seconds: NOW.seconds - 3_600n, nanos: 0 };
    const preview = await previewLiquidUnstakeIbc(ibcChain({ cValue: "0.8" }), {
      amount: stkAtom(1_000_000n),
      dayEpoch: { currentEpoch: 5n, currentEpochStartTime: start },
    });
    // fee 0.2% = 2,000; unstake 998,000; × 1.25 = 1,247,500.
    expect(preview).toMatchObject({
      fee: stkAtom(2_000n),
      unstakeAmount: stkAtom(998_000n),
      unbondAmount: { denom: "uatom", amount: 1_247_500n },
      unbondingEpoch: 8n,
    });
    // Epoch 8 ends 4 epochs after epoch 5 started; the host unbonding (21 days) follows.
    expect(preview.expectedClaim).toEqual({
      unbondingEpoch: 8n,
      currentEpoch: 5n,
      basis: "epochSchedule",
      undelegationTime: { seconds: start.seconds + 4n * DAY, nanos: 0 },
      claimableTime: { seconds: start.seconds + 4n * DAY + 1_814_400n, nanos: 0 },
      latestClaimableTime: { seconds: start.seconds + 4n * DAY + 1_814_400n, nanos: 0 },
    });
    // Without the epoch start: the newest deposit's epoch (5) and a one-epoch window ending at "now + 4 days".
    const window = (await previewLiquidUnstakeIbc(ibcChain(), { amount: stkAtom(1_000_000n) })).expectedClaim;
    expect(window).toMatchObject({ basis: "epochWindow", currentEpoch: 5n, unbondingEpoch: 8n });
    expect(window.latestClaimableTime).toEqual({ seconds: NOW.seconds + 4n * DAY + 1_814_400n, nanos: 0 });
    expect(window.claimableTime).toEqual({ seconds: NOW.seconds + 3n * DAY + 1_814_400n, nanos: 0 });
  });

  it("previewLiquidUnstakeIbc refuses an epoch whose unbondings would reach the host delegations", async () => {
    const client = ibcChain({ delegated: 2_000_000n, queued: { epoch: 8n, unbond: 800_000n } });
    await expect(previewLiquidUnstakeIbc(client, { amount: stkAtom(1_000_000n) })).rejects.toMatchObject({
      reason: "INSUFFICIENT_LIQUIDITY",
    });
    expect(
      (
        await previewLiquidUnstakeIbc(ibcChain({ delegated: 2_100_000n, queued: { epoch: 8n, unbond: 800_000n } }), {
          amount: stkAtom(1_000_000n),
        })
      ).unbondAmount.amount,
    ).toBe(1_247_500n);
  });

  it("expectedIbcClaimTime: the mature time once the undelegation was sent", async () => {
    const mature = NOW.seconds + 1_000_000n;
    const client = ibcChain({ queued: { epoch: 4n, unbond: 5n, matureTime: mature } });
    expect(await expectedIbcClaimTime(client, { chainId: "cosmoshub-4", epoch: 4n })).toMatchObject({
      basis: "matureTime",
      unbondingEpoch: 4n,
      claimableTime: { seconds: mature, nanos: 0 },
      undelegationTime: undefined,
    });
    const later = await expectedIbcClaimTime(ibcChain(), {
      chainId: "cosmoshub-4",
      epoch: 12n,
      dayEpoch: { currentEpoch: 5n, currentEpochStartTime: fromDate(new Date(0)) },
    });
    // Epoch 12 ends one unbonding cycle (4 days) after epoch 8: 8 days after epoch 5 started.
    expect(later.undelegationTime).toEqual({ seconds: 8n * DAY, nanos: 0 });
  });

  it("previewRedeemIbc: fee, TruncateInt((a − fee).Quo(c)), and the deposits that can pay it", async () => {
    const preview = await previewRedeemIbc(ibcChain({ cValue: "0.8", pendingDeposits: [600_000n, 700_000n] }), {
      amount: stkAtom(1_000_000n),
    });
    // fee 0.5% = 5,000; burn 995,000; / 0.8 = 1,243,750.
    expect(preview).toMatchObject({
      fee: stkAtom(5_000n),
      burnAmount: stkAtom(995_000n),
      redeemed: atom(1_243_750n),
      availableDeposits: 1_300_000n,
    });
    const refused = await previewRedeemIbc(ibcChain({ pendingDeposits: [1_000_000n] }), {
      amount: stkAtom(1_000_000n),
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ reason: "INSUFFICIENT_LIQUIDITY", code: "INSUFFICIENT_LIQUIDITY" });
  });

  it("a chain without x/liquidstakeibc says so", async () => {
    const client = scripted({ "/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock": latestBlock() });
    const error = await previewLiquidStakeIbc(client, { amount: atom(20_000n) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "QUERY_FAILED" });
    expect((error as Error).message).toMatch(/does not run x\/liquidstakeibc/);
  });
});
