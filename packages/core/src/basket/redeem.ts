import type { Coin } from "../coins.js";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { basketFeeValue } from "./deposit.js";
import {
  checkBasketAmount,
  checkBasketNonNegativeDec,
  checkBasketPositiveAmount,
  checkFraction,
  checkPositiveRate,
  decAtomics,
  minBig,
  ONE,
  virtualShares,
} from "./internal.js";
import { basketHoldings, basketHoldingsValue, basketNav, basketNavDown, basketPricePerShare } from "./nav.js";
import { basketCheckOperable, basketConstituentIndex, basketNavRate } from "./rate.js";
import type { BasketConstituent, BasketFeeConfig, BasketRedeemMode, BasketState, BasketTimestamp } from "./types.js";

/** §3 Redemption value of s shares, `w(s) = floor(s·(A_dn + VA) / (S + VS))`: one floor of the exact fraction. */
export function basketRedemptionValue(
  shares: bigint,
  navDown: bigint,
  totalShares: bigint,
  virtualOffset: number,
): bigint {
  checkBasketAmount(shares, "shares");
  checkBasketAmount(navDown, "navDown");
  checkBasketAmount(totalShares, "totalShares");
  return (shares * (navDown + 1n)) / (totalShares + virtualShares(virtualOffset));
}

/** §3 Gross value of s shares at a price per share, `w = floor(s·P)`. */
export function basketValueAtPrice(shares: bigint, pricePerShare: Dec): bigint {
  checkBasketAmount(shares, "shares");
  return (shares * checkBasketNonNegativeDec(pricePerShare, "pricePerShare")) / ONE;
}

/** §3 Price a cut pays at, `P_eff = min(P_req, P_cut)`. */
export function basketEffectivePrice(priceAtRequest: Dec, priceAtCut: Dec): Dec {
  checkBasketNonNegativeDec(priceAtRequest, "priceAtRequest");
  checkBasketNonNegativeDec(priceAtCut, "priceAtCut");
  return Dec.min(priceAtRequest, priceAtCut);
}

/**
 * §3 PRO_RATA output of one constituent, `floor(H_i·s/(S + VS))` scaled by `P_eff/P_cut`, as one exact floor:
 * `floor(H_i·s·P_eff / (P_cut·(S + VS)))`.
 */
export function basketProRataOut(
  holdings: bigint,
  shares: bigint,
  totalShares: bigint,
  virtualOffset: number,
  priceAtRequest: Dec,
  priceAtCut: Dec,
): bigint {
  checkBasketAmount(holdings, "holdings");
  checkBasketAmount(shares, "shares");
  checkBasketAmount(totalShares, "totalShares");
  const denominator = totalShares + virtualShares(virtualOffset);
  const effective = basketEffectivePrice(priceAtRequest, priceAtCut).atomics;
  const atCut = priceAtCut.atomics;
  // P_eff = P_cut (the common case, and P_cut = 0) scales by exactly 1.
  if (effective === atCut) return (holdings * shares) / denominator;
  return (holdings * shares * effective) / (atCut * denominator);
}

/**
 * §3 Weight of constituent k after a SINGLE (or instant) redemption of gross value w:
 * `QuoTruncate(max(0, H_k·v_k − w), A − w)`, 0 when nothing is left. The gross value (fee included) is taken out
 * because the fee is not known before the weight is; that reads the weight slightly low, so the fee slightly high,
 * which favours the vault.
 */
export function basketWeightAfterRedeem(holdings: bigint, rate: Dec, nav: Dec, value: bigint): Dec {
  checkBasketAmount(value, "value");
  const left = basketHoldingsValue(holdings, rate).atomics - value * ONE;
  const navLeft = decAtomics(nav, "nav") - value * ONE;
  if (left <= 0n || navLeft <= 0n) return Dec.ZERO;
  return Dec.fromAtomics(minBig((left * ONE) / navLeft, ONE));
}

/**
 * §3 Single-redeem fee rate, locked at request:
 * `f = min(fee_max, redeem_base + redeem_slope·max(0, target_k − w_after_k))`, the product truncated.
 */
