import { create, toBinary } from "@bufbuild/protobuf";
import { fromHex } from "@cosmjs/encoding";
import {
  BroadcastMode,
  BroadcastTxResponseSchema,
  GetBlockWithTxsResponseSchema,
  GetTxResponseSchema,
  GetTxsEventResponseSchema,
  OrderBy,
  Service,
  SimulateResponseSchema,
  TxSchema,
} from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { queryHandlers } from "../app/handlers.js";
import { ChainError, type Module } from "../app/module.js";
import { sdkError } from "../app/sdk-errors.js";
import { paginate } from "../modules/pagination.js";
import { queryInvalidArgument, queryNotFound } from "../modules/query-errors.js";
import { blockProto } from "../node/block-proto.js";
import type {
  BroadcastResult,
  CommittedBlock,
  ConsensusValidator,
  IndexedTx,
  TxSearchResult,
} from "../node/chain-node.js";
import { MempoolRejection } from "../node/errors.js";
import { partSetHeaderOf } from "../node/header-hash.js";
import type { TxRun } from "./run-tx.js";
import { checkTxResponseOf, eventProtos, txOf, txResponseOf } from "./tx-response.js";

/** What the tx service reads from (and sends to) the node. */
export interface TxServiceSource {
  /** Runs the tx in simulate mode on a throwaway branch of the check state. */
  simulate(txBytes: Uint8Array): TxRun;
  tx(hash: Uint8Array): IndexedTx | undefined;
  txSearch(query: string, options: { page: number; perPage: number; orderBy: "asc" | "desc" }): TxSearchResult;
  block(height?: bigint): CommittedBlock | undefined;
  validators(height?: bigint): readonly ConsensusValidator[];
  broadcastTx(txBytes: Uint8Array): BroadcastResult;
}

/** gRPC Unknown → sdk 6, as baseapp converts it: how a failed simulation reaches an ABCI client. */
function simulationFailed(run: TxRun): ChainError {
  return new ChainError(
    "sdk",
    6,
    "unknown request",
    `rpc error: code = Unknown desc = ${run.result.log} With gas wanted: '${run.result.gasWanted}' and gas used: '${run.result.gasUsed}' `,
  );
}

/**
 * cosmos.tx.v1beta1.Service over the query router, as real nodes register it: Simulate (what cosmjs' gas estimation
 * calls), GetTx, GetTxsEvent, GetBlockWithTxs, and BroadcastTx (sync and async).
 */
export function createTxServiceModule(source: TxServiceSource): Module {
  const blockTime = (height: bigint) => source.block(height)?.header.timeNs ?? 0n;
  return {
    name: "tx",
    queryHandlers: queryHandlers(Service, {
      simulate: (_ctx, req) => {
        let bytes = req.txBytes;
        if (bytes.length === 0 && req.tx !== undefined) bytes = toBinary(TxSchema, req.tx);
        if (bytes.length === 0) throw queryInvalidArgument("empty txBytes is not allowed");
        const run = source.simulate(bytes);
        if (run.result.code !== 0) throw simulationFailed(run);
        return create(SimulateResponseSchema, {
          gasInfo: { gasWanted: run.result.gasWanted, gasUsed: run.result.gasUsed },
          result: {
            data: run.result.data,
            log: run.result.log,
            events: eventProtos(run.result.events),
            msgResponses: [...run.msgResponses],
          },
        });
      },
      getTx: (_ctx, req) => {
        if (req.hash === "") throw queryInvalidArgument("tx hash cannot be empty");
        let hash: Uint8Array;
        try {
          hash = fromHex(req.hash);
        } catch {
          throw queryInvalidArgument(`invalid tx hash ${req.hash}`);
        }
        const indexed = source.tx(hash);
        if (indexed === undefined) throw queryNotFound(`tx not found: ${req.hash}`);
        return create(GetTxResponseSchema, {
          tx: txOf(indexed.tx),
          txResponse: txResponseOf(indexed, blockTime(indexed.height)),
        });
      },
      getTxsEvent: (_ctx, req) => {
        if (req.events.length === 0) throw queryInvalidArgument("must declare at least one event to search");
        const all = source.txSearch(req.events.join(" AND "), {
          page: 1,
          perPage: 100,
          orderBy: req.orderBy === OrderBy.DESC ? "desc" : "asc",
        });
        const page = paginate(
          all.txs.map((tx, i) => [i.toString().padStart(8, "0"), tx] as const),
          req.pagination,
        );
        return create(GetTxsEventResponseSchema, {
          txs: page.items.map((indexed) => txOf(indexed.tx)).filter((tx) => tx !== undefined),
          txResponses: page.items.map((indexed) => txResponseOf(indexed, blockTime(indexed.height))),
          pagination: { ...page.pagination, total: BigInt(all.totalCount) },
        });
      },
      getBlockWithTxs: (_ctx, req) => {
        const block = source.block(req.height);
        if (block === undefined) throw queryInvalidArgument(`block ${req.height} is not available`);
        const previous = block.header.height > 1n ? source.validators(block.header.height - 1n) : [];
        const page = paginate(
          block.txs.map((tx, i) => [i.toString().padStart(8, "0"), tx] as const),
          req.pagination,
        );
        const parts = partSetHeaderOf(block.blockId.hash);
        return create(GetBlockWithTxsResponseSchema, {
          txs: page.items.map(txOf).filter((tx) => tx !== undefined),
          blockId: { hash: block.blockId.hash, partSetHeader: { total: parts.total, hash: parts.hash } },
          block: blockProto(block, previous),
          pagination: page.pagination,
        });
      },
      broadcastTx: (_ctx, req) => {
        if (req.txBytes.length === 0) throw queryInvalidArgument("invalid empty tx");
        if (req.mode !== BroadcastMode.SYNC && req.mode !== BroadcastMode.ASYNC) {
          throw queryInvalidArgument(
            `unsupported broadcast mode ${BroadcastMode[req.mode] ?? req.mode}; use SYNC or ASYNC`,
          );
        }
        let outcome: BroadcastResult;
        try {
          outcome = source.broadcastTx(req.txBytes);
        } catch (error) {
          if (error instanceof MempoolRejection) throw sdkError(19, error.message);
          throw error;
        }
        return create(BroadcastTxResponseSchema, { txResponse: checkTxResponseOf(outcome.hash, outcome.checkTx) });
      },
    }),
  };
}
