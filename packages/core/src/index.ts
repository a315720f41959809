export {
  DEC_ONE_ATOMICS,
  DEC_PRECISION,
  formatDecAtomics,
  MAX_DEC_BIT_LEN,
  parseDecAtomics,
  parseDecString,
} from "./dec-encoding.js";
export { SdkError, type SdkErrorCode, type SdkErrorDetails } from "./errors.js";
