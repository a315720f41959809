import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgUpdateBasketSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";
import type { BasketSettings, ConstituentSettings } from "../types.js";
import { basketConfigOf, constituentConfigsOf } from "./basketSettings.js";

/** Parameters of {@link buildUpdateBasket}. */
export interface BuildUpdateBasketParams {
  /** The module authority. */
  readonly authority: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /**
   * The constituents that stay or become active, in listing order. One missing from the list becomes WINDING_DOWN
   * (no deposits, target 0, drains through redemptions); a WINDING_DOWN one listed again is reinstated.
   */
  readonly constituents: readonly ConstituentSettings[];
  /** The new settings, all of them (start from `getBasket(...).config`). */
  readonly config: BasketSettings;
}

/** A `MsgUpdateBasket` (§8, authority only): replaces a basket's constituent list and settings; targets are recomputed. */
export function buildUpdateBasket(
  context: HasChain,
  params: BuildUpdateBasketParams,
): TxMessage<typeof MsgUpdateBasketSchema> {
  const chain = chainOf(context, "buildUpdateBasket");
  paramsArg(params, "buildUpdateBasket");
  return txMessage(MsgUpdateBasketSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    basketId: idArg(params.basketId, "basketId"),
    constituents: constituentConfigsOf(params.constituents),
    config: basketConfigOf(chain, params.config),
  });
}
