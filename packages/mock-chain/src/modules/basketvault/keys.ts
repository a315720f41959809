// The basket vault's store layout. Ids and times are zero-padded decimals so that iteration follows their numeric
// order; addresses appear as the hex of their bytes, as in the other modules' stores.

const P = "basketvault/";

/** A non-negative bigint as a fixed-width decimal that sorts like the number (uint64 fits in 20 digits). */
export function sortable(value: bigint): string {
  return value.toString().padStart(20, "0");
}

export const BasketVaultKeys = {
  params: `${P}params`,
  nextBasketId: `${P}next_basket_id`,
  nextRequestId: `${P}next_request_id`,
  nextBatchId: `${P}next_batch_id`,

  basketPrefix: `${P}basket/`,
  basket: (id: bigint) => `${P}basket/${sortable(id)}`,

  requestPrefix: `${P}request/`,
  request: (id: bigint) => `${P}request/${sortable(id)}`,
  /** Index: an owner's requests, by id. */
  requestsOf: (ownerHex: string) => `${P}request_by_owner/${ownerHex}/`,
  requestByOwner: (ownerHex: string, id: bigint) => `${P}request_by_owner/${ownerHex}/${sortable(id)}`,

  batchPrefix: `${P}batch/`,
  batch: (id: bigint) => `${P}batch/${sortable(id)}`,
  /** Index: a basket's batches, by id. */
  batchesOf: (basketId: bigint) => `${P}batch_by_basket/${sortable(basketId)}/`,
  batchByBasket: (basketId: bigint, id: bigint) => `${P}batch_by_basket/${sortable(basketId)}/${sortable(id)}`,
  /** Queue: UNBONDING batches by completion time (ns), for the end blocker. */
  unbondingQueuePrefix: `${P}unbonding_queue/`,
  unbondingQueue: (completionNs: bigint, batchId: bigint) =>
    `${P}unbonding_queue/${sortable(completionNs)}/${sortable(batchId)}`,
  /**
   * The Alliance unbondings a cut started, per batch (not part of GenesisState: the book-keeping of what comes back
   * from Alliance, see restaking.ts).
   */
  allianceUnbondingsOf: (batchId: bigint) => `${P}alliance_unbonding/${sortable(batchId)}/`,
  allianceUnbonding: (batchId: bigint, index: number) =>
    `${P}alliance_unbonding/${sortable(batchId)}/${index.toString().padStart(6, "0")}`,
  allianceUnbondingPrefix: `${P}alliance_unbonding/`,

  snapshotPrefix: `${P}snapshot/`,
  snapshotsOf: (basketId: bigint) => `${P}snapshot/${sortable(basketId)}/`,
  snapshot: (basketId: bigint, ownerHex: string) => `${P}snapshot/${sortable(basketId)}/${ownerHex}`,

  /** Shares an owner has escrowed in PENDING requests of a basket (they earn rewards for the owner until the cut). */
  escrowPrefix: `${P}escrow/`,
  escrow: (basketId: bigint, ownerHex: string) => `${P}escrow/${sortable(basketId)}/${ownerHex}`,
} as const;
