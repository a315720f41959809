// MsgDelegate, MsgUndelegate and MsgBeginRedelegate with the checks, order, errors and events of the SDK's
// x/staking msg_server.go (v0.50, what Persistence runs), over the delegation operations.
import { create } from "@bufbuild/protobuf";
import {
  BondStatus,
  type MsgBeginRedelegate,
  MsgBeginRedelegateResponseSchema,
  MsgBeginRedelegateSchema,
  type MsgDelegate,
  MsgDelegateResponseSchema,
  MsgDelegateSchema,
  type MsgUndelegate,
  MsgUndelegateResponseSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { MsgHandler } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { requireBech32 } from "./addresses.js";
import { readCoin } from "./coins.js";
import { delegate, undelegate, validateUnbondAmount } from "./delegation.js";
import { StakingErrors } from "./errors.js";
import { coinsString, rfc3339, StakingEvents } from "./events.js";
import type { StakingDeps } from "./expected-keepers.js";
import { getStakingParams } from "./params.js";
import { beginRedelegation } from "./redelegation.js";
import { timestampFromNs } from "./validator-set.js";
import { getValidator } from "./validator-store.js";

function checkBondDenom(denom: string, bondDenom: string): void {
  if (denom !== bondDenom) {
    throw sdkError(18, `invalid coin denomination: got ${denom}, expected ${bondDenom}`);
  }
}

/** MsgDelegate: bonds coins from the delegator's balance. */
export function delegateHandler(
  deps: StakingDeps,
): MsgHandler<typeof MsgDelegateSchema, typeof MsgDelegateResponseSchema> {
  return {
    request: MsgDelegateSchema,
    response: MsgDelegateResponseSchema,
    signers: (msg: MsgDelegate) => [msg.delegatorAddress],
    handle(ctx, msg) {
      requireBech32(msg.validatorAddress, deps.prefixes.validator, "validator");
      requireBech32(msg.delegatorAddress, deps.prefixes.account, "delegator");
      const amount = readCoin(msg.amount);
      if (amount === undefined || amount.amount <= 0n) throw sdkError(18, "invalid delegation amount");
      const validator = getValidator(ctx.store, msg.validatorAddress);
      if (validator === undefined) throw StakingErrors.noValidatorFound();
      checkBondDenom(amount.denom, getStakingParams(ctx.store).bondDenom);

      const shares = delegate(deps, ctx, msg.delegatorAddress, amount.amount, BondStatus.UNBONDED, validator, true);
      ctx.events.emit(StakingEvents.delegate, {
        validator: msg.validatorAddress,
        delegator: msg.delegatorAddress,
        amount: coinsString([amount]),
        new_shares: shares.toString(),
      });
      return create(MsgDelegateResponseSchema);
    },
  };
}

/** MsgUndelegate: starts a 21-day unbonding of the tokens the shares are worth now. */
export function undelegateHandler(
  deps: StakingDeps,
): MsgHandler<typeof MsgUndelegateSchema, typeof MsgUndelegateResponseSchema> {
  return {
    request: MsgUndelegateSchema,
    response: MsgUndelegateResponseSchema,
    signers: (msg: MsgUndelegate) => [msg.delegatorAddress],
    handle(ctx, msg) {
      requireBech32(msg.validatorAddress, deps.prefixes.validator, "validator");
      requireBech32(msg.delegatorAddress, deps.prefixes.account, "delegator");
      const amount = readCoin(msg.amount);
      if (amount === undefined || amount.amount <= 0n) throw sdkError(18, "invalid shares amount");
      const shares = validateUnbondAmount(ctx, msg.delegatorAddress, msg.validatorAddress, amount.amount);
      checkBondDenom(amount.denom, getStakingParams(ctx.store).bondDenom);

      const { completionNs, amount: undelegated } = undelegate(
        deps,
        ctx,
        msg.delegatorAddress,
        msg.validatorAddress,
        shares,
      );
      ctx.events.emit(StakingEvents.unbond, {
        validator: msg.validatorAddress,
        delegator: msg.delegatorAddress,
        amount: coinsString([{ denom: amount.denom, amount: undelegated }]),
        completion_time: rfc3339(completionNs),
      });
      return create(MsgUndelegateResponseSchema, { completionTime: timestampFromNs(completionNs) });
    },
  };
}

/** MsgBeginRedelegate: moves stake between validators at once; the entry matures after the unbonding period. */
export function beginRedelegateHandler(
  deps: StakingDeps,
): MsgHandler<typeof MsgBeginRedelegateSchema, typeof MsgBeginRedelegateResponseSchema> {
  return {
    request: MsgBeginRedelegateSchema,
    response: MsgBeginRedelegateResponseSchema,
    signers: (msg: MsgBeginRedelegate) => [msg.delegatorAddress],
    handle(ctx, msg) {
      requireBech32(msg.validatorSrcAddress, deps.prefixes.validator, "source validator");
      requireBech32(msg.validatorDstAddress, deps.prefixes.validator, "destination validator");
      requireBech32(msg.delegatorAddress, deps.prefixes.account, "delegator");
      const amount = readCoin(msg.amount);
      if (amount === undefined || amount.amount <= 0n) throw sdkError(18, "invalid shares amount");
      const shares = validateUnbondAmount(ctx, msg.delegatorAddress, msg.validatorSrcAddress, amount.amount);
      checkBondDenom(amount.denom, getStakingParams(ctx.store).bondDenom);

      const completionNs = beginRedelegation(
        deps,
        ctx,
        msg.delegatorAddress,
        msg.validatorSrcAddress,
        msg.validatorDstAddress,
        shares,
      );
      ctx.events.emit(StakingEvents.redelegate, {
        source_validator: msg.validatorSrcAddress,
        destination_validator: msg.validatorDstAddress,
        amount: coinsString([amount]),
        completion_time: rfc3339(completionNs),
      });
      return create(MsgBeginRedelegateResponseSchema, { completionTime: timestampFromNs(completionNs) });
    },
  };
}
