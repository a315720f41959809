// Every builder: the message it builds (type URL, fields, Decs in their protobuf form), and every kind of bad input
// refused with a typed error naming the field, before anything is built: wrong denom for the module, zero, negative,
// fractional and > 256-bit amounts, wrong prefix or checksum, a valoper where an account is expected, an inactive
// host chain, an amount below the minimum.
import { type Coin, Dec, SdkError } from "@persistence-sdk/core";
import { liquidstakeTypeUrls } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { liquidstakeibcTypeUrls } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withPstakeSettings } from "../chains.js";
import { HostChainInactiveError, type PstakeError } from "../errors.js";
import { hostChainOf } from "../internal/convert.js";
import {
  ATOM,
  AUTHORITY,
  DELEGATOR,
  DEVNET_CONTEXT,
  STK_ATOM,
  VALIDATOR,
  VALIDATORS,
  withPrefix,
} from "../testing.test-support.js";
import type { HostChain, LiquidStakeModuleParams } from "../types.js";
import { buildLiquidStake } from "./buildLiquidStake.js";
import { buildLiquidStakeIbc } from "./buildLiquidStakeIbc.js";
import { buildLiquidStakeLsm } from "./buildLiquidStakeLsm.js";
import { buildLiquidUnstake } from "./buildLiquidUnstake.js";
import { buildLiquidUnstakeIbc } from "./buildLiquidUnstakeIbc.js";
import { buildRedeemIbc } from "./buildRedeemIbc.js";
import { buildRegisterHostChain } from "./buildRegisterHostChain.js";
import { buildSetModulePaused } from "./buildSetModulePaused.js";
import { buildStakeToLp } from "./buildStakeToLp.js";
import { buildUpdateHostChain } from "./buildUpdateHostChain.js";
import { buildUpdateLiquidStakeIbcParams } from "./buildUpdateLiquidStakeIbcParams.js";
import { buildUpdateLiquidStakeParams } from "./buildUpdateLiquidStakeParams.js";
import { buildUpdateWhitelistedValidators } from "./buildUpdateWhitelistedValidators.js";

const ctx = DEVNET_CONTEXT;
const d = (text: string) => Dec.fromString(text);
const xprt = (amount: bigint): Coin => ({ denom: "uxprt", amount });
const stkXprt = (amount: bigint): Coin => ({ denom: "stk/uxprt", amount });
const atom = (amount: bigint): Coin => ({ denom: ATOM, amount });
const stkAtom = (amount: bigint): Coin => ({ denom: STK_ATOM, amount });

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

const BAD_CHECKSUM = `${DELEGATOR.slice(0, -1)}${DELEGATOR.endsWith("q") ? "p" : "q"}`;

/** Bad account addresses and the code each must produce. */
const BAD_ACCOUNTS: readonly [string, unknown, string][] = [
  ["another chain's address", withPrefix(DELEGATOR, "cosmos"), "WRONG_ADDRESS_PREFIX"],
  ["a validator operator address", VALIDATOR, "WRONG_ADDRESS_PREFIX"],
  ["a broken checksum", BAD_CHECKSUM, "INVALID_ADDRESS"],
  ["upper case", DELEGATOR.toUpperCase(), "INVALID_ADDRESS"],
  ["an empty string", "", "INVALID_ADDRESS"],
  ["not a string", 42, "INVALID_ADDRESS"],
];

/** Bad amounts (denom kept right): [what, amount, code]. */
const BAD_AMOUNTS: readonly [string, unknown, string][] = [
  ["zero", 0n, "INVALID_AMOUNT"],
  ["negative", -5n, "NEGATIVE_AMOUNT"],
  ["above 256 bits", 1n << 256n, "INT_OUT_OF_RANGE"],
  ["a fractional number", 1.5, "INVALID_AMOUNT"],
  ["a number", 1000, "INVALID_AMOUNT"],
  ["a string", "1000", "INVALID_AMOUNT"],
];

