/**
 * CometBFT's mempool refusals that are RPC errors rather than CheckTx results: a tx seen recently (in the mempool or
 * committed) and a tx over the size limit. Servers answer them as JSON-RPC internal errors carrying this message.
 */
export class MempoolRejection extends Error {
  override name = "MempoolRejection";
}

/** CometBFT's `ErrTxInCache`. */
export function txAlreadyInCache(): MempoolRejection {
  return new MempoolRejection("tx already exists in cache");
}

/** CometBFT's `ErrTxTooLarge`. */
export function txTooLarge(max: number, size: number): MempoolRejection {
  return new MempoolRejection(`Tx too large. Max size is ${max}, but got ${size}`);
}
