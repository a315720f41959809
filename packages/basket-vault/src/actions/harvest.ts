import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin, Dec } from "@persistence-sdk/core";
import { MsgHarvestResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildHarvest } from "../builders/buildHarvest.js";
import { type ActionOptions, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { coinOf, converted, decOf } from "../internal/convert.js";
import { idArg, paramsArg } from "../internal/validate.js";
import { getBasket } from "../queries/getBasket.js";

/** Parameters of {@link harvest}. */
export interface HarvestParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
}

/** What {@link harvest} did. */
export interface HarvestResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The signer: the client's signer. */
  readonly sender: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** Rewards added to the pool, in the basket's reward denom. */
  readonly harvested: Coin;
  /** The reward index after the harvest (rewards per share). */
  readonly rewardIndex: Dec;
}

/**
 * Claims the vault's Alliance restaking rewards into its reward pool and raises the reward index by amount / S
 * (§5); holders then see them in `getPendingRewards` and take them with `claimRewards`. Anyone may sign.
 */
export async function harvest(client: Client, params: HarvestParams): Promise<HarvestResult> {
  paramsArg(params, "harvest");
  const basketId = idArg(params.basketId, "basketId");
  const sender = await signerAddressOf(client, "harvest");
  const basket = await getBasket(client, { basketId });
  const tx = await sendBasketTx(client, [buildHarvest(client, { sender, basketId })], params);
  const response = responseOf(tx, MsgHarvestResponseSchema, 0);
  return converted(`the harvest transaction ${tx.hash}`, response, () =>
    Object.freeze({
      tx,
      sender,
      basketId,
      harvested: coinOf(response.harvested, "harvested", basket.rewards.rewardDenom),
      rewardIndex: decOf(response.rewardIndex, "rewardIndex"),
    }),
  );
}
