// CometBFT 0.38's JSON shapes (rpc/core/types, types/*.go through libs/json), built from the chain's values. Field
// order, names and encodings follow what a real node writes, because clients such as cosmjs's Comet38Client parse
// strictly: 64-bit numbers are strings, 32-bit ones numbers, hashes upper-case hex, raw bytes base64.
import type {
  AbciEvent,
  BlockHeader,
  BlockId,
  CommittedBlock,
  ConsensusValidator,
  IndexedTx,
  TxExecResult,
} from "../node/chain-node.js";
import { type LastCommit, type PartSetHeader, partSetHeaderOf } from "./block-encoding.js";
import { formatRfc3339Nano, toBase64, toHexUpper } from "./wire-format.js";

/** A JSON value as this layer emits it. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** CometBFT's block protocol version (0.38) and the app version the Cosmos SDK reports. */
export const BLOCK_PROTOCOL = 11;
export const P2P_PROTOCOL = 8;
export const APP_PROTOCOL = 0;

/** Every stand-in commit signature is a vote for the block (CometBFT's BlockIDFlagCommit). */
const BLOCK_ID_FLAG_COMMIT = 2;

/** `abci.Event`: attribute keys and values are plain strings since CometBFT 0.37. */
export function eventJson(event: AbciEvent): Json {
  return {
    type: event.type,
    attributes: event.attributes.map((a) => ({ key: a.key, value: a.value, index: a.index })),
  };
}

/** `[]byte` under libs/json: base64, or null when nil (an empty result has no data). */
function bytesOrNull(bytes: Uint8Array): Json {
  return bytes.length === 0 ? null : toBase64(bytes);
}

/** `abci.ExecTxResult` (also the shape of `CheckTxResponse` in 0.38, which dropped sender/priority/mempool_error). */
export function txResultJson(result: TxExecResult): Json {
  return {
    code: result.code,
    data: bytesOrNull(result.data),
    log: result.log,
    info: "",
    gas_wanted: result.gasWanted.toString(),
    gas_used: result.gasUsed.toString(),
    events: result.events.map(eventJson),
    codespace: result.codespace,
  };
}

/** `types.PartSetHeader`. */
export function partsJson(parts: PartSetHeader): Json {
  return { total: parts.total, hash: toHexUpper(parts.hash) };
}

/** `types.BlockID` with the mock's part set header. */
export function blockIdJson(blockId: BlockId): Json {
  return { hash: toHexUpper(blockId.hash), parts: partsJson(partSetHeaderOf(blockId.hash)) };
}

/** `types.Header`. */
export function headerJson(header: BlockHeader): Json {
  return {
    version: { block: String(BLOCK_PROTOCOL), app: String(APP_PROTOCOL) },
    chain_id: header.chainId,
    height: header.height.toString(),
    time: formatRfc3339Nano(header.timeNs),
    last_block_id: blockIdJson(header.lastBlockId),
    last_commit_hash: toHexUpper(header.lastCommitHash),
    data_hash: toHexUpper(header.dataHash),
    validators_hash: toHexUpper(header.validatorsHash),
    next_validators_hash: toHexUpper(header.nextValidatorsHash),
    consensus_hash: toHexUpper(header.consensusHash),
    app_hash: toHexUpper(header.appHash),
    last_results_hash: toHexUpper(header.lastResultsHash),
    evidence_hash: toHexUpper(header.evidenceHash),
    proposer_address: toHexUpper(header.proposerAddress),
  };
}

/** `types.Commit`. */
export function commitJson(commit: LastCommit): Json {
  return {
    height: commit.height.toString(),
    round: commit.round,
    block_id: { hash: toHexUpper(commit.blockHash), parts: partsJson(commit.parts) },
    signatures: commit.signatures.map((sig) => ({
      block_id_flag: BLOCK_ID_FLAG_COMMIT,
      validator_address: toHexUpper(sig.validatorAddress),
      timestamp: formatRfc3339Nano(sig.timeNs),
      signature: toBase64(sig.signature),
    })),
  };
}

/** `types.Block`. */
export function blockJson(block: CommittedBlock, lastCommit: LastCommit): Json {
  return {
    header: headerJson(block.header),
    data: { txs: block.txs.map(toBase64) },
    evidence: { evidence: [] },
    last_commit: commitJson(lastCommit),
  };
}

/** `types.BlockMeta` (one row of `blockchain`). */
export function blockMetaJson(block: CommittedBlock, blockSize: number): Json {
  return {
    block_id: blockIdJson(block.blockId),
    block_size: String(blockSize),
    header: headerJson(block.header),
    num_txs: String(block.txs.length),
  };
}

/** An ed25519 consensus key as libs/json writes a registered `crypto.PubKey`. */
export function pubKeyJson(pubKey: Uint8Array): Json {
  return { type: "tendermint/PubKeyEd25519", value: toBase64(pubKey) };
}

/** `types.Validator` (the `validators` endpoint). */
export function validatorJson(validator: ConsensusValidator): Json {
  return {
    address: toHexUpper(validator.address),
    pub_key: pubKeyJson(validator.pubKey),
    voting_power: validator.votingPower.toString(),
    proposer_priority: validator.proposerPriority.toString(),
  };
}

/** `ctypes.ResultTx` (the `tx` endpoint and each row of `tx_search`); the proof is omitted unless asked for. */
export function indexedTxJson(tx: IndexedTx): Json {
  return {
    hash: toHexUpper(tx.hash),
    height: tx.height.toString(),
    index: tx.index,
    tx_result: txResultJson(tx.result),
    tx: toBase64(tx.tx),
  };
}
