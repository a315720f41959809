// cosmos.distribution.v1beta1.Msg as x/distribution's msg_server.go (v0.50) handles it.
import { create } from "@bufbuild/protobuf";
import { CoinSchema } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import {
  type MsgFundCommunityPool,
  MsgFundCommunityPoolResponseSchema,
  MsgFundCommunityPoolSchema,
  type MsgSetWithdrawAddress,
  MsgSetWithdrawAddressResponseSchema,
  MsgSetWithdrawAddressSchema,
  type MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponseSchema,
  MsgWithdrawDelegatorRewardSchema,
  type MsgWithdrawValidatorCommission,
  MsgWithdrawValidatorCommissionResponseSchema,
  MsgWithdrawValidatorCommissionSchema,
} from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import type { MsgHandler } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { convertBech32, requireBech32 } from "../staking/addresses.js";
import { readCoin } from "../staking/coins.js";
import type { Coin } from "../staking/expected-keepers.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "../staking/expected-keepers.js";
import { FEE_COLLECTOR } from "./allocation.js";
import { addDecCoins, decCoinsFromCoins } from "./dec-coins.js";
import { DistributionErrors } from "./errors.js";
import type { DistributionKeeper } from "./keeper.js";
import { getDistributionParams } from "./params.js";
import { DISTRIBUTION_MODULE } from "./rewards.js";
import { getCommunityPool, setCommunityPool, setWithdrawAddress } from "./store.js";

/** Module accounts that may not receive funds from users (app.go BlockedAddresses, minus distribution itself). */
const BLOCKED_MODULES = [FEE_COLLECTOR, "mint", BONDED_POOL, NOT_BONDED_POOL];

function protoCoins(coins: readonly Coin[]) {
  return coins.map((coin) => create(CoinSchema, { denom: coin.denom, amount: coin.amount.toString() }));
}

type Handler = MsgHandler;

/** The distribution module's message handlers, keyed by type URL. */
export function distributionMsgHandlers(keeper: DistributionKeeper): Record<string, Handler> {
  const prefixes = keeper.staking.prefixes;

  const setWithdrawAddressHandler: MsgHandler<
    typeof MsgSetWithdrawAddressSchema,
    typeof MsgSetWithdrawAddressResponseSchema
  > = {
    request: MsgSetWithdrawAddressSchema,
    response: MsgSetWithdrawAddressResponseSchema,
    signers: (msg: MsgSetWithdrawAddress) => [msg.delegatorAddress],
    handle(ctx, msg) {
      requireBech32(msg.delegatorAddress, prefixes.account, "delegator");
      requireBech32(msg.withdrawAddress, prefixes.account, "withdraw");
      const blocked = BLOCKED_MODULES.some((name) => keeper.bank.moduleAddress(name) === msg.withdrawAddress);
      if (blocked) throw sdkError(4, `${msg.withdrawAddress} is not allowed to receive external funds`);
      if (!getDistributionParams(ctx.store).withdrawAddrEnabled) throw DistributionErrors.setWithdrawAddrDisabled();
      ctx.events.emit("set_withdraw_address", { withdraw_address: msg.withdrawAddress });
      setWithdrawAddress(ctx.store, msg.delegatorAddress, msg.withdrawAddress);
      return create(MsgSetWithdrawAddressResponseSchema);
    },
  };

  const withdrawDelegatorRewardHandler: MsgHandler<
    typeof MsgWithdrawDelegatorRewardSchema,
    typeof MsgWithdrawDelegatorRewardResponseSchema
  > = {
    request: MsgWithdrawDelegatorRewardSchema,
    response: MsgWithdrawDelegatorRewardResponseSchema,
    signers: (msg: MsgWithdrawDelegatorReward) => [msg.delegatorAddress],
    handle(ctx, msg) {
      requireBech32(msg.validatorAddress, prefixes.validator, "validator");
      requireBech32(msg.delegatorAddress, prefixes.account, "delegator");
      const amount = keeper.withdrawDelegationRewards(ctx, msg.delegatorAddress, msg.validatorAddress);
      return create(MsgWithdrawDelegatorRewardResponseSchema, { amount: protoCoins(amount) });
    },
  };

  const withdrawValidatorCommissionHandler: MsgHandler<
    typeof MsgWithdrawValidatorCommissionSchema,
    typeof MsgWithdrawValidatorCommissionResponseSchema
  > = {
    request: MsgWithdrawValidatorCommissionSchema,
    response: MsgWithdrawValidatorCommissionResponseSchema,
    signers: (msg: MsgWithdrawValidatorCommission) => [convertBech32(msg.validatorAddress, prefixes.account)],
    handle(ctx, msg) {
      requireBech32(msg.validatorAddress, prefixes.validator, "validator");
      const amount = keeper.withdrawValidatorCommission(ctx, msg.validatorAddress);
      return create(MsgWithdrawValidatorCommissionResponseSchema, { amount: protoCoins(amount) });
    },
  };

  const fundCommunityPoolHandler: MsgHandler<
    typeof MsgFundCommunityPoolSchema,
    typeof MsgFundCommunityPoolResponseSchema
  > = {
    request: MsgFundCommunityPoolSchema,
    response: MsgFundCommunityPoolResponseSchema,
    signers: (msg: MsgFundCommunityPool) => [msg.depositor],
    handle(ctx, msg) {
      requireBech32(msg.depositor, prefixes.account, "depositor");
      const coins = msg.amount.map(readCoin);
      if (coins.some((coin) => coin === undefined || coin.amount === 0n)) {
        throw sdkError(10, msg.amount.map((coin) => `${coin.amount}${coin.denom}`).join(","));
      }
      const valid = coins as Coin[];
      keeper.bank.sendCoinsFromAccountToModule(ctx, msg.depositor, DISTRIBUTION_MODULE, valid);
      setCommunityPool(ctx.store, addDecCoins(getCommunityPool(ctx.store), decCoinsFromCoins(valid)));
      return create(MsgFundCommunityPoolResponseSchema);
    },
  };

  return {
    "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress": setWithdrawAddressHandler as unknown as Handler,
    "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward": withdrawDelegatorRewardHandler as unknown as Handler,
    "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission":
      withdrawValidatorCommissionHandler as unknown as Handler,
    "/cosmos.distribution.v1beta1.MsgFundCommunityPool": fundCommunityPoolHandler as unknown as Handler,
  };
}