export function basketRedeemFeeRate(
  weightAfter: Dec,
  targetWeight: Dec,
  fees: Pick<BasketFeeConfig, "redeemBase" | "redeemSlope" | "feeMax">,
): Dec {
  const base = checkFraction(fees.redeemBase, "fees.redeemBase", true);
  const slope = checkBasketNonNegativeDec(fees.redeemSlope, "fees.redeemSlope");
  const max = checkFraction(fees.feeMax, "fees.feeMax", true);
  const shortfall = decAtomics(targetWeight, "targetWeight") - decAtomics(weightAfter, "weightAfter");
  return Dec.fromAtomics(minBig(max, base + (shortfall > 0n ? (slope * shortfall) / ONE : 0n)));
}

/** §3 LST paid for a net value, `out_k = floor(w_net / v_k)`. */
export function basketSingleOut(netValue: bigint, rate: Dec): bigint {
  checkBasketAmount(netValue, "netValue");
  return (netValue * ONE) / checkPositiveRate(rate, "rate");
}

/** What a redemption pays (PreviewRedeem, MsgRequestRedeem's locked terms, MsgInstantRedeemResponse). */
export interface BasketRedeemPreview {
  /** Gross value `w = floor(s·P)`. */
  readonly value: bigint;
  /** Single-redeem fee (locked at request), the instant fee, or 0 for PRO_RATA. */
  readonly feeRate: Dec;
  /** `ceil(w·fee_rate)`, kept by the vault. */
  readonly feeValue: bigint;
  /** `w − fee_value`. */
  readonly netValue: bigint;
  /** LSTs paid, in listing order (PRO_RATA: every constituent, zeros included; SINGLE/instant: one). */
  readonly out: readonly Coin[];
  /** Price per share P (P_req of a request). */
  readonly pricePerShare: Dec;
  /** Weight of out_denom after the redemption; 0 for PRO_RATA. */
  readonly weightAfter: Dec;
}

/** What a redemption needs to know about its basket. */
export type BasketRedeemBasket = Pick<BasketState, "virtualOffset" | "shares"> & {
  readonly constituents: readonly Pick<
    BasketConstituent,
    "denom" | "status" | "idle" | "restaked" | "rate" | "halt" | "targetWeight"
  >[];
  readonly config: { readonly fees: Pick<BasketFeeConfig, "redeemBase" | "redeemSlope" | "feeMax"> };
};

/** An asynchronous redemption request (MsgRequestRedeem / PreviewRedeem). */
export interface BasketRedeemInput {
  readonly shares: bigint;
  readonly mode: BasketRedeemMode;
  /** Constituent paid in SINGLE mode; empty or absent for PRO_RATA. */
  readonly outDenom?: string;
}

function checkRedeemShares(shares: bigint, totalShares: bigint, field: string): bigint {
  checkBasketPositiveAmount(shares, field);
  if (shares > checkBasketAmount(totalShares, "shares supply")) {
    throw new SdkError("INSUFFICIENT_FUNDS", "more shares than the basket has", {
      field,
      value: shares,
      fix: `Redeem at most ${totalShares} shares.`,
    });
  }
  return shares;
}

/**
 * §3 An asynchronous request and its preview: P_req and, for SINGLE, the locked fee rate from k's weight after the
 * redemption, with the payout as if the batch were cut now (P_eff = P). Requests are allowed while paused, halted or
 * stale, so nothing of that is checked here; whether a SINGLE request will be covered is decided at the cut.
 */
