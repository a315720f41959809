// Every builder: the message it builds (type URL, fields, Decs in their protobuf form, durations), and every kind of
// bad input refused with a typed error naming the field, before anything is built.
import { toBinary } from "@bufbuild/protobuf";
import { ALLIANCE_ZERO_TIME, type Coin, Dec, SdkError } from "@persistence-sdk/core";
import { allianceTypeUrls, MsgCreateAllianceProposalSchema } from "@persistence-sdk/proto/alliance/alliance";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { terraPhoenix1 } from "../chains.js";
import {
  AUTHORITY,
  DELEGATOR,
  DEVNET_CONTEXT,
  ST_ATOM,
  STK_ATOM,
  VALIDATOR,
  VALIDATORS,
  withPrefix,
} from "../testing.test-support.js";
import type { AllianceAssetSettings } from "./assetSettings.js";
import { buildClaimDelegationRewards } from "./buildClaimDelegationRewards.js";
import { buildCreateAlliance } from "./buildCreateAlliance.js";
import { buildCreateAllianceProposal } from "./buildCreateAllianceProposal.js";
import { buildDelegate } from "./buildDelegate.js";
import { buildDeleteAlliance } from "./buildDeleteAlliance.js";
import { buildDeleteAllianceProposal } from "./buildDeleteAllianceProposal.js";
import { buildRedelegate } from "./buildRedelegate.js";
import { buildSubmitAllianceProposal } from "./buildSubmitAllianceProposal.js";
import { buildUndelegate } from "./buildUndelegate.js";
import { buildUpdateAlliance } from "./buildUpdateAlliance.js";
import { buildUpdateAllianceProposal } from "./buildUpdateAllianceProposal.js";
import { buildUpdateParams } from "./buildUpdateParams.js";

const ctx = DEVNET_CONTEXT;
const amount: Coin = { denom: STK_ATOM, amount: 1_000_000n };
const d = (text: string) => Dec.fromString(text);

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

const COSMOS_ACCOUNT = withPrefix(DELEGATOR, "cosmos");
const BAD_CHECKSUM = `${DELEGATOR.slice(0, -1)}${DELEGATOR.endsWith("q") ? "p" : "q"}`;

/** Bad account addresses and the code each must produce. */
const BAD_ACCOUNTS: readonly [string, unknown, string][] = [
  ["another chain's address", COSMOS_ACCOUNT, "WRONG_ADDRESS_PREFIX"],
  ["a validator operator address", VALIDATOR, "WRONG_ADDRESS_PREFIX"],
  ["a broken checksum", BAD_CHECKSUM, "INVALID_ADDRESS"],
  ["upper case", DELEGATOR.toUpperCase(), "INVALID_ADDRESS"],
  ["an empty string", "", "INVALID_ADDRESS"],
  ["not a string", 42, "INVALID_ADDRESS"],
];

/** Bad validator addresses. */
const BAD_VALIDATORS: readonly [string, unknown, string][] = [
  ["an account address", DELEGATOR, "WRONG_ADDRESS_PREFIX"],
  ["another chain's operator", withPrefix(VALIDATOR, "cosmosvaloper"), "WRONG_ADDRESS_PREFIX"],
  ["a broken checksum", `${VALIDATOR.slice(0, -1)}${VALIDATOR.endsWith("q") ? "p" : "q"}`, "INVALID_ADDRESS"],
];

