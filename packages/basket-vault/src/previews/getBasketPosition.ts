// A holder's position in one basket, in shapes a UI renders directly: amounts as bigint with their denoms and display
// exponents (format with core's `formatAmount`), rates and weights as Dec, dates as Date. Every figure is core's
// basket math on state read at one height, the same functions the chain runs, so the numbers match what the chain
// would pay (`value` is what PreviewRedeem PRO_RATA values the shares at, `composition` what it pays).
import type { Client } from "@persistence-sdk/client";
import { type BasketRedeemMode, basketProRataOut, basketValueAtPrice, type Coin, Dec } from "@persistence-sdk/core";
import { balanceOf, readBasketSnapshot, requiredAccount } from "../internal/state.js";
import { accountArg, idArg, paramsArg } from "../internal/validate.js";
import { getPendingRewards } from "../queries/getPendingRewards.js";
import { getRedeemBatch } from "../queries/getRedeemBatch.js";
import { getRedeemRequest } from "../queries/getRedeemRequest.js";
import { getRedeemRequestsByOwner } from "../queries/getRedeemRequestsByOwner.js";
import { toDate } from "../time.js";
import type { Constituent, RedeemBatch, RedeemRequestStatus } from "../types.js";
import { addSeconds, type CutRequestPreview, computeCutPreview, laterOf } from "./compute.js";
import { type BasketYield, type BasketYieldOptions, basketYieldOf } from "./previewBasketYield.js";

/** Parameters of {@link getBasketPosition}. */
export interface GetBasketPositionParams {
  /** The basket's id. */
  readonly basketId: bigint;
  /** The holder (default: the client's signer). */
  readonly owner?: string;
  /** Options of the yield stack, or `false` to skip it (it reads x/alliance, x/mint, x/staking... state). */
  readonly yield?: BasketYieldOptions | false;
  /** Read the state at this height (default: the latest). */
  readonly height?: bigint;
}

/** The holder's slice of one constituent. */
export interface PositionConstituent {
  /** The constituent's denom. */
  readonly denom: string;
  /** What a PRO_RATA redemption of the holder's shares would pay of it now: floor(H·s/(S + VS)). */
  readonly amount: bigint;
  /** amount × rate, floored, in underlying base units. */
  readonly value: bigint;
  /** Normalised rate (underlying per LST). */
  readonly rate: Dec;
  /** Its current weight in the basket, and its target. */
  readonly weight: Dec;
  /** Target weight (a multiple of 10^-6). */
  readonly targetWeight: Dec;
  /** OK, HALTED or WINDING_DOWN. */
  readonly status: Constituent["status"];
}

/** An open redemption request of the holder. */
export interface PositionRequest {
  /** The request's id. */
  readonly requestId: bigint;
  /** The batch's id. */
  readonly batchId: bigint;
  /** PENDING (waiting for the cut; cancellable), CUT (unbonding) or CLAIMABLE. */
  readonly status: Extract<RedeemRequestStatus, "PENDING" | "CUT" | "CLAIMABLE">;
  /** PRO_RATA or SINGLE. */
  readonly mode: BasketRedeemMode;
  /** "" for PRO_RATA. */
  readonly outDenom: string;
  /** Shares (base units of the share denom). */
  readonly shares: bigint;
  /** When the request was made. */
  readonly requestedAt: Date;
  /** PENDING: the earliest cut (max(lastCutTime + epoch, now)); else when the batch was cut. */
  readonly cutAt: Date;
  /** When it becomes claimable: the batch's completion time (for PENDING, the earliest: cutAt + unbonding). */
  readonly claimableAt: Date;
  /** Whether `claim` pays it now. */
  readonly claimable: boolean;
  /**
   * Gross value in underlying base units: for PENDING an estimate at min(P_req, P_now) after the performance fee a
   * cut would take now; fixed at the cut.
   */
  readonly value: bigint;
  /** LSTs: PENDING an estimate as if cut now, CUT what the cut owes (a slash while unbonding may lower it), CLAIMABLE what the claim pays. */
  readonly out: readonly Coin[];
  /** True while `value` and `out` are estimates (PENDING), false once fixed. */
  readonly estimated: boolean;
  /** For a PENDING SINGLE request a cut now would return (its shares back): why. */
  readonly wouldBeReturned?: "BELOW_MIN_VALUE_OUT" | "NOT_COVERED";
}

