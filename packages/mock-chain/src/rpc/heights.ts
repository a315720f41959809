// Height and page arguments checked with CometBFT's rules and wording (rpc/core/blocks.go, rpc/core/env.go).
import type { ChainNode } from "../node/chain-node.js";
import { RpcError, RpcErrorCode } from "./json-rpc.js";

/** Default and maximum `per_page` of paginated methods. */
export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

/** The stored height range of the node. */
export function heightRange(node: ChainNode): { readonly base: bigint; readonly latest: bigint } {
  const status = node.status();
  return { base: status.earliestHeight, latest: status.latestHeight };
}

/** The requested height, or the latest when none is given; an error outside the stored range. */
export function resolveHeight(node: ChainNode, requested: bigint | undefined): bigint {
  const { base, latest } = heightRange(node);
  if (requested === undefined) return latest;
  if (requested <= 0n) throw internal(`height must be greater than 0, but got ${requested}`);
  if (requested > latest) {
    throw internal(`height ${requested} must be less than or equal to the current blockchain height ${latest}`);
  }
  if (requested < base) throw internal(`height ${requested} is not available, lowest height is ${base}`);
  return requested;
}

/** `per_page` clamped as CometBFT does: missing or < 1 means the default, more than the maximum means the maximum. */
export function resolvePerPage(perPage: number | undefined): number {
  if (perPage === undefined || perPage < 1) return DEFAULT_PER_PAGE;
  return Math.min(perPage, MAX_PER_PAGE);
}

/** `page` checked against the number of pages `totalCount` fills (at least one). */
export function resolvePage(page: number | undefined, perPage: number, totalCount: number): number {
  if (page === undefined) return 1;
  const pages = Math.max(1, Math.floor((totalCount - 1) / perPage) + 1);
  if (page <= 0 || page > pages) throw internal(`page should be within [1, ${pages}] range, given ${page}`);
  return page;
}

/** An error of a method body: CometBFT answers these with -32603 and the Go error text. */
export function internal(detail: string): RpcError {
  return new RpcError(RpcErrorCode.internalError, detail);
}