export function basketRequestRedeem(basket: BasketRedeemBasket, input: BasketRedeemInput): BasketRedeemPreview {
  const shares = checkRedeemShares(input.shares, basket.shares, "shares");
  const nav = basketNav(basket.constituents);
  const price = basketPricePerShare(basketNavDown(nav), basket.shares, basket.virtualOffset);
  const value = basketValueAtPrice(shares, price);
  if (input.mode === "PRO_RATA") {
    if (input.outDenom !== undefined && input.outDenom !== "") {
      throw new SdkError("INVALID_ARGUMENT", "a PRO_RATA redemption pays every constituent", {
        field: "outDenom",
        value: input.outDenom,
        fix: 'Leave outDenom empty for PRO_RATA, or use mode "SINGLE".',
      });
    }
    const out = basket.constituents.map((c) => ({
      denom: c.denom,
      amount: basketProRataOut(basketHoldings(c), shares, basket.shares, basket.virtualOffset, price, price),
    }));
    return {
      value,
      feeRate: Dec.ZERO,
      feeValue: 0n,
      netValue: value,
      out,
      pricePerShare: price,
      weightAfter: Dec.ZERO,
    };
  }
  if (input.mode !== "SINGLE") {
    throw new SdkError("INVALID_ARGUMENT", "unknown redeem mode", {
      field: "mode",
      value: input.mode,
      fix: 'Use "PRO_RATA" or "SINGLE".',
    });
  }
  const k = basketConstituentIndex(basket.constituents, input.outDenom ?? "", "outDenom");
  const c = basket.constituents[k]!;
  const rate = basketNavRate(c);
  const weightAfter = basketWeightAfterRedeem(basketHoldings(c), rate, nav, value);
  const feeRate = basketRedeemFeeRate(weightAfter, c.targetWeight, basket.config.fees);
  const feeValue = basketFeeValue(value, feeRate);
  const netValue = value - feeValue;
  return {
    value,
    feeRate,
    feeValue,
    netValue,
    out: [{ denom: c.denom, amount: basketSingleOut(netValue, rate) }],
    pricePerShare: price,
    weightAfter,
  };
}

/** Holdings and supply a cut works on; updated request by request. */
export interface BasketCutState {
  readonly shares: bigint;
  readonly virtualOffset: number;
  /** Listing order. `rate` is the rate in force (nothing is HALTED at a cut). */
  readonly constituents: readonly { readonly denom: string; readonly holdings: bigint; readonly rate: Dec }[];
}

/** The locked terms of one request (proto `RedeemRequest`). */
export interface BasketCutRequestInput {
  readonly shares: bigint;
  readonly mode: BasketRedeemMode;
  readonly outDenom?: string;
  readonly minValueOut: bigint;
  readonly priceAtRequest: Dec;
  /** Locked single-redeem fee rate; 0 for PRO_RATA. */
  readonly feeRate: Dec;
}

/** A request executed by a cut: shares burned, `expected` moved out of holdings. */
export interface BasketCutExecuted {
  readonly status: "CUT";
  /** `w = floor(s·P_eff)`. */
  readonly value: bigint;
  readonly feeValue: bigint;
  readonly netValue: bigint;
  /** LSTs owed, listing order; PRO_RATA lists every constituent, SINGLE only out_denom. */
  readonly expected: readonly Coin[];
  /** Holdings and supply after this request. */
  readonly next: BasketCutState;
}

/** A request the cut could not execute: the shares go back to the owner (§3). */
export interface BasketCutReturned {
  readonly status: "RETURNED";
  readonly reason: "BELOW_MIN_VALUE_OUT" | "NOT_COVERED";
  readonly value: bigint;
  readonly feeValue: bigint;
  readonly netValue: bigint;
  readonly next: BasketCutState;
}

/**
 * §3 One request at the cut, with `P_eff = min(P_req, P_cut)`. PRO_RATA pays `floor(H_i·s·P_eff/(P_cut·(S + VS)))`
 * of each constituent, no fee. SINGLE(k) pays `out_k = floor(w_net / v_k)` with `w = floor(s·P_eff)` and
 * `w_net = w − ceil(w·f_req)`, and is RETURNED when `w_net < min_value_out` or `out_k > H_k`.
 */
