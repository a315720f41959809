import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { BasketVaultError, basketVaultQueryErrorOf } from "../errors.js";
import { basketOf, converted } from "../internal/convert.js";
import { type BasketQueryOptions, queryOptions } from "../internal/options.js";
import { idArg, paramsArg } from "../internal/validate.js";
import type { Basket } from "../types.js";

/** Parameters of {@link getBasket}. */
export interface GetBasketParams extends BasketQueryOptions {
  /** The basket's id (1n is the devnet's ATOM basket). */
  readonly basketId: bigint;
}

/**
 * One basket: constituents (holdings, rates, targets, bounds, metrics), settings, high-water mark, reward pool.
 * Throws {@link BasketVaultError} (`BASKET_NOT_FOUND`) when the chain has none with this id.
 *
 * @example
 * const basket = await getBasket(client, { basketId: 1n });
 */
export async function getBasket(client: Client, params: GetBasketParams): Promise<Basket> {
  paramsArg(params, "getBasket");
  const basketId = idArg(params.basketId, "basketId");
  const response = await query(client, Query.method.basket, { basketId }, queryOptions(params)).catch(
    (error: unknown) => {
      throw basketVaultQueryErrorOf(error, { reason: "BASKET_NOT_FOUND", field: "basketId", value: basketId });
    },
  );
  const basket = response.basket;
  if (basket === undefined) {
    throw new BasketVaultError("BASKET_NOT_FOUND", "the chain has none with this id", {
      field: "basketId",
      value: basketId,
    });
  }
  return converted("/persistence.basketvault.v1.Query/Basket", basket, () => basketOf(basket));
}
