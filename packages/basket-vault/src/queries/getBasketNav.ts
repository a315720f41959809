import { type Client, queryAtHeight } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { basketVaultQueryErrorOf } from "../errors.js";
import { converted, navOf } from "../internal/convert.js";
import { type BasketQueryOptions, queryOptions } from "../internal/options.js";
import { idArg, paramsArg } from "../internal/validate.js";
import type { BasketNav } from "../types.js";

/** Parameters of {@link getBasketNav}. */
export interface GetBasketNavParams extends BasketQueryOptions {
  /** The basket's id. */
  readonly basketId: bigint;
}

/** The valuation and the height it was read at. */
export async function navAtHeight(
  client: Client,
  params: GetBasketNavParams,
): Promise<{ readonly nav: BasketNav; readonly height: bigint }> {
  paramsArg(params, "getBasketNav");
  const basketId = idArg(params.basketId, "basketId");
  const answer = await queryAtHeight(client, Query.method.nav, { basketId }, queryOptions(params)).catch(
    (error: unknown) => {
      throw basketVaultQueryErrorOf(error, { reason: "BASKET_NOT_FOUND", field: "basketId", value: basketId });
    },
  );
  const nav = converted("/persistence.basketvault.v1.Query/Nav", answer.response, () => navOf(answer.response));
  return { nav, height: answer.height };
}

/**
 * A basket's valuation at the latest block (or `height`): NAV A (exact, floored, ceiled), share supply S, price per
 * share, high-water mark, status, whether every rate is fresh and whether something is HALTED, and per constituent
 * holdings (idle, restaked), the NAV rate, value, weight, target, status and rate age. Check `status`, `ratesFresh`
 * and `halted` before a deposit, an instant redemption or a cut: the actions do.
 *
 * @example
 * const { pricePerShare, ratesFresh } = await getBasketNav(client, { basketId: 1n });
 */
export async function getBasketNav(client: Client, params: GetBasketNavParams): Promise<BasketNav> {
  return (await navAtHeight(client, params)).nav;
}
