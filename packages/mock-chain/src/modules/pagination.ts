// One pagination for every module's list queries, with the semantics of the Cosmos SDK's `query.Paginate` and
// `query.FilteredPaginate` (types/query): offset or key (never both), limit 0 meaning 100 *and* count_total, reverse
// order, next_key = the store key of the first entry not returned.
import { create } from "@bufbuild/protobuf";
import {
  type PageRequest,
  type PageResponse,
  PageResponseSchema,
} from "@persistence-sdk/proto/cosmos/base/query/v1beta1";
import { ChainError } from "../app/module.js";

/** The SDK's `query.DefaultLimit`: what a request without a limit gets. */
export const DEFAULT_PAGE_LIMIT = 100;

/** The page of values a query returns, and the `PageResponse` to put beside them. */
export interface Page<T> {
  readonly items: T[];
  readonly pagination: PageResponse;
}

export interface PaginateOptions<T> {
  /**
   * Keeps only matching entries (`FilteredPaginate`): offset, limit and total then count matches, while in key mode
   * next_key may point at a non-matching entry, exactly as the SDK does.
   */
  readonly filter?: (value: T, key: string) => boolean;
  /**
   * The error for a request with both key and offset. The SDK returns a plain error that most queries wrap in a gRPC
   * Internal status (code 6 once it reaches ABCI); pass a different one where a module wraps it otherwise.
   */
  readonly bothKeyAndOffsetError?: () => Error;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** next_key is opaque to clients; ours is the UTF-8 store key below the prefix, as the SDK's is the raw key suffix. */
function encodeKey(key: string): Uint8Array {
  return encoder.encode(key);
}

function toCount(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/** The SDK's wording when both offset and key are given, wrapped as the staking and distribution queries do. */
export function bothKeyAndOffsetInternalError(): ChainError {
  return new ChainError(
    "sdk",
    6,
    "unknown request",
    "rpc error: code = Internal desc = invalid request, either offset or key is expected, got both",
  );
}

/**
 * Pages through `entries` (key suffix below the store prefix, value), which must come in ascending key order as
 * `KVStore.iterate` yields them.
 */
export function paginate<T>(
  entries: Iterable<readonly [string, T]>,
  request: PageRequest | undefined,
  options: PaginateOptions<T> = {},
): Page<T> {
  const offset = toCount(request?.offset ?? 0n);
  const startKey = request !== undefined && request.key.length > 0 ? decoder.decode(request.key) : undefined;
  let limit = toCount(request?.limit ?? 0n);
  let countTotal = request?.countTotal ?? false;
  const reverse = request?.reverse ?? false;
  const matches = options.filter ?? (() => true);

  if (offset > 0 && startKey !== undefined) throw (options.bothKeyAndOffsetError ?? bothKeyAndOffsetInternalError)();
  if (limit === 0) {
    limit = DEFAULT_PAGE_LIMIT;
    countTotal = true;
  }

  let ordered = Array.from(entries);
  if (reverse) ordered = ordered.reverse();
  const items: T[] = [];
  let nextKey: string | undefined;

  if (startKey !== undefined) {
    // Key mode: start at the key itself (inclusive in both directions), never count a total.
    const first = ordered.findIndex(([key]) => (reverse ? key <= startKey : key >= startKey));
    if (first >= 0) {
      for (let i = first; i < ordered.length; i++) {
        const [key, value] = ordered[i]!;
        if (items.length === limit) {
          nextKey = key;
          break;
        }
        if (matches(value, key)) items.push(value);
      }
    }
    return {
      items,
      pagination: create(PageResponseSchema, { nextKey: nextKey ? encodeKey(nextKey) : new Uint8Array() }),
    };
  }

  const end = offset + limit;
  let hits = 0;
  for (const [key, value] of ordered) {
    if (!matches(value, key)) continue;
    hits++;
    if (hits > offset && hits <= end) {
      items.push(value);
    } else if (hits === end + 1) {
      nextKey = key;
      if (!countTotal) break;
    }
  }
  return {
    items,
    pagination: create(PageResponseSchema, {
      nextKey: nextKey !== undefined ? encodeKey(nextKey) : new Uint8Array(),
      total: countTotal ? BigInt(hits) : 0n,
    }),
  };
}
