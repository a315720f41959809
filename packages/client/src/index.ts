export {
  accountArg,
  chainOf,
  coinArg,
  decArg,
  denomArg,
  type HasChain,
  nonNegativeDecArg,
  paramsArg,
  positiveDecArg,
  validatorArg,
} from "./args.js";
export {
  type Bech32Prefixes,
  bech32PrefixesOf,
  type ChainConfig,
  type FeeDenom,
  persistenceCore1,
  persistenceMockDevnet,
  persistenceTestnet,
} from "./chains.js";
export { type Client, type CreateClientOptions, createClient, withSigner } from "./client.js";
export {
  type AminoConverter,
  aminoConverter,
  aminoConverters,
  fromAmino,
  generatedType,
  registryTypes,
  toAmino,
} from "./cosmjs.js";
export {
  AccountNotFoundError,
  BroadcastTimeoutError,
  type ChainFailure,
  ClientError,
  type ClientErrorDetails,
  InsufficientFeeError,
  InsufficientFundsError,
  InvalidResponseError,
  isUnknownQuery,
  NetworkError,
  NoSignerError,
  OutOfGasError,
  QueryError,
  RpcError,
  SequenceMismatchError,
  SignerMismatchError,
  SigningError,
  TxFailedError,
  type TxPhase,
  txError,
  UnauthorizedError,
} from "./errors.js";
export { estimateFee, type FeeEstimate } from "./estimateFee.js";
export { decodeTypedEvent, eventsOf, findEvents, findTypedEvents, type TxEvent } from "./events.js";
export { feeAmount, type GasPrice, gasLimitOf, parseGasMultiplier, parseGasPrice } from "./gas.js";
export { type AccountInfo, baseAccountOf, getAccount } from "./getAccount.js";
export { jsonReplacer, toJsonString } from "./json.js";
export {
  checkMessageAddresses,
  messageToAny,
  responseSchemaOf,
  signerFieldsOf,
  type TxMessage,
  txMessage,
  typeUrlOf,
} from "./messages.js";
export { type PaginateOptions, paginate, paginateAll } from "./paginate.js";
export type { ExplicitFee, TxContent } from "./pipeline.js";
export { type QueryOptions, query, queryAtHeight, queryPath } from "./query.js";
export { type SendTxParams, sendTx } from "./sendTx.js";
export { type ResolvedSigner, resolveSigner, stdSignDocOf } from "./signing.js";
export type { TxStatus } from "./status.js";
export type { CometEvent, CometIndexedTx, CometLike, CometTxResult, RetryPolicy } from "./transport.js";
export { DEFAULT_RETRY } from "./transport.js";
export { type MsgResponse, msgResponseOf, type TxFee, type TxResult, txHash } from "./tx.js";
export {
  type AddressKind,
  type ValidateAddressOptions,
  type ValidateAmountOptions,
  validateAddress,
  validateAmount,
  validateCoin,
  validateCoins,
} from "./validation.js";
export { type WaitForTxOptions, waitForTx } from "./waitForTx.js";
