// One page of a paginated query, for UIs that page instead of walking every page (`paginateAll`).
import type { DescMessage, DescMethodUnary, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import { type Client, ClientError, queryAtHeight, queryPath } from "@persistence-sdk/client";
import { converted } from "./convert.js";
import type { Page, PageRequest } from "./options.js";

const DEFAULT_LIMIT = 100n;

/** Reads one page (`key`, `limit`) and converts its items; `nextKey` is undefined after the last page. */
export async function pageOf<I extends DescMessage, O extends DescMessage, P, T>(
  client: Client,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  select: (response: MessageShape<O>) => readonly P[],
  page: PageRequest,
  convert: (items: readonly P[]) => T[],
): Promise<Page<T>> {
  const limit = page.limit ?? DEFAULT_LIMIT;
  if (typeof limit !== "bigint" || limit <= 0n) {
    throw new ClientError("INVALID_ARGUMENT", "the page limit is a positive bigint", {
      field: "limit",
      value: limit,
      fix: "Pass a limit such as 20n.",
    });
  }
  const key = page.key ?? new Uint8Array();
  if (!(key instanceof Uint8Array)) {
    throw new ClientError("INVALID_ARGUMENT", "the page key is the bytes of a previous page's nextKey", {
      field: "key",
      value: key,
      fix: "Pass the nextKey of the previous page, or nothing for the first page.",
    });
  }
  const init = {
    ...(request as object),
    pagination: { key, limit, offset: 0n, countTotal: false, reverse: false },
  } as unknown as MessageInitShape<I>;
  const answer = await queryAtHeight(client, method, init, page.height === undefined ? {} : { height: page.height });
  const raw = select(answer.response);
  const next = (answer.response as { pagination?: { nextKey?: Uint8Array } }).pagination?.nextKey;
  const items = converted(queryPath(method), raw, () => convert(raw));
  return Object.freeze({
    items,
    nextKey: next === undefined || next.length === 0 ? undefined : next,
    height: answer.height,
  });
}
