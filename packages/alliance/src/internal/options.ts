import type { PaginateOptions, QueryOptions } from "@persistence-sdk/client";

/** Options every query takes. */
export interface AllianceQueryOptions {
  /** Read the state at this block height (default: the latest). */
  readonly height?: bigint | number;
}

/** Options of the list queries, which walk every page at one height. */
export interface AllianceListOptions extends AllianceQueryOptions {
  /** Items per page (default 100n). */
  readonly pageSize?: bigint;
}

/** The client's query options from a query's params. */
export function queryOptions(params: AllianceQueryOptions | undefined): QueryOptions {
  return params?.height === undefined ? {} : { height: params.height };
}

/** The client's pagination options from a list query's params. */
export function listOptions(params: AllianceListOptions | undefined): PaginateOptions {
  return {
    ...(params?.height === undefined ? {} : { height: params.height }),
    ...(params?.pageSize === undefined ? {} : { pageSize: params.pageSize }),
  };
}
