import type { IndexedTx, TxSearchResult } from "./chain-node.js";
import { hexOf } from "./hex.js";
import { parseTxQuery, type QueryCondition, TxQueryError, valueMatches } from "./tx-query.js";

/** The attribute values a tx is indexed under, by composite key; tx.height and tx.hash included, as CometBFT does. */
function indexedValues(tx: IndexedTx): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const add = (key: string, value: string) => {
    const list = values.get(key);
    if (list === undefined) values.set(key, [value]);
    else list.push(value);
  };
  add("tx.height", tx.height.toString());
  add("tx.hash", hexOf(tx.hash).toUpperCase());
  for (const event of tx.result.events) {
    for (const attribute of event.attributes)
      if (attribute.index) add(`${event.type}.${attribute.key}`, attribute.value);
  }
  return values;
}

/**
 * CometBFT's kv tx indexer: txs by hash and by every indexed event attribute, searched with the query language.
 * Positions are global tx ordinals (block order, then index in block), so results come out in chain order.
 */
export class TxIndex {
  private readonly txs: (IndexedTx | undefined)[] = [];
  private readonly values: (Map<string, string[]> | undefined)[] = [];
  private readonly byHash = new Map<string, number>();
  /** Composite key → its positions (every tx having the key at all) and its positions by value. */
  private readonly postings = new Map<string, Posting>();

  get size(): number {
    return this.txs.length;
  }

  add(tx: IndexedTx): void {
    const position = this.txs.length;
    const values = indexedValues(tx);
    this.txs.push(tx);
    this.values.push(values);
    this.byHash.set(hexOf(tx.hash), position);
    for (const [key, list] of values) this.post(key, list, position);
  }

  get(hash: Uint8Array): IndexedTx | undefined {
    const position = this.byHash.get(hexOf(hash));
    return position === undefined ? undefined : this.txs[position];
  }

  /** Drops every tx above `height` (a revert); they were the last ones added. */
  truncateAbove(height: bigint): void {
    while (this.txs.length > 0) {
      const last = this.txs.length - 1;
      const tx = this.txs[last];
      if (tx !== undefined && tx.height <= height) break;
      for (const [key, list] of this.values[last] ?? []) this.unpost(key, list, last);
      if (tx !== undefined && this.byHash.get(hexOf(tx.hash)) === last) this.byHash.delete(hexOf(tx.hash));
      this.txs.pop();
      this.values.pop();
    }
  }

  /** Forgets txs below `height` (pruned blocks); their postings are skipped at search time. */
  pruneBelow(height: bigint): void {
    for (let i = 0; i < this.txs.length; i++) {
      const tx = this.txs[i];
      if (tx === undefined) continue;
      if (tx.height >= height) break;
      if (this.byHash.get(hexOf(tx.hash)) === i) this.byHash.delete(hexOf(tx.hash));
      this.txs[i] = undefined;
      this.values[i] = undefined;
    }
  }

  /**
   * tx_search: the matching txs in chain order (or reversed), one page of them, and how many matched. `page` is
   * 1-based; `perPage` is clamped to 1..100 (30 when not positive), as CometBFT does; an out-of-range page throws.
   */
  search(query: string, options: { page: number; perPage: number; orderBy: "asc" | "desc" }): TxSearchResult {
    const conditions = parseTxQuery(query);
    const matches = this.candidates(conditions).filter((position) => {
      const values = this.values[position];
      return values !== undefined && conditions.every((condition) => this.holds(condition, values));
    });
    if (options.orderBy === "desc") matches.reverse();
    const perPage = options.perPage <= 0 ? 30 : Math.min(options.perPage, 100);
    const pages = Math.max(1, Math.ceil(matches.length / perPage));
    if (!Number.isInteger(options.page) || options.page < 1 || options.page > pages) {
      throw new TxQueryError(`page should be within [1, ${pages}] range, given ${options.page}`);
    }
    const start = (options.page - 1) * perPage;
    return {
      txs: matches.slice(start, start + perPage).map((position) => this.txs[position]!),
      totalCount: matches.length,
    };
  }

  private holds(condition: QueryCondition, values: Map<string, string[]>): boolean {
    const list = values.get(condition.key);
    if (list === undefined) return false;
    return list.some((value) => {
      // tx.hash is compared case-insensitively: clients send either case.
      if (condition.key === "tx.hash" && condition.operand !== undefined) {
        return value === condition.operand.text.toUpperCase();
      }
      return valueMatches(condition, value);
    });
  }

  /** The smallest posting list an equality or EXISTS condition offers, else every position. */
  private candidates(conditions: readonly QueryCondition[]): number[] {
    let best: number[] | undefined;
    for (const condition of conditions) {
      let list: number[] | undefined;
      if (condition.op === "EXISTS") list = this.postings.get(condition.key)?.all ?? [];
      else if (condition.op === "=" && condition.operand?.kind === "string") {
        const text = condition.key === "tx.hash" ? condition.operand.text.toUpperCase() : condition.operand.text;
        list = this.postings.get(condition.key)?.byValue.get(text) ?? [];
      } else if (condition.op === "=" && condition.key === "tx.height") {
        list = this.postings.get("tx.height")?.byValue.get(BigInt(condition.operand!.text).toString()) ?? [];
      } else continue;
      if (best === undefined || list.length < best.length) best = list;
    }
    if (best !== undefined) return [...best];
    return this.txs.flatMap((tx, position) => (tx === undefined ? [] : [position]));
  }

  private post(key: string, values: readonly string[], position: number): void {
    let posting = this.postings.get(key);
    if (posting === undefined) {
      posting = { all: [], byValue: new Map() };
      this.postings.set(key, posting);
    }
    posting.all.push(position);
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      // A value the tx carries twice is posted once (the list is short: a check beats building a Set).
      if (values.indexOf(value) !== i) continue;
      const list = posting.byValue.get(value);
      if (list === undefined) posting.byValue.set(value, [position]);
      else list.push(position);
    }
  }

  private unpost(key: string, values: readonly string[], position: number): void {
    const posting = this.postings.get(key);
    if (posting === undefined) return;
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (values.indexOf(value) !== i) continue;
      const list = posting.byValue.get(value);
      if (list === undefined) continue;
      if (list[list.length - 1] === position) list.pop();
      if (list.length === 0) posting.byValue.delete(value);
    }
    if (posting.all[posting.all.length - 1] === position) posting.all.pop();
    if (posting.all.length === 0) this.postings.delete(key);
  }
}

/** The positions of one composite key: all of them (for EXISTS), and by value (for =). */
interface Posting {
  readonly all: number[];
  readonly byValue: Map<string, number[]>;
}