/** A holder's position in a basket. */
export interface BasketPosition {
  /** The basket's id. */
  readonly basketId: bigint;
  /** The owner (holder) of the shares or request. */
  readonly owner: string;
  /** The share denom, `basket/{id}`. */
  readonly shareDenom: string;
  /** Display exponent of the share denom (underlying exponent + virtual offset). */
  readonly shareExponent: number;
  /** Base denom of the underlying. */
  readonly underlyingDenom: string;
  /** Display exponent of the underlying. */
  readonly underlyingExponent: number;
  /** Shares the holder holds (bank balance). */
  readonly shares: bigint;
  /** Shares escrowed in the holder's PENDING requests (still in S and still earning rewards). */
  readonly escrowedShares: bigint;
  /** (shares + escrowed) / S. */
  readonly shareOfBasket: Dec;
  /** P, underlying base units per share base unit. */
  readonly pricePerShare: Dec;
  /** floor(shares·P), in underlying base units: what the held shares redeem for (before any fee). */
  readonly value: bigint;
  /** What the held shares are exposed to: a slice of every constituent's holdings. */
  readonly composition: readonly PositionConstituent[];
  /** Open requests (PENDING, CUT, CLAIMABLE), by id. */
  readonly requests: readonly PositionRequest[];
  /** Ids of the CLAIMABLE requests: pass them to `claim` (or call it without ids). */
  readonly claimableRequestIds: readonly bigint[];
  /** Restaking rewards `claimRewards` pays now (harvested ones). */
  readonly pendingRewards: Coin;
  /** The yield stack of the share (undefined with `yield: false`). */
  readonly yield: BasketYield | undefined;
  /** Whether deposits and instant redemptions are possible now (ACTIVE, nothing HALTED, rates fresh). */
  readonly operable: boolean;
  /** The height of the state read. */
  readonly height: bigint;
  /** That block's time. */
  readonly time: Date;
}

const OPEN: ReadonlySet<RedeemRequestStatus> = new Set(["PENDING", "CUT", "CLAIMABLE"]);

/**
 * A holder's position in one basket: shares and their value in the underlying, the composition they are exposed
 * to, pending and claimable requests with their dates and amounts, pending rewards, and the yield stack. Read at
 * one height; every figure is core's basket math on it.
 *
 * @example
 * const p = await getBasketPosition(client, { basketId: 1n, yield: { underlyingPrice: Dec.fromString("25") } });
 * formatAmount(p.value, p.underlyingExponent); p.requests.filter((r) => r.claimable); p.yield?.stack.netApr;
 */
