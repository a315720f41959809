// cosmos.distribution.v1beta1.Query as x/distribution's grpc_query.go (v0.50) answers it. Reward queries compute what
// a withdrawal would pay now without writing anything.
import { create } from "@bufbuild/protobuf";
import {
  DelegationDelegatorRewardSchema,
  Query,
  QueryCommunityPoolResponseSchema,
  QueryDelegationRewardsResponseSchema,
  QueryDelegationTotalRewardsResponseSchema,
  QueryDelegatorValidatorsResponseSchema,
  QueryDelegatorWithdrawAddressResponseSchema,
  QueryParamsResponseSchema,
  QueryValidatorCommissionResponseSchema,
  QueryValidatorOutstandingRewardsResponseSchema,
  QueryValidatorSlashesResponseSchema,
  ValidatorAccumulatedCommissionSchema,
  ValidatorOutstandingRewardsSchema,
} from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import { queryHandlers } from "../../app/handlers.js";
import type { Context, QueryHandler } from "../../app/module.js";
import { paginate } from "../pagination.js";
import { queryInvalidArgument, queryModuleError, queryPlainError } from "../query-errors.js";
import { decodeBech32 } from "../staking/addresses.js";
import { addDecCoins, type DecCoins, decCoinsToProto, EMPTY_DEC_COINS } from "./dec-coins.js";
import { DistributionErrors } from "./errors.js";
import type { DistributionKeeper } from "./keeper.js";
import { getDistributionParams } from "./params.js";
import { pendingRewards } from "./rewards.js";
import {
  getAccumulatedCommission,
  getCommunityPool,
  getOutstandingRewards,
  getWithdrawAddress,
  slashEventsOf,
} from "./store.js";

/** The distribution module's query handlers. */
export function distributionQueryHandlers(keeper: DistributionKeeper): Record<string, QueryHandler> {
  const { account, validator: valoper } = keeper.staking.prefixes;

  function requireAddress(value: string, prefix: string, field: "delegator" | "validator"): void {
    if (value === "") throw queryInvalidArgument(`empty ${field} address`);
    const decoded = decodeBech32(value, prefix);
    if (typeof decoded === "string") throw queryPlainError(decoded);
  }

  function existingValidator(ctx: Context, operator: string) {
    const validator = keeper.staking.validator(ctx.store, operator);
    if (validator === undefined) throw queryModuleError(DistributionErrors.noValidatorExists(operator));
    return validator;
  }

  return queryHandlers(Query, {
    params(ctx) {
      return create(QueryParamsResponseSchema, { params: getDistributionParams(ctx.store) });
    },

    validatorOutstandingRewards(ctx, req) {
      requireAddress(req.validatorAddress, valoper, "validator");
      existingValidator(ctx, req.validatorAddress);
      return create(QueryValidatorOutstandingRewardsResponseSchema, {
        rewards: create(ValidatorOutstandingRewardsSchema, {
          rewards: decCoinsToProto(getOutstandingRewards(ctx.store, req.validatorAddress)),
        }),
      });
    },

    validatorCommission(ctx, req) {
      requireAddress(req.validatorAddress, valoper, "validator");
      existingValidator(ctx, req.validatorAddress);
      return create(QueryValidatorCommissionResponseSchema, {
        commission: create(ValidatorAccumulatedCommissionSchema, {
          commission: decCoinsToProto(getAccumulatedCommission(ctx.store, req.validatorAddress)),
        }),
      });
    },

    validatorSlashes(ctx, req) {
      requireAddress(req.validatorAddress, valoper, "validator");
      if (req.endingHeight < req.startingHeight) {
        throw queryInvalidArgument(
          `starting height greater than ending height (${req.startingHeight} > ${req.endingHeight})`,
        );
      }
      const page = paginate(slashEventsOf(ctx.store, req.validatorAddress), req.pagination, {
        filter: (_event, key) => {
          const height = BigInt(key.slice(0, 20));
          return height >= req.startingHeight && height <= req.endingHeight;
        },
      });
      return create(QueryValidatorSlashesResponseSchema, { slashes: page.items, pagination: page.pagination });
    },

    delegationRewards(ctx, req) {
      requireAddress(req.delegatorAddress, account, "delegator");
      requireAddress(req.validatorAddress, valoper, "validator");
      const validator = existingValidator(ctx, req.validatorAddress);
      const delegation = keeper.staking.delegation(ctx.store, req.delegatorAddress, req.validatorAddress);
      if (delegation === undefined) throw queryModuleError(DistributionErrors.noDelegationExists());
      return create(QueryDelegationRewardsResponseSchema, {
        rewards: decCoinsToProto(pendingRewards(ctx, validator, delegation)),
      });
    },

    delegationTotalRewards(ctx, req) {
      requireAddress(req.delegatorAddress, account, "delegator");
      let total: DecCoins = EMPTY_DEC_COINS;
      const rewards = keeper.staking.delegatorDelegations(ctx.store, req.delegatorAddress).map((delegation) => {
        const validator = existingValidator(ctx, delegation.validatorAddress);
        const reward = pendingRewards(ctx, validator, delegation);
        total = addDecCoins(total, reward);
        return create(DelegationDelegatorRewardSchema, {
          validatorAddress: delegation.validatorAddress,
          reward: decCoinsToProto(reward),
        });
      });
      return create(QueryDelegationTotalRewardsResponseSchema, { rewards, total: decCoinsToProto(total) });
    },

    delegatorValidators(ctx, req) {
      requireAddress(req.delegatorAddress, account, "delegator");
      const validators = keeper.staking
        .delegatorDelegations(ctx.store, req.delegatorAddress)
        .map((delegation) => delegation.validatorAddress);
      return create(QueryDelegatorValidatorsResponseSchema, { validators });
    },

    delegatorWithdrawAddress(ctx, req) {
      requireAddress(req.delegatorAddress, account, "delegator");
      return create(QueryDelegatorWithdrawAddressResponseSchema, {
        withdrawAddress: getWithdrawAddress(ctx.store, req.delegatorAddress),
      });
    },

    communityPool(ctx) {
      return create(QueryCommunityPoolResponseSchema, { pool: decCoinsToProto(getCommunityPool(ctx.store)) });
    },
  });
}
