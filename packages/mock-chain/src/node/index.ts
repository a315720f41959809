export { blockProto, headerProto } from "./block-proto.js";
export { COMETBFT_VERSION, createChain, MAX_TX_BYTES, type MockChain } from "./chain.js";
export type { ChainOptions } from "./chain-options.js";
export { type ChainKeepers, createDefaultModules } from "./default-modules.js";
export { MempoolRejection } from "./errors.js";
export {
  commitHash,
  dataHash,
  hashHeaderFields,
  headerHash,
  lastCommitSignatures,
  type PartSetHeader,
  partSetHeaderOf,
  resultsHash,
  validatorsHash,
} from "./header-hash.js";
export { parseTxQuery, type QueryCondition, TxQueryError } from "./tx-query.js";