export async function getBasketPosition(client: Client, params: GetBasketPositionParams): Promise<BasketPosition> {
  paramsArg(params, "getBasketPosition");
  const basketId = idArg(params.basketId, "basketId");
  const owner = await requiredAccount(
    client,
    params.owner === undefined ? undefined : accountArg(client.chain, params.owner, "owner"),
    "owner",
    "getBasketPosition",
  );
  const snapshot = await readBasketSnapshot(client, basketId, params.height);
  const at = snapshot.height === 0n ? {} : { height: snapshot.height };
  const { basket, nav, state } = snapshot;
  const [shares, requests, rewards, yieldStack] = await Promise.all([
    balanceOf(client, owner, basket.shareDenom, snapshot.height),
    getRedeemRequestsByOwner(client, { owner, basketId, ...at }),
    getPendingRewards(client, { basketId, owner, ...at }),
    params.yield === false ? Promise.resolve(undefined) : basketYieldOf(client, snapshot, params.yield ?? {}),
  ]);
  const open = requests.filter((r) => OPEN.has(r.status));
  const batchIds = [...new Set(open.filter((r) => r.status !== "PENDING").map((r) => r.batchId))];
  const batches = new Map<bigint, RedeemBatch>(
    (await Promise.all(batchIds.map((batchId) => getRedeemBatch(client, { batchId, ...at })))).map((b) => [b.id, b]),
  );

  const price = nav.pricePerShare;
  const composition = basket.constituents.map((c, i): PositionConstituent => {
    const line = nav.constituents[i]!;
    const amount = basketProRataOut(line.holdings, shares, state.shares, state.virtualOffset, price, price);
    return Object.freeze({
      denom: c.denom,
      amount,
      value: basketValueAtPrice(amount, line.rate),
      rate: line.rate,
      weight: line.weight,
      targetWeight: line.targetWeight,
      status: line.status,
    });
  });

  // PENDING requests are estimated as a cut of the open batch would execute them now: the performance fee first,
  // then every pending request of the batch in order (each one's payout depends on the holdings the earlier ones
  // left), with core's `computeCutPreview`. Exact if nothing changes before the cut (rates, holdings, requests).
  const pending = open.filter((r) => r.status === "PENDING");
  const estimates = new Map<bigint, CutRequestPreview>();
  if (pending.length > 0) {
    const batch = await getRedeemBatch(client, { batchId: basket.openBatchId, ...at });
    const own = new Map(pending.map((r) => [r.id, r]));
    const batchRequests = await Promise.all(
      batch.requestIds.map((requestId) => own.get(requestId) ?? getRedeemRequest(client, { requestId, ...at })),
    );
    const cut = computeCutPreview(
      {
        state,
        time: snapshot.time,
        lastCutTime: basket.lastCutTime,
        epochSeconds: basket.config.epochSeconds,
        highWaterMark: basket.highWaterMark,
        navDown: nav.navDown,
      },
      batchRequests,
      { checks: false },
    );
    for (const r of cut.requests) estimates.set(r.requestId, r);
  }
  const earliestCut = laterOf(addSeconds(basket.lastCutTime, basket.config.epochSeconds), snapshot.time);
  const positionRequests = open.map((r): PositionRequest => {
    const base = {
      requestId: r.id,
      batchId: r.batchId,
      status: r.status as PositionRequest["status"],
      mode: r.mode,
      outDenom: r.outDenom,
      shares: r.shares,
      requestedAt: toDate(r.requestTime),
    };
    if (r.status === "PENDING") {
      const estimate = estimates.get(r.id);
      return Object.freeze({
        ...base,
        cutAt: toDate(earliestCut),
        claimableAt: toDate(addSeconds(earliestCut, basket.config.unbondingSeconds)),
        claimable: false,
        value: estimate?.value ?? 0n,
        out: estimate?.expected ?? [],
        estimated: true,
        ...(estimate?.reason === undefined ? {} : { wouldBeReturned: estimate.reason }),
      });
    }
    const batch = batches.get(r.batchId);
    return Object.freeze({
      ...base,
      cutAt: toDate(batch?.cutTime ?? snapshot.time),
      claimableAt: toDate(batch?.completionTime ?? snapshot.time),
      claimable: r.status === "CLAIMABLE",
      value: r.value,
      out: r.status === "CLAIMABLE" ? r.paid : r.expected,
      estimated: false,
    });
  });

  const escrowedShares = open.filter((r) => r.status === "PENDING").reduce((sum, r) => sum + r.shares, 0n);
  return Object.freeze({
    basketId,
    owner,
    shareDenom: basket.shareDenom,
    shareExponent: basket.underlyingExponent + basket.virtualOffset,
    underlyingDenom: basket.underlyingDenom,
    underlyingExponent: basket.underlyingExponent,
    shares,
    escrowedShares,
    shareOfBasket:
      state.shares === 0n ? Dec.ZERO : Dec.fromInt(shares + escrowedShares).quoTruncate(Dec.fromInt(state.shares)),
    pricePerShare: price,
    value: basketValueAtPrice(shares, price),
    composition: Object.freeze(composition),
    requests: Object.freeze(positionRequests),
    claimableRequestIds: Object.freeze(positionRequests.filter((r) => r.claimable).map((r) => r.requestId)),
    pendingRewards: rewards.rewards,
    yield: yieldStack,
    operable: nav.status === "ACTIVE" && !nav.halted && nav.ratesFresh,
    height: snapshot.height,
    time: toDate(snapshot.time),
  });
}
