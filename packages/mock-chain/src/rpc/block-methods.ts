// Blocks and their results: block, block_by_hash, header, header_by_hash, commit, block_results, blockchain.
import type { ChainNode, CommittedBlock, ConsensusValidator } from "../node/chain-node.js";
import { blockSizeOf, type LastCommit, lastCommitOf } from "./block-encoding.js";
import {
  blockIdJson,
  blockJson,
  blockMetaJson,
  commitJson,
  eventJson,
  headerJson,
  txResultJson,
} from "./cometbft-json.js";
import { heightRange, internal, resolveHeight } from "./heights.js";
import { params } from "./params.js";
import type { RpcMethodTable } from "./rpc-method.js";
import { toBase64 } from "./wire-format.js";

/** Most block metas one `blockchain` call returns. */
const BLOCKCHAIN_LIMIT = 20n;

const NO_BLOCK_ID = { hash: "", parts: { total: 0, hash: "" } };

/** The validators that signed `height`, or none when that height is gone. */
function signersOf(node: ChainNode, height: bigint): readonly ConsensusValidator[] {
  if (height < 1n) return [];
  try {
    return node.validators(height);
  } catch {
    return [];
  }
}

/** The commit a block carries for its parent. */
export function lastCommitFor(node: ChainNode, block: CommittedBlock): LastCommit {
  return lastCommitOf(block.header, signersOf(node, block.header.height - 1n));
}

/** The block at `height` or an error in CometBFT's words when it is not stored. */
function blockAt(node: ChainNode, height: bigint): CommittedBlock {
  const block = node.block(height);
  if (block === undefined) throw internal(`couldn't find block at height ${height}`);
  return block;
}

/** Methods that read blocks. */
export const blockMethods: RpcMethodTable = {
  block: {
    params: params(["height", "int64"]),
    run(ctx, args) {
      const height = resolveHeight(ctx.node, args.int64("height"));
      const block = ctx.node.block(height);
      if (block === undefined) return { block_id: NO_BLOCK_ID, block: null };
      return { block_id: blockIdJson(block.blockId), block: blockJson(block, lastCommitFor(ctx.node, block)) };
    },
  },

  block_by_hash: {
    params: params(["hash", "bytes"]),
    run(ctx, args) {
      const block = ctx.node.blockByHash(args.bytes("hash") ?? new Uint8Array());
      if (block === undefined) return { block_id: NO_BLOCK_ID, block: null };
      return { block_id: blockIdJson(block.blockId), block: blockJson(block, lastCommitFor(ctx.node, block)) };
    },
  },

  header: {
    params: params(["height", "int64"]),
    run(ctx, args) {
      const block = ctx.node.block(resolveHeight(ctx.node, args.int64("height")));
      return { header: block === undefined ? null : headerJson(block.header) };
    },
  },

  header_by_hash: {
    params: params(["hash", "bytes"]),
    run(ctx, args) {
      const block = ctx.node.blockByHash(args.bytes("hash") ?? new Uint8Array());
      return { header: block === undefined ? null : headerJson(block.header) };
    },
  },

  commit: {
    params: params(["height", "int64"]),
    run(ctx, args) {
      const height = resolveHeight(ctx.node, args.int64("height"));
      const block = blockAt(ctx.node, height);
      // The canonical commit of a height is carried by the next block; the latest height has only the seen commit.
      const next = ctx.node.block(height + 1n);
      const commit: LastCommit = next
        ? lastCommitFor(ctx.node, next)
        : lastCommitOf(
            { ...block.header, height: height + 1n, lastBlockId: block.blockId },
            signersOf(ctx.node, height),
          );
      return { signed_header: { header: headerJson(block.header), commit: commitJson(commit) }, canonical: !!next };
    },
  },

  block_results: {
    params: params(["height", "int64"]),
    run(ctx, args) {
      const height = resolveHeight(ctx.node, args.int64("height"));
      const results = ctx.node.blockResults(height);
      if (results === undefined) throw internal(`could not find results for height #${height}`);
      // Go writes nil slices as null: a block without txs has "txs_results": null.
      return {
        height: results.height.toString(),
        txs_results: results.txResults.length === 0 ? null : results.txResults.map(txResultJson),
        finalize_block_events:
          results.finalizeBlockEvents.length === 0 ? null : results.finalizeBlockEvents.map(eventJson),
        validator_updates: null,
        consensus_param_updates: null,
        app_hash: toBase64(results.appHash),
      };
    },
  },

  blockchain: {
    params: params(["minHeight", "int64"], ["maxHeight", "int64"]),
    run(ctx, args) {
      const { base, latest } = heightRange(ctx.node);
      let min = args.int64("minHeight") ?? 0n;
      let max = args.int64("maxHeight") ?? 0n;
      if (min < 0n || max < 0n) throw internal("heights must be non-negative");
      if (min === 0n) min = 1n;
      if (max === 0n) max = latest;
      max = max < latest ? max : latest;
      min = min > base ? min : base;
      const lowest = max - BLOCKCHAIN_LIMIT + 1n;
      min = min > lowest ? min : lowest;
      if (min > max) throw internal(`min height ${min} can't be greater than max height ${max}`);
      const metas = [];
      for (let height = max; height >= min; height -= 1n) {
        const block = ctx.node.block(height);
        if (block !== undefined) metas.push(blockMetaJson(block, blockSizeOf(block, signersOf(ctx.node, height - 1n))));
      }
      return { last_height: latest.toString(), block_metas: metas };
    },
  },
};
