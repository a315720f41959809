// The settings of MsgCreateBasket and MsgUpdateBasket, checked as the spec (§8) and the reference implementation
// check them, and converted to their protobuf form (Decs as 10^18-scaled atomics, Ints as strings) here, never by
// the caller. The input shapes are the query shapes (`BasketSettings`, `ConstituentSettings`), so a queried basket
// can be edited and sent back.
import type { MessageInitShape } from "@bufbuild/protobuf";
import { type ChainConfig, ClientError } from "@persistence-sdk/client";
import { Dec } from "@persistence-sdk/core";
import type { BasketConfigSchema, ConstituentConfigSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { directionValue } from "../internal/convert.js";
import {
  accountArg,
  decArg,
  denomArg,
  directionArg,
  fractionArg,
  nonNegativeAmountArg,
  nonNegativeDecArg,
  secondsArg,
  validatorArg,
} from "../internal/validate.js";
import type { BasketSettings, ConstituentSettings } from "../types.js";

function listArg<T>(list: readonly T[], field: string, nonEmpty: boolean): readonly T[] {
  if (!Array.isArray(list) || (nonEmpty && list.length === 0)) {
    throw new ClientError("INVALID_ARGUMENT", nonEmpty ? "must be a non-empty list" : "must be a list", {
      field,
      value: list,
      fix: nonEmpty ? "Pass at least one entry." : "Pass an array (it may be empty).",
    });
  }
  return list;
}

/**
 * The constituents of a basket: valid, distinct denoms (no share denom), directions set, 0 ≤ min ≤ max ≤ 1,
 * Σ min ≤ 1 ≤ Σ max (so the targets can sum to 1), caps ≥ 0.
 */
export function constituentConfigsOf(
  list: readonly ConstituentSettings[],
): MessageInitShape<typeof ConstituentConfigSchema>[] {
  listArg(list, "constituents", true);
  const seen = new Set<string>();
  let minSum = Dec.ZERO;
  let maxSum = Dec.ZERO;
  const configs = list.map((c, i) => {
    const f = (name: string) => `constituents[${i}].${name}`;
    if (c === null || typeof c !== "object") {
      throw new ClientError("INVALID_ARGUMENT", "a constituent is { denom, direction, minWeight, maxWeight }", {
        field: `constituents[${i}]`,
        value: c,
        fix: 'Pass { denom, direction: "UNDERLYING_PER_LST", minWeight: Dec, maxWeight: Dec }.',
      });
    }
    const denom = denomArg(c.denom, f("denom"));
    if (denom.startsWith("basket/")) {
      throw new ClientError("INVALID_DENOM", "a basket share cannot be a constituent", {
        field: f("denom"),
        value: denom,
        fix: "List LST denoms only.",
      });
    }
    if (seen.has(denom)) {
      throw new ClientError("INVALID_ARGUMENT", "a denom is listed twice", {
        field: f("denom"),
        value: denom,
        fix: "List each LST once.",
      });
    }
    seen.add(denom);
    const direction = directionArg(c.direction, f("direction"));
    const min = fractionArg(c.minWeight, f("minWeight"), "0.05", false);
    const max = fractionArg(c.maxWeight, f("maxWeight"), "0.4", false);
    if (min.gt(max)) {
      throw new ClientError("RATE_OUT_OF_RANGE", "minWeight is above maxWeight", {
        field: f("minWeight"),
        value: { minWeight: min.toString(), maxWeight: max.toString() },
        fix: "Keep 0 ≤ minWeight ≤ maxWeight ≤ 1.",
      });
    }
    minSum = minSum.add(min);
    maxSum = maxSum.add(max);
    return {
      denom,
      direction: directionValue(direction),
      minWeight: min.toProto(),
      maxWeight: max.toProto(),
      capValue: nonNegativeAmountArg(c.capValue ?? 0n, f("capValue")).toString(),
    };
  });
  if (minSum.gt(Dec.ONE) || maxSum.lt(Dec.ONE)) {
    throw new ClientError("RATE_OUT_OF_RANGE", "the weight bounds cannot hold targets that sum to 1", {
      field: "constituents",
      value: { sumMinWeight: minSum.toString(), sumMaxWeight: maxSum.toString() },
      fix: "Keep Σ minWeight ≤ 1 ≤ Σ maxWeight.",
    });
  }
  return configs;
}

/** A basket's settings: fees in [0, 1), slopes ≥ 0, fractions in [0, 1], seconds, addresses of the chain. */
export function basketConfigOf(
  chain: ChainConfig,
  config: BasketSettings,
): MessageInitShape<typeof BasketConfigSchema> {
  if (config === null || typeof config !== "object" || config.fees === null || typeof config.fees !== "object") {
    throw new ClientError("INVALID_ARGUMENT", "config is a BasketSettings with fees", {
      field: "config",
      value: config,
      fix: "Pass the settings of the basket (getBasket(client, { basketId }).config has the shape).",
    });
  }
  const fees = config.fees;
  const fee = (name: keyof typeof fees) => fractionArg(fees[name], `config.fees.${name}`, "0.001", true).toProto();
  const slope = (name: keyof typeof fees) => nonNegativeDecArg(fees[name], `config.fees.${name}`, "0.05").toProto();
  const restaking = config.restaking;
  if (restaking === null || typeof restaking !== "object") {
    throw new ClientError("INVALID_ARGUMENT", "config.restaking is { validators, idleBufferTarget }", {
      field: "config.restaking",
      value: restaking,
      fix: 'Pass { validators: [], idleBufferTarget: Dec.fromString("0.2") } (no validators: nothing is restaked).',
    });
  }
  const validators = listArg(restaking.validators, "config.restaking.validators", false).map((v, i) =>
    validatorArg(chain, v, `config.restaking.validators[${i}]`),
  );
  if (new Set(validators).size !== validators.length) {
    throw new ClientError("INVALID_ARGUMENT", "a validator is listed twice", {
      field: "config.restaking.validators",
      value: validators,
      fix: "List each validator once.",
    });
  }
  return {
    fees: {
      feeBase: fee("feeBase"),
      feeSlope: slope("feeSlope"),
      feeMax: fee("feeMax"),
      redeemBase: fee("redeemBase"),
      redeemSlope: slope("redeemSlope"),
      instantFee: fee("instantFee"),
      performanceFee: fee("performanceFee"),
    },
    maxStalenessSeconds: secondsArg(config.maxStalenessSeconds, "config.maxStalenessSeconds", 1n),
    maxUpPerDay: nonNegativeDecArg(config.maxUpPerDay, "config.maxUpPerDay", "0.002").toProto(),
    maxDown: fractionArg(config.maxDown, "config.maxDown", "0.02", false).toProto(),
    band: fractionArg(config.band, "config.band", "0.1", false).toProto(),
    minNavForWeightChecks: nonNegativeAmountArg(
      config.minNavForWeightChecks,
      "config.minNavForWeightChecks",
    ).toString(),
    epochSeconds: secondsArg(config.epochSeconds, "config.epochSeconds", 1n),
    unbondingSeconds: secondsArg(config.unbondingSeconds, "config.unbondingSeconds"),
    restaking: {
      validators,
      idleBufferTarget: fractionArg(
        restaking.idleBufferTarget,
        "config.restaking.idleBufferTarget",
        "0.2",
        false,
      ).toProto(),
    },
    feeders: listArg(config.feeders, "config.feeders", false).map((f, i) =>
      accountArg(chain, f, `config.feeders[${i}]`),
    ),
    guardian: accountArg(chain, config.guardian, "config.guardian"),
    treasury: accountArg(chain, config.treasury, "config.treasury"),
    aprFloor: decArg(config.aprFloor, "config.aprFloor", "0.1").toProto(),
  };
}
