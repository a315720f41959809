// x/liquidstake's Msg service (pstake-native x/liquidstake/keeper/msg_server.go), each handler preceded by its
// message's ValidateBasic (types/msgs.go), which a real node runs before the handler. Events are the Go module's
// legacy string events: a `message` event with module=liquidstake, then the message's own event.
import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import type { Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import { BondStatus } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import {
  MsgLiquidStakeResponseSchema,
  MsgLiquidStakeSchema,
  MsgLiquidUnstakeResponseSchema,
  MsgLiquidUnstakeSchema,
  MsgSetModulePausedResponseSchema,
  MsgSetModulePausedSchema,
  MsgStakeToLPResponseSchema,
  MsgStakeToLPSchema,
  MsgUpdateParamsResponseSchema,
  MsgUpdateParamsSchema,
  MsgUpdateWhitelistedValidatorsResponseSchema,
  MsgUpdateWhitelistedValidatorsSchema,
  type Params,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { msgHandler } from "../../app/handlers.js";
import type { Context, MsgHandler } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { type Coin, denomError } from "../bank/coins.js";
import { decodeBech32 } from "../staking/addresses.js";
import { rfc3339 } from "../staking/events.js";
import { timestampFromNs } from "../staking/validator-set.js";
import { invalidSignerError, LiquidStakeErrors, plainError } from "./errors.js";
import type { LiquidStakeKeeper } from "./keeper.js";
import { intField, LIQUID_STAKE_MODULE, paramsGoString, validateLiquidStakeParams, whitelistGoJson } from "./params.js";

/** Go's zero time.Time as a Timestamp (0001-01-01T00:00:00Z), which an instant unstake returns. */
const GO_ZERO_TIME_SECONDS = -62_135_596_800n;
const TOTAL_VALIDATOR_WEIGHT = 10_000n;

function requireAccount(keeper: LiquidStakeKeeper, address: string, role: string): void {
  const decoded = decodeBech32(address, keeper.bech32Prefix);
  if (typeof decoded === "string") throw sdkError(7, `invalid ${role} address ${JSON.stringify(address)}: ${decoded}`);
}

/** Coin.Validate(): denom, then sign. */
function validateCoin(coin: ProtoCoin | undefined): string | undefined {
  const denom = coin?.denom ?? "";
  const error = denomError(denom);
  if (error !== undefined) return error;
  const amount = coin?.amount ?? "";
  if (!/^-?[0-9]+$/.test(amount)) return "amount is nil";
  if (BigInt(amount) < 0n) return `negative coin amount: ${amount}`;
  return undefined;
}

function isZeroCoin(coin: ProtoCoin | undefined): boolean {
  const amount = coin?.amount ?? "";
  return !/^-?[0-9]+$/.test(amount) || BigInt(amount) === 0n;
}

/** ValidateBasic of a staked/unstaked amount: non-zero ("… amount must not be zero"), then Coin.Validate. */
function basicAmount(coin: ProtoCoin | undefined, what: string): Coin {
  if (isZeroCoin(coin)) throw sdkError(18, `${what} amount must not be zero`);
  const error = validateCoin(coin);
  if (error !== undefined) throw plainError(error);
  return { denom: coin!.denom, amount: BigInt(coin!.amount) };
}

function messageEvent(ctx: Context): void {
  ctx.events.emit("message", { module: LIQUID_STAKE_MODULE });
}

/** `sdk.Coin.String()`. */
function coinString(coin: Coin): string {
  return `${coin.amount}${coin.denom}`;
}

/** The Go `c_value` attribute: Dec(minted).Quo(Dec(amount)), an observed ratio, not the state's mint rate. */
function observedCValue(minted: bigint, amount: bigint): string {
  return Dec.fromInt(minted).quo(Dec.fromInt(amount)).toString();
}

function checkAuthority(keeper: LiquidStakeKeeper, ctx: Context, authority: string, expected: "authority" | "admin") {
  const params = keeper.params(ctx.store);
  if (authority !== keeper.authority && authority !== params.whitelistAdminAddress) {
    const shown = expected === "authority" ? keeper.authority : params.whitelistAdminAddress;
    throw invalidSignerError(`invalid authority; expected ${shown}, got ${authority}`);
  }
  return params;
}

/** The Msg handlers of x/liquidstake, keyed by type URL. */
export function liquidStakeMsgHandlers(keeper: LiquidStakeKeeper): Record<string, MsgHandler> {
  return {
    "/pstake.liquidstake.v1beta1.MsgLiquidStake": msgHandler(
      MsgLiquidStakeSchema,
      MsgLiquidStakeResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.delegatorAddress, "delegator");
        const amount = basicAmount(msg.amount, "staking");
        const minted = keeper.liquidStake(ctx, msg.delegatorAddress, amount);
        const params = keeper.params(ctx.store);
        messageEvent(ctx);
        ctx.events.emit("liquid_stake", {
          delegator: msg.delegatorAddress,
          liquid_amount: coinString(amount),
          stkxprt_minted_amount: coinString({ denom: params.liquidBondDenom, amount: minted }),
          c_value: observedCValue(minted, amount.amount),
        });
        return create(MsgLiquidStakeResponseSchema);
      },
    ),

    "/pstake.liquidstake.v1beta1.MsgStakeToLP": msgHandler(
      MsgStakeToLPSchema,
      MsgStakeToLPResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.delegatorAddress, "delegator");
        const validator = decodeBech32(msg.validatorAddress, `${keeper.bech32Prefix}valoper`);
        if (typeof validator === "string") {
          throw sdkError(7, `invalid validator address ${JSON.stringify(msg.validatorAddress)}: ${validator}`);
        }
        const staked = basicAmount(msg.stakedAmount, "staking");
        // An absent liquid_amount (the zero Coin) is accepted; a present one must be a valid coin.
        const liquidError = isZeroCoin(msg.liquidAmount) ? undefined : validateCoin(msg.liquidAmount);
        if (liquidError !== undefined) throw plainError(liquidError);

        const minted = keeper.lsmDelegate(ctx, msg.delegatorAddress, msg.validatorAddress, staked);
        const denom = keeper.params(ctx.store).liquidBondDenom;
        messageEvent(ctx);
        ctx.events.emit("stake_to_lp", {
          delegator: msg.delegatorAddress,
          staked_amount: coinString(staked),
          stkxprt_minted_amount: coinString({ denom, amount: minted }),
          c_value: observedCValue(minted, staked.amount),
        });

        const liquid = isZeroCoin(msg.liquidAmount) ? undefined : msg.liquidAmount;
        if (liquid !== undefined) {
          const amount = { denom: liquid.denom, amount: BigInt(liquid.amount) };
          const mintedLiquid = keeper.liquidStake(ctx, msg.delegatorAddress, amount);
          messageEvent(ctx);
          ctx.events.emit("stake_to_lp", {
            delegator: msg.delegatorAddress,
            liquid_amount: coinString(amount),
            stkxprt_minted_amount: coinString({ denom, amount: mintedLiquid }),
            c_value: observedCValue(mintedLiquid, amount.amount),
          });
          keeper.lockOnLp(ctx, msg.delegatorAddress, { denom, amount: mintedLiquid });
        }
        return create(MsgStakeToLPResponseSchema);
      },
    ),

    "/pstake.liquidstake.v1beta1.MsgLiquidUnstake": msgHandler(
      MsgLiquidUnstakeSchema,
      MsgLiquidUnstakeResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.delegatorAddress, "delegator");
        const amount = basicAmount(msg.amount, "unstaking");
        const result = keeper.liquidUnstake(ctx, msg.delegatorAddress, amount);
        const bondDenom = keeper.deps.staking.bondDenom(ctx.store);
        messageEvent(ctx);
        ctx.events.emit("liquid_unstake", {
          delegator: msg.delegatorAddress,
          unstake_amount: coinString(amount),
          unbonding_amount: coinString({ denom: bondDenom, amount: result.unbondingAmount }),
          unbonded_amount: coinString({ denom: bondDenom, amount: result.unbondedAmount }),
          completion_time: result.completionNs === undefined ? "0001-01-01T00:00:00Z" : rfc3339(result.completionNs),
        });
        return create(MsgLiquidUnstakeResponseSchema, {
          completionTime:
            result.completionNs === undefined
              ? { seconds: GO_ZERO_TIME_SECONDS, nanos: 0 }
              : timestampFromNs(result.completionNs),
        });
      },
    ),

    "/pstake.liquidstake.v1beta1.MsgUpdateParams": msgHandler(
      MsgUpdateParamsSchema,
      MsgUpdateParamsResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.authority, "authority");
        const proposed = msg.params;
        if (proposed === undefined) throw plainError("liquid bond denom cannot be blank");
        const invalid = validateLiquidStakeParams(proposed, keeper.bech32Prefix);
        if (invalid !== undefined) throw plainError(invalid);

        const current = checkAuthority(keeper, ctx, msg.authority, "authority");
        // Only these fields are updatable (the whitelist and the pause have their own messages).
        const next: Params = {
          ...current,
          unstakeFeeRate: proposed.unstakeFeeRate,
          lsmDisabled: proposed.lsmDisabled,
          minLiquidStakeAmount: proposed.minLiquidStakeAmount,
          cwLockedPoolAddress: proposed.cwLockedPoolAddress,
          feeAccountAddress: proposed.feeAccountAddress,
          autocompoundFeeRate: proposed.autocompoundFeeRate,
          whitelistAdminAddress: proposed.whitelistAdminAddress,
        };
        keeper.setParams(ctx, next);
        messageEvent(ctx);
        ctx.events.emit("update_params", { authority: msg.authority, updated_params: paramsGoString(proposed) });
        return create(MsgUpdateParamsResponseSchema);
      },
    ),

    "/pstake.liquidstake.v1beta1.MsgUpdateWhitelistedValidators": msgHandler(
      MsgUpdateWhitelistedValidatorsSchema,
      MsgUpdateWhitelistedValidatorsResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.authority, "authority");
        const params = checkAuthority(keeper, ctx, msg.authority, "admin");
        let total = 0n;
        for (const wv of msg.whitelistedValidators) {
          total += intField(wv.targetWeight) ?? 0n;
          const validator = keeper.deps.staking.validator(ctx.store, wv.validatorAddress);
          if (validator === undefined) {
            throw LiquidStakeErrors.whitelistedValidatorsList(`validator not found: ${wv.validatorAddress}`);
          }
          if (validator.status !== BondStatus.BONDED) {
            throw LiquidStakeErrors.whitelistedValidatorsList(
              `validator status ${wv.validatorAddress}: expected BOND_STATUS_BONDED; got BOND_STATUS_${BondStatus[validator.status]}`,
            );
          }
        }
        if (total !== TOTAL_VALIDATOR_WEIGHT) {
          throw LiquidStakeErrors.whitelistedValidatorsList(
            `weights don't add up; expected ${TOTAL_VALIDATOR_WEIGHT}, got ${total}`,
          );
        }
        keeper.setParams(ctx, { ...params, whitelistedValidators: msg.whitelistedValidators });
        messageEvent(ctx);
        ctx.events.emit("update_whitelisted_validators", {
          authority: msg.authority,
          updated_whitelisted_validators: whitelistGoJson(msg.whitelistedValidators),
        });
        return create(MsgUpdateWhitelistedValidatorsResponseSchema);
      },
    ),

    "/pstake.liquidstake.v1beta1.MsgSetModulePaused": msgHandler(
      MsgSetModulePausedSchema,
      MsgSetModulePausedResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.authority, "authority");
        const params = checkAuthority(keeper, ctx, msg.authority, "admin");
        keeper.setParams(ctx, { ...params, modulePaused: msg.isPaused });
        messageEvent(ctx);
        ctx.events.emit("set_module_paused", { authority: msg.authority, module_paused: String(msg.isPaused) });
        return create(MsgSetModulePausedResponseSchema);
      },
    ),
  };
}
