// Every builder: the message it builds (type URL, fields, Decs in their protobuf form, amino JSON for amino-only
// signers), and every kind of bad input refused with a typed error naming the field, before anything is built.
import { toAmino } from "@persistence-sdk/client";
import { type Coin, Dec, SdkError } from "@persistence-sdk/core";
import { basketvaultTypeUrls, RateDirection, RedeemMode } from "@persistence-sdk/proto/persistence/basketvault/v1";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCOUNT,
  AUTHORITY,
  constituent,
  D_ATOM,
  DEVNET_CONTEXT,
  d,
  FEEDER,
  Q_ATOM,
  ST_ATOM,
  STK_ATOM,
  testSettings,
  VALIDATORS,
  withPrefix,
} from "../testing.test-support.js";
import type { BasketSettings } from "../types.js";
import { buildCancelRedeem } from "./buildCancelRedeem.js";
import { buildClaim } from "./buildClaim.js";
import { buildClaimRewards } from "./buildClaimRewards.js";
import { buildCreateBasket } from "./buildCreateBasket.js";
import { buildCutBatch } from "./buildCutBatch.js";
import { buildDeposit } from "./buildDeposit.js";
import { buildHarvest } from "./buildHarvest.js";
import { buildInstantRedeem } from "./buildInstantRedeem.js";
import { buildPause } from "./buildPause.js";
import { buildPostMetrics } from "./buildPostMetrics.js";
import { buildPostRates } from "./buildPostRates.js";
import { buildRequestRedeem } from "./buildRequestRedeem.js";
import { buildResolveRate } from "./buildResolveRate.js";
import { buildSyncHoldings } from "./buildSyncHoldings.js";
import { buildUnpause } from "./buildUnpause.js";
import { buildUpdateBasket } from "./buildUpdateBasket.js";
import { buildUpdateParams } from "./buildUpdateParams.js";

const ctx = DEVNET_CONTEXT;
const amount: Coin = { denom: ST_ATOM, amount: 1_000_000n };

