// Transactions: broadcast_tx_sync, broadcast_tx_async, broadcast_tx_commit, tx, tx_search.
import { createHash } from "node:crypto";
import type { IndexedTx } from "../node/chain-node.js";
import { indexedTxJson, type Json, txResultJson } from "./cometbft-json.js";
import { internal, resolvePage, resolvePerPage } from "./heights.js";
import { RpcError, RpcErrorCode } from "./json-rpc.js";
import { type Params, params } from "./params.js";
import type { RpcContext, RpcMethodTable } from "./rpc-method.js";
import { toHexUpper } from "./wire-format.js";

/** CometBFT's `maxQueryLength` for tx_search and subscribe. */
export const MAX_QUERY_LENGTH = 512;

const EMPTY_TX_RESULT = {
  code: 0,
  data: null,
  log: "",
  info: "",
  gas_wanted: "0",
  gas_used: "0",
  events: null,
  codespace: "",
};

function txArgument(args: Params): Uint8Array {
  const tx = args.bytes("tx");
  if (tx === undefined || tx.length === 0) throw internal("tx is empty");
  return tx;
}

/** `ctypes.ResultBroadcastTx`: CheckTx's code, data (hex), log and codespace with the tx hash. */
function broadcastSync(ctx: RpcContext, args: Params): Json {
  const { hash, checkTx } = ctx.node.broadcastTx(txArgument(args));
  return {
    code: checkTx.code,
    data: toHexUpper(checkTx.data),
    log: checkTx.log,
    codespace: checkTx.codespace,
    hash: toHexUpper(hash),
  };
}

/** Waits until `hash` is in a committed block; rejects after `timeoutMs`. Resolves at once if it already is. */
function inclusionOf(ctx: RpcContext, hash: Uint8Array): { promise: Promise<IndexedTx>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  let unsubscribe = () => {};
  const promise = new Promise<IndexedTx>((resolve, reject) => {
    unsubscribe = ctx.node.onBlock(() => {
      const found = ctx.node.tx(hash);
      if (found) resolve(found);
    });
    timer = setTimeout(
      () => reject(internal("timed out waiting for tx to be included in a block")),
      ctx.broadcastCommitTimeoutMs,
    );
  });
  const cancel = () => {
    unsubscribe();
    clearTimeout(timer);
  };
  return { promise, cancel };
}

/** Methods that broadcast and look up transactions. */
export const txMethods: RpcMethodTable = {
  broadcast_tx_sync: { params: params(["tx", "bytes"]), run: broadcastSync },

  broadcast_tx_async: {
    params: params(["tx", "bytes"]),
    run(ctx, args) {
      // Async returns before CheckTx's verdict: only the hash is reported, whatever CheckTx says.
      const { hash } = ctx.node.broadcastTx(txArgument(args));
      return { code: 0, data: "", log: "", codespace: "", hash: toHexUpper(hash) };
    },
  },

  broadcast_tx_commit: {
    params: params(["tx", "bytes"]),
    async run(ctx, args) {
      const tx = txArgument(args);
      // Listen before broadcasting: with automine the block is committed inside broadcastTx.
      const inclusion = inclusionOf(ctx, createHash("sha256").update(tx).digest());
      inclusion.promise.catch(() => {});
      try {
        const { hash, checkTx } = ctx.node.broadcastTx(tx);
        if (checkTx.code !== 0) {
          return { check_tx: txResultJson(checkTx), tx_result: EMPTY_TX_RESULT, hash: toHexUpper(hash), height: "0" };
        }
        const included = ctx.node.tx(hash) ?? (await inclusion.promise);
        return {
          check_tx: txResultJson(checkTx),
          tx_result: txResultJson(included.result),
          hash: toHexUpper(hash),
          height: included.height.toString(),
        };
      } finally {
        inclusion.cancel();
      }
    },
  },

  tx: {
    params: params(["hash", "bytes"], ["prove", "bool"]),
    run(ctx, args) {
      const hash = args.bytes("hash") ?? new Uint8Array();
      const found = ctx.node.tx(hash);
      if (found === undefined) throw internal(`tx (${toHexUpper(hash)}) not found`);
      return indexedTxJson(found);
    },
  },

  tx_search: {
    params: params(
      ["query", "string"],
      ["prove", "bool"],
      ["page", "int"],
      ["per_page", "int"],
      ["order_by", "string"],
    ),
    run(ctx, args) {
      const query = args.string("query") ?? "";
      if (query.length > MAX_QUERY_LENGTH) throw internal("maximum query length exceeded");
      if (query.trim() === "") throw new RpcError(RpcErrorCode.internalError, "failed to parse query: empty query");
      const orderBy = args.string("order_by") ?? "";
      if (orderBy !== "" && orderBy !== "asc" && orderBy !== "desc") {
        throw internal("expected order_by to be either `asc` or `desc` or empty");
      }
      const perPage = resolvePerPage(args.int("per_page"));
      const page = args.int("page") ?? 1;
      const found = ctx.node.txSearch(query, { page: Math.max(page, 1), perPage, orderBy: orderBy || "asc" });
      resolvePage(page, perPage, found.totalCount);
      return { txs: found.txs.map(indexedTxJson), total_count: String(found.totalCount) };
    },
  },
};
