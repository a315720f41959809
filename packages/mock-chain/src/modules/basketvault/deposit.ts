// §2 Deposit: one LST in, shares out. The checks and the numbers are core's `basketDeposit`; this file moves the
// tokens, books the holdings and mints. PreviewDeposit runs this same function on a throwaway branch.
import { create } from "@bufbuild/protobuf";
import { type BasketDepositPreview, basketConstituentIndex, basketDeposit, type Dec } from "@persistence-sdk/core";
import { type Basket, EventDepositSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { Context } from "../../app/module.js";
import type { Coin } from "../bank/coins.js";
import { coreBasket, int, nowOf, protoCoin } from "./convert.js";
import { core } from "./errors.js";
import { BASKETVAULT_MODULE, type BasketVaultKeeper } from "./keeper.js";

export interface DepositInput {
  readonly sender: string;
  readonly basketId: bigint;
  readonly amount: Coin;
  readonly minSharesOut: bigint;
  /** Receives the shares. */
  readonly receiver: string;
}

export interface DepositResult extends BasketDepositPreview {
  /** Price per share after the deposit (never below the price before it). */
  readonly pricePerShareAfter: Dec;
}

/** MsgDeposit: checks and prices with core, takes the LST, books it idle and mints the shares to the receiver. */
export function deposit(ctx: Context, keeper: BasketVaultKeeper, input: DepositInput): DepositResult {
  const basket = keeper.requireBasket(ctx.store, input.basketId);
  const supply = keeper.shareSupply(ctx, basket);
  const preview = core(() =>
    basketDeposit(
      coreBasket(basket, supply),
      { denom: input.amount.denom, amount: input.amount.amount, minSharesOut: input.minSharesOut },
      nowOf(ctx.time),
    ),
  );

  keeper.bank.sendCoinsFromAccountToModule(ctx, input.sender, BASKETVAULT_MODULE, [input.amount]);
  const k = core(() => basketConstituentIndex(basket.constituents, input.amount.denom));
  const updated: Basket = {
    ...basket,
    constituents: basket.constituents.map((c, i) =>
      i === k ? { ...c, idle: (int(c.idle) + input.amount.amount).toString() } : c,
    ),
  };
  keeper.setBasket(ctx, updated);
  keeper.mintShares(ctx, updated, input.receiver, preview.shares);

  const pricePerShareAfter = keeper.pricePerShare(ctx, updated);
  ctx.events.emitTyped(
    EventDepositSchema,
    create(EventDepositSchema, {
      basketId: basket.id,
      sender: input.sender,
      receiver: input.receiver,
      amount: protoCoin(input.amount),
      value: preview.value.toString(),
      feeRate: preview.feeRate.toProto(),
      feeValue: preview.feeValue.toString(),
      shares: preview.shares.toString(),
      pricePerShare: pricePerShareAfter.toProto(),
    }),
  );
  return { ...preview, pricePerShareAfter };
}
