// The Msg service: field validation (what ValidateBasic and the msg server of a Go module check before the keeper
// runs), then the operation, then the response.
import { create } from "@bufbuild/protobuf";
import {
  MsgCancelRedeemResponseSchema,
  MsgCancelRedeemSchema,
  MsgClaimResponseSchema,
  MsgClaimRewardsResponseSchema,
  MsgClaimRewardsSchema,
  MsgClaimSchema,
  MsgCreateBasketResponseSchema,
  MsgCreateBasketSchema,
  MsgCutBatchResponseSchema,
  MsgCutBatchSchema,
  MsgDepositResponseSchema,
  MsgDepositSchema,
  MsgHarvestResponseSchema,
  MsgHarvestSchema,
  MsgInstantRedeemResponseSchema,
  MsgInstantRedeemSchema,
  MsgPauseResponseSchema,
  MsgPauseSchema,
  MsgPostMetricsResponseSchema,
  MsgPostMetricsSchema,
  MsgPostRatesResponseSchema,
  MsgPostRatesSchema,
  MsgRequestRedeemResponseSchema,
  MsgRequestRedeemSchema,
  MsgResolveRateResponseSchema,
  MsgResolveRateSchema,
  MsgSyncHoldingsResponseSchema,
  MsgSyncHoldingsSchema,
  MsgUnpauseResponseSchema,
  MsgUnpauseSchema,
  MsgUpdateBasketResponseSchema,
  MsgUpdateBasketSchema,
  MsgUpdateParamsResponseSchema,
  MsgUpdateParamsSchema,
  RedeemMode,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { msgHandler } from "../../app/handlers.js";
import type { MsgHandler } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { type Coin, coinsError } from "../bank/coins.js";
import { protoCoin, protoCoins } from "./convert.js";
import { deposit } from "./deposit.js";
import { createBasket, pause, unpause, updateBasket, updateParams } from "./governance.js";
import type { BasketVaultKeeper } from "./keeper.js";
import { postMetrics, postRates, resolveRate } from "./rates.js";
import { cancelRedeem, claim, cutBatch, instantRedeem, requestRedeem } from "./redeem.js";
import { claimRewards, harvest, syncHoldings } from "./restake.js";

/** An account address field: sdk 7 "invalid <role> address: <why>". */
export function checkAddress(keeper: BasketVaultKeeper, address: string, role: string): string {
  keeper.auth.addresses.toBytes(address, role);
  return address;
}

/** A math.Int field; sdk 18 unless a non-negative integer (and positive when required). */
export function parseAmount(text: string, field: string, positive = false): bigint {
  const value = text === "" ? "0" : text;
  if (!/^[0-9]+$/.test(value)) throw sdkError(18, `invalid ${field}: ${JSON.stringify(text)}`);
  const amount = BigInt(value);
  if (positive && amount === 0n) throw sdkError(18, `${field} must be positive`);
  return amount;
}

/** A Coin field that must be valid and positive: sdk 10 "invalid coins". */
export function parseCoin(coin: { denom: string; amount: string } | undefined, field: string): Coin {
  if (coin === undefined) throw sdkError(10, `${field} must be set`);
  const amount = /^-?[0-9]+$/.test(coin.amount) ? BigInt(coin.amount) : -1n;
  const parsed = { denom: coin.denom, amount };
  const bad = coinsError([parsed]);
  if (bad !== undefined) throw sdkError(10, `${coin.amount}${coin.denom}`);
  return parsed;
}

/** The Msg handlers keyed by type URL. */
export function basketVaultMsgHandlers(keeper: BasketVaultKeeper): Record<string, MsgHandler> {
  const handlers = [
    msgHandler(MsgDepositSchema, MsgDepositResponseSchema, (ctx, msg) => {
      const sender = checkAddress(keeper, msg.sender, "sender");
      const receiver = msg.receiver === "" ? sender : checkAddress(keeper, msg.receiver, "receiver");
      const result = deposit(ctx, keeper, {
        sender,
        basketId: msg.basketId,
        amount: parseCoin(msg.amount, "amount"),
        minSharesOut: parseAmount(msg.minSharesOut, "min_shares_out"),
        receiver,
      });
      return create(MsgDepositResponseSchema, {
        shares: result.shares.toString(),
        value: result.value.toString(),
        feeValue: result.feeValue.toString(),
      });
    }),
    msgHandler(MsgRequestRedeemSchema, MsgRequestRedeemResponseSchema, (ctx, msg) => {
      const owner = checkAddress(keeper, msg.owner, "owner");
      const receiver = msg.receiver === "" ? owner : checkAddress(keeper, msg.receiver, "receiver");
      const input = checkRedeemMode(msg.mode, msg.outDenom);
      const result = requestRedeem(ctx, keeper, {
        owner,
        basketId: msg.basketId,
        shares: parseAmount(msg.shares, "shares", true),
        mode: input,
        outDenom: msg.outDenom,
        minValueOut: parseAmount(msg.minValueOut, "min_value_out"),
        receiver,
      });
      return create(MsgRequestRedeemResponseSchema, { requestId: result.requestId, batchId: result.batchId });
    }),
    msgHandler(MsgCancelRedeemSchema, MsgCancelRedeemResponseSchema, (ctx, msg) => {
      const shares = cancelRedeem(ctx, keeper, checkAddress(keeper, msg.owner, "owner"), msg.requestId);
      return create(MsgCancelRedeemResponseSchema, { shares: shares.toString() });
    }),
    msgHandler(MsgCutBatchSchema, MsgCutBatchResponseSchema, (ctx, msg) => {
      checkAddress(keeper, msg.sender, "sender");
      const result = cutBatch(ctx, keeper, msg.basketId);
      return create(MsgCutBatchResponseSchema, result);
    }),
    msgHandler(MsgClaimSchema, MsgClaimResponseSchema, (ctx, msg) => {
      const paid = claim(ctx, keeper, checkAddress(keeper, msg.owner, "owner"), msg.requestIds);
      return create(MsgClaimResponseSchema, { paid: protoCoins(paid) });
    }),
    msgHandler(MsgInstantRedeemSchema, MsgInstantRedeemResponseSchema, (ctx, msg) => {
      const result = instantRedeem(ctx, keeper, {
        owner: checkAddress(keeper, msg.owner, "owner"),
        basketId: msg.basketId,
        shares: parseAmount(msg.shares, "shares", true),
        outDenom: msg.outDenom,
        minOut: parseAmount(msg.minOut, "min_out"),
      });
      return create(MsgInstantRedeemResponseSchema, {
        out: protoCoin(result.out[0]!),
        value: result.value.toString(),
        feeValue: result.feeValue.toString(),
      });
    }),
    msgHandler(MsgPostRatesSchema, MsgPostRatesResponseSchema, (ctx, msg) => {
      const results = postRates(ctx, keeper, checkAddress(keeper, msg.feeder, "feeder"), msg.basketId, msg.rates);
      return create(MsgPostRatesResponseSchema, { results });
    }),
    msgHandler(MsgResolveRateSchema, MsgResolveRateResponseSchema, (ctx, msg) => {
      const rate = resolveRate(ctx, keeper, msg.authority, msg.basketId, msg.denom, msg.accept);
      return create(MsgResolveRateResponseSchema, { rate: rate.toProto() });
    }),
    msgHandler(MsgSyncHoldingsSchema, MsgSyncHoldingsResponseSchema, (ctx, msg) => {
      checkAddress(keeper, msg.sender, "sender");
      const result = syncHoldings(ctx, keeper, msg.basketId);
      return create(MsgSyncHoldingsResponseSchema, {
        holdings: protoCoins(result.holdings),
        feeShares: result.feeShares.toString(),
        pricePerShare: result.pricePerShare.toProto(),
      });
    }),
    msgHandler(MsgHarvestSchema, MsgHarvestResponseSchema, (ctx, msg) => {
      checkAddress(keeper, msg.sender, "sender");
      const basket = keeper.requireBasket(ctx.store, msg.basketId);
      const result = harvest(ctx, keeper, msg.basketId);
      return create(MsgHarvestResponseSchema, {
        harvested: protoCoin({ denom: basket.rewards?.rewardDenom ?? "", amount: result.amount }),
        rewardIndex: result.index.toProto(),
      });
    }),
    msgHandler(MsgClaimRewardsSchema, MsgClaimRewardsResponseSchema, (ctx, msg) => {
      const rewards = claimRewards(ctx, keeper, checkAddress(keeper, msg.owner, "owner"), msg.basketId);
      return create(MsgClaimRewardsResponseSchema, { rewards: protoCoin(rewards) });
    }),
    msgHandler(MsgPostMetricsSchema, MsgPostMetricsResponseSchema, (ctx, msg) => {
      const targets = postMetrics(ctx, keeper, checkAddress(keeper, msg.feeder, "feeder"), msg.basketId, msg.metrics);
      return create(MsgPostMetricsResponseSchema, { targets });
    }),
    msgHandler(MsgCreateBasketSchema, MsgCreateBasketResponseSchema, (ctx, msg) => {
      const basket = createBasket(ctx, keeper, msg);
      return create(MsgCreateBasketResponseSchema, { basketId: basket.id, shareDenom: basket.shareDenom });
    }),
    msgHandler(MsgUpdateBasketSchema, MsgUpdateBasketResponseSchema, (ctx, msg) => {
      updateBasket(ctx, keeper, msg);
      return create(MsgUpdateBasketResponseSchema);
    }),
    msgHandler(MsgPauseSchema, MsgPauseResponseSchema, (ctx, msg) => {
      pause(ctx, keeper, msg.guardian, msg.basketId);
      return create(MsgPauseResponseSchema);
    }),
    msgHandler(MsgUnpauseSchema, MsgUnpauseResponseSchema, (ctx, msg) => {
      unpause(ctx, keeper, msg.authority, msg.basketId);
      return create(MsgUnpauseResponseSchema);
    }),
    msgHandler(MsgUpdateParamsSchema, MsgUpdateParamsResponseSchema, (ctx, msg) => {
      updateParams(ctx, keeper, msg.authority, msg.params);
      return create(MsgUpdateParamsResponseSchema);
    }),
  ];
  return Object.fromEntries(handlers.map((handler) => [`/${handler.request.typeName}`, handler]));
}

/** MsgRequestRedeem's mode rules: PRO_RATA without out_denom, SINGLE with one; UNSPECIFIED is refused. */
export function checkRedeemMode(mode: RedeemMode, outDenom: string): RedeemMode {
  if (mode === RedeemMode.PRO_RATA) {
    if (outDenom !== "") throw sdkError(18, "out_denom must be empty for PRO_RATA");
    return mode;
  }
  if (mode === RedeemMode.SINGLE) {
    if (outDenom === "") throw sdkError(18, "out_denom must be set for SINGLE");
    return mode;
  }
  throw sdkError(18, "mode must be PRO_RATA or SINGLE");
}
