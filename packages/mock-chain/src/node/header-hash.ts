// The hashes of a CometBFT block header, computed as CometBFT computes them (types/block.go, validator_set.go,
// params.go, results.go), so the block hash commits to the header exactly as a real one does. Two inputs are
// stand-ins, since the mock runs no consensus: the last commit's signatures (deterministic digests, see
// `lastCommitSignatures`) and the part set header of a block id (derived from the block hash).

import { createHash } from "node:crypto";
import { create, toBinary } from "@bufbuild/protobuf";
import { type Timestamp, TimestampSchema } from "@bufbuild/protobuf/wkt";
import { ResponseDeliverTxSchema } from "@persistence-sdk/proto/tendermint/abci";
import {
  BlockIDSchema,
  CommitSigSchema,
  HashedParamsSchema,
  SimpleValidatorSchema,
} from "@persistence-sdk/proto/tendermint/types";
import { ConsensusSchema } from "@persistence-sdk/proto/tendermint/version";
import type { BlockHeader, ConsensusValidator, TxExecResult } from "./chain-node.js";
import { merkleRoot, sha256Of } from "./merkle.js";

/** CometBFT 0.38's block protocol version. */
export const BLOCK_PROTOCOL = 11n;

/** CometBFT's default consensus params for what the consensus hash covers. */
export const CONSENSUS_BLOCK_MAX_BYTES = 22_020_096n;
export const CONSENSUS_BLOCK_MAX_GAS = -1n;

/** A block id's part set header. */
export interface PartSetHeader {
  readonly total: number;
  readonly hash: Uint8Array;
}

/** Stand-in part set of a block: one part, hashed as the RFC 6962 leaf of the block hash (empty for no block). */
export function partSetHeaderOf(blockHash: Uint8Array): PartSetHeader {
  if (blockHash.length === 0) return { total: 0, hash: new Uint8Array(0) };
  return { total: 1, hash: sha256Of(new Uint8Array([0, ...blockHash])) };
}

export function timestampOf(ns: bigint): Timestamp {
  return create(TimestampSchema, { seconds: ns / 1_000_000_000n, nanos: Number(ns % 1_000_000_000n) });
}

// gogotypes wrappers (StringValue, Int64Value, BytesValue) all encode as field 1 — a zero value encodes as nothing.
function varint(value: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, value);
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function wrapBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.length === 0) return new Uint8Array(0);
  return new Uint8Array([0x0a, ...varint(BigInt(bytes.length)), ...bytes]);
}

function wrapString(text: string): Uint8Array {
  return wrapBytes(new TextEncoder().encode(text));
}

function wrapInt64(value: bigint): Uint8Array {
  return value === 0n ? new Uint8Array(0) : new Uint8Array([0x08, ...varint(value)]);
}

/** A header with everything CometBFT hashes spelled out (protocol version, full last block id). */
export interface HeaderFields extends Omit<BlockHeader, "lastBlockId"> {
  readonly version: { readonly block: bigint; readonly app: bigint };
  readonly lastBlockId: { readonly hash: Uint8Array; readonly parts: PartSetHeader };
}

/** `Header.Hash()`: the Merkle root of the header fields' protobuf encodings, in struct order. */
export function hashHeaderFields(header: HeaderFields): Uint8Array {
  return merkleRoot([
    toBinary(ConsensusSchema, create(ConsensusSchema, header.version)),
    wrapString(header.chainId),
    wrapInt64(header.height),
    toBinary(TimestampSchema, timestampOf(header.timeNs)),
    toBinary(
      BlockIDSchema,
      create(BlockIDSchema, {
        hash: header.lastBlockId.hash,
        partSetHeader: { total: header.lastBlockId.parts.total, hash: header.lastBlockId.parts.hash },
      }),
    ),
    wrapBytes(header.lastCommitHash),
    wrapBytes(header.dataHash),
    wrapBytes(header.validatorsHash),
    wrapBytes(header.nextValidatorsHash),
    wrapBytes(header.consensusHash),
    wrapBytes(header.appHash),
    wrapBytes(header.lastResultsHash),
    wrapBytes(header.evidenceHash),
    wrapBytes(header.proposerAddress),
  ]);
}

