// Queries without a chain: what they send, how a missing basket, request or batch is reported, and what a node that
// answers garbage gives.
import { create, toBinary } from "@bufbuild/protobuf";
import { InvalidResponseError, QueryError } from "@persistence-sdk/client";
import {
  BasketStatus,
  ConstituentStatus,
  QueryBasketResponseSchema,
  QueryNavResponseSchema,
  RateDirection,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { describe, expect, it } from "vitest";
import { BasketVaultError } from "../errors.js";
import { ACCOUNT, d, fakeClient, fakeComet, ST_ATOM } from "../testing.test-support.js";
import { getBasket } from "./getBasket.js";
import { getBasketNav } from "./getBasketNav.js";
import { getBasketsPage } from "./getBaskets.js";
import { getPendingRewards } from "./getPendingRewards.js";
import { getRedeemBatch } from "./getRedeemBatch.js";
import { getRedeemRequest } from "./getRedeemRequest.js";
import { getRedeemRequestsByOwner } from "./getRedeemRequestsByOwner.js";

const NOT_FOUND = {
  code: 22,
  codespace: "sdk",
  log: "rpc error: code = NotFound desc = not found: key not found",
  value: new Uint8Array(),
};

const answer = (value: Uint8Array) => ({ code: 0, codespace: "", log: "", value, height: 5 });

describe("not found", () => {
  it.each([
    ["getBasket", () => getBasket(fakeClient(fakeComet(NOT_FOUND)), { basketId: 9n }), "BASKET_NOT_FOUND", "basketId"],
    [
      "getBasketNav",
      () => getBasketNav(fakeClient(fakeComet(NOT_FOUND)), { basketId: 9n }),
      "BASKET_NOT_FOUND",
      "basketId",
    ],
    [
      "getRedeemRequest",
      () => getRedeemRequest(fakeClient(fakeComet(NOT_FOUND)), { requestId: 9n }),
      "REQUEST_NOT_FOUND",
      "requestId",
    ],
    [
      "getRedeemBatch",
      () => getRedeemBatch(fakeClient(fakeComet(NOT_FOUND)), { batchId: 9n }),
      "BATCH_NOT_FOUND",
      "batchId",
    ],
    [
      "getPendingRewards",
      () => getPendingRewards(fakeClient(fakeComet(NOT_FOUND)), { basketId: 9n, owner: ACCOUNT }),
      "BASKET_NOT_FOUND",
      "basketId",
    ],
  ] as const)("%s throws BasketVaultError with the reason", async (_name, run, reason, field) => {
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BasketVaultError);
    expect(error).toMatchObject({ reason, code: "NOT_FOUND", field, value: 9n });
    expect((error as BasketVaultError).cause).toBeInstanceOf(QueryError);
  });
});

describe("answers", () => {
  it("getBasket converts the basket: Decs, bigints, enums by name", async () => {
    const response = create(QueryBasketResponseSchema, {
      basket: {
        id: 1n,
        underlyingDenom: "uatom",
        underlyingExponent: 6,
        shareDenom: "basket/1",
        virtualOffset: 3,
        status: BasketStatus.PAUSED,
        constituents: [
          {
            denom: ST_ATOM,
            direction: RateDirection.UNDERLYING_PER_LST,
            status: ConstituentStatus.OK,
            idle: "5",
            restaked: "7",
            rate: d("1.25").toProto(),
            raw: d("1.25").toProto(),
            targetWeight: d("1").toProto(),
            minWeight: "0",
            maxWeight: d("1").toProto(),
            capValue: "0",
            apr: d("0.15").toProto(),
            liquidity: "9",
          },
        ],
        highWaterMark: d("0.001").toProto(),
        openBatchId: 4n,
      },
    });
    const comet = fakeComet(answer(toBinary(QueryBasketResponseSchema, response)));
    const basket = await getBasket(fakeClient(comet), { basketId: 1n });
    expect(comet.paths).toEqual(["/persistence.basketvault.v1.Query/Basket"]);
    expect(basket).toMatchObject({ id: 1n, status: "PAUSED", openBatchId: 4n, virtualOffset: 3 });
    expect(basket.constituents[0]).toMatchObject({
      denom: ST_ATOM,
      direction: "UNDERLYING_PER_LST",
      status: "OK",
      idle: 5n,
      restaked: 7n,
      liquidity: 9n,
    });
    expect(basket.constituents[0]!.rate.toString()).toBe("1.250000000000000000");
    expect(basket.highWaterMark.toString()).toBe("0.001000000000000000");
    expect(basket.config.restaking.validators).toEqual([]);
    expect(basket.rewards.rewardIndex.isZero()).toBe(true);
  });

  it("an answer that does not convert is InvalidResponseError", async () => {
    const response = create(QueryNavResponseSchema, { basketId: 1n, nav: "not a number", status: BasketStatus.ACTIVE });
    const error = await getBasketNav(fakeClient(fakeComet(answer(toBinary(QueryNavResponseSchema, response)))), {
      basketId: 1n,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    const unset = create(QueryNavResponseSchema, { basketId: 1n, status: BasketStatus.UNSPECIFIED });
    await expect(
      getBasketNav(fakeClient(fakeComet(answer(toBinary(QueryNavResponseSchema, unset)))), { basketId: 1n }),
    ).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("checks its input before asking", async () => {
    const comet = fakeComet(NOT_FOUND);
    await expect(getRedeemRequestsByOwner(fakeClient(comet), { owner: "cosmos1xyz" })).rejects.toMatchObject({
      code: "INVALID_ADDRESS",
      field: "owner",
    });
    await expect(getBasket(fakeClient(comet), { basketId: 0n })).rejects.toMatchObject({ field: "basketId" });
    await expect(getBasketsPage(fakeClient(comet), { limit: 0n })).rejects.toMatchObject({ field: "limit" });
    expect(comet.paths).toEqual([]);
  });
});