/** Bad coins: [what, coin, code, field suffix]. */
const BAD_COINS: readonly [string, unknown, string, string][] = [
  ["zero", { denom: STK_ATOM, amount: 0n }, "INVALID_AMOUNT", "amount.amount"],
  ["negative", { denom: STK_ATOM, amount: -5n }, "NEGATIVE_AMOUNT", "amount.amount"],
  ["above 256 bits", { denom: STK_ATOM, amount: 1n << 256n }, "INT_OUT_OF_RANGE", "amount.amount"],
  ["a number", { denom: STK_ATOM, amount: 1000 }, "INVALID_AMOUNT", "amount.amount"],
  ["a string amount", { denom: STK_ATOM, amount: "1000" }, "INVALID_AMOUNT", "amount.amount"],
  ["a denom starting with a digit", { denom: "1atom", amount: 5n }, "INVALID_DENOM", "amount.denom"],
  ["a two-letter denom", { denom: "ab", amount: 5n }, "INVALID_DENOM", "amount.denom"],
  ["a denom with spaces", { denom: "stk uatom", amount: 5n }, "INVALID_DENOM", "amount.denom"],
  ["a broken URL-encoding", { denom: "ibc%2", amount: 5n }, "INVALID_DENOM", "amount.denom"],
  ["no coin", undefined, "INVALID_ARGUMENT", "amount"],
];

describe("buildDelegate", () => {
  it("builds MsgDelegate with the amount as a protobuf coin", () => {
    const message = buildDelegate(ctx, { delegator: DELEGATOR, validator: VALIDATOR, amount });
    expect(message.typeUrl).toBe(allianceTypeUrls.MsgDelegate);
    expect(message.value).toMatchObject({
      delegatorAddress: DELEGATOR,
      validatorAddress: VALIDATOR,
      amount: { denom: STK_ATOM, amount: "1000000" },
    });
    expect(Object.isFrozen(message)).toBe(true);
  });

  it("accepts a URL-encoded IBC denom and sends it decoded", () => {
    const encoded = ST_ATOM.replace("/", "%2F");
    const message = buildDelegate(ctx, {
      delegator: DELEGATOR,
      validator: VALIDATOR,
      amount: { denom: encoded, amount: 1n },
    });
    expect(message.value.amount?.denom).toBe(ST_ATOM);
  });

  it("builds any positive amount up to 2^256 − 1 exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 256n) - 1n }), (value) => {
        const message = buildDelegate(ctx, {
          delegator: DELEGATOR,
          validator: VALIDATOR,
          amount: { denom: STK_ATOM, amount: value },
        });
        return message.value.amount?.amount === value.toString();
      }),
    );
  });

  it("refuses every amount that is not a positive bigint within 256 bits", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.bigInt({ max: 0n }), fc.bigInt({ min: 1n << 256n, max: 1n << 300n }), fc.integer(), fc.double()),
        (value) => {
          expect(() =>
            buildDelegate(ctx, {
              delegator: DELEGATOR,
              validator: VALIDATOR,
              amount: { denom: STK_ATOM, amount: value as bigint },
            }),
          ).toThrow(SdkError);
        },
      ),
    );
  });

  it.each(BAD_ACCOUNTS)("refuses a delegator that is %s", (_what, delegator, code) => {
    refused(
      () => buildDelegate(ctx, { delegator: delegator as string, validator: VALIDATOR, amount }),
      code,
      "delegator",
    );
  });

  it.each(BAD_VALIDATORS)("refuses a validator that is %s", (_what, validator, code) => {
    refused(
      () => buildDelegate(ctx, { delegator: DELEGATOR, validator: validator as string, amount }),
      code,
      "validator",
    );
  });

  it.each(BAD_COINS)("refuses an amount that is %s", (_what, coin, code, field) => {
    refused(
      () => buildDelegate(ctx, { delegator: DELEGATOR, validator: VALIDATOR, amount: coin as Coin }),
      code,
      field,
    );
  });

  it("refuses a missing params object and a missing chain", () => {
    refused(() => buildDelegate(ctx, undefined as never), "INVALID_ARGUMENT", "params");
    refused(
      () => buildDelegate({} as never, { delegator: DELEGATOR, validator: VALIDATOR, amount }),
      "INVALID_ARGUMENT",
      "client",
    );
  });

  it("takes the prefixes from the chain config: Terra addresses on Terra, not Persistence ones", () => {
    const terra = { chain: terraPhoenix1 };
    const message = buildDelegate(terra, {
      delegator: withPrefix(DELEGATOR, "terra"),
      validator: withPrefix(VALIDATOR, "terravaloper"),
      amount: { denom: "uluna", amount: 1n },
    });
    expect(message.value.delegatorAddress).toMatch(/^terra1/);
    refused(
      () => buildDelegate(terra, { delegator: DELEGATOR, validator: withPrefix(VALIDATOR, "terravaloper"), amount }),
      "WRONG_ADDRESS_PREFIX",
      "delegator",
    );
  });
});

