// The staking module's control operations (`ChainControl.invoke("staking/slash", …)` and the `mock_*` JSON-RPC
// methods): what x/slashing and x/evidence would do to a misbehaving validator, on demand.
import { Dec } from "@persistence-sdk/core";
import type { Context } from "../../app/module.js";
import { decodeBech32 } from "./addresses.js";
import { StakingErrors } from "./errors.js";
import type { StakingDeps } from "./expected-keepers.js";
import { potentialConsensusPower, validatorTokens } from "./shares.js";
import { slash } from "./slash.js";
import { jailValidator, unjailValidator } from "./validator-set.js";
import { getValidator } from "./validator-store.js";

/** Parameters of "staking/slash". */
export interface SlashParams {
  /** The operator address (`persistencevaloper…`). */
  readonly validator: string;
  /** The slash fraction as a decimal string, "0.05" for 5%. */
  readonly fraction: string;
  /**
   * The height of the infraction. Unbondings and redelegations created at or after it are slashed too. Defaults to
   * 0: every immature entry counts, as if the validator misbehaved before all of them.
   */
  readonly infractionHeight?: number | string;
}

/** Parameters of "staking/jail" and "staking/unjail". */
export interface ValidatorParams {
  readonly validator: string;
}

function record(params: unknown, operation: string): Record<string, unknown> {
  if (typeof params !== "object" || params === null) {
    throw new TypeError(`${operation} expects an object such as { "validator": "persistencevaloper1…" }`);
  }
  return params as Record<string, unknown>;
}

function validatorParam(deps: StakingDeps, ctx: Context, params: Record<string, unknown>, operation: string) {
  const operator = params.validator;
  if (typeof operator !== "string") throw new TypeError(`${operation}: "validator" must be an operator address string`);
  const decoded = decodeBech32(operator, deps.prefixes.validator);
  if (typeof decoded === "string") throw new TypeError(`${operation}: invalid validator address: ${decoded}`);
  const validator = getValidator(ctx.store, operator);
  if (validator === undefined) throw StakingErrors.noValidatorFound(operator);
  return validator;
}

/** The staking controls: slash, jail, unjail. Results are JSON-safe. */
export function stakingControls(deps: StakingDeps) {
  return {
    slash(ctx: Context, params: unknown) {
      const input = record(params, "staking/slash");
      const validator = validatorParam(deps, ctx, input, "staking/slash");
      if (typeof input.fraction !== "string")
        throw new TypeError('staking/slash: "fraction" must be a string like "0.05"');
      const fraction = Dec.fromString(input.fraction, "fraction");
      if (fraction.isNegative() || fraction.gt(Dec.ONE)) {
        throw new RangeError(`staking/slash: fraction must be between 0 and 1, got ${input.fraction}`);
      }
      const height = input.infractionHeight ?? 0;
      if (!/^[0-9]+$/.test(String(height)) || (typeof height !== "number" && typeof height !== "string")) {
        throw new TypeError(`staking/slash: "infractionHeight" must be a non-negative integer, got ${String(height)}`);
      }
      const infractionHeight = BigInt(height);
      const tokensBefore = validatorTokens(validator);
      const burned = slash(
        deps,
        ctx,
        validator.operatorAddress,
        infractionHeight,
        potentialConsensusPower(validator),
        fraction,
      );
      const after = getValidator(ctx.store, validator.operatorAddress);
      return {
        validator: validator.operatorAddress,
        burned: burned.toString(),
        tokensBefore: tokensBefore.toString(),
        tokensAfter: (after === undefined ? 0n : validatorTokens(after)).toString(),
      };
    },

    jail(ctx: Context, params: unknown) {
      const validator = validatorParam(deps, ctx, record(params, "staking/jail"), "staking/jail");
      jailValidator(ctx, validator);
      return { validator: validator.operatorAddress, jailed: true };
    },

    unjail(ctx: Context, params: unknown) {
      const validator = validatorParam(deps, ctx, record(params, "staking/unjail"), "staking/unjail");
      unjailValidator(ctx, validator);
      return { validator: validator.operatorAddress, jailed: false };
    },
  };
}