export function basketCutRequest(
  state: BasketCutState,
  request: BasketCutRequestInput,
  priceAtCut: Dec,
): BasketCutExecuted | BasketCutReturned {
  const shares = checkRedeemShares(request.shares, state.shares, "request.shares");
  const priceAtRequest = request.priceAtRequest;
  const value = basketValueAtPrice(shares, basketEffectivePrice(priceAtRequest, priceAtCut));
  if (request.mode === "PRO_RATA") {
    const expected = state.constituents.map((c) => ({
      denom: c.denom,
      amount: basketProRataOut(c.holdings, shares, state.shares, state.virtualOffset, priceAtRequest, priceAtCut),
    }));
    const next: BasketCutState = {
      ...state,
      shares: state.shares - shares,
      constituents: state.constituents.map((c, i) => ({ ...c, holdings: c.holdings - expected[i]!.amount })),
    };
    return { status: "CUT", value, feeValue: 0n, netValue: value, expected, next };
  }
  if (request.mode !== "SINGLE") {
    throw new SdkError("INVALID_ARGUMENT", "unknown redeem mode", {
      field: "request.mode",
      value: request.mode,
      fix: 'Use "PRO_RATA" or "SINGLE".',
    });
  }
  const k = basketConstituentIndex(state.constituents, request.outDenom ?? "", "request.outDenom");
  const c = state.constituents[k]!;
  const feeValue = basketFeeValue(value, request.feeRate);
  const netValue = value - feeValue;
  const minValueOut = checkBasketAmount(request.minValueOut, "request.minValueOut");
  if (netValue < minValueOut) {
    return { status: "RETURNED", reason: "BELOW_MIN_VALUE_OUT", value, feeValue, netValue, next: state };
  }
  const out = basketSingleOut(netValue, c.rate);
  if (out > checkBasketAmount(c.holdings, `constituents[${k}].holdings`)) {
    return { status: "RETURNED", reason: "NOT_COVERED", value, feeValue, netValue, next: state };
  }
  const next: BasketCutState = {
    ...state,
    shares: state.shares - shares,
    constituents: state.constituents.map((x, i) => (i === k ? { ...x, holdings: x.holdings - out } : x)),
  };
  return { status: "CUT", value, feeValue, netValue, expected: [{ denom: c.denom, amount: out }], next };
}

/** A whole cut: each request's result, in order, the batch's totals and the state after. */
export interface BasketCutBatchResult {
  readonly results: readonly (BasketCutExecuted | BasketCutReturned)[];
  /** Σ expected of executed requests per constituent, listing order. */
  readonly expected: readonly Coin[];
  /** Shares burned (executed requests only). */
  readonly shares: bigint;
  readonly next: BasketCutState;
}

/**
 * §3 Cut: runs {@link basketCutRequest} over a batch's PENDING requests in request order at one P_cut. The caller
 * checks first what a cut needs (epoch passed, {@link basketCheckOperable}) and computes P_cut once, before any burn.
 */
export function basketCutBatch(
  state: BasketCutState,
  requests: readonly BasketCutRequestInput[],
  priceAtCut: Dec,
): BasketCutBatchResult {
  let current = state;
  const totals = new Map<string, bigint>(state.constituents.map((c) => [c.denom, 0n]));
  const results = requests.map((request) => {
    const result = basketCutRequest(current, request, priceAtCut);
    if (result.status === "CUT") {
      for (const coin of result.expected) totals.set(coin.denom, (totals.get(coin.denom) ?? 0n) + coin.amount);
    }
    current = result.next;
    return result;
  });
  return {
    results,
    expected: state.constituents.map((c) => ({ denom: c.denom, amount: totals.get(c.denom) ?? 0n })),
    shares: state.shares - current.shares,
    next: current,
  };
}

/** A request's payout at completion, and what stays in the vault. */
export interface BasketBatchCompletion {
  /** Per request (input order), per denom of its `expected`: `floor(expected_req·received / expected_batch)`. */
  readonly paid: readonly (readonly Coin[])[];
  /** Per denom of the batch: `received − Σ paid`, which stays in the vault. */
  readonly dust: readonly Coin[];
}

/**
 * §3 Completion: each request gets `floor(expected_req_i·received_i / expected_batch_i)`, where `expected_batch` is
 * Σ expected over the requests given; Σ paid ≤ received per denom, the dust stays. Throws `INVALID_AMOUNT` if more
 * came back than was expected, or a denom came back that no request expected.
 */