describe("buildUndelegate and buildRedelegate", () => {
  it("build their messages", () => {
    expect(buildUndelegate(ctx, { delegator: DELEGATOR, validator: VALIDATOR, amount }).value).toMatchObject({
      delegatorAddress: DELEGATOR,
      validatorAddress: VALIDATOR,
      amount: { denom: STK_ATOM, amount: "1000000" },
    });
    const redelegate = buildRedelegate(ctx, {
      delegator: DELEGATOR,
      srcValidator: VALIDATORS[0]!,
      dstValidator: VALIDATORS[1]!,
      amount,
    });
    expect(redelegate.typeUrl).toBe(allianceTypeUrls.MsgRedelegate);
    expect(redelegate.value).toMatchObject({ validatorSrcAddress: VALIDATORS[0], validatorDstAddress: VALIDATORS[1] });
  });

  it.each(BAD_COINS)("undelegate refuses an amount that is %s", (_what, coin, code, field) => {
    refused(
      () => buildUndelegate(ctx, { delegator: DELEGATOR, validator: VALIDATOR, amount: coin as Coin }),
      code,
      field,
    );
  });

  it.each(BAD_ACCOUNTS)("undelegate refuses a delegator that is %s", (_what, delegator, code) => {
    refused(
      () => buildUndelegate(ctx, { delegator: delegator as string, validator: VALIDATOR, amount }),
      code,
      "delegator",
    );
  });

  it.each(BAD_VALIDATORS)("redelegate refuses a source validator that is %s", (_what, validator, code) => {
    const params = { delegator: DELEGATOR, srcValidator: validator as string, dstValidator: VALIDATORS[1]!, amount };
    refused(() => buildRedelegate(ctx, params), code, "srcValidator");
  });

  it.each(BAD_VALIDATORS)("redelegate refuses a destination validator that is %s", (_what, validator, code) => {
    const params = { delegator: DELEGATOR, srcValidator: VALIDATORS[0]!, dstValidator: validator as string, amount };
    refused(() => buildRedelegate(ctx, params), code, "dstValidator");
  });

  it("redelegate refuses the same validator on both sides", () => {
    const params = { delegator: DELEGATOR, srcValidator: VALIDATOR, dstValidator: VALIDATOR, amount };
    refused(() => buildRedelegate(ctx, params), "ALLIANCE_SELF_REDELEGATION", "dstValidator");
  });

  it.each(BAD_COINS)("redelegate refuses an amount that is %s", (_what, coin, code, field) => {
    const params = {
      delegator: DELEGATOR,
      srcValidator: VALIDATORS[0]!,
      dstValidator: VALIDATORS[1]!,
      amount: coin as Coin,
    };
    refused(() => buildRedelegate(ctx, params), code, field);
  });
});

describe("buildClaimDelegationRewards", () => {
  it("builds the claim of one delegation", () => {
    const message = buildClaimDelegationRewards(ctx, { delegator: DELEGATOR, validator: VALIDATOR, denom: STK_ATOM });
    expect(message.typeUrl).toBe(allianceTypeUrls.MsgClaimDelegationRewards);
    expect(message.value).toMatchObject({ delegatorAddress: DELEGATOR, validatorAddress: VALIDATOR, denom: STK_ATOM });
  });

  it("refuses a bad denom, delegator or validator", () => {
    refused(
      () => buildClaimDelegationRewards(ctx, { delegator: DELEGATOR, validator: VALIDATOR, denom: "" }),
      "INVALID_DENOM",
      "denom",
    );
    refused(
      () => buildClaimDelegationRewards(ctx, { delegator: VALIDATOR, validator: VALIDATOR, denom: STK_ATOM }),
      "WRONG_ADDRESS_PREFIX",
      "delegator",
    );
    refused(
      () => buildClaimDelegationRewards(ctx, { delegator: DELEGATOR, validator: DELEGATOR, denom: STK_ATOM }),
      "WRONG_ADDRESS_PREFIX",
      "validator",
    );
  });
});

