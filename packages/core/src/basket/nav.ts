import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { ceilDiv, checkBasketAmount, decAtomics, floorDiv, ONE, virtualShares } from "./internal.js";
import { basketNavRate } from "./rate.js";
import type { BasketConstituent, BasketState } from "./types.js";

/** §1 Holdings `H = idle + restaked`: what the vault accounts for (bank donations are never counted). */
export function basketHoldings(constituent: Pick<BasketConstituent, "idle" | "restaked">): bigint {
  return checkBasketAmount(constituent.idle, "idle") + checkBasketAmount(constituent.restaked, "restaked");
}

/** §1 Value of holdings, `H·v`, exact in 18-decimal fixed point. */
export function basketHoldingsValue(holdings: bigint, rate: Dec): Dec {
  checkBasketAmount(holdings, "holdings");
  if (decAtomics(rate, "rate") < 0n) {
    throw new SdkError("INVALID_RATE", "rate must not be negative", {
      field: "rate",
      value: rate.toString(),
      fix: "Pass a normalised rate of zero or more.",
    });
  }
  return Dec.fromAtomics(holdings * rate.atomics);
}

/** §1, §4 NAV `A = Σ H_i·v_i`, exact; a HALTED constituent is valued at `min(rate, pending_rate)`. */
export function basketNav(
  constituents: readonly Pick<BasketConstituent, "idle" | "restaked" | "status" | "rate" | "halt">[],
): Dec {
  let atomics = 0n;
  for (const c of constituents) atomics += basketHoldingsValue(basketHoldings(c), basketNavRate(c)).atomics;
  return Dec.fromAtomics(atomics);
}

/** §1 `A_dn = floor(A)`: the NAV redemptions and the price per share use. */
export function basketNavDown(nav: Dec): bigint {
  return floorDiv(decAtomics(nav, "nav"), ONE);
}

/** §1 `A_up = ceil(A)`: the NAV deposits use. */
export function basketNavUp(nav: Dec): bigint {
  return ceilDiv(decAtomics(nav, "nav"), ONE);
}

/** §1 Virtual shares `VS = 10^virtual_offset` (the virtual asset VA is always 1). */
export function basketVirtualShares(virtualOffset: number): bigint {
  return virtualShares(virtualOffset);
}

/** §1 Price per share `P = QuoTruncate(A_dn + VA, S + VS)`, underlying base units per share base unit. */
export function basketPricePerShare(navDown: bigint, shares: bigint, virtualOffset: number): Dec {
  checkBasketAmount(navDown, "navDown");
  checkBasketAmount(shares, "shares");
  return Dec.fromAtomics(((navDown + 1n) * ONE) / (shares + virtualShares(virtualOffset)));
}

/** §7 Launch price, `P` of an empty basket: `QuoTruncate(1, VS)`; the first high-water mark. */
export function basketLaunchPrice(virtualOffset: number): Dec {
  return basketPricePerShare(0n, 0n, virtualOffset);
}

/** §1 Weight `w_i = QuoTruncate(H_i·v_i, A)`, 0 when `A = 0`. */
export function basketWeight(value: Dec, nav: Dec): Dec {
  const navAtomics = decAtomics(nav, "nav");
  if (navAtomics === 0n) return Dec.ZERO;
  return Dec.fromAtomics((decAtomics(value, "value") * ONE) / navAtomics);
}

/** One constituent's line of a valuation (the Nav query's ConstituentNav, minus status and rate age). */
export interface BasketConstituentValuation {
  readonly denom: string;
  readonly holdings: bigint;
  /** Rate used for the NAV (§4: `min(rate, pending_rate)` while HALTED). */
  readonly rate: Dec;
  /** `H·rate`, exact. */
  readonly value: Dec;
  readonly weight: Dec;
}

/** §1 Valuation of a basket: A, A_dn, A_up, S and P. */
export interface BasketValuation {
  readonly nav: Dec;
  readonly navDown: bigint;
  readonly navUp: bigint;
  readonly shares: bigint;
  readonly pricePerShare: Dec;
  readonly constituents: readonly BasketConstituentValuation[];
}

/** §1 Valuation of a basket at its current holdings and rates (what the Nav query reports). */
export function basketValuation(
  basket: Pick<BasketState, "shares" | "virtualOffset"> & {
    readonly constituents: readonly Pick<
      BasketConstituent,
      "denom" | "idle" | "restaked" | "status" | "rate" | "halt"
    >[];
  },
): BasketValuation {
  const lines = basket.constituents.map((c) => {
    const holdings = basketHoldings(c);
    const rate = basketNavRate(c);
    return { denom: c.denom, holdings, rate, value: basketHoldingsValue(holdings, rate) };
  });
  const nav = Dec.fromAtomics(lines.reduce((sum, line) => sum + line.value.atomics, 0n));
  const navDown = basketNavDown(nav);
  return {
    nav,
    navDown,
    navUp: basketNavUp(nav),
    shares: checkBasketAmount(basket.shares, "shares"),
    pricePerShare: basketPricePerShare(navDown, basket.shares, basket.virtualOffset),
    constituents: lines.map((line) => ({ ...line, weight: basketWeight(line.value, nav) })),
  };
}