/** A host chain as getHostChain returns it, from the devnet's cosmoshub-4 (active, minimum 10000, LSM on). */
function hostChain(overrides: Partial<HostChain> = {}): HostChain {
  const base = hostChainOf({
    $typeName: "pstake.liquidstakeibc.v1beta1.HostChain",
    chainId: "cosmoshub-4",
    connectionId: "connection-0",
    channelId: "channel-0",
    portId: "transfer",
    hostDenom: "uatom",
    validators: [],
    minimumDeposit: "10000",
    cValue: d("0.8").toProto(),
    lastCValue: d("0.8").toProto(),
    unbondingFactor: 4n,
    active: true,
    autoCompoundFactor: "",
    flags: { $typeName: "pstake.liquidstakeibc.v1beta1.HostChainFlags", lsm: true },
  });
  return { ...base, ...overrides };
}

describe("x/liquidstake user builders", () => {
  it("buildLiquidStake builds MsgLiquidStake with the coin in its protobuf form", () => {
    const message = buildLiquidStake(ctx, { delegator: DELEGATOR, amount: xprt(5_000_000n) });
    expect(message.typeUrl).toBe(liquidstakeTypeUrls.MsgLiquidStake);
    expect(message.value).toMatchObject({ delegatorAddress: DELEGATOR, amount: { denom: "uxprt", amount: "5000000" } });
    expect(Object.isFrozen(message)).toBe(true);
  });

  it("buildLiquidUnstake and buildStakeToLp build their messages", () => {
    const unstake = buildLiquidUnstake(ctx, { delegator: DELEGATOR, amount: stkXprt(7n) });
    expect(unstake.typeUrl).toBe(liquidstakeTypeUrls.MsgLiquidUnstake);
    expect(unstake.value.amount).toMatchObject({ denom: "stk/uxprt", amount: "7" });
    const lp = buildStakeToLp(ctx, { delegator: DELEGATOR, validator: VALIDATOR, stakedAmount: xprt(10n) });
    expect(lp.typeUrl).toBe(liquidstakeTypeUrls.MsgStakeToLP);
    expect(lp.value).toMatchObject({ validatorAddress: VALIDATOR, stakedAmount: { denom: "uxprt", amount: "10" } });
    expect(lp.value.liquidAmount).toBeUndefined();
    const both = buildStakeToLp(ctx, {
      delegator: DELEGATOR,
      validator: VALIDATOR,
      stakedAmount: xprt(10n),
      liquidAmount: xprt(3n),
    });
    expect(both.value.liquidAmount).toMatchObject({ denom: "uxprt", amount: "3" });
  });

  it("builds any positive amount up to 2^256 − 1 exactly and refuses everything else", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 256n) - 1n }), (value) => {
        return buildLiquidStake(ctx, { delegator: DELEGATOR, amount: xprt(value) }).value.amount?.amount === `${value}`;
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.bigInt({ max: 0n }), fc.bigInt({ min: 1n << 256n, max: 1n << 300n }), fc.integer(), fc.double()),
        (value) => {
          expect(() =>
            buildLiquidUnstake(ctx, { delegator: DELEGATOR, amount: { denom: "stk/uxprt", amount: value as bigint } }),
          ).toThrow(SdkError);
        },
      ),
    );
  });

  it.each(BAD_AMOUNTS)("refuses an amount that is %s", (_what, amount, code) => {
    refused(
      () => buildLiquidStake(ctx, { delegator: DELEGATOR, amount: { denom: "uxprt", amount: amount as bigint } }),
      code,
      "amount.amount",
    );
    refused(
      () => buildLiquidUnstake(ctx, { delegator: DELEGATOR, amount: { denom: "stk/uxprt", amount: amount as bigint } }),
      code,
      "amount.amount",
    );
    refused(
      () =>
        buildStakeToLp(ctx, {
          delegator: DELEGATOR,
          validator: VALIDATOR,
          stakedAmount: { denom: "uxprt", amount: amount as bigint },
        }),
      code,
      "stakedAmount.amount",
    );
  });

  it.each(BAD_ACCOUNTS)("refuses a delegator that is %s", (_what, delegator, code) => {
    refused(() => buildLiquidStake(ctx, { delegator: delegator as string, amount: xprt(1n) }), code, "delegator");
    refused(() => buildLiquidUnstake(ctx, { delegator: delegator as string, amount: stkXprt(1n) }), code, "delegator");
  });

  it("refuses the wrong denom for the module, naming the function to use", () => {
    const stake = refused(
      () => buildLiquidStake(ctx, { delegator: DELEGATOR, amount: stkAtom(1n) }),
      "INVALID_DENOM",
      "amount.denom",
    );
    expect(stake.fix).toMatch(/liquidUnstakeIbc or redeemIbc/);
    expect(
      refused(() => buildLiquidStake(ctx, { delegator: DELEGATOR, amount: atom(1n) }), "INVALID_DENOM", "amount.denom")
        .fix,
    ).toMatch(/liquidStakeIbc/);
    expect(
      refused(
        () => buildLiquidStake(ctx, { delegator: DELEGATOR, amount: stkXprt(1n) }),
        "INVALID_DENOM",
        "amount.denom",
      ).fix,
    ).toMatch(/liquidUnstake/);
    expect(
      refused(
        () => buildLiquidUnstake(ctx, { delegator: DELEGATOR, amount: xprt(1n) }),
        "INVALID_DENOM",
        "amount.denom",
      ).fix,
    ).toMatch(/liquidStake \(x\/liquidstake\)/);
    refused(
      () => buildLiquidUnstake(ctx, { delegator: DELEGATOR, amount: stkAtom(1n) }),
      "INVALID_DENOM",
      "amount.denom",
    );
    refused(
      () => buildStakeToLp(ctx, { delegator: DELEGATOR, validator: VALIDATOR, stakedAmount: atom(5n) }),
      "INVALID_DENOM",
      "stakedAmount.denom",
    );
    refused(
      () =>
        buildStakeToLp(ctx, {
          delegator: DELEGATOR,
          validator: VALIDATOR,
          stakedAmount: xprt(5n),
          liquidAmount: stkXprt(1n),
        }),
      "INVALID_DENOM",
      "liquidAmount.denom",
    );
    refused(
      () => buildLiquidStake(ctx, { delegator: DELEGATOR, amount: { denom: "1xprt", amount: 1n } }),
      "INVALID_DENOM",
      "amount.denom",
    );
  });

  it("refuses a validator that is an account, of another chain, or has a broken checksum", () => {
    const stake = (validator: string) => () =>
      buildStakeToLp(ctx, { delegator: DELEGATOR, validator, stakedAmount: xprt(5n) });
    refused(stake(DELEGATOR), "WRONG_ADDRESS_PREFIX", "validator");
    refused(stake(withPrefix(VALIDATOR, "cosmosvaloper")), "WRONG_ADDRESS_PREFIX", "validator");
    refused(stake(`${VALIDATOR.slice(0, -1)}${VALIDATOR.endsWith("q") ? "p" : "q"}`), "INVALID_ADDRESS", "validator");
  });

  it("takes the liquid bond denom from the chain config, and refuses missing params or chain", () => {
    const other = { chain: withPstakeSettings(DEVNET_CONTEXT.chain, { liquidBondDenom: "stk/ufoo" }) };
    expect(
      buildLiquidUnstake(other, { delegator: DELEGATOR, amount: { denom: "stk/ufoo", amount: 1n } }).value.amount
        ?.denom,
    ).toBe("stk/ufoo");
    refused(
      () => buildLiquidUnstake(other, { delegator: DELEGATOR, amount: stkXprt(1n) }),
      "INVALID_DENOM",
      "amount.denom",
    );
    refused(() => buildLiquidStake(ctx, undefined as never), "INVALID_ARGUMENT", "params");
    refused(
      () => buildLiquidStake({} as never, { delegator: DELEGATOR, amount: xprt(1n) }),
      "INVALID_ARGUMENT",
      "client",
    );
    refused(
      () => buildLiquidStake(ctx, { delegator: DELEGATOR, amount: undefined as never }),
      "INVALID_ARGUMENT",
      "amount",
    );
  });
});

