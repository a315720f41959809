// §3 Redemption: asynchronous requests (escrow, cancel, cut, completion, claim) and instant redemption. Prices, fees
// and payouts are core's; this file moves shares and LSTs and keeps the books of requests and batches.
import { create } from "@bufbuild/protobuf";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import {
  type BasketCutRequestInput,
  type BasketRedeemPreview,
  basketCheckOperable,
  basketCompleteBatch,
  basketConstituentIndex,
  basketCutBatch,
  basketInstantRedeem,
  basketRequestRedeem,
} from "@persistence-sdk/core";
import {
  type Basket,
  type Batch,
  BatchStatus,
  EventBatchCompletedSchema,
  EventBatchCutSchema,
  EventInstantRedeemSchema,
  EventRedeemCancelledSchema,
  EventRedeemRequestedSchema,
  EventRequestClaimedSchema,
  EventRequestReturnedSchema,
  type RedeemMode,
  type RedeemRequest,
  RedeemRequestSchema,
  RequestStatus,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { Context } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import type { Coin } from "../bank/coins.js";
import {
  amountIn,
  coinsOf,
  coreBasket,
  dec,
  int,
  minInt,
  modeName,
  nanosOf,
  nowOf,
  protoCoin,
  protoCoins,
  sortedCoins,
  timestampOf,
} from "./convert.js";
import { BasketVaultErrors, core } from "./errors.js";
import { BASKETVAULT_MODULE, type BasketVaultKeeper } from "./keeper.js";
import { BasketVaultKeys } from "./keys.js";
import { emitRestaked, unbondingRecordsOf, undelegateForCut } from "./restake.js";

const NANOS = 1_000_000_000n;

export interface RequestRedeemInput {
  readonly owner: string;
  readonly basketId: bigint;
  readonly shares: bigint;
  readonly mode: RedeemMode;
  readonly outDenom: string;
  readonly minValueOut: bigint;
  readonly receiver: string;
}

export interface RequestRedeemResult {
  readonly requestId: bigint;
  readonly batchId: bigint;
  /** The locked terms and the payout if the batch were cut now (what PreviewRedeem shows). */
  readonly preview: BasketRedeemPreview;
}

/**
 * MsgRequestRedeem: locks P_req (and for SINGLE the fee rate) with core, escrows the shares in the module (they stay
 * in S and keep earning rewards for the owner) and adds the request to the open batch. Allowed while the basket is
 * paused, halted or stale.
 */
export function requestRedeem(ctx: Context, keeper: BasketVaultKeeper, input: RequestRedeemInput): RequestRedeemResult {
  const basket = keeper.requireBasket(ctx.store, input.basketId);
  const preview = core(() =>
    basketRequestRedeem(coreBasket(basket, keeper.shareSupply(ctx, basket)), {
      shares: input.shares,
      mode: modeName(input.mode),
      outDenom: input.outDenom,
    }),
  );
  if (keeper.bank.isBlockedAddress(input.receiver)) {
    throw sdkError(4, `${input.receiver} is not allowed to receive funds`);
  }
  const requestId = keeper.takeId(ctx, BasketVaultKeys.nextRequestId);
  const batchId = basket.openBatchId;
  keeper.addEscrow(ctx, basket, input.owner, input.shares);
  keeper.bank.sendCoinsFromAccountToModule(ctx, input.owner, BASKETVAULT_MODULE, [
    { denom: basket.shareDenom, amount: input.shares },
  ]);
  const request = create(RedeemRequestSchema, {
    id: requestId,
    basketId: basket.id,
    owner: input.owner,
    receiver: input.receiver,
    shares: input.shares.toString(),
    mode: input.mode,
    outDenom: input.outDenom,
    minValueOut: input.minValueOut.toString(),
    priceAtRequest: preview.pricePerShare.toProto(),
    feeRate: preview.feeRate.toProto(),
    batchId,
    status: RequestStatus.PENDING,
    requestTime: nowOf(ctx.time),
    value: "0",
    feeValue: "0",
  });
  keeper.setRequest(ctx, request);
  const batch = keeper.requireBatch(ctx.store, batchId);
  keeper.setBatch(ctx, { ...batch, requestIds: [...batch.requestIds, requestId] });
  ctx.events.emitTyped(
    EventRedeemRequestedSchema,
    create(EventRedeemRequestedSchema, {
      requestId,
      basketId: basket.id,
      batchId,
      owner: input.owner,
      receiver: input.receiver,
      shares: input.shares.toString(),
      mode: input.mode,
      outDenom: input.outDenom,
      minValueOut: input.minValueOut.toString(),
      priceAtRequest: preview.pricePerShare.toProto(),
      feeRate: preview.feeRate.toProto(),
    }),
  );
  return { requestId, batchId, preview };
}

/** MsgCancelRedeem: gives the escrowed shares of a PENDING request back to its owner. */
export function cancelRedeem(ctx: Context, keeper: BasketVaultKeeper, owner: string, requestId: bigint): bigint {
  const request = keeper.requireRequest(ctx.store, requestId);
  if (request.owner !== owner) {
    throw BasketVaultErrors.notRequestOwner(`request ${requestId} belongs to ${request.owner}, not ${owner}`);
  }
  if (request.status !== RequestStatus.PENDING) {
    throw BasketVaultErrors.invalidRequestStatus(
      `request ${requestId} is ${RequestStatus[request.status]}; only a PENDING request can be cancelled`,
    );
  }
  const basket = keeper.requireBasket(ctx.store, request.basketId);
  const shares = int(request.shares);
  returnEscrow(ctx, keeper, basket, request);
  keeper.setRequest(ctx, { ...request, status: RequestStatus.CANCELLED });
  ctx.events.emitTyped(
    EventRedeemCancelledSchema,
    create(EventRedeemCancelledSchema, {
      requestId,
      basketId: basket.id,
      owner,
      shares: shares.toString(),
    }),
  );
  return shares;
}

function returnEscrow(ctx: Context, keeper: BasketVaultKeeper, basket: Basket, request: RedeemRequest): void {
  const shares = int(request.shares);
  keeper.addEscrow(ctx, basket, request.owner, -shares);
  keeper.bank.sendCoinsFromModuleToAccount(ctx, BASKETVAULT_MODULE, request.owner, [
    { denom: basket.shareDenom, amount: shares },
  ]);
}

export interface CutResult {
  readonly batchId: bigint;
  readonly completionTime: Timestamp;
  readonly requestIds: bigint[];
  readonly returnedRequestIds: bigint[];
  readonly openBatchId: bigint;
}

/**
 * MsgCutBatch: once epoch_seconds have passed and the basket is operable (core's `basketCheckOperable`), runs the
 * performance fee, fixes P_cut once (before any burn), executes or returns every PENDING request in request order
 * with core's `basketCutBatch`, burns the executed shares, takes the outputs out of idle holdings first and
 * undelegates the rest from Alliance, and opens the next batch. A batch that owes nothing is CLAIMABLE at once.
 */
export function cutBatch(ctx: Context, keeper: BasketVaultKeeper, basketId: bigint): CutResult {
  let basket = keeper.requireBasket(ctx.store, basketId);
  const now = ctx.time.ns;
  const nextCut = nanosOf(basket.lastCutTime) + (basket.config?.epochSeconds ?? 0n) * NANOS;
  if (now < nextCut) {
    throw BasketVaultErrors.epochNotElapsed(
      `basket ${basketId} was cut at ${nanosOf(basket.lastCutTime) / NANOS} s; the next cut is allowed from ${nextCut / NANOS} s (now ${now / NANOS} s)`,
    );
  }
  core(() => basketCheckOperable(coreBasket(basket, keeper.shareSupply(ctx, basket)), nowOf(ctx.time)));
  basket = keeper.takePerformanceFee(ctx, basket).basket;

  const valuation = keeper.valuation(ctx, basket);
  const priceAtCut = valuation.pricePerShare;
  const batch = keeper.requireBatch(ctx.store, basket.openBatchId);
  const pending = batch.requestIds
    .map((id) => keeper.requireRequest(ctx.store, id))
    .filter((r) => r.status === RequestStatus.PENDING);
  const inputs: BasketCutRequestInput[] = pending.map((r) => ({
    shares: int(r.shares),
    mode: modeName(r.mode),
    outDenom: r.outDenom,
    minValueOut: int(r.minValueOut),
    priceAtRequest: dec(r.priceAtRequest),
    feeRate: dec(r.feeRate),
  }));
  const cut = core(() =>
    basketCutBatch(
      {
        shares: valuation.shares,
        virtualOffset: basket.virtualOffset,
        constituents: basket.constituents.map((c) => ({
          denom: c.denom,
          holdings: int(c.idle) + int(c.restaked),
          rate: dec(c.rate),
        })),
      },
      inputs,
      priceAtCut,
    ),
  );

  const executed: bigint[] = [];
  const returned: bigint[] = [];
  cut.results.forEach((result, j) => {
    const request = pending[j]!;
    if (result.status === "CUT") {
      executed.push(request.id);
      keeper.addEscrow(ctx, basket, request.owner, -int(request.shares));
      keeper.setRequest(ctx, {
        ...request,
        status: RequestStatus.CUT,
        value: result.value.toString(),
        feeValue: result.feeValue.toString(),
        expected: protoCoins(result.expected),
      });
    } else {
      returned.push(request.id);
      returnEscrow(ctx, keeper, basket, request);
      keeper.setRequest(ctx, {
        ...request,
        status: RequestStatus.RETURNED,
        value: result.value.toString(),
        feeValue: result.feeValue.toString(),
      });
      ctx.events.emitTyped(
        EventRequestReturnedSchema,
        create(EventRequestReturnedSchema, {
          requestId: request.id,
          basketId,
          batchId: batch.id,
          owner: request.owner,
          shares: request.shares,
          reason: result.reason === "BELOW_MIN_VALUE_OUT" ? "min_value_out" : "insufficient_holdings",
        }),
      );
    }
  });
  keeper.burnShares(ctx, basket, cut.shares);

  // Outputs leave the holdings: idle first, the rest is undelegated from Alliance.
  const undelegated: Coin[] = [];
  const constituents = basket.constituents.map((c, i) => {
    const owed = cut.expected[i]!.amount;
    const idle = int(c.idle);
    const fromIdle = minInt(owed, idle);
    const fromRestaked = owed - fromIdle;
    if (fromRestaked > 0n) undelegated.push({ denom: c.denom, amount: fromRestaked });
    return { ...c, idle: (idle - fromIdle).toString(), restaked: (int(c.restaked) - fromRestaked).toString() };
  });
  basket = { ...basket, constituents };
  const started: Coin[] = [];
  for (const coin of undelegated) {
    const amount = undelegateForCut(ctx, keeper, basket, batch.id, coin.denom, coin.amount);
    if (amount > 0n) started.push({ denom: coin.denom, amount });
  }
  emitRestaked(ctx, basketId, [], started);

  const completionNs = now + (basket.config?.unbondingSeconds ?? 0n) * NANOS;
  const completionTime = timestampOf(completionNs);
  const owesNothing = cut.expected.every((c) => c.amount === 0n);
  const cutBatchRecord: Batch = {
    ...batch,
    status: BatchStatus.UNBONDING,
    cutTime: nowOf(ctx.time),
    completionTime,
    priceAtCut: priceAtCut.toProto(),
    shares: cut.shares.toString(),
    expected: protoCoins(cut.expected),
    undelegated: protoCoins(undelegated),
    received: [],
  };
  keeper.setBatch(ctx, cutBatchRecord);
  const openBatchId = keeper.openBatch(ctx, basketId);
  basket = { ...basket, openBatchId, lastCutTime: nowOf(ctx.time) };
  keeper.setBasket(ctx, basket);
  if (owesNothing) completeBatch(ctx, keeper, cutBatchRecord);
  else keeper.enqueueUnbonding(ctx, cutBatchRecord, completionNs);

  ctx.events.emitTyped(
    EventBatchCutSchema,
    create(EventBatchCutSchema, {
      batchId: batch.id,
      basketId,
      priceAtCut: priceAtCut.toProto(),
      shares: cut.shares.toString(),
      expected: protoCoins(cut.expected),
      undelegated: protoCoins(undelegated),
      completionTime,
      requestIds: executed,
      returnedRequestIds: returned,
      openBatchId,
    }),
  );
  return { batchId: batch.id, completionTime, requestIds: executed, returnedRequestIds: returned, openBatchId };
}

/**
 * Completes a cut batch: `received` is what the idle holdings set aside at the cut plus what the Alliance
 * unbondings actually paid back; each executed request is paid core's `basketCompleteBatch` share of it and becomes
 * CLAIMABLE; the rounding dust goes back to the basket's idle holdings.
 */
function completeBatch(ctx: Context, keeper: BasketVaultKeeper, batch: Batch): void {
  const records = unbondingRecordsOf(ctx, batch.id);
  const received: Coin[] = coinsOf(batch.expected).map((coin) => {
    const fromIdle = coin.amount - amountIn(batch.undelegated, coin.denom);
    const back = records.filter(([, r]) => r.denom === coin.denom).reduce((sum, [, r]) => sum + (r.swept ?? 0n), 0n);
    const total = fromIdle + back;
    return { denom: coin.denom, amount: minInt(total, coin.amount) };
  });
  const requests = batch.requestIds
    .map((id) => keeper.requireRequest(ctx.store, id))
    .filter((r) => r.status === RequestStatus.CUT);
  const completion = core(() =>
    basketCompleteBatch(
      requests.map((r) => coinsOf(r.expected)),
      received,
    ),
  );
  requests.forEach((request, j) => {
    keeper.setRequest(ctx, { ...request, status: RequestStatus.CLAIMABLE, paid: protoCoins(completion.paid[j]!) });
  });
  const basket = keeper.requireBasket(ctx.store, batch.basketId);
  const dust = new Map(completion.dust.map((coin) => [coin.denom, coin.amount]));
  keeper.setBasket(ctx, {
    ...basket,
    constituents: basket.constituents.map((c) => {
      const extra = dust.get(c.denom) ?? 0n;
      return extra > 0n ? { ...c, idle: (int(c.idle) + extra).toString() } : c;
    }),
  });
  keeper.setBatch(ctx, { ...batch, status: BatchStatus.CLAIMABLE, received: protoCoins(received) });
  for (const [key] of records) ctx.store.delete(key);
  ctx.events.emitTyped(
    EventBatchCompletedSchema,
    create(EventBatchCompletedSchema, {
      batchId: batch.id,
      basketId: batch.basketId,
      expected: batch.expected,
      received: protoCoins(received),
    }),
  );
}

/**
 * End block: completes every UNBONDING batch whose completion time has come and whose Alliance unbondings have all
 * paid back (a batch waits for an unbonding Alliance has not paid yet).
 */
export function completeDueBatches(ctx: Context, keeper: BasketVaultKeeper): void {
  const now = ctx.time.ns;
  const due: [string, bigint][] = [];
  for (const [key, batchId] of ctx.store.iterate<bigint>(BasketVaultKeys.unbondingQueuePrefix)) {
    const completionNs = BigInt(key.slice(BasketVaultKeys.unbondingQueuePrefix.length).split("/")[0]!);
    if (completionNs > now) break;
    due.push([key, batchId]);
  }
  for (const [key, batchId] of due) {
    const records = unbondingRecordsOf(ctx, batchId);
    if (records.some(([, r]) => r.swept === undefined)) continue;
    const batch = keeper.getBatch(ctx.store, batchId);
    ctx.store.delete(key);
    if (batch === undefined || batch.status !== BatchStatus.UNBONDING) continue;
    completeBatch(ctx, keeper, batch);
  }
}

/** MsgClaim: pays each listed CLAIMABLE request of `owner` to its receiver. */
export function claim(ctx: Context, keeper: BasketVaultKeeper, owner: string, requestIds: readonly bigint[]): Coin[] {
  const max = keeper.params(ctx.store).maxClaimRequestIds;
  if (requestIds.length === 0) throw sdkError(18, "request_ids must not be empty");
  if (requestIds.length > max) {
    throw sdkError(18, `at most ${max} request ids per claim, got ${requestIds.length}`);
  }
  if (new Set(requestIds).size !== requestIds.length) throw sdkError(18, "duplicate request id");
  let total: Coin[] = [];
  for (const id of requestIds) {
    const request = keeper.requireRequest(ctx.store, id);
    if (request.owner !== owner) {
      throw BasketVaultErrors.notRequestOwner(`request ${id} belongs to ${request.owner}, not ${owner}`);
    }
    if (request.status !== RequestStatus.CLAIMABLE) {
      throw BasketVaultErrors.invalidRequestStatus(
        `request ${id} is ${RequestStatus[request.status]}; only a CLAIMABLE request can be claimed`,
      );
    }
    const paid = sortedCoins(coinsOf(request.paid));
    if (paid.length > 0) keeper.bank.sendCoinsFromModuleToAccount(ctx, BASKETVAULT_MODULE, request.receiver, paid);
    keeper.setRequest(ctx, { ...request, status: RequestStatus.CLAIMED });
    ctx.events.emitTyped(
      EventRequestClaimedSchema,
      create(EventRequestClaimedSchema, {
        requestId: id,
        basketId: request.basketId,
        owner,
        receiver: request.receiver,
        paid: protoCoins(paid),
      }),
    );
    total = sortedCoins([...total, ...paid]);
  }
  return total;
}

export interface InstantRedeemInput {
  readonly owner: string;
  readonly basketId: bigint;
  readonly shares: bigint;
  readonly outDenom: string;
  readonly minOut: bigint;
}

/**
 * MsgInstantRedeem: core's `basketInstantRedeem` prices it at P (before the burn) and checks the idle buffer; the
 * shares are burned and the LST paid from idle at once.
 */
export function instantRedeem(ctx: Context, keeper: BasketVaultKeeper, input: InstantRedeemInput): BasketRedeemPreview {
  const basket = keeper.requireBasket(ctx.store, input.basketId);
  const preview = core(() =>
    basketInstantRedeem(
      coreBasket(basket, keeper.shareSupply(ctx, basket)),
      { shares: input.shares, outDenom: input.outDenom, minOut: input.minOut },
      nowOf(ctx.time),
    ),
  );
  const out = preview.out[0]!;
  keeper.bank.sendCoinsFromAccountToModule(ctx, input.owner, BASKETVAULT_MODULE, [
    { denom: basket.shareDenom, amount: input.shares },
  ]);
  keeper.burnShares(ctx, basket, input.shares);
  const k = core(() => basketConstituentIndex(basket.constituents, input.outDenom));
  keeper.setBasket(ctx, {
    ...basket,
    constituents: basket.constituents.map((c, i) =>
      i === k ? { ...c, idle: (int(c.idle) - out.amount).toString() } : c,
    ),
  });
  keeper.bank.sendCoinsFromModuleToAccount(ctx, BASKETVAULT_MODULE, input.owner, [out]);
  ctx.events.emitTyped(
    EventInstantRedeemSchema,
    create(EventInstantRedeemSchema, {
      basketId: basket.id,
      owner: input.owner,
      shares: input.shares.toString(),
      value: preview.value.toString(),
      feeValue: preview.feeValue.toString(),
      out: protoCoin(out),
      pricePerShare: preview.pricePerShare.toProto(),
    }),
  );
  return preview;
}
