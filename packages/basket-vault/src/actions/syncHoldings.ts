import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin, Dec } from "@persistence-sdk/core";
import {
  EventHoldingsSyncedSchema,
  EventPerformanceFeeSchema,
  MsgSyncHoldingsResponseSchema,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildSyncHoldings } from "../builders/buildSyncHoldings.js";
import {
  type ActionOptions,
  eventOf,
  eventsOfMessage,
  responseOf,
  sendBasketTx,
  signerAddressOf,
} from "../internal/actions.js";
import { coinsOf, converted, decOf, intOf } from "../internal/convert.js";
import { type PerformanceFeeTaken, performanceFeeOf } from "../internal/performanceFee.js";
import { idArg, paramsArg } from "../internal/validate.js";
import { getBasket } from "../queries/getBasket.js";

/** Parameters of {@link syncHoldings}. */
export interface SyncHoldingsParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
}

/** What {@link syncHoldings} did. */
export interface SyncHoldingsResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The signer: the client's signer. */
  readonly sender: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** Holdings per constituent before and after the sync (sdk.Coins form). */
  readonly holdingsBefore: readonly Coin[];
  /** Holdings per constituent after the sync (sdk.Coins form). */
  readonly holdings: readonly Coin[];
  /** Price per share after the sync and the fee. */
  readonly pricePerShare: Dec;
  /** Performance-fee shares minted to the treasury (0 at or below the high-water mark). */
  readonly feeShares: bigint;
  /** The fee in detail, when one was taken (EventPerformanceFee). */
  readonly performanceFee: PerformanceFeeTaken | undefined;
}

/**
 * Re-reads the vault's Alliance delegation balances into its holdings (the take rate and slashes lower them, and so
 * the price of every share), then runs the performance fee (§5, §7). Anyone may sign. An unknown basket throws
 * `BasketVaultError` (`BASKET_NOT_FOUND`) before signing.
 */
export async function syncHoldings(client: Client, params: SyncHoldingsParams): Promise<SyncHoldingsResult> {
  paramsArg(params, "syncHoldings");
  const basketId = idArg(params.basketId, "basketId");
  const sender = await signerAddressOf(client, "syncHoldings");
  await getBasket(client, { basketId });
  const tx = await sendBasketTx(client, [buildSyncHoldings(client, { sender, basketId })], params);
  const response = responseOf(tx, MsgSyncHoldingsResponseSchema, 0);
  const synced = eventOf(tx, EventHoldingsSyncedSchema, 0);
  const fee = eventsOfMessage(tx, EventPerformanceFeeSchema, 0)[0];
  return converted(`the sync transaction ${tx.hash}`, response, () =>
    Object.freeze({
      tx,
      sender,
      basketId,
      holdingsBefore: Object.freeze(coinsOf(synced.holdingsBefore, "holdingsBefore")),
      holdings: Object.freeze(coinsOf(response.holdings, "holdings")),
      pricePerShare: decOf(response.pricePerShare, "pricePerShare"),
      feeShares: intOf(response.feeShares, "feeShares"),
      performanceFee: fee === undefined ? undefined : performanceFeeOf(fee),
    }),
  );
}
