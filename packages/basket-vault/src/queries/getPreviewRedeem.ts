import { type Client, query } from "@persistence-sdk/client";
import type { BasketRedeemMode } from "@persistence-sdk/core";
import { Query, RedeemMode } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { basketVaultQueryErrorOf } from "../errors.js";
import { converted, modeValue, redeemPreviewOf } from "../internal/convert.js";
import { type BasketQueryOptions, queryOptions } from "../internal/options.js";
import { denomArg, idArg, modeArg, outDenomArg, paramsArg, positiveAmountArg } from "../internal/validate.js";
import type { RedeemPreview } from "../types.js";

/** Parameters of {@link getPreviewRedeem}. */
export interface GetPreviewRedeemParams extends BasketQueryOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares to redeem (positive bigint, base units of the share denom). */
  readonly shares: bigint;
  /** "PRO_RATA" or "SINGLE" for an asynchronous request; ignored with `instant` (default "PRO_RATA"). */
  readonly mode?: BasketRedeemMode;
  /** The constituent to be paid in: required for "SINGLE" and `instant`. */
  readonly outDenom?: string;
  /** Preview MsgInstantRedeem instead of a request. */
  readonly instant?: boolean;
}

/**
 * The chain's own PreviewRedeem query: what a request cut now (P_eff = P) or an instant redemption would pay, run
 * by the chain with the Msgs' code. A redemption the Msg would refuse throws {@link BasketVaultError}.
 * `previewRedeem` and `previewInstantRedeem` compute the same figures with core's math on queried state.
 */
export async function getPreviewRedeem(client: Client, params: GetPreviewRedeemParams): Promise<RedeemPreview> {
  paramsArg(params, "getPreviewRedeem");
  const basketId = idArg(params.basketId, "basketId");
  const shares = positiveAmountArg(params.shares, "shares");
  const instant = params.instant === true;
  const mode = instant ? "SINGLE" : modeArg(params.mode ?? "PRO_RATA");
  const outDenom = instant ? denomArg(params.outDenom ?? "", "outDenom") : outDenomArg(mode, params.outDenom);
  const response = await query(
    client,
    Query.method.previewRedeem,
    {
      basketId,
      shares: shares.toString(),
      mode: instant ? RedeemMode.SINGLE : modeValue(mode),
      outDenom,
      instant,
    },
    queryOptions(params),
  ).catch((error: unknown) => {
    throw basketVaultQueryErrorOf(error, { reason: "BASKET_NOT_FOUND", field: "basketId", value: basketId });
  });
  return converted("/persistence.basketvault.v1.Query/PreviewRedeem", response, () => redeemPreviewOf(response));
}
