import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin, Dec } from "@persistence-sdk/core";
import {
  EventInstantRedeemSchema,
  MsgInstantRedeemResponseSchema,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildInstantRedeem } from "../builders/buildInstantRedeem.js";
import { BasketVaultError } from "../errors.js";
import { type ActionOptions, eventOf, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { coinOf, converted, decOf, intOf } from "../internal/convert.js";
import { checkShareBalance } from "../internal/shares.js";
import { readBasketSnapshot } from "../internal/state.js";
import {
  denomArg,
  idArg,
  nonNegativeAmountArg,
  paramsArg,
  positiveAmountArg,
  slippageArg,
} from "../internal/validate.js";
import { computeInstantRedeemPreview } from "../previews/compute.js";
import { DEFAULT_SLIPPAGE, withSlippage } from "../previews/slippage.js";
import type { RedeemPreview } from "../types.js";

/** Parameters of {@link instantRedeem}. The owner is the client's signer. */
export interface InstantRedeemParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares to burn (positive bigint, at most the owner's balance). */
  readonly shares: bigint;
  /** The constituent to be paid in, from its idle buffer. */
  readonly outDenom: string;
  /** Tolerance for `minOut`, a fraction in [0, 1) (default 0.005). */
  readonly slippage?: Dec;
  /** The guard itself (LST base units), instead of one from the preview and `slippage`. */
  readonly minOut?: bigint;
}

/** What {@link instantRedeem} did. */
export interface InstantRedeemResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The owner (holder) of the shares or request. */
  readonly owner: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares (base units of the share denom). */
  readonly shares: bigint;
  /** LST paid (MsgInstantRedeemResponse). */
  readonly out: Coin;
  /** Gross value w and the instant fee kept by the vault, in underlying base units. */
  readonly value: bigint;
  /** Fee kept by the vault, in underlying base units. */
  readonly feeValue: bigint;
  /** Price per share used (EventInstantRedeem). */
  readonly pricePerShare: Dec;
  /** The guard sent (LST base units). */
  readonly minOut: bigint;
  /** What was previewed before signing. */
  readonly preview: RedeemPreview;
}

/**
 * Redeems shares at once from the idle buffer for the instant fee (§3), signed by the client's signer. Before
 * signing it checks the share balance and runs core's instant redemption on queried state: a paused or halted
 * basket, stale rates, a denom that is not a constituent or an idle buffer too small throw `BasketVaultError`;
 * `min_out` is the preview less `slippage`, rounded down.
 *
 * @example
 * const { out } = await instantRedeem(client, { basketId: 1n, shares: 1_000_000_000n, outDenom: stAtom });
 */
export async function instantRedeem(client: Client, params: InstantRedeemParams): Promise<InstantRedeemResult> {
  paramsArg(params, "instantRedeem");
  const basketId = idArg(params.basketId, "basketId");
  const shares = positiveAmountArg(params.shares, "shares");
  const outDenom = denomArg(params.outDenom, "outDenom");
  const slippage = slippageArg(params.slippage ?? DEFAULT_SLIPPAGE);
  const explicitMin = params.minOut === undefined ? undefined : nonNegativeAmountArg(params.minOut, "minOut");
  const owner = await signerAddressOf(client, "instantRedeem");

  const snapshot = await readBasketSnapshot(client, basketId);
  await checkShareBalance(client, snapshot, owner, shares);
  const preview = computeInstantRedeemPreview(snapshot, { shares, outDenom });
  const previewOut = preview.out[0]?.amount ?? 0n;
  const minOut = explicitMin ?? withSlippage(previewOut, slippage);
  if (minOut > previewOut) {
    throw new BasketVaultError("SLIPPAGE", `the redemption pays ${previewOut} ${outDenom} now, less than minOut`, {
      field: "minOut",
      value: minOut,
      fix: "Lower minOut (or pass slippage instead), or preview again.",
    });
  }
  const message = buildInstantRedeem(client, { owner, basketId, shares, outDenom, minOut });
  const tx = await sendBasketTx(client, [message], params);
  const response = responseOf(tx, MsgInstantRedeemResponseSchema, 0);
  const event = eventOf(tx, EventInstantRedeemSchema, 0);
  return converted(`the instant redemption ${tx.hash}`, response, () =>
    Object.freeze({
      tx,
      owner,
      basketId,
      shares,
      out: coinOf(response.out, "out", outDenom),
      value: intOf(response.value, "value"),
      feeValue: intOf(response.feeValue, "feeValue"),
      pricePerShare: decOf(event.pricePerShare, "EventInstantRedeem.pricePerShare"),
      minOut,
      preview,
    }),
  );
}
