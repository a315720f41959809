import type { PaginateOptions, QueryOptions } from "@persistence-sdk/client";

/** Options every query takes. */
export interface PstakeQueryOptions {
  /** Read the state at this block height (default: the latest). */
  readonly height?: bigint | number;
}

/** Options of the paginated queries, which walk every page at one height. */
export interface PstakeListOptions extends PstakeQueryOptions {
  /** Items per page (default 100n). */
  readonly pageSize?: bigint;
}

/** The client's query options from a query's params. */
export function queryOptions(params: PstakeQueryOptions | undefined): QueryOptions {
  return params?.height === undefined ? {} : { height: params.height };
}

/** The client's pagination options from a list query's params. */
export function listOptions(params: PstakeListOptions | undefined): PaginateOptions {
  return {
    ...(params?.height === undefined ? {} : { height: params.height }),
    ...(params?.pageSize === undefined ? {} : { pageSize: params.pageSize }),
  };
}
