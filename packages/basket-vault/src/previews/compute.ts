// The previews without I/O: core's basket math on a basket read from the chain (`BasketSnapshot`, or any
// `BasketState` and block time). These are the functions the chain runs for its own PreviewDeposit and
// PreviewRedeem queries and its Msgs, on the same state, so the figures agree to the unit. Refusals of the math
// (stale rates, a paused or halted basket, caps, an unknown constituent...) throw `BasketVaultError`.
import {
  type BasketCutState,
  type BasketPerformanceFeeResult,
  type BasketRedeemMode,
  type BasketState,
  type BasketTimestamp,
  basketCheckOperable,
  basketCutRequest,
  basketDeposit,
  basketHoldings,
  basketInstantRedeem,
  basketPerformanceFee,
  basketPricePerShare,
  basketRequestRedeem,
  type Coin,
  type Dec,
} from "@persistence-sdk/core";
import { BasketVaultError, refusing } from "../errors.js";
import { sdkCoins } from "../internal/convert.js";
import type { DepositPreview, RedeemPreview, RedeemRequest } from "../types.js";

/** What the pure previews read: core's basket state and the block time that counts as "now". */
export interface BasketStateAt {
  /** The basket as core reads it (`basketStateOf(basket, nav.shares)`). */
  readonly state: BasketState;
  /** The time freshness is judged at (the chain's previews and simulations use the latest block's). */
  readonly time: BasketTimestamp;
}

/** §2 What MsgDeposit would mint on `at`: core's `basketDeposit`, every check included. */
export function computeDepositPreview(
  at: BasketStateAt,
  input: { readonly denom: string; readonly amount: bigint },
): DepositPreview {
  const preview = refusing(() =>
    basketDeposit(at.state, { denom: input.denom, amount: input.amount, minSharesOut: 0n }, at.time),
  );
  return Object.freeze({
    shares: preview.shares,
    value: preview.value,
    feeRate: preview.feeRate,
    feeValue: preview.feeValue,
    netValue: preview.netValue,
    weightAfter: preview.weightAfter,
    pricePerShare: preview.pricePerShare,
  });
}

/**
 * §3 What an asynchronous request would pay if it were cut now (P_eff = P), with the price and (SINGLE) fee rate it
 * would lock: core's `basketRequestRedeem`. Requests are accepted while paused, halted or stale, so none of that
 * is checked. `out` is in sdk.Coins form, as the chain reports it.
 */
export function computeRedeemPreview(
  at: Pick<BasketStateAt, "state">,
  input: { readonly shares: bigint; readonly mode: BasketRedeemMode; readonly outDenom?: string },
): RedeemPreview {
  const preview = refusing(() =>
    basketRequestRedeem(at.state, {
      shares: input.shares,
      mode: input.mode,
      ...(input.outDenom === undefined ? {} : { outDenom: input.outDenom }),
    }),
  );
  return Object.freeze({ ...preview, out: sdkCoins(preview.out) });
}

/** §3 What MsgInstantRedeem would pay now from the idle buffer: core's `basketInstantRedeem`, every check included. */
export function computeInstantRedeemPreview(
  at: BasketStateAt,
  input: { readonly shares: bigint; readonly outDenom: string },
): RedeemPreview {
  const preview = refusing(() =>
    basketInstantRedeem(at.state, { shares: input.shares, outDenom: input.outDenom, minOut: 0n }, at.time),
  );
  return Object.freeze({ ...preview, out: sdkCoins(preview.out) });
}

/** One request's fate at a cut. */
export interface CutRequestPreview {
  /** The request's id. */
  readonly requestId: bigint;
  /** CUT: executed; RETURNED: its shares go back to the owner. */
  readonly status: "CUT" | "RETURNED";
  /** Why a request is returned. */
  readonly reason?: "BELOW_MIN_VALUE_OUT" | "NOT_COVERED";
  /** w = floor(s·min(P_req, P_cut)). */
  readonly value: bigint;
  /** Fee kept by the vault, in underlying base units. */
  readonly feeValue: bigint;
  /** Value less the fee, in underlying base units. */
  readonly netValue: bigint;
  /** LSTs owed (sdk.Coins form); empty when returned. */
  readonly expected: readonly Coin[];
}

/** What a cut of the open batch would do now. */
export interface CutPreview {
  /** The performance fee the cut runs first (its shares are minted before P_cut is fixed). */
  readonly performanceFee: BasketPerformanceFeeResult;
  /** P_cut: the price after the performance-fee shares. */
  readonly priceAtCut: Dec;
  /** Every PENDING request, in request order. */
  readonly requests: readonly CutRequestPreview[];
  /** Σ expected of the executed requests (sdk.Coins form). */
  readonly expected: readonly Coin[];
  /** Shares the cut burns. */
  readonly shares: bigint;
  /** When the cut is allowed: lastCutTime + epochSeconds. */
  readonly earliestCutTime: BasketTimestamp;
}

