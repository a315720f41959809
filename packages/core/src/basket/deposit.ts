import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import {
  ceilDiv,
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
import { basketHoldings, basketNav, basketNavDown, basketNavUp, basketPricePerShare } from "./nav.js";
import { basketCheckOperable, basketConstituentIndex } from "./rate.js";
import type { BasketConstituent, BasketFeeConfig, BasketState, BasketTimestamp } from "./types.js";

/** §2 step 2 Value of a deposit in underlying base units, `d = floor(x·v_k)`. */
export function basketDepositValue(amount: bigint, rate: Dec): bigint {
  checkBasketAmount(amount, "amount");
  return (amount * checkPositiveRate(rate, "rate")) / ONE;
}

/**
 * §2 step 3 Weight of the deposited constituent after the deposit,
 * `w_after = QuoTruncate((H_k + x)·v_k, A + x·v_k)`, every product exact.
 */
export function basketWeightAfterDeposit(holdings: bigint, amount: bigint, rate: Dec, nav: Dec): Dec {
  checkBasketAmount(holdings, "holdings");
  checkBasketAmount(amount, "amount");
  const rateAtomics = checkPositiveRate(rate, "rate");
  const navAfter = decAtomics(nav, "nav") + amount * rateAtomics;
  if (navAfter <= 0n) return Dec.ZERO;
  return Dec.fromAtomics(((holdings + amount) * rateAtomics * ONE) / navAfter);
}

/**
 * §2 step 4 Deposit fee rate `f = min(fee_max, fee_base + fee_slope·max(0, w_after − target_k))`, the product
 * truncated (MulTruncate).
 */
export function basketDepositFeeRate(
  weightAfter: Dec,
  targetWeight: Dec,
  fees: Pick<BasketFeeConfig, "feeBase" | "feeSlope" | "feeMax">,
): Dec {
  const base = checkFraction(fees.feeBase, "fees.feeBase", true);
  const slope = checkBasketNonNegativeDec(fees.feeSlope, "fees.feeSlope");
  const max = checkFraction(fees.feeMax, "fees.feeMax", true);
  const excess = decAtomics(weightAfter, "weightAfter") - decAtomics(targetWeight, "targetWeight");
  const curve = base + (excess > 0n ? (slope * excess) / ONE : 0n);
  return Dec.fromAtomics(minBig(max, curve));
}

/** §2 step 4, §3 A fee in underlying base units, `ceil(value·f)`: rounded up, in the vault's favour. */
export function basketFeeValue(value: bigint, feeRate: Dec): bigint {
  checkBasketAmount(value, "value");
  return ceilDiv(value * checkFraction(feeRate, "feeRate", false), ONE);
}

/** §2 step 5 Shares minted, `floor(d_net·(S + VS) / (A_up + VA))`: one floor of the exact fraction. */
export function basketDepositShares(netValue: bigint, shares: bigint, navUp: bigint, virtualOffset: number): bigint {
  checkBasketAmount(netValue, "netValue");
  checkBasketAmount(shares, "shares");
  checkBasketAmount(navUp, "navUp");
  return (netValue * (shares + virtualShares(virtualOffset))) / (navUp + 1n);
}

/** Everything a deposit does and a preview shows (the PreviewDeposit query and MsgDepositResponse). */
export interface BasketDepositPreview {
  /** Shares minted to the receiver. */
  readonly shares: bigint;
  /** `d = floor(x·v_k)`. */
  readonly value: bigint;
  readonly feeRate: Dec;
  /** `ceil(d·f)`, kept by the vault. */
  readonly feeValue: bigint;
  /** `d − fee_value`. */
  readonly netValue: bigint;
  /** `w_after` of the deposited constituent. */
  readonly weightAfter: Dec;
  /** Price per share before the deposit. */
  readonly pricePerShare: Dec;
  /** NAV before the deposit, exact. */
  readonly nav: Dec;
}

/** What a deposit needs to know about its basket. */
export type BasketDepositBasket = Pick<BasketState, "status" | "virtualOffset" | "shares"> & {
  readonly constituents: readonly Pick<
    BasketConstituent,
    | "denom"
    | "status"
    | "idle"
    | "restaked"
    | "rate"
    | "halt"
    | "updateTime"
    | "targetWeight"
    | "maxWeight"
    | "capValue"
  >[];
  readonly config: Pick<BasketState["config"], "maxStalenessSeconds" | "band" | "minNavForWeightChecks"> & {
    readonly fees: Pick<BasketFeeConfig, "feeBase" | "feeSlope" | "feeMax">;
  };
};

/** A deposit request (MsgDeposit / PreviewDeposit). */
export interface BasketDepositInput {
  readonly denom: string;
  readonly amount: bigint;
  /** Fewest shares accepted (0 for a preview). */
  readonly minSharesOut?: bigint;
}

/**
 * §2 steps 1–5 The whole deposit: checks (basket ACTIVE, constituent known and OK, nothing HALTED, every rate
 * fresh), value, caps (`CAP_EXCEEDED`, `WEIGHT_CAP_EXCEEDED`), fee, shares and slippage (`SLIPPAGE`). Returns what
 * MsgDeposit mints and PreviewDeposit shows; step 6 (moving x and minting) is the caller's.
 */
export function basketDeposit(
  basket: BasketDepositBasket,
  input: BasketDepositInput,
  now: BasketTimestamp,
): BasketDepositPreview {
  const amount = checkBasketPositiveAmount(input.amount, "amount.amount");
  const minSharesOut = checkBasketAmount(input.minSharesOut ?? 0n, "minSharesOut");
  const k = basketConstituentIndex(basket.constituents, input.denom, "amount.denom");
  const constituent = basket.constituents[k]!;
  if (constituent.status === "WINDING_DOWN") {
    throw new SdkError("CONSTITUENT_WINDING_DOWN", `${constituent.denom} is being removed and takes no deposits`, {
      field: "amount.denom",
      value: constituent.denom,
      fix: "Deposit another constituent of the basket.",
    });
  }
  basketCheckOperable(basket, now);

  const rate = constituent.rate;
  const rateAtomics = checkPositiveRate(rate, `constituents[${k}].rate`);
  const holdings = basketHoldings(constituent);
  const nav = basketNav(basket.constituents);
  const value = basketDepositValue(amount, rate);

  const cap = checkBasketAmount(constituent.capValue, `constituents[${k}].capValue`);
  if (cap > 0n && (holdings + amount) * rateAtomics > cap * ONE) {
    const room = (cap * ONE) / rateAtomics - holdings;
    throw new SdkError("CAP_EXCEEDED", `the deposit would take ${constituent.denom} above its value cap`, {
      field: "amount.amount",
      value: amount,
      fix: `Deposit at most ${room > 0n ? room : 0n} ${constituent.denom} (cap ${cap} underlying), or another constituent.`,
    });
  }

  const weightAfter = basketWeightAfterDeposit(holdings, amount, rate, nav);
  const minNav = checkBasketAmount(basket.config.minNavForWeightChecks, "config.minNavForWeightChecks");
  if (nav.atomics >= minNav * ONE) {
    const maxWeight = checkFraction(constituent.maxWeight, `constituents[${k}].maxWeight`, false);
    const band = checkFraction(basket.config.band, "config.band", false);
    const limit = minBig(maxWeight, decAtomics(constituent.targetWeight, `constituents[${k}].targetWeight`) + band);
    if (weightAfter.atomics > limit) {
      throw new SdkError("WEIGHT_CAP_EXCEEDED", `the deposit would take ${constituent.denom} above its weight limit`, {
        field: "amount.amount",
        value: amount,
        fix: `Keep ${constituent.denom}'s weight at or below ${Dec.fromAtomics(limit).toString()} (now ${weightAfter.toString()} after the deposit): deposit less, or an under-weight constituent.`,
      });
    }
  }

  const feeRate = basketDepositFeeRate(weightAfter, constituent.targetWeight, basket.config.fees);
  const feeValue = basketFeeValue(value, feeRate);
  const netValue = value - feeValue;
  const navDown = basketNavDown(nav);
  const shares = basketDepositShares(netValue, basket.shares, basketNavUp(nav), basket.virtualOffset);
  if (shares === 0n || shares < minSharesOut) {
    throw new SdkError(
      "SLIPPAGE",
      shares === 0n ? "the deposit would mint no shares" : "fewer shares than minSharesOut",
      {
        field: shares === 0n ? "amount.amount" : "minSharesOut",
        value: shares === 0n ? amount : minSharesOut,
        fix: `The deposit mints ${shares} shares now; ${shares === 0n ? "deposit more" : "lower minSharesOut or retry"}.`,
      },
    );
  }
  return {
    shares,
    value,
    feeRate,
    feeValue,
    netValue,
    weightAfter,
    pricePerShare: basketPricePerShare(navDown, basket.shares, basket.virtualOffset),
    nav,
  };
}
