// The position summary's math without a chain: a scripted node answers the queries (basket, valuation, balance,
// requests, batch, rewards) with hand-made state, and every figure is checked against the formulas of §1 and §3.
import { create, type DescMessage, type MessageInitShape, toBinary } from "@bufbuild/protobuf";
import type { CometLike } from "@persistence-sdk/client";
import { Dec } from "@persistence-sdk/core";
import { QueryBalanceResponseSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import {
  BasketStatus,
  BatchStatus,
  ConstituentStatus,
  QueryBasketResponseSchema,
  QueryBatchResponseSchema,
  QueryNavResponseSchema,
  QueryPendingRewardsResponseSchema,
  QueryRequestsByOwnerResponseSchema,
  RateDirection,
  RedeemMode,
  RequestStatus,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { describe, expect, it } from "vitest";
import { ACCOUNT, d, fakeClient, Q_ATOM, ST_ATOM } from "../testing.test-support.js";
import { getBasketPosition } from "./getBasketPosition.js";

const T0 = 1_800_000_000n;
const DAY = 86_400n;
const dec = (text: string) => d(text).toProto();

/** A node answering each ABCI path with a fixed message. */
function routedComet(routes: Record<string, [DescMessage, MessageInitShape<DescMessage>]>): CometLike {
  return {
    async abciQuery(params) {
      const route = routes[params.path];
      if (route === undefined)
        return { code: 6, codespace: "sdk", log: `no route ${params.path}`, value: new Uint8Array() };
      const [schema, value] = route;
      return { code: 0, codespace: "", log: "", value: toBinary(schema, create(schema, value)), height: 42 };
    },
    async broadcastTxSync() {
      throw new Error("not scripted");
    },
    async txSearch() {
      return { txs: [], totalCount: 0 };
    },
    disconnect() {},
  };
}

// A basket of 8,000,000 ustATOM at 1.25 and 5,000,000 uqATOM at 1.40 (E3), S = 17,000,000,000 shares, no fees.
const constituents = [
  { denom: ST_ATOM, rate: "1.25", idle: 2_000_000n, restaked: 6_000_000n },
  { denom: Q_ATOM, rate: "1.4", idle: 5_000_000n, restaked: 0n },
];
const basket = {
  id: 5n,
  underlyingDenom: "uatom",
  underlyingExponent: 6,
  shareDenom: "basket/5",
  virtualOffset: 3,
  status: BasketStatus.ACTIVE,
  constituents: constituents.map((c) => ({
    denom: c.denom,
    direction: RateDirection.UNDERLYING_PER_LST,
    status: ConstituentStatus.OK,
    idle: c.idle.toString(),
    restaked: c.restaked.toString(),
    rate: dec(c.rate),
    raw: dec(c.rate),
    sourceTime: { seconds: T0 },
    updateTime: { seconds: T0 },
    targetWeight: dec("0.5"),
    minWeight: "0",
    maxWeight: dec("1"),
    capValue: "0",
    apr: "0",
    liquidity: "0",
  })),
  config: {
    fees: {
      feeBase: "0",
      feeSlope: "0",
      feeMax: "0",
      redeemBase: "0",
      redeemSlope: "0",
      instantFee: "0",
      performanceFee: "0",
    },
    maxStalenessSeconds: DAY,
    epochSeconds: DAY,
    unbondingSeconds: 21n * DAY,
    restaking: { validators: [], idleBufferTarget: "0" },
  },
  highWaterMark: dec("0.001"),
  lastCutTime: { seconds: T0 - 3_600n },
  openBatchId: 3n,
  rewards: { rewardDenom: "uxprt", rewardIndex: "0", unpaid: "0" },
};
const nav = {
  basketId: 5n,
  nav: dec("17000000"),
  navDown: "17000000",
  navUp: "17000000",
  shares: "17000000000",
  pricePerShare: Dec.fromAtomics(((17_000_000n + 1n) * 10n ** 18n) / 17_000_001_000n).toProto(),
  highWaterMark: dec("0.001"),
  status: BasketStatus.ACTIVE,
  ratesFresh: true,
  halted: false,
  constituents: constituents.map((c) => {
    const holdings = c.idle + c.restaked;
    const value = d(c.rate).mulInt(holdings);
    return {
      denom: c.denom,
      holdings: holdings.toString(),
      idle: c.idle.toString(),
      restaked: c.restaked.toString(),
      rate: dec(c.rate),
      value: value.toProto(),
      weight: value.quoTruncate(d("17000000")).toProto(),
      targetWeight: dec("0.5"),
      status: ConstituentStatus.OK,
      rateAgeSeconds: 60n,
      rateFresh: true,
    };
  }),
  time: { seconds: T0 + 60n },
};
const pendingRequest = {
  id: 9n,
  basketId: 5n,
  owner: ACCOUNT,
  receiver: ACCOUNT,
  shares: "1000000000",
  mode: RedeemMode.PRO_RATA,
  outDenom: "",
  minValueOut: "0",
  priceAtRequest: dec("0.001"),
  feeRate: "0",
  batchId: 3n,
  status: RequestStatus.PENDING,
  requestTime: { seconds: T0 },
  value: "0",
  feeValue: "0",
};

const routes = {
  "/persistence.basketvault.v1.Query/Nav": [QueryNavResponseSchema, nav],
  "/persistence.basketvault.v1.Query/Basket": [QueryBasketResponseSchema, { basket }],
  "/cosmos.bank.v1beta1.Query/Balance": [
    QueryBalanceResponseSchema,
    { balance: { denom: "basket/5", amount: "6000000000" } },
  ],
  "/persistence.basketvault.v1.Query/RequestsByOwner": [
    QueryRequestsByOwnerResponseSchema,
    { requests: [pendingRequest] },
  ],
  "/persistence.basketvault.v1.Query/Batch": [
    QueryBatchResponseSchema,
    { batch: { id: 3n, basketId: 5n, status: BatchStatus.OPEN, requestIds: [9n], shares: "0" } },
  ],
  "/persistence.basketvault.v1.Query/PendingRewards": [
    QueryPendingRewardsResponseSchema,
    { rewards: { denom: "uxprt", amount: "77" }, shares: "7000000000", rewardIndex: dec("0.00000001") },
  ],
} as unknown as Record<string, [DescMessage, MessageInitShape<DescMessage>]>;

describe("getBasketPosition's math", () => {
  it("values the shares, slices the holdings, estimates the request and dates it", async () => {
    const position = await getBasketPosition(fakeClient(routedComet(routes)), {
      basketId: 5n,
      owner: ACCOUNT,
      yield: false,
    });
    const s = 6_000_000_000n;
    const total = 17_000_000_000n + 1_000n; // S + VS
    expect(position).toMatchObject({
      shares: s,
      escrowedShares: 1_000_000_000n,
      shareExponent: 9,
      // floor(s·P), P = QuoTruncate(A_dn + 1, S + VS)
      value: (s * ((17_000_001n * 10n ** 18n) / total)) / 10n ** 18n,
      pendingRewards: { denom: "uxprt", amount: 77n },
      operable: true,
      height: 42n,
    });
    expect(position.shareOfBasket.toString()).toBe(d("7").quoTruncate(d("17")).toString());
    // PRO_RATA slice of each constituent: floor(H·s/(S + VS)), and its value at the rate.
    expect(position.composition.map((c) => [c.denom, c.amount, c.value])).toEqual([
      [ST_ATOM, (8_000_000n * s) / total, (((8_000_000n * s) / total) * 125n) / 100n],
      [Q_ATOM, (5_000_000n * s) / total, (((5_000_000n * s) / total) * 14n) / 10n],
    ]);
    const [request] = position.requests;
    // Cut now at P_cut = P (no performance fee), P_eff = min(0.001, P) = P.
    expect(request).toMatchObject({
      requestId: 9n,
      status: "PENDING",
      estimated: true,
      claimable: false,
      out: [
        { denom: Q_ATOM, amount: (5_000_000n * 1_000_000_000n) / total },
        { denom: ST_ATOM, amount: (8_000_000n * 1_000_000_000n) / total },
      ].sort((a, b) => (a.denom < b.denom ? -1 : 1)),
    });
    // The next cut: lastCutTime + epoch (later than now); claimable 21 days after it.
    expect(request!.cutAt.getTime()).toBe(Number(T0 - 3_600n + DAY) * 1000);
    expect(request!.claimableAt.getTime()).toBe(Number(T0 - 3_600n + 22n * DAY) * 1000);
    expect(request!.requestedAt.getTime()).toBe(Number(T0) * 1000);
    expect(position.time.getTime()).toBe(Number(T0 + 60n) * 1000);
  });
});
