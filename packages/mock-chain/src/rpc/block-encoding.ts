// The parts of a block CometBFT derives rather than stores: the commit a block carries for its parent, the part set
// header of a block id, and the block's protobuf size (BlockMeta.block_size). The chain computes its header hashes
// from the same stand-ins (node/header-hash.ts), so what the RPC shows is what the hashes commit to.
import { toBinary } from "@bufbuild/protobuf";
import { BlockSchema } from "@persistence-sdk/proto/tendermint/types";
import { blockProto } from "../node/block-proto.js";
import type { BlockHeader, CommittedBlock, ConsensusValidator } from "../node/chain-node.js";
import {
  type CommitSignature,
  lastCommitSignatures,
  type PartSetHeader,
  partSetHeaderOf,
} from "../node/header-hash.js";

export { type CommitSignature, type PartSetHeader, partSetHeaderOf };

/** The commit a block at `height` carries: the votes for height - 1 (empty at the first block). */
export interface LastCommit {
  readonly height: bigint;
  readonly round: number;
  readonly blockHash: Uint8Array;
  readonly parts: PartSetHeader;
  readonly signatures: readonly CommitSignature[];
}

/** The last commit of `header`, signed by the validators of the previous height. */
export function lastCommitOf(header: BlockHeader, previousValidators: readonly ConsensusValidator[]): LastCommit {
  const blockHash = header.lastBlockId.hash;
  return {
    height: blockHash.length === 0 ? 0n : header.height - 1n,
    round: 0,
    blockHash,
    parts: partSetHeaderOf(blockHash),
    signatures: lastCommitSignatures(blockHash, previousValidators, header.timeNs),
  };
}

/** Size in bytes of the block's protobuf encoding (`tendermint.types.Block`), as `BlockMeta.block_size` reports. */
export function blockSizeOf(block: CommittedBlock, previousValidators: readonly ConsensusValidator[]): number {
  return toBinary(BlockSchema, blockProto(block, previousValidators)).length;
}
