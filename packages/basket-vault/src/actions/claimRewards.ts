import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { MsgClaimRewardsResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildClaimRewards } from "../builders/buildClaimRewards.js";
import { type ActionOptions, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { coinOf, converted } from "../internal/convert.js";
import { idArg, paramsArg } from "../internal/validate.js";
import { getBasket } from "../queries/getBasket.js";

/** Parameters of {@link claimRewards}. The holder is the client's signer. */
export interface ClaimRewardsParams extends ActionOptions {
  /** The basket whose shares earned the rewards. */
  readonly basketId: bigint;
}

/** What {@link claimRewards} did. */
export interface ClaimRewardsResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The owner (holder) of the shares or request. */
  readonly owner: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** Rewards paid, in the basket's reward denom (what `getPendingRewards` showed; 0 when nothing was owed). */
  readonly rewards: Coin;
}

/** Pays the holder the restaking rewards it is owed in one basket (§5), signed by the holder. */
export async function claimRewards(client: Client, params: ClaimRewardsParams): Promise<ClaimRewardsResult> {
  paramsArg(params, "claimRewards");
  const basketId = idArg(params.basketId, "basketId");
  const owner = await signerAddressOf(client, "claimRewards");
  const basket = await getBasket(client, { basketId });
  const tx = await sendBasketTx(client, [buildClaimRewards(client, { owner, basketId })], params);
  const response = responseOf(tx, MsgClaimRewardsResponseSchema, 0);
  return converted(`the claim-rewards transaction ${tx.hash}`, response, () =>
    Object.freeze({ tx, owner, basketId, rewards: coinOf(response.rewards, "rewards", basket.rewards.rewardDenom) }),
  );
}