/** The hash of one of the chain's headers: block protocol 11, app version 0, stand-in part set headers. */
export function headerHash(header: BlockHeader): Uint8Array {
  return hashHeaderFields({
    ...header,
    version: { block: BLOCK_PROTOCOL, app: 0n },
    lastBlockId: { hash: header.lastBlockId.hash, parts: partSetHeaderOf(header.lastBlockId.hash) },
  });
}

/** `Txs.Hash()`: Merkle root of the SHA-256 of each tx. */
export function dataHash(txs: readonly Uint8Array[]): Uint8Array {
  return merkleRoot(txs.map(sha256Of));
}

const validatorsHashes = new WeakMap<readonly ConsensusValidator[], Uint8Array>();

/** `ValidatorSet.Hash()`: Merkle root of each validator's SimpleValidator encoding, in set order (cached per set). */
export function validatorsHash(validators: readonly ConsensusValidator[]): Uint8Array {
  let hash = validatorsHashes.get(validators);
  if (hash === undefined) {
    hash = computeValidatorsHash(validators);
    validatorsHashes.set(validators, hash);
  }
  return hash;
}

function computeValidatorsHash(validators: readonly ConsensusValidator[]): Uint8Array {
  return merkleRoot(
    validators.map((validator) =>
      toBinary(
        SimpleValidatorSchema,
        create(SimpleValidatorSchema, {
          pubKey: { sum: { case: "ed25519", value: validator.pubKey } },
          votingPower: validator.votingPower,
        }),
      ),
    ),
  );
}

/** `ConsensusParams.Hash()`: SHA-256 of HashedParams (block max bytes and gas). */
export function consensusHash(): Uint8Array {
  return sha256Of(
    toBinary(
      HashedParamsSchema,
      create(HashedParamsSchema, { blockMaxBytes: CONSENSUS_BLOCK_MAX_BYTES, blockMaxGas: CONSENSUS_BLOCK_MAX_GAS }),
    ),
  );
}

/** `ABCIResults.Hash()`: Merkle root of each result's deterministic part (code, data, gas wanted, gas used). */
export function resultsHash(results: readonly TxExecResult[]): Uint8Array {
  return merkleRoot(
    results.map((result) =>
      toBinary(
        ResponseDeliverTxSchema,
        create(ResponseDeliverTxSchema, {
          code: result.code,
          data: result.data,
          gasWanted: result.gasWanted,
          gasUsed: result.gasUsed,
        }),
      ),
    ),
  );
}

/** A stand-in commit signature: every validator of the previous height signs (flag COMMIT) at the block's time. */
export interface CommitSignature {
  readonly validatorAddress: Uint8Array;
  readonly timeNs: bigint;
  readonly signature: Uint8Array;
}

/**
 * The signatures the block at `timeNs` carries for the previous block: one per validator of the previous height, a
 * deterministic 64-byte digest SHA-512(address ‖ previous block hash) in place of an ed25519 signature.
 */
export function lastCommitSignatures(
  previousBlockHash: Uint8Array,
  previousValidators: readonly ConsensusValidator[],
  timeNs: bigint,
): CommitSignature[] {
  if (previousBlockHash.length === 0) return [];
  return previousValidators.map((validator) => ({
    validatorAddress: validator.address,
    timeNs,
    signature: new Uint8Array(createHash("sha512").update(validator.address).update(previousBlockHash).digest()),
  }));
}

/** `Commit.Hash()`: Merkle root of the CommitSig encodings (empty commit → SHA-256 of nothing). */
export function commitHash(signatures: readonly CommitSignature[]): Uint8Array {
  return merkleRoot(
    signatures.map((sig) =>
      toBinary(
        CommitSigSchema,
        create(CommitSigSchema, {
          blockIdFlag: 2,
          validatorAddress: sig.validatorAddress,
          timestamp: timestampOf(sig.timeNs),
          signature: sig.signature,
        }),
      ),
    ),
  );
}
