// Node information and ABCI queries: status, health, net_info, abci_info, abci_query, validators,
// num_unconfirmed_txs, unconfirmed_txs, genesis.

import { APP_PROTOCOL, BLOCK_PROTOCOL, P2P_PROTOCOL, pubKeyJson, validatorJson } from "./cometbft-json.js";
import { toJsonSafe } from "./control-methods.js";
import { internal, resolveHeight, resolvePage, resolvePerPage } from "./heights.js";
import { params } from "./params.js";
import type { RpcMethodTable } from "./rpc-method.js";
import { formatRfc3339Nano, toBase64, toHexUpper } from "./wire-format.js";

/** The channels a CometBFT 0.38 node advertises (block sync, consensus, mempool, evidence, state sync). */
const CHANNELS = "40202122233038606100";
const ZERO_TIME = "0001-01-01T00:00:00Z";

/** Methods about the node and the application. */
export const infoMethods: RpcMethodTable = {
  health: { params: [], run: () => ({}) },

  status: {
    params: [],
    run(ctx) {
      const status = ctx.node.status();
      const earliest = status.latestHeight > 0n ? ctx.node.block(status.earliestHeight) : undefined;
      return {
        node_info: {
          protocol_version: { p2p: String(P2P_PROTOCOL), block: String(BLOCK_PROTOCOL), app: String(APP_PROTOCOL) },
          id: Buffer.from(status.nodeId).toString("hex"),
          listen_addr: "tcp://0.0.0.0:26656",
          network: status.chainId,
          version: status.version,
          channels: CHANNELS,
          moniker: status.moniker,
          other: { tx_index: "on", rpc_address: ctx.rpcAddress() },
        },
        sync_info: {
          latest_block_hash: toHexUpper(status.latestBlockHash),
          latest_app_hash: toHexUpper(status.latestAppHash),
          latest_block_height: status.latestHeight.toString(),
          latest_block_time: formatRfc3339Nano(status.latestBlockTimeNs),
          earliest_block_hash: earliest ? toHexUpper(earliest.blockId.hash) : "",
          earliest_app_hash: earliest ? toHexUpper(earliest.header.appHash) : "",
          earliest_block_height: status.earliestHeight.toString(),
          earliest_block_time: earliest ? formatRfc3339Nano(earliest.header.timeNs) : ZERO_TIME,
          catching_up: false,
        },
        validator_info: {
          address: toHexUpper(status.validator.address),
          pub_key: pubKeyJson(status.validator.pubKey),
          voting_power: status.validator.votingPower.toString(),
        },
      };
    },
  },

  net_info: {
    params: [],
    run: () => ({ listening: true, listeners: ["Listener(@)"], n_peers: "0", peers: [] }),
  },

  abci_info: {
    params: [],
    run(ctx) {
      const info = ctx.node.abciInfo();
      return {
        response: {
          data: info.data,
          version: info.version,
          app_version: String(APP_PROTOCOL),
          last_block_height: info.lastBlockHeight.toString(),
          last_block_app_hash: toBase64(info.lastBlockAppHash),
        },
      };
    },
  },

  abci_query: {
    params: params(["path", "string"], ["data", "hexbytes"], ["height", "int64"], ["prove", "bool"]),
    run(ctx, args) {
      const height = args.int64("height");
      const result = ctx.node.abciQuery(
        args.string("path") ?? "",
        args.bytes("data") ?? new Uint8Array(),
        height === undefined || height === 0n ? undefined : height,
      );
      return {
        response: {
          code: result.code,
          log: result.log,
          info: "",
          index: "0",
          key: null,
          value: result.value.length === 0 ? null : toBase64(result.value),
          proofOps: null,
          height: result.height.toString(),
          codespace: result.codespace,
        },
      };
    },
  },

  validators: {
    params: params(["height", "int64"], ["page", "int"], ["per_page", "int"]),
    run(ctx, args) {
      const height = resolveHeight(ctx.node, args.int64("height"));
      const all = ctx.node.validators(height);
      const perPage = resolvePerPage(args.int("per_page"));
      const page = resolvePage(args.int("page"), perPage, all.length);
      const rows = all.slice((page - 1) * perPage, page * perPage);
      return {
        block_height: height.toString(),
        validators: rows.map(validatorJson),
        count: String(rows.length),
        total: String(all.length),
      };
    },
  },

  num_unconfirmed_txs: {
    params: [],
    run(ctx) {
      const pool = ctx.node.numUnconfirmedTxs();
      return { n_txs: String(pool.count), total: String(pool.count), total_bytes: String(pool.totalBytes), txs: null };
    },
  },

  unconfirmed_txs: {
    params: params(["limit", "int"]),
    run(ctx) {
      // The contract exposes the pool's size, not its contents: report the counts with an empty list.
      const pool = ctx.node.numUnconfirmedTxs();
      return { n_txs: "0", total: String(pool.count), total_bytes: String(pool.totalBytes), txs: [] };
    },
  },

  genesis: {
    params: [],
    run(ctx) {
      const genesis = ctx.genesis?.();
      if (genesis === undefined) throw internal("genesis document is not available");
      return { genesis: toJsonSafe(genesis) };
    },
  },
};
