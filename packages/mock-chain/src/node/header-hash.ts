// The hashes of a CometBFT block header, computed as CometBFT computes them (types/block.go, validator_set.go,
// params.go, results.go), so the block hash commits to the header exactly as a real one does. Two inputs are
// stand-ins, since the mock runs no consensus: the last commit's signatures (deterministic digests, see
// `lastCommitSignatures`) and the part set header of a block id (derived from the block hash).

import { createHash } from "node:crypto";
import { create, toBinary } from "@bufbuild/protobuf";
import { type Timestamp, TimestampSchema } from "@bufbuild/protobuf/wkt";
import { HashedParamsSchema, SimpleValidatorSchema } from "@persistence-sdk/proto/tendermint/types";
import type { BlockHeader, ConsensusValidator, TxExecResult } from "./chain-node.js";
import { merkleRoot, sha256Of } from "./merkle.js";
import { Bytes, bytesField, messageField, timestampBytes, toBytes, varintField } from "./proto-wire.js";

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
function wrapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Bytes();
  bytesField(out, 1, bytes);
  return toBytes(out);
}

const utf8 = new TextEncoder();

function wrapString(text: string): Uint8Array {
  return wrapBytes(utf8.encode(text));
}

function wrapInt64(value: bigint): Uint8Array {
  const out = new Bytes();
  varintField(out, 1, value);
  return toBytes(out);
}

/** `tendermint.version.Consensus`. */
function consensusVersionBytes(version: { readonly block: bigint; readonly app: bigint }): Uint8Array {
  const out = new Bytes();
  varintField(out, 1, version.block);
  varintField(out, 2, version.app);
  return toBytes(out);
}

/** `tendermint.types.BlockID` (its part set header is not nullable: always written). */
function blockIdBytes(hash: Uint8Array, parts: PartSetHeader): Uint8Array {
  const partSet = new Bytes(48);
  varintField(partSet, 1, parts.total);
  bytesField(partSet, 2, parts.hash);
  const out = new Bytes();
  bytesField(out, 1, hash);
  messageField(out, 2, partSet);
  return toBytes(out);
}

/** A header with everything CometBFT hashes spelled out (protocol version, full last block id). */
export interface HeaderFields extends Omit<BlockHeader, "lastBlockId"> {
  readonly version: { readonly block: bigint; readonly app: bigint };
  readonly lastBlockId: { readonly hash: Uint8Array; readonly parts: PartSetHeader };
}

/** `Header.Hash()`: the Merkle root of the header fields' protobuf encodings, in struct order. */
export function hashHeaderFields(header: HeaderFields): Uint8Array {
  return merkleRoot([
    consensusVersionBytes(header.version),
    wrapString(header.chainId),
    wrapInt64(header.height),
    toBytes(timestampBytes(header.timeNs)),
    blockIdBytes(header.lastBlockId.hash, header.lastBlockId.parts),
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

const EMPTY_ROOT = merkleRoot([]);

/** `Txs.Hash()`: Merkle root of the SHA-256 of each tx. */
export function dataHash(txs: readonly Uint8Array[]): Uint8Array {
  return txs.length === 0 ? EMPTY_ROOT.slice() : merkleRoot(txs.map(sha256Of));
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

const CONSENSUS_HASH = sha256Of(
  toBinary(
    HashedParamsSchema,
    create(HashedParamsSchema, { blockMaxBytes: CONSENSUS_BLOCK_MAX_BYTES, blockMaxGas: CONSENSUS_BLOCK_MAX_GAS }),
  ),
);

/** `ConsensusParams.Hash()`: SHA-256 of HashedParams (block max bytes and gas); the params never change. */
export function consensusHash(): Uint8Array {
  return CONSENSUS_HASH.slice();
}

/** `ABCIResults.Hash()`: Merkle root of each result's deterministic part (code, data, gas wanted, gas used). */
export function resultsHash(results: readonly TxExecResult[]): Uint8Array {
  return merkleRoot(results.map(deterministicResultBytes));
}

/** `abci.ResponseDeliverTx` with only code (1), data (2), gas_wanted (5) and gas_used (6) set. */
export function deterministicResultBytes(result: TxExecResult): Uint8Array {
  const out = new Bytes();
  varintField(out, 1, result.code);
  bytesField(out, 2, result.data);
  varintField(out, 5, result.gasWanted);
  varintField(out, 6, result.gasUsed);
  return toBytes(out);
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
  return merkleRoot(signatures.map(commitSigBytes));
}

/** `tendermint.types.CommitSig` with flag COMMIT (its timestamp is not nullable: always written). */
export function commitSigBytes(sig: CommitSignature): Uint8Array {
  const out = new Bytes();
  varintField(out, 1, 2);
  bytesField(out, 2, sig.validatorAddress);
  messageField(out, 3, timestampBytes(sig.timeNs));
  bytesField(out, 4, sig.signature);
  return toBytes(out);
}
