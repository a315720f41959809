import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { converted, requestOf } from "../internal/convert.js";
import { type BasketListOptions, listOptions, type Page, type PageRequest } from "../internal/options.js";
import { pageOf } from "../internal/page.js";
import { accountArg, idArg, paramsArg } from "../internal/validate.js";
import type { RedeemRequest } from "../types.js";

/** Parameters of {@link getRedeemRequestsByOwner}. */
export interface GetRedeemRequestsByOwnerParams extends BasketListOptions {
  /** The owner's account address. */
  readonly owner: string;
  /** Only requests of this basket (default: every basket). */
  readonly basketId?: bigint;
}

/** Parameters of {@link getRedeemRequestsByOwnerPage}. */
export interface GetRedeemRequestsByOwnerPageParams extends PageRequest {
  /** The owner (holder) of the shares or request. */
  readonly owner: string;
  /** The basket's id. */
  readonly basketId?: bigint;
}

const PATH = "/persistence.basketvault.v1.Query/RequestsByOwner";

function requestArgs(client: Client, params: { readonly owner: string; readonly basketId?: bigint }, what: string) {
  paramsArg(params, what);
  return {
    owner: accountArg(client.chain, params.owner, "owner"),
    basketId: params.basketId === undefined ? 0n : idArg(params.basketId, "basketId"),
  };
}

/** Every redemption request of one owner (every status), by id, all pages read at one height. */
export async function getRedeemRequestsByOwner(
  client: Client,
  params: GetRedeemRequestsByOwnerParams,
): Promise<RedeemRequest[]> {
  const request = requestArgs(client, params, "getRedeemRequestsByOwner");
  const items = await paginateAll(
    client,
    Query.method.requestsByOwner,
    request,
    (r) => r.requests,
    listOptions(params),
  );
  return converted(PATH, items, () => items.map(requestOf));
}

/** One page of an owner's redemption requests; pass `nextKey` (and `height`) for the next. */
export async function getRedeemRequestsByOwnerPage(
  client: Client,
  params: GetRedeemRequestsByOwnerPageParams,
): Promise<Page<RedeemRequest>> {
  const request = requestArgs(client, params, "getRedeemRequestsByOwnerPage");
  return pageOf(
    client,
    Query.method.requestsByOwner,
    request,
    (r) => r.requests,
    params,
    (items) => items.map(requestOf),
  );
}