export function basketCompleteBatch(
  expected: readonly (readonly Coin[])[],
  received: readonly Coin[],
): BasketBatchCompletion {
  const totals = new Map<string, bigint>();
  expected.forEach((coins, r) => {
    for (const coin of coins) {
      checkBasketAmount(coin.amount, `expected[${r}].${coin.denom}`);
      totals.set(coin.denom, (totals.get(coin.denom) ?? 0n) + coin.amount);
    }
  });
  const back = new Map<string, bigint>();
  for (const coin of received) {
    const amount = checkBasketAmount(coin.amount, `received.${coin.denom}`);
    const owed = totals.get(coin.denom) ?? 0n;
    if (back.has(coin.denom) || amount > owed) {
      throw new SdkError("INVALID_AMOUNT", "received more than the batch expected", {
        field: `received.${coin.denom}`,
        value: amount,
        fix: `At most ${owed} ${coin.denom} can come back (the batch's expected); a denom must be listed once.`,
      });
    }
    back.set(coin.denom, amount);
  }
  const paidTotals = new Map<string, bigint>();
  const paid = expected.map((coins) =>
    coins.map((coin) => {
      const total = totals.get(coin.denom)!;
      const amount = total === 0n ? 0n : (coin.amount * (back.get(coin.denom) ?? 0n)) / total;
      paidTotals.set(coin.denom, (paidTotals.get(coin.denom) ?? 0n) + amount);
      return { denom: coin.denom, amount };
    }),
  );
  const dust = [...totals.keys()].map((denom) => ({
    denom,
    amount: (back.get(denom) ?? 0n) - (paidTotals.get(denom) ?? 0n),
  }));
  return { paid, dust };
}

/** What an instant redemption needs to know about its basket. */
export type BasketInstantRedeemBasket = Pick<BasketState, "status" | "virtualOffset" | "shares"> & {
  readonly constituents: readonly Pick<
    BasketConstituent,
    "denom" | "status" | "idle" | "restaked" | "rate" | "halt" | "updateTime"
  >[];
  readonly config: {
    readonly maxStalenessSeconds: bigint;
    readonly fees: Pick<BasketFeeConfig, "instantFee">;
  };
};

/** An instant redemption (MsgInstantRedeem). */
export interface BasketInstantRedeemInput {
  readonly shares: bigint;
  readonly outDenom: string;
  /** Fewest LST base units accepted. */
  readonly minOut?: bigint;
}

/**
 * §3 Instant redemption from the idle buffer: needs the basket ACTIVE, nothing HALTED and fresh rates;
 * `w = floor(s·P)`, `w_net = w − ceil(w·instant_fee)`, `out = floor(w_net / v_k)`. Throws `INSUFFICIENT_LIQUIDITY`
 * when idle cannot pay it and `SLIPPAGE` when `out` is 0 or below `minOut`.
 */
export function basketInstantRedeem(
  basket: BasketInstantRedeemBasket,
  input: BasketInstantRedeemInput,
  now: BasketTimestamp,
): BasketRedeemPreview {
  const shares = checkRedeemShares(input.shares, basket.shares, "shares");
  const minOut = checkBasketAmount(input.minOut ?? 0n, "minOut");
  const k = basketConstituentIndex(basket.constituents, input.outDenom, "outDenom");
  basketCheckOperable(basket, now);
  const c = basket.constituents[k]!;
  const nav = basketNav(basket.constituents);
  const price = basketPricePerShare(basketNavDown(nav), basket.shares, basket.virtualOffset);
  const value = basketValueAtPrice(shares, price);
  const feeRate = basket.config.fees.instantFee;
  checkFraction(feeRate, "fees.instantFee", true);
  const feeValue = basketFeeValue(value, feeRate);
  const netValue = value - feeValue;
  const out = basketSingleOut(netValue, c.rate);
  const idle = checkBasketAmount(c.idle, `constituents[${k}].idle`);
  if (out > idle) {
    throw new SdkError("INSUFFICIENT_LIQUIDITY", `the idle buffer of ${c.denom} cannot pay this at once`, {
      field: "shares",
      value: shares,
      fix: `Instant redemptions pay at most ${idle} ${c.denom} now; redeem fewer shares or use MsgRequestRedeem.`,
    });
  }
  if (out === 0n || out < minOut) {
    throw new SdkError("SLIPPAGE", out === 0n ? "the redemption would pay nothing" : "less than minOut", {
      field: out === 0n ? "shares" : "minOut",
      value: out === 0n ? shares : minOut,
      fix: `It pays ${out} ${c.denom} now; ${out === 0n ? "redeem more shares" : "lower minOut or retry"}.`,
    });
  }
  return {
    value,
    feeRate,
    feeValue,
    netValue,
    out: [{ denom: c.denom, amount: out }],
    pricePerShare: price,
    weightAfter: basketWeightAfterRedeem(basketHoldings(c), c.rate, nav, value),
  };
}
