// persistence.basketvault.v1.Query (§9). PreviewDeposit and PreviewRedeem run the Msgs' own functions (deposit,
// requestRedeem, instantRedeem) on a throwaway branch of the query's state, for a preview account credited there
// with the coin or shares: whatever the Msg would do or refuse, the preview does or refuses in the same way.
import { create } from "@bufbuild/protobuf";
import { basketIsRateFresh, basketRateAgeSeconds } from "@persistence-sdk/core";
import {
  type Basket,
  type Batch,
  ConstituentNavSchema,
  ConstituentStatus,
  Query,
  QueryBasketResponseSchema,
  QueryBasketsResponseSchema,
  QueryBatchesResponseSchema,
  QueryBatchResponseSchema,
  QueryNavResponseSchema,
  QueryParamsResponseSchema,
  QueryPendingRewardsResponseSchema,
  QueryPreviewDepositResponseSchema,
  QueryPreviewRedeemResponseSchema,
  QueryRequestResponseSchema,
  QueryRequestsByOwnerResponseSchema,
  type RedeemRequest,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { withContext } from "../../app/context.js";
import { EventCollector } from "../../app/event-manager.js";
import { queryHandlers } from "../../app/handlers.js";
import { ChainError, type Context, type QueryHandler } from "../../app/module.js";
import { CacheStore } from "../../store/cache-store.js";
import { paginate } from "../pagination.js";
import { queryInvalidArgument, queryModuleError, queryNotFound } from "../query-errors.js";
import { entriesBelow } from "../store-entries.js";
import { coreConstituent, nowOf, protoCoin, protoCoins } from "./convert.js";
import { deposit } from "./deposit.js";
import { BASKETVAULT_CODESPACE } from "./errors.js";
import { BASKETVAULT_MODULE, type BasketVaultKeeper } from "./keeper.js";
import { BasketVaultKeys } from "./keys.js";
import { checkRedeemMode, parseAmount, parseCoin } from "./msg-server.js";
import { instantRedeem, requestRedeem } from "./redeem.js";
import { derivedModuleAddressBytes } from "./restaking.js";

/** The account previews act as (ADR-028 derived from the module with key "preview"); it never holds anything. */
export function previewAddress(keeper: BasketVaultKeeper): string {
  return keeper.auth.addresses.fromBytes(
    derivedModuleAddressBytes(BASKETVAULT_MODULE, new TextEncoder().encode("preview")),
  );
}

/** Runs `run` on a branch of the query's store that is dropped afterwards; module errors as a gRPC query shows them. */
function onThrowawayBranch<T>(ctx: Context, run: (branch: Context) => T): T {
  const branch = withContext(ctx, { store: new CacheStore(ctx.store), events: new EventCollector() });
  try {
    return run(branch);
  } catch (error) {
    if (error instanceof ChainError && error.codespace === BASKETVAULT_CODESPACE) throw queryModuleError(error);
    throw error;
  }
}

function basketOrNotFound(keeper: BasketVaultKeeper, ctx: Context, id: bigint): Basket {
  const basket = keeper.getBasket(ctx.store, id);
  if (basket === undefined) throw queryNotFound(`basket ${id} not found`);
  return basket;
}

/** The query handlers keyed by gRPC path. */
export function basketVaultQueryHandlers(keeper: BasketVaultKeeper): Record<string, QueryHandler> {
  return queryHandlers(Query, {
    params: (ctx) => create(QueryParamsResponseSchema, { params: keeper.params(ctx.store) }),

    basket: (ctx, req) => create(QueryBasketResponseSchema, { basket: basketOrNotFound(keeper, ctx, req.basketId) }),

    baskets: (ctx, req) => {
      const page = paginate(entriesBelow<Basket>(ctx.store, BasketVaultKeys.basketPrefix), req.pagination);
      return create(QueryBasketsResponseSchema, { baskets: page.items, pagination: page.pagination });
    },

    nav: (ctx, req) => {
      const basket = basketOrNotFound(keeper, ctx, req.basketId);
      const valuation = keeper.valuation(ctx, basket);
      const now = nowOf(ctx.time);
      const maxStaleness = basket.config?.maxStalenessSeconds ?? 0n;
      const constituents = basket.constituents.map((c, i) => {
        const line = valuation.constituents[i]!;
        const view = coreConstituent(c);
        return create(ConstituentNavSchema, {
          denom: c.denom,
          holdings: line.holdings.toString(),
          idle: c.idle,
          restaked: c.restaked,
          rate: line.rate.toProto(),
          value: line.value.toProto(),
          weight: line.weight.toProto(),
          targetWeight: c.targetWeight,
          status: c.status,
          rateAgeSeconds: basketRateAgeSeconds(view.updateTime, now),
          rateFresh: basketIsRateFresh(view, now, maxStaleness),
        });
      });
      return create(QueryNavResponseSchema, {
        basketId: basket.id,
        nav: valuation.nav.toProto(),
        navDown: valuation.navDown.toString(),
        navUp: valuation.navUp.toString(),
        shares: valuation.shares.toString(),
        pricePerShare: valuation.pricePerShare.toProto(),
        highWaterMark: basket.highWaterMark,
        status: basket.status,
        ratesFresh: constituents.every((c) => c.rateFresh),
        halted: basket.constituents.some((c) => c.status === ConstituentStatus.HALTED),
        constituents,
        time: now,
      });
    },

    previewDeposit: (ctx, req) => {
      basketOrNotFound(keeper, ctx, req.basketId);
      const amount = parseCoin(req.amount, "amount");
      return onThrowawayBranch(ctx, (branch) => {
        const sender = previewAddress(keeper);
        keeper.bank.mintTo(branch, sender, [amount]);
        const result = deposit(branch, keeper, {
          sender,
          basketId: req.basketId,
          amount,
          minSharesOut: 0n,
          receiver: sender,
        });
        return create(QueryPreviewDepositResponseSchema, {
          shares: result.shares.toString(),
          value: result.value.toString(),
          feeRate: result.feeRate.toProto(),
          feeValue: result.feeValue.toString(),
          netValue: result.netValue.toString(),
          weightAfter: result.weightAfter.toProto(),
          pricePerShare: result.pricePerShare.toProto(),
        });
      });
    },

    previewRedeem: (ctx, req) => {
      const basket = basketOrNotFound(keeper, ctx, req.basketId);
      const shares = parseAmount(req.shares, "shares", true);
      return onThrowawayBranch(ctx, (branch) => {
        const owner = previewAddress(keeper);
        // The previewed shares are part of S already (someone holds them): hand them to the preview account
        // without minting, so S stays what the Msg would see.
        keeper.bank.setBalance(branch, owner, basket.shareDenom, shares);
        const preview = req.instant
          ? instantRedeem(branch, keeper, { owner, basketId: req.basketId, shares, outDenom: req.outDenom, minOut: 0n })
          : requestRedeem(branch, keeper, {
              owner,
              basketId: req.basketId,
              shares,
              mode: checkRedeemMode(req.mode, req.outDenom),
              outDenom: req.outDenom,
              minValueOut: 0n,
              receiver: owner,
            }).preview;
        return create(QueryPreviewRedeemResponseSchema, {
          value: preview.value.toString(),
          feeRate: preview.feeRate.toProto(),
          feeValue: preview.feeValue.toString(),
          netValue: preview.netValue.toString(),
          out: protoCoins(preview.out),
          pricePerShare: preview.pricePerShare.toProto(),
          weightAfter: preview.weightAfter.toProto(),
        });
      });
    },

    request: (ctx, req) => {
      const request = keeper.getRequest(ctx.store, req.requestId);
      if (request === undefined) throw queryNotFound(`request ${req.requestId} not found`);
      return create(QueryRequestResponseSchema, { request });
    },

    requestsByOwner: (ctx, req) => {
      const decoded = keeper.auth.addresses.decode(req.owner);
      if (typeof decoded === "string") throw queryInvalidArgument(`invalid owner address: ${decoded}`);
      const prefix = BasketVaultKeys.requestsOf(keeper.auth.addresses.key(req.owner));
      const requests = (function* () {
        for (const [key, id] of entriesBelow<bigint>(ctx.store, prefix)) {
          yield [key, keeper.getRequest(ctx.store, id)!] as const;
        }
      })();
      const page = paginate<RedeemRequest>(requests, req.pagination, {
        filter: (request) => req.basketId === 0n || request.basketId === req.basketId,
      });
      return create(QueryRequestsByOwnerResponseSchema, { requests: page.items, pagination: page.pagination });
    },

    batch: (ctx, req) => {
      const batch = keeper.getBatch(ctx.store, req.batchId);
      if (batch === undefined) throw queryNotFound(`batch ${req.batchId} not found`);
      return create(QueryBatchResponseSchema, { batch });
    },

    batches: (ctx, req) => {
      basketOrNotFound(keeper, ctx, req.basketId);
      const batches = (function* () {
        for (const [key, id] of entriesBelow<bigint>(ctx.store, BasketVaultKeys.batchesOf(req.basketId))) {
          yield [key, keeper.getBatch(ctx.store, id)!] as const;
        }
      })();
      const page = paginate<Batch>(batches, req.pagination);
      return create(QueryBatchesResponseSchema, { batches: page.items, pagination: page.pagination });
    },

    pendingRewards: (ctx, req) => {
      const basket = basketOrNotFound(keeper, ctx, req.basketId);
      const decoded = keeper.auth.addresses.decode(req.owner);
      if (typeof decoded === "string") throw queryInvalidArgument(`invalid owner address: ${decoded}`);
      const pending = keeper.pendingRewards(ctx.store, basket, req.owner);
      return create(QueryPendingRewardsResponseSchema, {
        rewards: protoCoin({ denom: basket.rewards?.rewardDenom ?? "", amount: pending.owed }),
        shares: pending.shares.toString(),
        rewardIndex: basket.rewards?.rewardIndex ?? "0",
      });
    },
  });
}
