import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { basketVaultQueryErrorOf } from "../errors.js";
import { coinOf, converted, decOf, intOf } from "../internal/convert.js";
import { type BasketQueryOptions, queryOptions } from "../internal/options.js";
import { accountArg, idArg, paramsArg } from "../internal/validate.js";
import type { PendingRewards } from "../types.js";

/** Parameters of {@link getPendingRewards}. */
export interface GetPendingRewardsParams extends BasketQueryOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** The holder's account address. */
  readonly owner: string;
}

/**
 * The restaking rewards a holder would receive from `claimRewards` now (harvested rewards only: `harvest` moves
 * what Alliance paid the vault into the pool), the shares that earn for it and the basket's reward index.
 */
export async function getPendingRewards(client: Client, params: GetPendingRewardsParams): Promise<PendingRewards> {
  paramsArg(params, "getPendingRewards");
  const basketId = idArg(params.basketId, "basketId");
  const owner = accountArg(client.chain, params.owner, "owner");
  const response = await query(client, Query.method.pendingRewards, { basketId, owner }, queryOptions(params)).catch(
    (error: unknown) => {
      throw basketVaultQueryErrorOf(error, { reason: "BASKET_NOT_FOUND", field: "basketId", value: basketId });
    },
  );
  return converted("/persistence.basketvault.v1.Query/PendingRewards", response, () =>
    Object.freeze({
      rewards: coinOf(response.rewards, "rewards"),
      shares: intOf(response.shares, "shares"),
      rewardIndex: decOf(response.rewardIndex, "rewardIndex"),
    }),
  );
}
