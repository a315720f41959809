// cosmos.staking.v1beta1.Query as the SDK's grpc_query.go answers it: the same validation, NotFound/Internal status
// wording (turned into ABCI codes by query-errors.ts), pagination, and balances computed from shares.
import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import { CoinSchema } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import {
  BondStatus,
  type Delegation,
  type DelegationResponse,
  DelegationResponseSchema,
  PoolSchema,
  Query,
  QueryDelegationResponseSchema,
  QueryDelegatorDelegationsResponseSchema,
  QueryDelegatorUnbondingDelegationsResponseSchema,
  QueryDelegatorValidatorResponseSchema,
  QueryDelegatorValidatorsResponseSchema,
  QueryHistoricalInfoResponseSchema,
  QueryParamsResponseSchema,
  QueryPoolResponseSchema,
  QueryRedelegationsResponseSchema,
  QueryUnbondingDelegationResponseSchema,
  QueryValidatorDelegationsResponseSchema,
  QueryValidatorResponseSchema,
  QueryValidatorsResponseSchema,
  QueryValidatorUnbondingDelegationsResponseSchema,
  type Redelegation,
  RedelegationEntryResponseSchema,
  type RedelegationResponse,
  RedelegationResponseSchema,
  RedelegationSchema,
  type Validator,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { queryHandlers } from "../../app/handlers.js";
import type { Context, QueryHandler } from "../../app/module.js";
import { paginate } from "../pagination.js";
import { queryInternal, queryInvalidArgument, queryNotFound, queryPlainError } from "../query-errors.js";
import { decodeBech32 } from "./addresses.js";
import {
  delegationsOf,
  delegationsTo,
  getDelegation,
  getRedelegation,
  getUnbonding,
  redelegationsFromSource,
  redelegationsOf,
  unbondingsFrom,
  unbondingsOf,
} from "./delegation-store.js";
import type { StakingDeps } from "./expected-keepers.js";
import { getHistoricalInfo } from "./historical-info.js";
import { getStakingParams } from "./params.js";
import { totalBondedTokens, totalNotBondedTokens } from "./pools.js";
import { tokensFromShares } from "./shares.js";
import { getValidator, iterateValidators } from "./validator-store.js";

const STATUS_NAMES: Record<string, BondStatus> = {
  BOND_STATUS_BONDED: BondStatus.BONDED,
  BOND_STATUS_UNBONDING: BondStatus.UNBONDING,
  BOND_STATUS_UNBONDED: BondStatus.UNBONDED,
};

/** Validates a bech32 address field: empty → InvalidArgument; undecodable → the Go decoding error. */
function requireAddress(value: string, prefix: string, field: "delegator" | "validator"): void {
  if (value === "") throw queryInvalidArgument(`${field} address cannot be empty`);
  const decoded = decodeBech32(value, prefix);
  if (typeof decoded === "string") throw queryPlainError(decoded);
}

function delegationResponse(ctx: Context, delegation: Delegation): DelegationResponse {
  const validator = getValidator(ctx.store, delegation.validatorAddress);
  if (validator === undefined) throw queryInternal("validator does not exist");
  const balance = tokensFromShares(validator, Dec.fromProto(delegation.shares)).truncateInt();
  return create(DelegationResponseSchema, {
    delegation,
    balance: create(CoinSchema, { denom: getStakingParams(ctx.store).bondDenom, amount: balance.toString() }),
  });
}

/** `RedelegationsToRedelegationResponses`: each entry with its current worth at the destination. */
function redelegationResponse(ctx: Context, redelegation: Redelegation): RedelegationResponse {
  const destination = getValidator(ctx.store, redelegation.validatorDstAddress);
  if (destination === undefined) throw queryInternal("validator does not exist");
  return create(RedelegationResponseSchema, {
    redelegation: create(RedelegationSchema, {
      delegatorAddress: redelegation.delegatorAddress,
      validatorSrcAddress: redelegation.validatorSrcAddress,
      validatorDstAddress: redelegation.validatorDstAddress,
    }),
    entries: redelegation.entries.map((entry) =>
      create(RedelegationEntryResponseSchema, {
        redelegationEntry: entry,
        balance: tokensFromShares(destination, Dec.fromProto(entry.sharesDst)).truncateInt().toString(),
      }),
    ),
  });
}

function validatorOf(ctx: Context, operator: string): Validator {
  const validator = getValidator(ctx.store, operator);
  if (validator === undefined) throw queryNotFound(`validator ${operator} not found`);
  return validator;
}

/** The staking module's query handlers. */
export function stakingQueryHandlers(deps: StakingDeps): Record<string, QueryHandler> {
  const { account, validator: valoper } = deps.prefixes;
  return queryHandlers(Query, {
    validators(ctx, req) {
      const status = req.status === "" ? undefined : STATUS_NAMES[req.status];
      if (req.status !== "" && status === undefined)
        throw queryInvalidArgument(`invalid validator status ${req.status}`);
      const page = paginate(iterateValidators(ctx.store), req.pagination, {
        filter: (validator) => status === undefined || validator.status === status,
      });
      return create(QueryValidatorsResponseSchema, { validators: page.items, pagination: page.pagination });
    },

    validator(ctx, req) {
      requireAddress(req.validatorAddr, valoper, "validator");
      return create(QueryValidatorResponseSchema, { validator: validatorOf(ctx, req.validatorAddr) });
    },

    validatorDelegations(ctx, req) {
      requireAddress(req.validatorAddr, valoper, "validator");
      const page = paginate(delegationsTo(ctx.store, req.validatorAddr), req.pagination);
      return create(QueryValidatorDelegationsResponseSchema, {
        delegationResponses: page.items.map((delegation) => delegationResponse(ctx, delegation)),
        pagination: page.pagination,
      });
    },

    validatorUnbondingDelegations(ctx, req) {
      requireAddress(req.validatorAddr, valoper, "validator");
      const page = paginate(unbondingsFrom(ctx.store, req.validatorAddr), req.pagination);
      return create(QueryValidatorUnbondingDelegationsResponseSchema, {
        unbondingResponses: page.items,
        pagination: page.pagination,
      });
    },

    delegation(ctx, req) {
      requireAddress(req.delegatorAddr, account, "delegator");
      requireAddress(req.validatorAddr, valoper, "validator");
      const delegation = getDelegation(ctx.store, req.delegatorAddr, req.validatorAddr);
      if (delegation === undefined) {
        throw queryNotFound(
          `delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`,
        );
      }
      return create(QueryDelegationResponseSchema, { delegationResponse: delegationResponse(ctx, delegation) });
    },

    unbondingDelegation(ctx, req) {
      requireAddress(req.delegatorAddr, account, "delegator");
      requireAddress(req.validatorAddr, valoper, "validator");
      const unbond = getUnbonding(ctx.store, req.delegatorAddr, req.validatorAddr);
      if (unbond === undefined) {
        throw queryNotFound(
          `unbonding delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`,
        );
      }
      return create(QueryUnbondingDelegationResponseSchema, { unbond });
    },

    delegatorDelegations(ctx, req) {
      requireAddress(req.delegatorAddr, account, "delegator");
      const page = paginate(delegationsOf(ctx.store, req.delegatorAddr), req.pagination);
      return create(QueryDelegatorDelegationsResponseSchema, {
        delegationResponses: page.items.map((delegation) => delegationResponse(ctx, delegation)),
        pagination: page.pagination,
      });
    },

    delegatorUnbondingDelegations(ctx, req) {
      requireAddress(req.delegatorAddr, account, "delegator");
      const page = paginate(unbondingsOf(ctx.store, req.delegatorAddr), req.pagination);
      return create(QueryDelegatorUnbondingDelegationsResponseSchema, {
        unbondingResponses: page.items,
        pagination: page.pagination,
      });
    },

    redelegations(ctx, req) {
      const { delegatorAddr, srcValidatorAddr, dstValidatorAddr } = req;
      if (delegatorAddr !== "" && srcValidatorAddr !== "" && dstValidatorAddr !== "") {
        const redelegation = getRedelegation(ctx.store, delegatorAddr, srcValidatorAddr, dstValidatorAddr);
        if (redelegation === undefined) {
          // The SDK wraps queryRedelegation's NotFound status in an Internal one.
          throw queryInternal(
            `rpc error: code = NotFound desc = redelegation not found for delegator address ${delegatorAddr} from validator address ${srcValidatorAddr}`,
          );
        }
        return create(QueryRedelegationsResponseSchema, {
          redelegationResponses: [redelegationResponse(ctx, redelegation)],
        });
      }
      const bySource = delegatorAddr === "" && srcValidatorAddr !== "" && dstValidatorAddr === "";
      const address = bySource ? srcValidatorAddr : delegatorAddr;
      const decoded = decodeBech32(address, bySource ? valoper : account);
      if (typeof decoded === "string") throw queryInternal(decoded);
      const entries = bySource ? redelegationsFromSource(ctx.store, address) : redelegationsOf(ctx.store, address);
      const page = paginate(entries, req.pagination);
      return create(QueryRedelegationsResponseSchema, {
        redelegationResponses: page.items.map((redelegation) => redelegationResponse(ctx, redelegation)),
        pagination: page.pagination,
      });
    },

    delegatorValidators(ctx, req) {
      requireAddress(req.delegatorAddr, account, "delegator");
      const page = paginate(delegationsOf(ctx.store, req.delegatorAddr), req.pagination);
      const validators = page.items.map((delegation) => {
        const validator = getValidator(ctx.store, delegation.validatorAddress);
        if (validator === undefined) throw queryInternal("validator does not exist");
        return validator;
      });
      return create(QueryDelegatorValidatorsResponseSchema, { validators, pagination: page.pagination });
    },

    delegatorValidator(ctx, req) {
      requireAddress(req.delegatorAddr, account, "delegator");
      requireAddress(req.validatorAddr, valoper, "validator");
      const delegation = getDelegation(ctx.store, req.delegatorAddr, req.validatorAddr);
      if (delegation === undefined) throw queryInternal("no delegation for (address, validator) tuple");
      const validator = getValidator(ctx.store, req.validatorAddr);
      if (validator === undefined) throw queryInternal("validator does not exist");
      return create(QueryDelegatorValidatorResponseSchema, { validator });
    },

    historicalInfo(ctx, req) {
      if (req.height < 0n) throw queryInvalidArgument("height cannot be negative");
      const hist = getHistoricalInfo(ctx.store, req.height);
      if (hist === undefined) throw queryNotFound(`historical info for height ${req.height} not found`);
      return create(QueryHistoricalInfoResponseSchema, { hist });
    },

    pool(ctx) {
      return create(QueryPoolResponseSchema, {
        pool: create(PoolSchema, {
          notBondedTokens: totalNotBondedTokens(deps.bank, ctx).toString(),
          bondedTokens: totalBondedTokens(deps.bank, ctx).toString(),
        }),
      });
    },

    params(ctx) {
      return create(QueryParamsResponseSchema, { params: getStakingParams(ctx.store) });
    },
  });
}
