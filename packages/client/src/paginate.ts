import type { DescMessage, DescMethodUnary, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import type { Client } from "./client.js";
import { ClientError, InvalidResponseError } from "./errors.js";
import { queryAtHeight, queryPath } from "./query.js";

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** Items per page (default 100). */
  readonly pageSize?: bigint;
  /** Read every page at this height (default: the height the first page was answered at, so pages agree). */
  readonly height?: bigint | number;
}

const DEFAULT_PAGE_SIZE = 100n;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Walks every page of a paginated query (`pagination.next_key` until empty) and yields the items `selectItems`
 * picks from each response. All pages are read at one height, so no item is skipped or repeated when the chain
 * moves on meanwhile.
 *
 * @example
 * for await (const v of paginate(client, StakingQuery.method.validators, {}, (r) => r.validators)) console.log(v.operatorAddress);
 */
export async function* paginate<I extends DescMessage, O extends DescMessage, T>(
  client: Client,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  selectItems: (response: MessageShape<O>) => readonly T[],
  options: PaginateOptions = {},
): AsyncGenerator<T, void, undefined> {
  const path = queryPath(method);
  if (method.input.field.pagination === undefined || method.output.field.pagination === undefined) {
    throw new ClientError("INVALID_ARGUMENT", "this query method is not paginated", {
      field: "method",
      value: path,
      fix: "Call query(client, method, request) instead.",
    });
  }
  const limit = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (typeof limit !== "bigint" || limit <= 0n) {
    throw new ClientError("INVALID_ARGUMENT", "the page size is a positive bigint", {
      field: "pageSize",
      value: limit,
      fix: "Pass a page size such as 100n.",
    });
  }
  let height = options.height;
  let key: Uint8Array = new Uint8Array();
  for (;;) {
    const page = { key, limit, offset: 0n, countTotal: false, reverse: false };
    const init = { ...(request as object), pagination: page } as unknown as MessageInitShape<I>;
    const answer = await queryAtHeight(client, method, init, height === undefined ? {} : { height });
    if (height === undefined && answer.height > 0n) height = answer.height;
    yield* selectItems(answer.response);
    const next = (answer.response as { pagination?: { nextKey?: Uint8Array } }).pagination?.nextKey;
    if (next === undefined || next.length === 0) return;
    if (sameBytes(next, key)) throw new InvalidResponseError(`${path} (next_key repeats)`, next);
    key = next;
  }
}

/** Every item of every page of a paginated query, in order (see {@link paginate}). */
export async function paginateAll<I extends DescMessage, O extends DescMessage, T>(
  client: Client,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  selectItems: (response: MessageShape<O>) => readonly T[],
  options: PaginateOptions = {},
): Promise<T[]> {
  const items: T[] = [];
  for await (const item of paginate(client, method, request, selectItems, options)) items.push(item);
  return items;
}