describe("x/liquidstake authority builders", () => {
  const params: LiquidStakeModuleParams = {
    liquidBondDenom: "stk/uxprt",
    whitelistedValidators: VALIDATORS.map((validatorAddress) => ({ validatorAddress, targetWeight: 2500n })),
    unstakeFeeRate: d("0.001"),
    lsmDisabled: false,
    minLiquidStakeAmount: 1000n,
    cwLockedPoolAddress: "",
    feeAccountAddress: DELEGATOR,
    autocompoundFeeRate: d("0.05"),
    whitelistAdminAddress: AUTHORITY,
    modulePaused: false,
  };

  it("buildUpdateLiquidStakeParams writes Decs as atomics and checks every rule of Params.Validate", () => {
    const message = buildUpdateLiquidStakeParams(ctx, { authority: AUTHORITY, params });
    expect(message.typeUrl).toBe(liquidstakeTypeUrls.MsgUpdateParams);
    expect(message.value.params).toMatchObject({
      unstakeFeeRate: "1000000000000000",
      autocompoundFeeRate: "50000000000000000",
      minLiquidStakeAmount: "1000",
      whitelistedValidators: [{ validatorAddress: VALIDATORS[0], targetWeight: "2500" }, {}, {}, {}],
    });
    const update = (patch: Partial<LiquidStakeModuleParams>) => () =>
      buildUpdateLiquidStakeParams(ctx, { authority: AUTHORITY, params: { ...params, ...patch } });
    refused(update({ unstakeFeeRate: d("1.5") }), "RATE_OUT_OF_RANGE", "params.unstakeFeeRate");
    refused(update({ autocompoundFeeRate: d("-0.1") }), "RATE_OUT_OF_RANGE", "params.autocompoundFeeRate");
    refused(update({ unstakeFeeRate: "0.1" as never }), "INVALID_DECIMAL", "params.unstakeFeeRate");
    refused(update({ minLiquidStakeAmount: -1n }), "NEGATIVE_AMOUNT", "params.minLiquidStakeAmount");
    refused(update({ feeAccountAddress: "" }), "INVALID_ADDRESS", "params.feeAccountAddress");
    refused(update({ whitelistAdminAddress: VALIDATOR }), "WRONG_ADDRESS_PREFIX", "params.whitelistAdminAddress");
    refused(update({ liquidBondDenom: "" }), "INVALID_DENOM", "params.liquidBondDenom");
    refused(
      update({ whitelistedValidators: [{ validatorAddress: DELEGATOR, targetWeight: 1n }] }),
      "WRONG_ADDRESS_PREFIX",
      "params.whitelistedValidators[0].validatorAddress",
    );
    refused(
      () => buildUpdateLiquidStakeParams(ctx, { authority: VALIDATOR, params }),
      "WRONG_ADDRESS_PREFIX",
      "authority",
    );
  });

  it("buildUpdateWhitelistedValidators requires weights summing to 10000 without duplicates", () => {
    const whitelistedValidators = [
      { validatorAddress: VALIDATORS[0]!, targetWeight: 6000n },
      { validatorAddress: VALIDATORS[1]!, targetWeight: 4000n },
    ];
    const message = buildUpdateWhitelistedValidators(ctx, { authority: AUTHORITY, whitelistedValidators });
    expect(message.typeUrl).toBe(liquidstakeTypeUrls.MsgUpdateWhitelistedValidators);
    expect(message.value.whitelistedValidators.map((v) => v.targetWeight)).toEqual(["6000", "4000"]);
    const build = (list: { validatorAddress: string; targetWeight: bigint }[]) => () =>
      buildUpdateWhitelistedValidators(ctx, { authority: AUTHORITY, whitelistedValidators: list });
    refused(
      build([{ validatorAddress: VALIDATORS[0]!, targetWeight: 9999n }]),
      "INVALID_ARGUMENT",
      "whitelistedValidators",
    );
    refused(
      build([
        { validatorAddress: VALIDATORS[0]!, targetWeight: 5000n },
        { validatorAddress: VALIDATORS[0]!, targetWeight: 5000n },
      ]),
      "INVALID_ARGUMENT",
      "whitelistedValidators[1].validatorAddress",
    );
    refused(
      build([{ validatorAddress: VALIDATORS[0]!, targetWeight: 0n }]),
      "INVALID_ARGUMENT",
      "whitelistedValidators[0].targetWeight",
    );
    refused(
      build([{ validatorAddress: VALIDATORS[0]!, targetWeight: 10000 as never }]),
      "INVALID_ARGUMENT",
      "whitelistedValidators[0].targetWeight",
    );
  });

  it("buildSetModulePaused takes a boolean", () => {
    expect(buildSetModulePaused(ctx, { authority: AUTHORITY, paused: true }).value.isPaused).toBe(true);
    expect(buildSetModulePaused(ctx, { authority: AUTHORITY, paused: false }).typeUrl).toBe(
      liquidstakeTypeUrls.MsgSetModulePaused,
    );
    refused(
      () => buildSetModulePaused(ctx, { authority: AUTHORITY, paused: "yes" as never }),
      "INVALID_ARGUMENT",
      "paused",
    );
    refused(() => buildSetModulePaused(ctx, { authority: BAD_CHECKSUM, paused: true }), "INVALID_ADDRESS", "authority");
  });
});

