import type { PaginateOptions, QueryOptions } from "@persistence-sdk/client";

/** Options every query takes. */
export interface BasketQueryOptions {
  /** Read the state at this block height (default: the latest). */
  readonly height?: bigint | number;
}

/** Options of the list queries, which walk every page at one height. */
export interface BasketListOptions extends BasketQueryOptions {
  /** Items per page (default 100n). */
  readonly pageSize?: bigint;
}

/** One page of a list query: where to start and how many. */
export interface PageRequest {
  /** `nextKey` of the previous page (absent or empty for the first page). */
  readonly key?: Uint8Array;
  /** Items on the page (default 100n). */
  readonly limit?: bigint;
  /** Read the page at this height (default: the latest). */
  readonly height?: bigint | number;
}

/** One page of items and the key of the next page (undefined after the last page). */
export interface Page<T> {
  /** The items of the page. */
  readonly items: T[];
  /** Pass it as `key` to read the next page; undefined when this was the last. */
  readonly nextKey: Uint8Array | undefined;
  /** The height the page was read at (pass it as `height` so that the pages agree). */
  readonly height: bigint;
}

/** The client's query options from a query's params. */
export function queryOptions(params: BasketQueryOptions | undefined): QueryOptions {
  return params?.height === undefined ? {} : { height: params.height };
}

/** The client's pagination options from a list query's params. */
export function listOptions(params: BasketListOptions | undefined): PaginateOptions {
  return {
    ...(params?.height === undefined ? {} : { height: params.height }),
    ...(params?.pageSize === undefined ? {} : { pageSize: params.pageSize }),
  };
}
