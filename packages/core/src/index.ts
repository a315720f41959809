export * from "./alliance/index.js";
export { type FormatAmountOptions, formatAmount, parseAmount } from "./amount.js";
export * from "./basket/index.js";
export {
  addCoins,
  amountOf,
  type Coin,
  coin,
  coinFromProto,
  coinToProto,
  isAllGte,
  normalizeCoins,
  type ProtoCoin,
  subCoins,
  validateDenom,
} from "./coins.js";
export { Dec } from "./dec.js";
export {
  DEC_ONE_ATOMICS,
  DEC_PRECISION,
  formatDecAtomics,
  MAX_DEC_ATOMICS,
  parseDecAtomics,
  parseDecString,
} from "./dec-encoding.js";
export { SdkError, type SdkErrorCode, type SdkErrorDetails } from "./errors.js";
export { ibcDenom } from "./ibc-denom.js";
export { checkInt256, checkNonNegative, MAX_INT_BIT_LEN, parseInt256 } from "./int.js";
export * from "./pstake/index.js";
export * from "./yield/index.js";
