import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { basketOf, converted } from "../internal/convert.js";
import { type BasketListOptions, listOptions, type Page, type PageRequest } from "../internal/options.js";
import { pageOf } from "../internal/page.js";
import type { Basket } from "../types.js";

/** Parameters of {@link getBaskets}. */
export type GetBasketsParams = BasketListOptions;

const PATH = "/persistence.basketvault.v1.Query/Baskets";

/** Every basket, by id (all pages, read at one height). */
export async function getBaskets(client: Client, params: GetBasketsParams = {}): Promise<Basket[]> {
  const items = await paginateAll(client, Query.method.baskets, {}, (r) => r.baskets, listOptions(params));
  return converted(PATH, items, () => items.map(basketOf));
}

/**
 * One page of baskets, for UIs that page: pass the returned `nextKey` (and `height`) to read the next one.
 *
 * @example
 * const first = await getBasketsPage(client, { limit: 10n });
 * const second = first.nextKey && (await getBasketsPage(client, { key: first.nextKey, height: first.height }));
 */
export async function getBasketsPage(client: Client, params: PageRequest = {}): Promise<Page<Basket>> {
  return pageOf(
    client,
    Query.method.baskets,
    {},
    (r) => r.baskets,
    params,
    (items) => items.map(basketOf),
  );
}