const SETTINGS: AllianceAssetSettings = {
  rewardWeight: d("0.25"),
  takeRate: d("0.000001"),
  rewardChangeRate: d("0.99"),
  rewardChangeInterval: 86_400n,
  rewardWeightRange: { min: d("0.1"), max: d("0.5") },
};

/** Bad settings: [what, change, code, field]. */
const BAD_SETTINGS: readonly [string, Partial<Record<keyof AllianceAssetSettings, unknown>>, string, string][] = [
  ["a take rate of 1", { takeRate: d("1") }, "RATE_OUT_OF_RANGE", "takeRate"],
  ["a take rate above 1", { takeRate: d("1.5") }, "RATE_OUT_OF_RANGE", "takeRate"],
  ["a negative take rate", { takeRate: d("-0.1") }, "RATE_OUT_OF_RANGE", "takeRate"],
  ["a take rate as a number", { takeRate: 0.01 }, "INVALID_DECIMAL", "takeRate"],
  ["a take rate as a string", { takeRate: "0.01" }, "INVALID_DECIMAL", "takeRate"],
  ["a negative reward weight", { rewardWeight: d("-0.1") }, "INVALID_ARGUMENT", "rewardWeight"],
  ["a reward weight below the range", { rewardWeight: d("0.05") }, "INVALID_ARGUMENT", "rewardWeight"],
  ["a reward weight above the range", { rewardWeight: d("0.6") }, "INVALID_ARGUMENT", "rewardWeight"],
  ["a reward weight as a number", { rewardWeight: 0.2 }, "INVALID_DECIMAL", "rewardWeight"],
  ["a zero change rate", { rewardChangeRate: d("0") }, "INVALID_ARGUMENT", "rewardChangeRate"],
  ["a negative change rate", { rewardChangeRate: d("-1") }, "INVALID_ARGUMENT", "rewardChangeRate"],
  ["a negative change interval", { rewardChangeInterval: -1n }, "INVALID_ARGUMENT", "rewardChangeInterval"],
  ["a change interval as a number", { rewardChangeInterval: 60 }, "INVALID_ARGUMENT", "rewardChangeInterval"],
  [
    "a change interval beyond Go's Duration",
    { rewardChangeInterval: 1n << 40n },
    "INVALID_ARGUMENT",
    "rewardChangeInterval",
  ],
  [
    "a range whose min is above its max",
    { rewardWeightRange: { min: d("0.5"), max: d("0.1") } },
    "INVALID_ARGUMENT",
    "rewardWeightRange",
  ],
  [
    "a negative range min",
    { rewardWeightRange: { min: d("-0.1"), max: d("0.5") } },
    "INVALID_ARGUMENT",
    "rewardWeightRange.min",
  ],
  ["no range", { rewardWeightRange: undefined }, "INVALID_ARGUMENT", "rewardWeightRange"],
];

