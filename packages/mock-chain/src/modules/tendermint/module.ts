import { create } from "@bufbuild/protobuf";
import { toBech32, toHex } from "@cosmjs/encoding";
import type { PageRequest } from "@persistence-sdk/proto/cosmos/base/query/v1beta1";
import {
  GetBlockByHeightResponseSchema,
  GetLatestBlockResponseSchema,
  GetLatestValidatorSetResponseSchema,
  GetNodeInfoResponseSchema,
  GetSyncingResponseSchema,
  GetValidatorSetByHeightResponseSchema,
  Service,
  type Validator,
  ValidatorSchema,
} from "@persistence-sdk/proto/cosmos/base/tendermint/v1beta1";
import { PubKeySchema as Ed25519PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/ed25519";
import { packAny } from "../../app/any.js";
import { queryHandlers } from "../../app/handlers.js";
import type { Module } from "../../app/module.js";
import { blockProto } from "../../node/block-proto.js";
import type { CommittedBlock, ConsensusValidator, NodeStatus } from "../../node/chain-node.js";
import { BLOCK_PROTOCOL, partSetHeaderOf } from "../../node/header-hash.js";
import { paginate } from "../pagination.js";
import { queryInvalidArgument } from "../query-errors.js";

/** What the node-info queries read from the node (not from state). */
export interface NodeInfoSource {
  status(): NodeStatus;
  block(height?: bigint): CommittedBlock | undefined;
  validators(height?: bigint): readonly ConsensusValidator[];
  /** Bech32 prefix of consensus addresses ("persistencevalcons"). */
  readonly consensusPrefix: string;
}

/** What GetNodeInfo reports as the application. */
export const APP_VERSION_INFO = {
  name: "persistence",
  appName: "persistenceCore",
  version: "mock",
  cosmosSdkVersion: "v0.50.14",
} as const;

/**
 * cosmos.base.tendermint.v1beta1.Service: node info, syncing, blocks and validator sets, so REST
 * `/cosmos/base/tendermint/v1beta1/node_info` and friends work through the generic query router.
 */
export function createTendermintModule(source: NodeInfoSource): Module {
  const blockResponse = (block: CommittedBlock) => {
    const previous = block.header.height > 1n ? source.validators(block.header.height - 1n) : [];
    const parts = partSetHeaderOf(block.blockId.hash);
    return {
      blockId: { hash: block.blockId.hash, partSetHeader: { total: parts.total, hash: parts.hash } },
      block: blockProto(block, previous),
    };
  };
  const validatorPage = (height: bigint, pagination: PageRequest | undefined) => {
    const entries = source.validators(height).map((validator, i): [string, Validator] => [
      i.toString().padStart(6, "0"),
      create(ValidatorSchema, {
        address: toBech32(source.consensusPrefix, validator.address),
        pubKey: packAny(Ed25519PubKeySchema, create(Ed25519PubKeySchema, { key: validator.pubKey })),
        votingPower: validator.votingPower,
        proposerPriority: validator.proposerPriority,
      }),
    ]);
    return paginate(entries, pagination);
  };

  return {
    name: "tendermint",
    queryHandlers: queryHandlers(Service, {
      getNodeInfo: () => {
        const status = source.status();
        return create(GetNodeInfoResponseSchema, {
          nodeInfo: {
            protocolVersion: { p2p: 8n, block: BLOCK_PROTOCOL, app: 0n },
            nodeId: toHex(status.nodeId),
            listenAddr: "tcp://0.0.0.0:26656",
            network: status.chainId,
            version: status.version,
            channels: new Uint8Array([0x40, 0x20, 0x21, 0x22, 0x23, 0x30, 0x38, 0x60, 0x61, 0x00]),
            moniker: status.moniker,
            other: { txIndex: "on", rpcAddress: "tcp://0.0.0.0:26657" },
          },
          applicationVersion: { ...APP_VERSION_INFO, gitCommit: "", buildTags: "", goVersion: "", buildDeps: [] },
        });
      },
      getSyncing: () => create(GetSyncingResponseSchema, { syncing: false }),
      getLatestBlock: () => create(GetLatestBlockResponseSchema, blockResponse(source.block()!)),
      getBlockByHeight: (_ctx, req) => {
        const latest = source.status().latestHeight;
        if (req.height > latest) throw queryInvalidArgument("requested block height is bigger then the chain length");
        const block = source.block(req.height);
        if (block === undefined) throw queryInvalidArgument(`block ${req.height} is not available (pruned)`);
        return create(GetBlockByHeightResponseSchema, blockResponse(block));
      },
      getLatestValidatorSet: (_ctx, req) => {
        const height = source.status().latestHeight;
        const page = validatorPage(height, req.pagination);
        return create(GetLatestValidatorSetResponseSchema, {
          blockHeight: height,
          validators: page.items,
          pagination: page.pagination,
        });
      },
      getValidatorSetByHeight: (_ctx, req) => {
        const latest = source.status().latestHeight;
        if (req.height > latest) throw queryInvalidArgument("requested block height is bigger then the chain length");
        const page = validatorPage(req.height, req.pagination);
        return create(GetValidatorSetByHeightResponseSchema, {
          blockHeight: req.height,
          validators: page.items,
          pagination: page.pagination,
        });
      },
    }),
  };
}
