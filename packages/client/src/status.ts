/**
 * Progress of a transaction, for UIs: "signing" (the wallet is asked; again after a sequence retry), "broadcasting",
 * "broadcast" (in the mempool, hash final), "included" (in a block, successful), "failed" (with the error, and the
 * hash once there is one).
 */
export type TxStatus =
  | { readonly status: "signing" }
  | { readonly status: "broadcasting" }
  | { readonly status: "broadcast"; readonly hash: string }
  | { readonly status: "included"; readonly hash: string; readonly height: number }
  | { readonly status: "failed"; readonly error: unknown; readonly hash?: string };

/** Wraps an onStatus callback so that an exception thrown by it never breaks the transaction. */
export function statusEmitter(onStatus: ((status: TxStatus) => void) | undefined): (status: TxStatus) => void {
  return (status) => {
    try {
      onStatus?.(status);
    } catch {
      // a UI callback must not break the transaction
    }
  };
}
