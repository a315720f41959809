import { create } from "@bufbuild/protobuf";
import { type Block, BlockSchema, type Header, HeaderSchema } from "@persistence-sdk/proto/tendermint/types";
import type { BlockHeader, CommittedBlock, ConsensusValidator } from "./chain-node.js";
import { BLOCK_PROTOCOL, lastCommitSignatures, partSetHeaderOf, timestampOf } from "./header-hash.js";

/** A header as `tendermint.types.Header`. */
export function headerProto(header: BlockHeader): Header {
  const parts = partSetHeaderOf(header.lastBlockId.hash);
  return create(HeaderSchema, {
    version: { block: BLOCK_PROTOCOL, app: 0n },
    chainId: header.chainId,
    height: header.height,
    time: timestampOf(header.timeNs),
    lastBlockId: { hash: header.lastBlockId.hash, partSetHeader: { total: parts.total, hash: parts.hash } },
    lastCommitHash: header.lastCommitHash,
    dataHash: header.dataHash,
    validatorsHash: header.validatorsHash,
    nextValidatorsHash: header.nextValidatorsHash,
    consensusHash: header.consensusHash,
    appHash: header.appHash,
    lastResultsHash: header.lastResultsHash,
    evidenceHash: header.evidenceHash,
    proposerAddress: header.proposerAddress,
  });
}

/** A block as `tendermint.types.Block`, with the stand-in last commit signed by `previousValidators`. */
export function blockProto(block: CommittedBlock, previousValidators: readonly ConsensusValidator[]): Block {
  const header = block.header;
  const previousHash = header.lastBlockId.hash;
  const parts = partSetHeaderOf(previousHash);
  return create(BlockSchema, {
    header: headerProto(header),
    data: { txs: [...block.txs] },
    evidence: {},
    lastCommit: {
      height: previousHash.length === 0 ? 0n : header.height - 1n,
      round: 0,
      blockId: { hash: previousHash, partSetHeader: { total: parts.total, hash: parts.hash } },
      signatures: lastCommitSignatures(previousHash, previousValidators, header.timeNs).map((sig) => ({
        blockIdFlag: 2,
        validatorAddress: sig.validatorAddress,
        timestamp: timestampOf(sig.timeNs),
        signature: sig.signature,
      })),
    },
  });
}