/** Expects `run` to throw an SdkError with `code` about `field`, whose message names the value and the fix. */
function refused(run: () => unknown, code: string, field: string): SdkError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected ${code} for ${field}`).toBeInstanceOf(SdkError);
  const error = caught as SdkError;
  expect({ code: error.code, field: error.field }).toEqual({ code, field });
  expect(error.fix.length).toBeGreaterThan(10);
  expect(error.message).toContain("got ");
  return error;
}

const BAD_ACCOUNTS: readonly [string, unknown, string][] = [
  ["another chain's address", withPrefix(ACCOUNT, "cosmos"), "WRONG_ADDRESS_PREFIX"],
  ["a validator operator address", VALIDATORS[0], "WRONG_ADDRESS_PREFIX"],
  ["a broken checksum", `${ACCOUNT.slice(0, -1)}${ACCOUNT.endsWith("q") ? "p" : "q"}`, "INVALID_ADDRESS"],
  ["an empty string", "", "INVALID_ADDRESS"],
  ["not a string", 42, "INVALID_ADDRESS"],
];

const BAD_COINS: readonly [string, unknown, string, string][] = [
  ["zero", { denom: ST_ATOM, amount: 0n }, "INVALID_AMOUNT", "amount.amount"],
  ["negative", { denom: ST_ATOM, amount: -5n }, "NEGATIVE_AMOUNT", "amount.amount"],
  ["above 256 bits", { denom: ST_ATOM, amount: 1n << 256n }, "INT_OUT_OF_RANGE", "amount.amount"],
  ["a number", { denom: ST_ATOM, amount: 1000 }, "INVALID_AMOUNT", "amount.amount"],
  ["a bad denom", { denom: "1atom", amount: 5n }, "INVALID_DENOM", "amount.denom"],
  ["no coin", undefined, "INVALID_ARGUMENT", "amount"],
];

const BAD_SHARES: readonly [string, unknown, string][] = [
  ["zero", 0n, "INVALID_AMOUNT"],
  ["negative", -1n, "NEGATIVE_AMOUNT"],
  ["a number", 10, "INVALID_AMOUNT"],
];

describe("buildDeposit", () => {
  it("builds MsgDeposit with the coin, the guard and the receiver", () => {
    const message = buildDeposit(ctx, { sender: ACCOUNT, basketId: 1n, amount, minSharesOut: 995n, receiver: FEEDER });
    expect(message.typeUrl).toBe(basketvaultTypeUrls.MsgDeposit);
    expect(message.value).toMatchObject({
      sender: ACCOUNT,
      basketId: 1n,
      amount: { denom: ST_ATOM, amount: "1000000" },
      minSharesOut: "995",
      receiver: FEEDER,
    });
    expect(buildDeposit(ctx, { sender: ACCOUNT, basketId: 1n, amount }).value).toMatchObject({
      minSharesOut: "0",
      receiver: "",
    });
  });

  it("has amino JSON for amino-only signers (min_shares_out always present)", () => {
    const amino = toAmino(buildDeposit(ctx, { sender: ACCOUNT, basketId: 7n, amount }));
    expect(amino).toEqual({
      type: "basketvault/MsgDeposit",
      value: {
        sender: ACCOUNT,
        basket_id: "7",
        amount: { denom: ST_ATOM, amount: "1000000" },
        min_shares_out: "0",
      },
    });
  });

  it.each(BAD_ACCOUNTS)("refuses a sender that is %s", (_what, sender, code) => {
    refused(() => buildDeposit(ctx, { sender: sender as string, basketId: 1n, amount }), code, "sender");
  });

  it.each(BAD_COINS)("refuses an amount that is %s", (_what, coin, code, field) => {
    refused(() => buildDeposit(ctx, { sender: ACCOUNT, basketId: 1n, amount: coin as Coin }), code, field);
  });

  it("refuses a bad basket id, receiver or guard", () => {
    for (const basketId of [0n, -1n, 1n << 64n, 1 as unknown as bigint]) {
      refused(() => buildDeposit(ctx, { sender: ACCOUNT, basketId, amount }), "INVALID_ARGUMENT", "basketId");
    }
    refused(
      () => buildDeposit(ctx, { sender: ACCOUNT, basketId: 1n, amount, receiver: withPrefix(ACCOUNT, "osmo") }),
      "WRONG_ADDRESS_PREFIX",
      "receiver",
    );
    refused(
      () => buildDeposit(ctx, { sender: ACCOUNT, basketId: 1n, amount, minSharesOut: -1n }),
      "NEGATIVE_AMOUNT",
      "minSharesOut",
    );
  });

  it("refuses a missing params object and a missing chain", () => {
    refused(() => buildDeposit(ctx, undefined as never), "INVALID_ARGUMENT", "params");
    refused(() => buildDeposit({} as never, { sender: ACCOUNT, basketId: 1n, amount }), "INVALID_ARGUMENT", "client");
  });

  it("builds any positive amount exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 256n) - 1n }), (value) => {
        const message = buildDeposit(ctx, { sender: ACCOUNT, basketId: 1n, amount: { denom: ST_ATOM, amount: value } });
        return message.value.amount?.amount === value.toString();
      }),
    );
  });
});

describe("buildRequestRedeem", () => {
  it("builds PRO_RATA without an out denom and SINGLE with one", () => {
    const proRata = buildRequestRedeem(ctx, { owner: ACCOUNT, basketId: 1n, shares: 10n, mode: "PRO_RATA" });
    expect(proRata.value).toMatchObject({ mode: RedeemMode.PRO_RATA, outDenom: "", minValueOut: "0", shares: "10" });
    const single = buildRequestRedeem(ctx, {
      owner: ACCOUNT,
      basketId: 1n,
      shares: 10n,
      mode: "SINGLE",
      outDenom: ST_ATOM,
      minValueOut: 9n,
      receiver: FEEDER,
    });
    expect(single.value).toMatchObject({
      mode: RedeemMode.SINGLE,
      outDenom: ST_ATOM,
      minValueOut: "9",
      receiver: FEEDER,
    });
    expect(toAmino(single)).toMatchObject({
      type: "basketvault/MsgRequestRedeem",
      value: { mode: 2, min_value_out: "9" }, // enums are numbers in amino JSON, as Go writes them
    });
  });

  it("refuses a mode without its out denom rule, bad shares and an unknown mode", () => {
    refused(
      () => buildRequestRedeem(ctx, { owner: ACCOUNT, basketId: 1n, shares: 1n, mode: "SINGLE" }),
      "INVALID_ARGUMENT",
      "outDenom",
    );
    refused(
      () => buildRequestRedeem(ctx, { owner: ACCOUNT, basketId: 1n, shares: 1n, mode: "PRO_RATA", outDenom: ST_ATOM }),
      "INVALID_ARGUMENT",
      "outDenom",
    );
    refused(
      () => buildRequestRedeem(ctx, { owner: ACCOUNT, basketId: 1n, shares: 1n, mode: "ALL" as never }),
      "INVALID_ARGUMENT",
      "mode",
    );
    for (const [, shares, code] of BAD_SHARES) {
      refused(
        () => buildRequestRedeem(ctx, { owner: ACCOUNT, basketId: 1n, shares: shares as bigint, mode: "PRO_RATA" }),
        code,
        "shares",
      );
    }
  });
});

describe("buildInstantRedeem, buildCancelRedeem, buildClaim", () => {
  it("build their messages", () => {
    expect(
      buildInstantRedeem(ctx, { owner: ACCOUNT, basketId: 1n, shares: 5n, outDenom: Q_ATOM, minOut: 4n }).value,
    ).toMatchObject({ owner: ACCOUNT, shares: "5", outDenom: Q_ATOM, minOut: "4" });
    expect(buildCancelRedeem(ctx, { owner: ACCOUNT, requestId: 3n }).value).toMatchObject({ requestId: 3n });
    expect(buildClaim(ctx, { owner: ACCOUNT, requestIds: [1n, 2n] }).value.requestIds).toEqual([1n, 2n]);
    expect(toAmino(buildClaim(ctx, { owner: ACCOUNT, requestIds: [1n, 2n] })).value).toMatchObject({
      request_ids: ["1", "2"],
    });
  });

  it("refuse bad input", () => {
    for (const [, shares, code] of BAD_SHARES) {
      refused(
        () => buildInstantRedeem(ctx, { owner: ACCOUNT, basketId: 1n, shares: shares as bigint, outDenom: Q_ATOM }),
        code,
        "shares",
      );
    }
    refused(
      () => buildInstantRedeem(ctx, { owner: ACCOUNT, basketId: 1n, shares: 1n, outDenom: "" }),
      "INVALID_DENOM",
      "outDenom",
    );
    refused(() => buildCancelRedeem(ctx, { owner: ACCOUNT, requestId: 0n }), "INVALID_ARGUMENT", "requestId");
    refused(() => buildClaim(ctx, { owner: ACCOUNT, requestIds: [] }), "INVALID_ARGUMENT", "requestIds");
    refused(() => buildClaim(ctx, { owner: ACCOUNT, requestIds: [1n, 1n] }), "INVALID_ARGUMENT", "requestIds[1]");
    refused(() => buildClaim(ctx, { owner: ACCOUNT, requestIds: [1n, 0n] }), "INVALID_ARGUMENT", "requestIds[1]");
  });
});

describe("the anyone-may-sign messages and claimRewards", () => {
  it.each([
    ["buildSyncHoldings", buildSyncHoldings, "sender", basketvaultTypeUrls.MsgSyncHoldings],
    ["buildCutBatch", buildCutBatch, "sender", basketvaultTypeUrls.MsgCutBatch],
    ["buildHarvest", buildHarvest, "sender", basketvaultTypeUrls.MsgHarvest],
    ["buildClaimRewards", buildClaimRewards, "owner", basketvaultTypeUrls.MsgClaimRewards],
  ] as const)("%s builds and checks its signer and basket", (_name, build, signer, typeUrl) => {
    const message = (build as (c: unknown, p: unknown) => { typeUrl: string; value: unknown })(ctx, {
      [signer]: ACCOUNT,
      basketId: 2n,
    });
    expect(message.typeUrl).toBe(typeUrl);
    expect(message.value).toMatchObject({ [signer]: ACCOUNT, basketId: 2n });
    refused(
      () =>
        (build as (c: unknown, p: unknown) => unknown)(ctx, { [signer]: withPrefix(ACCOUNT, "cosmos"), basketId: 2n }),
      "WRONG_ADDRESS_PREFIX",
      signer,
    );
    refused(
      () => (build as (c: unknown, p: unknown) => unknown)(ctx, { [signer]: ACCOUNT, basketId: 0n }),
      "INVALID_ARGUMENT",
      "basketId",
    );
  });
});

describe("buildPostRates and buildPostMetrics (feeders)", () => {
  it("post raw rates as protobuf Decs with their source times, from a Date or a timestamp", () => {
    const message = buildPostRates(ctx, {
      feeder: FEEDER,
      basketId: 1n,
      rates: [
        { denom: ST_ATOM, raw: d("1.25"), sourceTime: new Date("2026-01-01T00:00:01.500Z") },
        { denom: STK_ATOM, raw: d("0.8"), sourceTime: { seconds: 1767225601n, nanos: 7 } },
      ],
    });
    expect(message.value.rates.map((r) => [r.denom, r.raw, r.sourceTime?.seconds, r.sourceTime?.nanos])).toEqual([
      [ST_ATOM, "1250000000000000000", 1767225601n, 500_000_000],
      [STK_ATOM, "800000000000000000", 1767225601n, 7],
    ]);
    expect(toAmino(message).value).toMatchObject({
      rates: [
        { denom: ST_ATOM, raw: "1.250000000000000000", source_time: "2026-01-01T00:00:01.5Z" },
        { denom: STK_ATOM, raw: "0.800000000000000000" },
      ],
    });
  });

  it("refuse non-positive rates, repeated denoms, bad times and empty lists", () => {
    const at = new Date();
    refused(
      () =>
        buildPostRates(ctx, { feeder: FEEDER, basketId: 1n, rates: [{ denom: ST_ATOM, raw: d("0"), sourceTime: at }] }),
      "RATE_OUT_OF_RANGE",
      "rates[0].raw",
    );
    refused(
      () =>
        buildPostRates(ctx, {
          feeder: FEEDER,
          basketId: 1n,
          rates: [
            { denom: ST_ATOM, raw: d("1"), sourceTime: at },
            { denom: ST_ATOM, raw: d("1"), sourceTime: at },
          ],
        }),
      "INVALID_ARGUMENT",
      "rates[1].denom",
    );
    refused(
      () =>
        buildPostRates(ctx, {
          feeder: FEEDER,
          basketId: 1n,
          rates: [{ denom: ST_ATOM, raw: d("1"), sourceTime: { seconds: 1n, nanos: 1e9 } }],
        }),
      "INVALID_ARGUMENT",
      "rates[0].sourceTime",
    );
    refused(
      () =>
        buildPostRates(ctx, {
          feeder: FEEDER,
          basketId: 1n,
          rates: [{ denom: ST_ATOM, raw: 1.25 as never, sourceTime: at }],
        }),
      "INVALID_DECIMAL",
      "rates[0].raw",
    );
    refused(() => buildPostRates(ctx, { feeder: FEEDER, basketId: 1n, rates: [] }), "INVALID_ARGUMENT", "rates");
  });

  it("post metrics, and refuse negative APRs and liquidity", () => {
    const message = buildPostMetrics(ctx, {
      feeder: FEEDER,
      basketId: 1n,
      metrics: [{ denom: ST_ATOM, apr: d("0.15"), liquidity: 4_000_000n }],
    });
    expect(message.value.metrics).toEqual([
      expect.objectContaining({ denom: ST_ATOM, apr: "150000000000000000", liquidity: "4000000" }),
    ]);
    refused(
      () =>
        buildPostMetrics(ctx, {
          feeder: FEEDER,
          basketId: 1n,
          metrics: [{ denom: ST_ATOM, apr: d("-0.1"), liquidity: 1n }],
        }),
      "RATE_OUT_OF_RANGE",
      "metrics[0].apr",
    );
    refused(
      () =>
        buildPostMetrics(ctx, {
          feeder: FEEDER,
          basketId: 1n,
          metrics: [{ denom: ST_ATOM, apr: d("0.1"), liquidity: -1n }],
        }),
      "NEGATIVE_AMOUNT",
      "metrics[0].liquidity",
    );
  });
});

describe("buildCreateBasket and buildUpdateBasket (authority)", () => {
  const base = {
    authority: AUTHORITY,
    underlyingDenom: "uatom",
    underlyingExponent: 6,
    constituents: [constituent(ST_ATOM), constituent(STK_ATOM, "LST_PER_UNDERLYING")],
    config: testSettings({
      restaking: { validators: VALIDATORS.slice(0, 2), idleBufferTarget: d("0.2") },
      fees: { ...testSettings().fees, feeBase: d("0.001"), instantFee: d("0.005") },
    }),
    rewardDenom: "uxprt",
  };

  it("converts every Dec to its protobuf form and every direction to its enum", () => {
    const message = buildCreateBasket(ctx, base);
    expect(message.typeUrl).toBe(basketvaultTypeUrls.MsgCreateBasket);
    expect(message.value.constituents.map((c) => [c.denom, c.direction, c.minWeight, c.maxWeight, c.capValue])).toEqual(
      [
        [ST_ATOM, RateDirection.UNDERLYING_PER_LST, "0", "1000000000000000000", "0"],
        [STK_ATOM, RateDirection.LST_PER_UNDERLYING, "0", "1000000000000000000", "0"],
      ],
    );
    expect(message.value.config?.fees).toMatchObject({ feeBase: "1000000000000000", instantFee: "5000000000000000" });
    expect(message.value.config).toMatchObject({
      maxStalenessSeconds: 2_592_000n,
      maxUpPerDay: "50000000000000000",
      restaking: { validators: VALIDATORS.slice(0, 2), idleBufferTarget: "200000000000000000" },
      feeders: [FEEDER],
      minNavForWeightChecks: (10n ** 30n).toString(),
    });
    expect(message.value.virtualOffset).toBe(0);
    const amino = toAmino(message);
    expect(amino.type).toBe("basketvault/MsgCreateBasket");
    expect(amino.value).toMatchObject({
      constituents: [{ direction: 1, max_weight: "1.000000000000000000" }, { direction: 2 }],
    });
  });

  it("refuses what the chain refuses: directions, weight bounds, fees ≥ 1, duplicates, shares, reward denom", () => {
    const withConstituents = (constituents: typeof base.constituents) => () =>
      buildCreateBasket(ctx, { ...base, constituents });
    refused(
      withConstituents([{ ...constituent(ST_ATOM), direction: "UNSPECIFIED" as never }]),
      "INVALID_ARGUMENT",
      "constituents[0].direction",
    );
    refused(
      withConstituents([constituent(ST_ATOM, "UNDERLYING_PER_LST", "0.5", "0.4")]),
      "RATE_OUT_OF_RANGE",
      "constituents[0].minWeight",
    );
    refused(
      withConstituents([constituent(ST_ATOM, "UNDERLYING_PER_LST", "0", "1.1")]),
      "RATE_OUT_OF_RANGE",
      "constituents[0].maxWeight",
    );
    refused(
      withConstituents([
        constituent(ST_ATOM, "UNDERLYING_PER_LST", "0", "0.4"),
        constituent(Q_ATOM, "UNDERLYING_PER_LST", "0", "0.4"),
      ]),
      "RATE_OUT_OF_RANGE",
      "constituents",
    );
    refused(
      withConstituents([
        constituent(ST_ATOM, "UNDERLYING_PER_LST", "0.6", "1"),
        constituent(Q_ATOM, "UNDERLYING_PER_LST", "0.6", "1"),
      ]),
      "RATE_OUT_OF_RANGE",
      "constituents",
    );
    refused(
      withConstituents([constituent(ST_ATOM), constituent(ST_ATOM)]),
      "INVALID_ARGUMENT",
      "constituents[1].denom",
    );
    refused(withConstituents([constituent("basket/1")]), "INVALID_DENOM", "constituents[0].denom");
    refused(withConstituents([]), "INVALID_ARGUMENT", "constituents");
    const withConfig = (config: BasketSettings) => () => buildCreateBasket(ctx, { ...base, config });
    refused(
      withConfig(testSettings({ fees: { ...testSettings().fees, feeMax: Dec.ONE } })),
      "RATE_OUT_OF_RANGE",
      "config.fees.feeMax",
    );
    refused(
      withConfig(testSettings({ fees: { ...testSettings().fees, feeSlope: d("-1") } })),
      "RATE_OUT_OF_RANGE",
      "config.fees.feeSlope",
    );
    refused(withConfig(testSettings({ maxDown: d("1.5") })), "RATE_OUT_OF_RANGE", "config.maxDown");
    refused(withConfig(testSettings({ maxStalenessSeconds: 0n })), "INVALID_ARGUMENT", "config.maxStalenessSeconds");
    refused(
      withConfig(testSettings({ guardian: withPrefix(AUTHORITY, "cosmos") })),
      "WRONG_ADDRESS_PREFIX",
      "config.guardian",
    );
    refused(
      withConfig(testSettings({ restaking: { validators: [ACCOUNT], idleBufferTarget: d("0.2") } })),
      "WRONG_ADDRESS_PREFIX",
      "config.restaking.validators[0]",
    );
    refused(
      withConfig(
        testSettings({ restaking: { validators: [VALIDATORS[0]!, VALIDATORS[0]!], idleBufferTarget: d("0.2") } }),
      ),
      "INVALID_ARGUMENT",
      "config.restaking.validators",
    );
    refused(() => buildCreateBasket(ctx, { ...base, rewardDenom: ST_ATOM }), "INVALID_ARGUMENT", "rewardDenom");
    refused(() => buildCreateBasket(ctx, { ...base, underlyingExponent: 19 }), "INVALID_INTEGER", "underlyingExponent");
    refused(() => buildCreateBasket(ctx, { ...base, virtualOffset: -1 }), "INVALID_INTEGER", "virtualOffset");
  });

  it("updates a basket with the same checks", () => {
    const message = buildUpdateBasket(ctx, {
      authority: AUTHORITY,
      basketId: 3n,
      constituents: [constituent(ST_ATOM), constituent(D_ATOM)],
      config: base.config,
    });
    expect(message.value).toMatchObject({ basketId: 3n, constituents: [{ denom: ST_ATOM }, { denom: D_ATOM }] });
    refused(
      () => buildUpdateBasket(ctx, { authority: AUTHORITY, basketId: 3n, constituents: [], config: base.config }),
      "INVALID_ARGUMENT",
      "constituents",
    );
  });
});

describe("the other authority and guardian messages", () => {
  it("build MsgResolveRate, MsgPause, MsgUnpause and MsgUpdateParams", () => {
    expect(
      buildResolveRate(ctx, { authority: AUTHORITY, basketId: 1n, denom: ST_ATOM, accept: false }).value,
    ).toMatchObject({
      denom: ST_ATOM,
      accept: false,
    });
    expect(
      toAmino(buildResolveRate(ctx, { authority: AUTHORITY, basketId: 1n, denom: ST_ATOM, accept: false })).value,
    ).toMatchObject({
      accept: false,
    });
    expect(buildPause(ctx, { guardian: AUTHORITY, basketId: 1n }).typeUrl).toBe(basketvaultTypeUrls.MsgPause);
    expect(buildUnpause(ctx, { authority: AUTHORITY, basketId: 1n }).typeUrl).toBe(basketvaultTypeUrls.MsgUnpause);
    const params = { maxConstituents: 8, defaultVirtualOffset: 3, minEpochSeconds: 3600n, maxClaimRequestIds: 50 };
    expect(buildUpdateParams(ctx, { authority: AUTHORITY, params }).value.params).toMatchObject(params);
  });

  it("refuse bad input", () => {
    refused(
      () => buildResolveRate(ctx, { authority: AUTHORITY, basketId: 1n, denom: ST_ATOM, accept: "yes" as never }),
      "INVALID_ARGUMENT",
      "accept",
    );
    const params = { maxConstituents: 8, defaultVirtualOffset: 3, minEpochSeconds: 3600n, maxClaimRequestIds: 50 };
    refused(
      () => buildUpdateParams(ctx, { authority: AUTHORITY, params: { ...params, maxConstituents: 0 } }),
      "INVALID_INTEGER",
      "params.maxConstituents",
    );
    refused(
      () => buildUpdateParams(ctx, { authority: AUTHORITY, params: { ...params, defaultVirtualOffset: 19 } }),
      "INVALID_INTEGER",
      "params.defaultVirtualOffset",
    );
    refused(
      () => buildUpdateParams(ctx, { authority: AUTHORITY, params: { ...params, minEpochSeconds: 0n } }),
      "INVALID_ARGUMENT",
      "params.minEpochSeconds",
    );
    refused(
      () => buildPause(ctx, { guardian: withPrefix(AUTHORITY, "cosmos"), basketId: 1n }),
      "WRONG_ADDRESS_PREFIX",
      "guardian",
    );
  });
});