describe("x/liquidstakeibc user builders", () => {
  it("build their messages under the liquidstakeibc type URLs", () => {
    expect(buildLiquidStakeIbc(ctx, { delegator: DELEGATOR, amount: atom(1_000_000n) })).toMatchObject({
      typeUrl: liquidstakeibcTypeUrls.MsgLiquidStake,
      value: { delegatorAddress: DELEGATOR, amount: { denom: ATOM, amount: "1000000" } },
    });
    expect(buildLiquidUnstakeIbc(ctx, { delegator: DELEGATOR, amount: stkAtom(20_000n) }).typeUrl).toBe(
      liquidstakeibcTypeUrls.MsgLiquidUnstake,
    );
    expect(buildRedeemIbc(ctx, { delegator: DELEGATOR, amount: stkAtom(1n) }).typeUrl).toBe(
      liquidstakeibcTypeUrls.MsgRedeem,
    );
    const lsm = buildLiquidStakeLsm(ctx, {
      delegator: DELEGATOR,
      delegations: [
        { denom: `ibc/${"B".repeat(64)}`, amount: 2n },
        { denom: `ibc/${"A".repeat(64)}`, amount: 1n },
      ],
    });
    expect(lsm.typeUrl).toBe(liquidstakeibcTypeUrls.MsgLiquidStakeLSM);
    expect(lsm.value.delegations.map((c) => c.amount)).toEqual(["1", "2"]);
  });

  it("refuses the wrong denom for the module, naming the function to use", () => {
    expect(
      refused(
        () => buildLiquidStakeIbc(ctx, { delegator: DELEGATOR, amount: xprt(1_000_000n) }),
        "INVALID_DENOM",
        "amount.denom",
      ).fix,
    ).toMatch(/liquidStake \(x\/liquidstake\)/);
    refused(
      () => buildLiquidStakeIbc(ctx, { delegator: DELEGATOR, amount: stkAtom(1_000_000n) }),
      "INVALID_DENOM",
      "amount.denom",
    );
    refused(
      () => buildLiquidStakeIbc(ctx, { delegator: DELEGATOR, amount: { denom: "ibc/XYZ", amount: 1n } }),
      "INVALID_DENOM",
      "amount.denom",
    );
    expect(
      refused(
        () => buildLiquidUnstakeIbc(ctx, { delegator: DELEGATOR, amount: stkXprt(1n) }),
        "INVALID_DENOM",
        "amount.denom",
      ).fix,
    ).toMatch(/liquidUnstake \(x\/liquidstake\)/);
    refused(
      () => buildLiquidUnstakeIbc(ctx, { delegator: DELEGATOR, amount: atom(1n) }),
      "INVALID_DENOM",
      "amount.denom",
    );
    refused(() => buildRedeemIbc(ctx, { delegator: DELEGATOR, amount: xprt(1n) }), "INVALID_DENOM", "amount.denom");
    refused(
      () => buildRedeemIbc(ctx, { delegator: DELEGATOR, amount: { denom: "stk/", amount: 1n } }),
      "INVALID_DENOM",
      "amount.denom",
    );
    refused(
      () => buildLiquidStakeLsm(ctx, { delegator: DELEGATOR, delegations: [{ denom: "uxprt", amount: 1n }] }),
      "INVALID_DENOM",
      "delegations[0].denom",
    );
  });

  it.each(BAD_AMOUNTS)("refuses an amount that is %s", (_what, amount, code) => {
    const a = amount as bigint;
    refused(
      () => buildLiquidStakeIbc(ctx, { delegator: DELEGATOR, amount: { denom: ATOM, amount: a } }),
      code,
      "amount.amount",
    );
    refused(
      () => buildLiquidUnstakeIbc(ctx, { delegator: DELEGATOR, amount: { denom: STK_ATOM, amount: a } }),
      code,
      "amount.amount",
    );
    refused(
      () => buildRedeemIbc(ctx, { delegator: DELEGATOR, amount: { denom: STK_ATOM, amount: a } }),
      code,
      "amount.amount",
    );
    refused(
      () =>
        buildLiquidStakeLsm(ctx, {
          delegator: DELEGATOR,
          delegations: [{ denom: `ibc/${"A".repeat(64)}`, amount: a }],
        }),
      code,
      "delegations[0].amount",
    );
  });

  it.each(BAD_ACCOUNTS)("refuses a delegator that is %s", (_what, delegator, code) => {
    refused(() => buildLiquidStakeIbc(ctx, { delegator: delegator as string, amount: atom(1n) }), code, "delegator");
    refused(() => buildRedeemIbc(ctx, { delegator: delegator as string, amount: stkAtom(1n) }), code, "delegator");
  });

  it("with a host chain: checks its denoms, that it is active, the minimum and the LSM flag", () => {
    const hc = hostChain();
    expect(hc.ibcDenom).toBe(ATOM);
    expect(hc.mintDenom).toBe(STK_ATOM);
    expect(
      buildLiquidStakeIbc(ctx, { delegator: DELEGATOR, amount: atom(10_000n), hostChain: hc }).value.amount?.amount,
    ).toBe("10000");
    const below = refused(
      () => buildLiquidStakeIbc(ctx, { delegator: DELEGATOR, amount: atom(9_999n), hostChain: hc }),
      "AMOUNT_BELOW_MINIMUM",
      "amount.amount",
    );
    expect((below as PstakeError).reason).toBe("BELOW_MINIMUM");
    refused(
      () => buildLiquidUnstakeIbc(ctx, { delegator: DELEGATOR, amount: stkAtom(9_999n), hostChain: hc }),
      "AMOUNT_BELOW_MINIMUM",
      "amount.amount",
    );
    expect(buildRedeemIbc(ctx, { delegator: DELEGATOR, amount: stkAtom(1n), hostChain: hc }).value.amount?.amount).toBe(
      "1",
    );
    refused(
      () =>
        buildLiquidStakeIbc(ctx, {
          delegator: DELEGATOR,
          amount: { denom: `ibc/${"C".repeat(64)}`, amount: 20_000n },
          hostChain: hc,
        }),
      "INVALID_DENOM",
      "amount.denom",
    );
    refused(
      () =>
        buildLiquidUnstakeIbc(ctx, {
          delegator: DELEGATOR,
          amount: { denom: "stk/uosmo", amount: 20_000n },
          hostChain: hc,
        }),
      "INVALID_DENOM",
      "amount.denom",
    );

    const inactive = hostChain({ active: false });
    for (const run of [
      () => buildLiquidStakeIbc(ctx, { delegator: DELEGATOR, amount: atom(20_000n), hostChain: inactive }),
      () => buildLiquidUnstakeIbc(ctx, { delegator: DELEGATOR, amount: stkAtom(20_000n), hostChain: inactive }),
      () => buildRedeemIbc(ctx, { delegator: DELEGATOR, amount: stkAtom(20_000n), hostChain: inactive }),
      () =>
        buildLiquidStakeLsm(ctx, {
          delegator: DELEGATOR,
          delegations: [{ denom: `ibc/${"A".repeat(64)}`, amount: 1n }],
          hostChain: inactive,
        }),
    ]) {
      const error = (() => {
        try {
          run();
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(HostChainInactiveError);
      expect((error as HostChainInactiveError).reason).toBe("HOST_CHAIN_INACTIVE");
      expect((error as HostChainInactiveError).chainId).toBe("cosmoshub-4");
      expect((error as HostChainInactiveError).message).toMatch(/inactive/);
    }
    const noLsm = refused(
      () =>
        buildLiquidStakeLsm(ctx, {
          delegator: DELEGATOR,
          delegations: [{ denom: `ibc/${"A".repeat(64)}`, amount: 1n }],
          hostChain: hostChain({ lsmEnabled: false }),
        }),
      "INVALID_ARGUMENT",
      "chainId",
    );
    expect((noLsm as PstakeError).reason).toBe("LSM_DISABLED");
    refused(
      () => buildRedeemIbc(ctx, { delegator: DELEGATOR, amount: stkAtom(1n), hostChain: {} as never }),
      "INVALID_ARGUMENT",
      "hostChain",
    );
  });

  it("LSM: refuses an empty list, duplicates and too many coins", () => {
    refused(
      () => buildLiquidStakeLsm(ctx, { delegator: DELEGATOR, delegations: [] }),
      "INVALID_ARGUMENT",
      "delegations",
    );
    const coin = { denom: `ibc/${"A".repeat(64)}`, amount: 1n };
    refused(
      () => buildLiquidStakeLsm(ctx, { delegator: DELEGATOR, delegations: [coin, coin] }),
      "INVALID_DENOM",
      "delegations[1].denom",
    );
    const many = Array.from({ length: 33 }, (_, i) => ({
      denom: `ibc/${i.toString(16).padStart(64, "0")}`,
      amount: 1n,
    }));
    refused(
      () => buildLiquidStakeLsm(ctx, { delegator: DELEGATOR, delegations: many }),
      "INVALID_ARGUMENT",
      "delegations",
    );
  });
});

describe("x/liquidstakeibc authority builders", () => {
  const register = {
    authority: AUTHORITY,
    connectionId: "connection-7",
    depositFee: d("0"),
    restakeFee: d("0.05"),
    unstakeFee: d("0.001"),
    redemptionFee: d("0.005"),
    channelId: "channel-7",
    hostDenom: "uosmo",
    minimumDeposit: 10_000n,
    unbondingFactor: 4n,
    autoCompoundFactor: 20n,
  };

  it("buildRegisterHostChain writes fees as atomics, the port defaulting to transfer", () => {
    const message = buildRegisterHostChain(ctx, register);
    expect(message.typeUrl).toBe(liquidstakeibcTypeUrls.MsgRegisterHostChain);
    expect(message.value).toMatchObject({
      connectionId: "connection-7",
      channelId: "channel-7",
      portId: "transfer",
      restakeFee: "50000000000000000",
      redemptionFee: "5000000000000000",
      minimumDeposit: "10000",
      unbondingFactor: 4n,
      autoCompoundFactor: 20n,
    });
    const bad = (patch: Record<string, unknown>) => () =>
      buildRegisterHostChain(ctx, { ...register, ...patch } as never);
    refused(bad({ depositFee: d("0.6") }), "RATE_OUT_OF_RANGE", "depositFee");
    refused(bad({ connectionId: "conn-1" }), "INVALID_ARGUMENT", "connectionId");
    refused(bad({ channelId: "" }), "INVALID_ARGUMENT", "channelId");
    refused(bad({ hostDenom: "1bad" }), "INVALID_DENOM", "hostDenom");
    refused(bad({ minimumDeposit: 0n }), "INVALID_ARGUMENT", "minimumDeposit");
    refused(bad({ unbondingFactor: -1n }), "INVALID_ARGUMENT", "unbondingFactor");
    refused(bad({ autoCompoundFactor: 20 }), "INVALID_ARGUMENT", "autoCompoundFactor");
  });

  it("buildUpdateHostChain writes typed updates as the chain parses them", () => {
    const hostValidator = withPrefix(VALIDATOR, "cosmosvaloper");
    const message = buildUpdateHostChain(ctx, {
      authority: AUTHORITY,
      chainId: "cosmoshub-4",
      updates: [
        { key: "redemption_fee", value: d("0.005") },
        { key: "active", value: false },
        { key: "min_deposit", value: 20_000n },
        { key: "flags", value: { lsm: true } },
        { key: "max_entries", value: 7n },
        { key: "lsm_bond_factor", value: d("-1") },
      ],
    });
    expect(message.typeUrl).toBe(liquidstakeibcTypeUrls.MsgUpdateHostChain);
    expect(message.value.updates.map((u) => [u.key, u.value])).toEqual([
      ["redemption_fee", "0.005000000000000000"],
      ["active", "false"],
      ["min_deposit", "20000"],
      ["flags", '{"lsm":true}'],
      ["max_entries", "7"],
      ["lsm_bond_factor", "-1.000000000000000000"],
    ]);
    const one = (update: unknown) => () =>
      buildUpdateHostChain(ctx, { authority: AUTHORITY, chainId: "cosmoshub-4", updates: [update as never] });
    refused(one({ key: "deposit_fee", value: d("0.51") }), "RATE_OUT_OF_RANGE", "updates[0].value");
    refused(one({ key: "active", value: "true" }), "INVALID_ARGUMENT", "updates[0].value");
    refused(one({ key: "min_deposit", value: 0n }), "INVALID_ARGUMENT", "updates[0].value");
    refused(one({ key: "lsm_bond_factor", value: d("-0.5") }), "INVALID_ARGUMENT", "updates[0].value");
    refused(
      one({ key: "validator_weight", value: { validator: "nope", weight: d("0.5") } }),
      "INVALID_ARGUMENT",
      "updates[0].value.validator",
    );
    refused(one({ key: "no_such_key", value: "1" }), "INVALID_ARGUMENT", "updates[0].key");
    refused(
      () => buildUpdateHostChain(ctx, { authority: AUTHORITY, chainId: "", updates: [{ key: "active", value: true }] }),
      "INVALID_ARGUMENT",
      "chainId",
    );
    refused(
      () => buildUpdateHostChain(ctx, { authority: AUTHORITY, chainId: "cosmoshub-4", updates: [] }),
      "INVALID_ARGUMENT",
      "updates",
    );
    const add = buildUpdateHostChain(ctx, {
      authority: AUTHORITY,
      chainId: "cosmoshub-4",
      updates: [
        {
          key: "add_validator",
          value: { operatorAddress: hostValidator, status: "BOND_STATUS_BONDED", weight: d("0") },
        },
      ],
    });
    expect(JSON.parse(add.value.updates[0]!.value)).toMatchObject({
      operator_address: hostValidator,
      delegable: true,
      unbonding_epoch: 0,
    });
    const weight = buildUpdateHostChain(ctx, {
      authority: AUTHORITY,
      chainId: "cosmoshub-4",
      updates: [{ key: "validator_weight", value: { validator: hostValidator, weight: d("0.25") } }],
    });
    expect(weight.value.updates[0]!.value).toBe(`${hostValidator},0.250000000000000000`);
  });

  it("buildUpdateLiquidStakeIbcParams checks both addresses", () => {
    const message = buildUpdateLiquidStakeIbcParams(ctx, {
      authority: AUTHORITY,
      adminAddress: AUTHORITY,
      feeAddress: DELEGATOR,
    });
    expect(message.typeUrl).toBe(liquidstakeibcTypeUrls.MsgUpdateParams);
    expect(message.value.params).toMatchObject({ adminAddress: AUTHORITY, feeAddress: DELEGATOR });
    refused(
      () =>
        buildUpdateLiquidStakeIbcParams(ctx, { authority: AUTHORITY, adminAddress: AUTHORITY, feeAddress: VALIDATOR }),
      "WRONG_ADDRESS_PREFIX",
      "feeAddress",
    );
  });
});