describe("buildCreateAlliance and buildUpdateAlliance", () => {
  it("convert every Dec to its protobuf form (atomics) and the interval to a Duration", () => {
    for (const build of [buildCreateAlliance, buildUpdateAlliance]) {
      const message = build(ctx, { authority: AUTHORITY, denom: ST_ATOM, ...SETTINGS });
      expect(message.value).toMatchObject({
        authority: AUTHORITY,
        denom: ST_ATOM,
        rewardWeight: "250000000000000000",
        takeRate: "1000000000000",
        rewardChangeRate: "990000000000000000",
        rewardChangeInterval: { seconds: 86_400n, nanos: 0 },
        rewardWeightRange: { min: "100000000000000000", max: "500000000000000000" },
      });
      expect(() => toBinary(message.schema, message.value)).not.toThrow();
    }
    expect(buildCreateAlliance(ctx, { authority: AUTHORITY, denom: ST_ATOM, ...SETTINGS }).typeUrl).toBe(
      allianceTypeUrls.MsgCreateAlliance,
    );
  });

  it("accept the bounds themselves: take rate 0, weight 0 at min 0, weight at max, interval 0", () => {
    const message = buildCreateAlliance(ctx, {
      authority: AUTHORITY,
      denom: STK_ATOM,
      ...SETTINGS,
      rewardWeight: d("0"),
      takeRate: d("0"),
      rewardChangeInterval: 0n,
      rewardWeightRange: { min: d("0"), max: d("0") },
    });
    expect(message.value).toMatchObject({ rewardWeight: "0", takeRate: "0", rewardChangeInterval: { seconds: 0n } });
  });

  it.each(BAD_SETTINGS)("refuse %s", (_what, change, code, field) => {
    for (const build of [buildCreateAlliance, buildUpdateAlliance]) {
      refused(() => build(ctx, { authority: AUTHORITY, denom: ST_ATOM, ...SETTINGS, ...change } as never), code, field);
    }
  });

  it("refuse a bad authority or denom", () => {
    refused(
      () => buildCreateAlliance(ctx, { authority: VALIDATOR, denom: ST_ATOM, ...SETTINGS }),
      "WRONG_ADDRESS_PREFIX",
      "authority",
    );
    refused(
      () => buildUpdateAlliance(ctx, { authority: AUTHORITY, denom: "x", ...SETTINGS }),
      "INVALID_DENOM",
      "denom",
    );
  });

  it("refuse any take rate outside [0, 1) and accept any inside", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (atomics) => {
        const takeRate = Dec.fromAtomics(atomics);
        const inside = atomics >= 0n && atomics < 10n ** 18n;
        const build = () => buildCreateAlliance(ctx, { authority: AUTHORITY, denom: ST_ATOM, ...SETTINGS, takeRate });
        if (inside) expect(build().value.takeRate).toBe(atomics.toString());
        else expect(build).toThrow(SdkError);
      }),
    );
  });
});

describe("buildDeleteAlliance and buildUpdateParams", () => {
  it("build their messages", () => {
    expect(buildDeleteAlliance(ctx, { authority: AUTHORITY, denom: ST_ATOM }).value).toMatchObject({
      authority: AUTHORITY,
      denom: ST_ATOM,
    });
    const params = buildUpdateParams(ctx, {
      authority: AUTHORITY,
      rewardDelayTime: 604_800n,
      takeRateClaimInterval: 300n,
      lastTakeRateClaimTime: { seconds: 1_767_225_600n, nanos: 5 },
    });
    expect(params.typeUrl).toBe(allianceTypeUrls.MsgUpdateParams);
    expect(params.value.params).toMatchObject({
      rewardDelayTime: { seconds: 604_800n, nanos: 0 },
      takeRateClaimInterval: { seconds: 300n, nanos: 0 },
      lastTakeRateClaimTime: { seconds: 1_767_225_600n, nanos: 5 },
    });
  });

  it("sets Go's zero time when the last take-rate charge is not given", () => {
    const params = buildUpdateParams(ctx, { authority: AUTHORITY, rewardDelayTime: 0n, takeRateClaimInterval: 300n });
    expect(params.value.params?.lastTakeRateClaimTime).toMatchObject(ALLIANCE_ZERO_TIME);
  });

  it("refuses a zero take-rate interval, negative durations and a malformed time", () => {
    const base = { authority: AUTHORITY, rewardDelayTime: 0n, takeRateClaimInterval: 300n };
    refused(
      () => buildUpdateParams(ctx, { ...base, takeRateClaimInterval: 0n }),
      "INVALID_ARGUMENT",
      "takeRateClaimInterval",
    );
    refused(() => buildUpdateParams(ctx, { ...base, rewardDelayTime: -1n }), "INVALID_ARGUMENT", "rewardDelayTime");
    refused(
      () => buildUpdateParams(ctx, { ...base, lastTakeRateClaimTime: { seconds: 1, nanos: 0 } as never }),
      "INVALID_ARGUMENT",
      "lastTakeRateClaimTime",
    );
    refused(
      () => buildDeleteAlliance(ctx, { authority: COSMOS_ACCOUNT, denom: ST_ATOM }),
      "WRONG_ADDRESS_PREFIX",
      "authority",
    );
  });
});