const NANOS = 1_000_000_000n;

function nanosOf(time: BasketTimestamp): bigint {
  return time.seconds * NANOS + BigInt(time.nanos);
}

/** `time + seconds`. */
export function addSeconds(time: BasketTimestamp, seconds: bigint): BasketTimestamp {
  return Object.freeze({ seconds: time.seconds + seconds, nanos: time.nanos });
}

/** The later of two times. */
export function laterOf(a: BasketTimestamp, b: BasketTimestamp): BasketTimestamp {
  return nanosOf(a) >= nanosOf(b) ? a : b;
}

/**
 * §3, §7 What MsgCutBatch would do on `at` with the given PENDING requests of the open batch (in request order):
 * the performance fee first (core's `basketPerformanceFee`, minting its shares into S), P_cut once, then core's
 * `basketCutRequest` request by request on the holdings the previous ones left. With `checks` (default) it refuses
 * as the Msg does: `EPOCH_NOT_ELAPSED` before lastCutTime + epochSeconds, and core's `basketCheckOperable`
 * (paused, halted, stale). Without, it estimates what a cut would pay at the current rates.
 */
export function computeCutPreview(
  at: BasketStateAt & {
    /** Block time of the last cut. */
    readonly lastCutTime: BasketTimestamp;
    readonly epochSeconds: bigint;
    /** Price-per-share high-water mark of the performance fee. */
    readonly highWaterMark: Dec;
    readonly navDown: bigint;
  },
  requests: readonly RedeemRequest[],
  options: { readonly checks?: boolean } = {},
): CutPreview {
  const earliestCutTime = addSeconds(at.lastCutTime, at.epochSeconds);
  if (options.checks !== false) {
    if (nanosOf(at.time) < nanosOf(earliestCutTime)) {
      throw new BasketVaultError("EPOCH_NOT_ELAPSED", "the basket's epoch has not passed since its last cut", {
        field: "basketId",
        value: { lastCutTime: at.lastCutTime.seconds, now: at.time.seconds },
        fix: `Cut at or after ${earliestCutTime.seconds} s (Unix time; lastCutTime + epochSeconds).`,
      });
    }
    refusing(() => basketCheckOperable(at.state, at.time));
  }
  const state = at.state;
  const performanceFee = refusing(() =>
    basketPerformanceFee({
      navDown: at.navDown,
      shares: state.shares,
      virtualOffset: state.virtualOffset,
      performanceFee: state.config.fees.performanceFee,
      highWaterMark: at.highWaterMark,
    }),
  );
  const supply = state.shares + performanceFee.feeShares;
  const priceAtCut = basketPricePerShare(at.navDown, supply, state.virtualOffset);
  let current: BasketCutState = {
    shares: supply,
    virtualOffset: state.virtualOffset,
    constituents: state.constituents.map((c) => ({ denom: c.denom, holdings: basketHoldings(c), rate: c.rate })),
  };
  const totals = new Map<string, bigint>();
  let burned = 0n;
  const results = requests
    .filter((r) => r.status === "PENDING")
    .map((r): CutRequestPreview => {
      const result = refusing(() =>
        basketCutRequest(
          current,
          {
            shares: r.shares,
            mode: r.mode,
            outDenom: r.outDenom,
            minValueOut: r.minValueOut,
            priceAtRequest: r.priceAtRequest,
            feeRate: r.feeRate,
          },
          priceAtCut,
        ),
      );
      current = result.next;
      if (result.status === "RETURNED") {
        return Object.freeze({
          requestId: r.id,
          status: "RETURNED",
          reason: result.reason,
          value: result.value,
          feeValue: result.feeValue,
          netValue: result.netValue,
          expected: [],
        });
      }
      burned += r.shares;
      for (const coin of result.expected) totals.set(coin.denom, (totals.get(coin.denom) ?? 0n) + coin.amount);
      return Object.freeze({
        requestId: r.id,
        status: "CUT",
        value: result.value,
        feeValue: result.feeValue,
        netValue: result.netValue,
        expected: sdkCoins(result.expected),
      });
    });
  return Object.freeze({
    performanceFee,
    priceAtCut,
    requests: Object.freeze(results),
    expected: sdkCoins([...totals].map(([denom, amount]) => ({ denom, amount }))),
    shares: burned,
    earliestCutTime,
  });
}
