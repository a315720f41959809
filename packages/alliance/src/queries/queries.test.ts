// Queries without a chain: what they send, and how they report a node that lacks a method or answers garbage.
import { create, toBinary } from "@bufbuild/protobuf";
import { InvalidResponseError, QueryError } from "@persistence-sdk/client";
import { Dec } from "@persistence-sdk/core";
import {
  QueryAllianceResponseSchema,
  QueryAllianceUnbondingsByDenomAndDelegatorResponseSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { describe, expect, it } from "vitest";
import { UnknownAssetError, UnsupportedQueryError } from "../errors.js";
import { DELEGATOR, fakeClient, fakeComet, ST_ATOM, VALIDATOR } from "../testing.test-support.js";
import { getAlliance } from "./getAlliance.js";
import { getAllianceRedelegationsByDelegator } from "./getAllianceRedelegationsByDelegator.js";
import { getAllianceUnbondingsByDelegator } from "./getAllianceUnbondingsByDelegator.js";
import { getAllianceUnbondingsByDenom } from "./getAllianceUnbondingsByDenom.js";
import { getIbcAlliance } from "./getIbcAlliance.js";

/** What a v0.3.4 node (the Persistence fork) answers for a method it does not have. */
const UNKNOWN_PATH = { code: 6, codespace: "sdk", log: "unknown query path: unknown request", value: new Uint8Array() };

describe("queries a v0.3.4 chain does not serve", () => {
  it("getAllianceUnbondingsByDelegator throws UnsupportedQueryError naming the query to use instead", async () => {
    const comet = fakeComet(UNKNOWN_PATH);
    const error = await getAllianceUnbondingsByDelegator(fakeClient(comet), { delegator: DELEGATOR }).catch((e) => e);
    expect(error).toBeInstanceOf(UnsupportedQueryError);
    expect(error).toMatchObject({
      code: "QUERY_FAILED",
      path: "/alliance.alliance.Query/AllianceUnbondingsByDelegator",
      field: "/alliance.alliance.Query/AllianceUnbondingsByDelegator",
    });
    expect(error.fix).toContain("getAllianceUnbondingsByDenom");
    expect(error.cause).toBeInstanceOf(QueryError);
    expect(comet.paths).toEqual(["/alliance.alliance.Query/AllianceUnbondingsByDelegator"]);
  });

  it("getAllianceRedelegationsByDelegator throws UnsupportedQueryError too", async () => {
    const error = await getAllianceRedelegationsByDelegator(fakeClient(fakeComet(UNKNOWN_PATH)), {
      delegator: DELEGATOR,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(UnsupportedQueryError);
    expect(error.fix).toContain("getAllianceRedelegations(");
  });

  it("the deprecated IBC queries say which query replaces them on newer chains", async () => {
    const hash = ST_ATOM.slice(4);
    const error = await getIbcAlliance(fakeClient(fakeComet(UNKNOWN_PATH)), { hash }).catch((e) => e);
    expect(error).toBeInstanceOf(UnsupportedQueryError);
    expect(error.fix).toContain(`getAlliance(client, { denom: "ibc/${hash}" })`);
  });

  it("other query failures stay QueryErrors", async () => {
    const comet = fakeComet({ code: 18, codespace: "sdk", log: "invalid request", value: new Uint8Array() });
    const error = await getAllianceUnbondingsByDelegator(fakeClient(comet), { delegator: DELEGATOR }).catch((e) => e);
    expect(error).toBeInstanceOf(QueryError);
    expect(error).not.toBeInstanceOf(UnsupportedQueryError);
  });
});

describe("answers", () => {
  it("an unknown asset is UnknownAssetError (ALLIANCE_UNKNOWN_ASSET)", async () => {
    const comet = fakeComet({
      code: 30,
      codespace: "alliance",
      log: "alliance asset is not whitelisted",
      value: new Uint8Array(),
    });
    const error = await getAlliance(fakeClient(comet), { denom: "uatom" }).catch((e) => e);
    expect(error).toBeInstanceOf(UnknownAssetError);
    expect(error).toMatchObject({ code: "ALLIANCE_UNKNOWN_ASSET", denom: "uatom" });
  });

  it("converts LegacyDec atomics to Dec and integer strings to bigint", async () => {
    const response = create(QueryAllianceResponseSchema, {
      alliance: {
        denom: ST_ATOM,
        rewardWeight: "250000000000000000",
        takeRate: "1000000000000",
        totalTokens: "123456789",
        totalValidatorShares: "123456789000000000000000000",
        rewardChangeRate: "1000000000000000000",
        rewardWeightRange: { min: "0", max: "1000000000000000000" },
        rewardStartTime: { seconds: 1_767_225_600n, nanos: 7 },
        isInitialized: true,
      },
    });
    const comet = fakeComet({ code: 0, codespace: "", value: toBinary(QueryAllianceResponseSchema, response) });
    const asset = await getAlliance(fakeClient(comet), { denom: ST_ATOM.replace("/", "%2F") });
    expect(asset.rewardWeight.toString()).toBe(Dec.fromString("0.25").toString());
    expect(asset.takeRate.toString()).toBe("0.000001000000000000");
    expect(asset.totalTokens).toBe(123_456_789n);
    expect(asset.totalValidatorShares.toString()).toBe("123456789.000000000000000000");
    expect(asset.rewardStartTime).toEqual({ seconds: 1_767_225_600n, nanos: 7 });
    expect(asset.rewardChangeInterval).toEqual({ seconds: 0n, nanos: 0 });
    expect(asset.lastRewardChangeTime).toEqual({ seconds: -62_135_596_800n, nanos: 0 });
    expect(asset.isInitialized).toBe(true);
  });

  it("fills in the denom a v0.3.4 chain leaves out of unbondings", async () => {
    const response = create(QueryAllianceUnbondingsByDenomAndDelegatorResponseSchema, {
      unbondings: [{ validatorAddress: VALIDATOR, amount: "500", completionTime: { seconds: 10n, nanos: 0 } }],
    });
    const comet = fakeComet({
      code: 0,
      codespace: "",
      value: toBinary(QueryAllianceUnbondingsByDenomAndDelegatorResponseSchema, response),
    });
    const unbondings = await getAllianceUnbondingsByDenom(fakeClient(comet), { delegator: DELEGATOR, denom: ST_ATOM });
    expect(unbondings).toEqual([
      { validatorAddress: VALIDATOR, denom: ST_ATOM, amount: 500n, completionTime: { seconds: 10n, nanos: 0 } },
    ]);
  });

  it("an answer that does not convert is InvalidResponseError", async () => {
    const response = create(QueryAllianceResponseSchema, { alliance: { denom: ST_ATOM, rewardWeight: "0.25" } });
    const comet = fakeComet({ code: 0, codespace: "", value: toBinary(QueryAllianceResponseSchema, response) });
    const error = await getAlliance(fakeClient(comet), { denom: ST_ATOM }).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain("/alliance.alliance.Query/Alliance");
  });

  it("input is checked before anything is sent", async () => {
    const comet = fakeComet(UNKNOWN_PATH);
    await expect(getAlliance(fakeClient(comet), { denom: "1x" })).rejects.toMatchObject({ code: "INVALID_DENOM" });
    await expect(getAllianceUnbondingsByDelegator(fakeClient(comet), { delegator: VALIDATOR })).rejects.toMatchObject({
      code: "WRONG_ADDRESS_PREFIX",
      field: "delegator",
    });
    await expect(getIbcAlliance(fakeClient(comet), { hash: "XYZ" })).rejects.toMatchObject({
      code: "INVALID_DENOM",
      field: "hash",
    });
    expect(comet.paths).toEqual([]);
  });
});
