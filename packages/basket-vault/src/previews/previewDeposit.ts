import type { Client } from "@persistence-sdk/client";
import type { BasketTimestamp, Coin, Dec } from "@persistence-sdk/core";
import { readBasketSnapshot } from "../internal/state.js";
import { coinArg, idArg, paramsArg, slippageArg } from "../internal/validate.js";
import type { DepositPreview } from "../types.js";
import { computeDepositPreview } from "./compute.js";
import { DEFAULT_SLIPPAGE, withSlippage } from "./slippage.js";

/** Parameters of {@link previewDeposit}. */
export interface PreviewDepositParams {
  /** The basket's id. */
  readonly basketId: bigint;
  /** The LST to deposit (a constituent) and a positive bigint amount in base units. */
  readonly amount: Coin;
  /** Tolerance for `minSharesOut`, a fraction in [0, 1) (default 0.005: 0.5 %). */
  readonly slippage?: Dec;
  /** Read the state at this height (default: the latest). */
  readonly height?: bigint;
}

/** What a deposit would do, computed with core's math on queried state, and the slippage guard to send with it. */
export interface DepositPreviewResult extends DepositPreview {
  /** `floor(shares·(1 − slippage))`: what `deposit` sends as `min_shares_out`. */
  readonly minSharesOut: bigint;
  /** The tolerance used. */
  readonly slippage: Dec;
  /** NAV A before the deposit, exact. */
  readonly nav: Dec;
  /** The height of the state read. */
  readonly height: bigint;
  /** That block's time (freshness is judged at it, as the chain's preview and simulation do). */
  readonly time: BasketTimestamp;
}

/**
 * Previews `deposit`: shares minted, value, fee and weight after, from core's `basketDeposit` on the basket and
 * share supply queried at one height, plus `minSharesOut` for the given tolerance. Equal to the chain's
 * PreviewDeposit (`getPreviewDeposit`) and to what MsgDeposit mints while the state does not change. Refusals
 * (stale rates, paused or halted basket, not a constituent, caps) throw `BasketVaultError`.
 *
 * @example
 * const { shares, minSharesOut } = await previewDeposit(client, { basketId: 1n, amount: { denom: stAtom, amount: 1_000_000n } });
 */
export async function previewDeposit(client: Client, params: PreviewDepositParams): Promise<DepositPreviewResult> {
  paramsArg(params, "previewDeposit");
  const basketId = idArg(params.basketId, "basketId");
  const amount = coinArg(params.amount, "amount");
  const slippage = slippageArg(params.slippage ?? DEFAULT_SLIPPAGE);
  const snapshot = await readBasketSnapshot(client, basketId, params.height);
  const preview = computeDepositPreview(snapshot, amount);
  return Object.freeze({
    ...preview,
    minSharesOut: withSlippage(preview.shares, slippage),
    slippage,
    nav: snapshot.nav.nav,
    height: snapshot.height,
    time: snapshot.time,
  });
}
