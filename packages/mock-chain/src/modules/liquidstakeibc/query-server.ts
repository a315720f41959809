// pstake.liquidstakeibc.v1beta1.Query (keeper/grpc_querier.go, v2.16): every RPC, with the Go handlers' errors —
// bare sdkerrors.ErrKeyNotFound for unknown chains and epochs, gRPC InvalidArgument for empty ids.
import { create } from "@bufbuild/protobuf";
import {
  Query,
  QueryDepositAccountBalanceResponseSchema,
  QueryDepositsResponseSchema,
  QueryExchangeRateResponseSchema,
  QueryHostChainResponseSchema,
  QueryHostChainsResponseSchema,
  QueryHostChainUserUnbondingsResponseSchema,
  QueryLSMDepositsResponseSchema,
  QueryParamsResponseSchema,
  QueryRedelegationsResponseSchema,
  QueryRedelegationTxResponseSchema,
  QueryUnbondingResponseSchema,
  QueryUnbondingsResponseSchema,
  QueryUserUnbondingsResponseSchema,
  QueryValidatorUnbondingResponseSchema,
  type UserUnbonding,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { queryHandlers } from "../../app/handlers.js";
import type { KVStore, QueryHandler } from "../../app/module.js";
import { paginate } from "../pagination.js";
import { queryInvalidArgument } from "../query-errors.js";
import { decodeBech32 } from "../staking/addresses.js";
import { keyNotFound } from "./errors.js";
import { DEPOSIT_MODULE_ACCOUNT, ibcDenomOf, type LiquidStakeIbcKeeper } from "./keeper.js";
import {
  allHostChains,
  allRedelegationTxs,
  allUnbondings,
  allUserUnbondings,
  allValidatorUnbondings,
  depositsOf,
  entriesOf,
  getHostChain,
  getRedelegations,
  LsibcKeys,
  lsmDepositsOf,
} from "./store.js";

function hostChainOrFail(store: KVStore, chainId: string) {
  const hc = getHostChain(store, chainId);
  if (hc === undefined) throw keyNotFound();
  return hc;
}

function requireChainId(chainId: string, wording = "chain_id cannot be empty"): void {
  if (chainId === "") throw queryInvalidArgument(wording);
}

export function liquidStakeIbcQueryHandlers(keeper: LiquidStakeIbcKeeper): Record<string, QueryHandler> {
  return queryHandlers(Query, {
    params: (ctx) => create(QueryParamsResponseSchema, { params: keeper.params(ctx.store) }),
    hostChain: (ctx, req) =>
      create(QueryHostChainResponseSchema, { hostChain: hostChainOrFail(ctx.store, req.chainId) }),
    hostChains: (ctx) => create(QueryHostChainsResponseSchema, { hostChains: allHostChains(ctx.store) }),
    deposits: (ctx, req) => {
      const hc = hostChainOrFail(ctx.store, req.chainId);
      return create(QueryDepositsResponseSchema, { deposits: depositsOf(ctx.store, hc.chainId) });
    },
    lSMDeposits: (ctx, req) => {
      const hc = hostChainOrFail(ctx.store, req.chainId);
      return create(QueryLSMDepositsResponseSchema, { deposits: lsmDepositsOf(ctx.store, hc.chainId) });
    },
    unbondings: (ctx, req) => {
      requireChainId(req.chainId);
      return create(QueryUnbondingsResponseSchema, {
        unbondings: allUnbondings(ctx.store).filter((u) => u.chainId === req.chainId),
      });
    },
    unbonding: (ctx, req) => {
      requireChainId(req.chainId);
      const found = allUnbondings(ctx.store).find((u) => u.chainId === req.chainId && u.epochNumber === req.epoch);
      if (found === undefined) throw keyNotFound();
      return create(QueryUnbondingResponseSchema, { unbonding: found });
    },
    userUnbondings: (ctx, req) => {
      if (req.address === "") throw queryInvalidArgument("address cannot be empty");
      if (typeof decodeBech32(req.address, keeper.bech32Prefix) === "string") throw keyNotFound();
      return create(QueryUserUnbondingsResponseSchema, {
        userUnbondings: allUserUnbondings(ctx.store).filter((u) => u.address === req.address),
      });
    },
    hostChainUserUnbondings: (ctx, req) => {
      requireChainId(req.chainId, "chain id cannot be empty");
      const page = paginate(entriesOf<UserUnbonding>(ctx.store, LsibcKeys.userUnbonding), req.pagination, {
        filter: (u) => u.chainId === req.chainId,
      });
      return create(QueryHostChainUserUnbondingsResponseSchema, {
        userUnbondings: page.items,
        pagination: page.pagination,
      });
    },
    validatorUnbondings: (ctx, req) => {
      requireChainId(req.chainId);
      return create(QueryValidatorUnbondingResponseSchema, {
        validatorUnbondings: allValidatorUnbondings(ctx.store).filter((u) => u.chainId === req.chainId),
      });
    },
    depositAccountBalance: (ctx, req) => {
      const hc = hostChainOrFail(ctx.store, req.chainId);
      const denom = ibcDenomOf(hc);
      const amount = keeper.bank.getBalance(ctx, keeper.moduleAddress(DEPOSIT_MODULE_ACCOUNT), denom);
      return create(QueryDepositAccountBalanceResponseSchema, { balance: { denom, amount: amount.toString() } });
    },
    exchangeRate: (ctx, req) => {
      const hc = hostChainOrFail(ctx.store, req.chainId);
      return create(QueryExchangeRateResponseSchema, { rate: hc.cValue });
    },
    redelegations: (ctx, req) => {
      requireChainId(req.chainId);
      const hc = hostChainOrFail(ctx.store, req.chainId);
      const redelegations = getRedelegations(ctx.store, hc.chainId);
      return create(QueryRedelegationsResponseSchema, redelegations === undefined ? {} : { redelegations });
    },
    redelegationTx: (ctx, req) => {
      requireChainId(req.chainId);
      const hc = hostChainOrFail(ctx.store, req.chainId);
      return create(QueryRedelegationTxResponseSchema, {
        redelegationTx: allRedelegationTxs(ctx.store).filter((tx) => tx.chainId === hc.chainId),
      });
    },
  });
}