describe("legacy gov v1beta1 proposal contents", () => {
  const text = { title: "Add stATOM", description: "Restake stATOM with Alliance." };

  it("build the three contents with Decs in protobuf form", () => {
    const create = buildCreateAllianceProposal({ ...text, denom: ST_ATOM, ...SETTINGS });
    expect(create.typeUrl).toBe(allianceTypeUrls.MsgCreateAllianceProposal);
    expect(create.value).toMatchObject({ ...text, denom: ST_ATOM, rewardWeight: "250000000000000000" });
    expect(buildUpdateAllianceProposal({ ...text, denom: ST_ATOM, ...SETTINGS }).typeUrl).toBe(
      allianceTypeUrls.MsgUpdateAllianceProposal,
    );
    expect(buildDeleteAllianceProposal({ ...text, denom: ST_ATOM }).value).toMatchObject({ ...text, denom: ST_ATOM });
  });

  it("refuse blank or over-long titles and descriptions, and bad settings", () => {
    refused(
      () => buildCreateAllianceProposal({ ...text, title: "  ", denom: ST_ATOM, ...SETTINGS }),
      "INVALID_ARGUMENT",
      "title",
    );
    refused(
      () => buildDeleteAllianceProposal({ ...text, title: "t".repeat(141), denom: ST_ATOM }),
      "INVALID_ARGUMENT",
      "title",
    );
    refused(
      () => buildUpdateAllianceProposal({ ...text, description: "d".repeat(10_001), denom: ST_ATOM, ...SETTINGS }),
      "INVALID_ARGUMENT",
      "description",
    );
    refused(
      () => buildCreateAllianceProposal({ ...text, denom: ST_ATOM, ...SETTINGS, takeRate: d("1") }),
      "RATE_OUT_OF_RANGE",
      "takeRate",
    );
  });

  it("wraps a content in a gov v1beta1 MsgSubmitProposal, and refuses anything else as content", () => {
    const content = buildCreateAllianceProposal({ ...text, denom: ST_ATOM, ...SETTINGS });
    const submit = buildSubmitAllianceProposal(ctx, {
      proposer: DELEGATOR,
      content,
      initialDeposit: [{ denom: "uxprt", amount: 10_000_000n }],
    });
    expect(submit.typeUrl).toBe("/cosmos.gov.v1beta1.MsgSubmitProposal");
    expect(submit.value.content?.typeUrl).toBe(`/${MsgCreateAllianceProposalSchema.typeName}`);
    expect(submit.value.initialDeposit).toEqual([expect.objectContaining({ denom: "uxprt", amount: "10000000" })]);
    const delegate = buildDelegate(ctx, { delegator: DELEGATOR, validator: VALIDATOR, amount });
    refused(
      () => buildSubmitAllianceProposal(ctx, { proposer: DELEGATOR, content: delegate, initialDeposit: [] }),
      "INVALID_ARGUMENT",
      "content",
    );
    refused(
      () => buildSubmitAllianceProposal(ctx, { proposer: VALIDATOR, content, initialDeposit: [] }),
      "WRONG_ADDRESS_PREFIX",
      "proposer",
    );
    refused(
      () =>
        buildSubmitAllianceProposal(ctx, {
          proposer: DELEGATOR,
          content,
          initialDeposit: [{ denom: "uxprt", amount: -1n }],
        }),
      "NEGATIVE_AMOUNT",
      "initialDeposit[0].amount",
    );
  });
});
