// alliance.alliance.Query: every RPC of the v0.4.x service (the deprecated IBC* ones and the *ByDelegator ones
// included), with x/alliance's error wording. Queries run on a branch of the state, so AllianceDelegationRewards can
// run the claim itself, as Go's does, and report exactly what a claim would pay at that height.
import { create, type DescMessage, type MessageInitShape, type MessageShape } from "@bufbuild/protobuf";
import { allianceDelegationTokens, allianceValidatorTokens } from "@persistence-sdk/core";
import {
  type AllianceAsset,
  type Delegation,
  DelegationResponseSchema,
  DelegationSchema,
  Query,
  type QueryAllianceDelegationRequest,
  type QueryAllianceDelegationRewardsRequest,
  type QueryAllianceRequest,
  type QueryAllianceValidatorResponse,
  QueryAllianceValidatorResponseSchema,
  type QueuedUndelegation,
  type RedelegationEntry,
  type UnbondingDelegation,
  UnbondingDelegationSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { type DecCoin, DecCoinSchema } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import { queryHandlers } from "../../app/handlers.js";
import { ChainError, type Context, type QueryHandler } from "../../app/module.js";
import { paginate } from "../pagination.js";
import {
  queryInternal,
  queryInvalidArgument,
  queryModuleError,
  queryNotFound,
  queryPlainError,
} from "../query-errors.js";
import { decodeBech32 } from "../staking/addresses.js";
import { StakingErrors } from "../staking/errors.js";
import { entriesBelow } from "../store-entries.js";
import { assetState, decCoinsProto, delegationState, timeFromNs, timestampOf } from "./convert.js";
import { AllianceErrors } from "./errors.js";
import type { AllianceKeeper } from "./keeper.js";
import { AllianceKeys } from "./keys.js";
import { allAssets, getAsset, getDelegation, type UndelegationIndexEntry, undelegationIndexEntries } from "./store.js";

/** Go's url.QueryUnescape, applied by the queries to a denom that may arrive URL-encoded (ibc%2F...). */
function queryUnescape(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

/** Any error a query handler returns, as baseapp reports it. */
function asQueryError(error: unknown): unknown {
  if (!(error instanceof ChainError)) return error;
  if (error.codespace === "undefined") return queryPlainError(error.message);
  if (error.codespace === "sdk") return error;
  return queryModuleError(error);
}

type Methods = (typeof Query)["method"];

/** A method's implementation: builds the response message and reports failures as baseapp does. */
function rpc<K extends keyof Methods>(
  name: K,
  run: (ctx: Context, req: MessageShape<Methods[K]["input"]>) => MessageInitShape<Methods[K]["output"]>,
): (ctx: Context, req: MessageShape<Methods[K]["input"]>) => MessageShape<Methods[K]["output"]> {
  const output = Query.method[name].output as DescMessage;
  return (ctx, req) => {
    try {
      return create(output, run(ctx, req) as never) as MessageShape<Methods[K]["output"]>;
    } catch (error) {
      throw asQueryError(error);
    }
  };
}

const BOTH = "invalid request, either offset or key is expected, got both";
/** query.Paginate's error returned as is (the delegation and validator queries). */
const plainBoth = () => queryPlainError(BOTH);
/** The same error wrapped in a gRPC Internal status (the redelegation queries). */
const internalBoth = () => queryInternal(BOTH);

function requireAddress(address: string, prefix: string): void {
  const decoded = decodeBech32(address, prefix);
  if (typeof decoded === "string") throw queryPlainError(decoded);
}

export function allianceQueryHandlers(keeper: AllianceKeeper): Record<string, QueryHandler> {
  const account = () => keeper.deps.staking.prefixes.account;
  const valoper = () => keeper.deps.staking.prefixes.validator;

  /** GetDelegationTokens: the balance a delegation reports (core, with the version's Rounder). */
  function delegationResponse(ctx: Context, delegation: Delegation, asset: AllianceAsset) {
    const info = keeper.allianceValidator(ctx, delegation.validatorAddress).info;
    const amount = allianceDelegationTokens(
      delegationState(delegation).shares,
      info,
      assetState(asset),
      keeper.mathOptions(ctx),
    );
    return create(DelegationResponseSchema, {
      delegation,
      balance: { denom: delegation.denom, amount: amount.toString() },
    });
  }

  function delegationsPage(ctx: Context, prefix: string, pagination: Parameters<typeof paginate>[1]) {
    const page = paginate(entriesBelow<Delegation>(ctx.store, prefix), pagination, {
      bothKeyAndOffsetError: plainBoth,
    });
    const delegations = page.items.map((delegation) => {
      const asset = getAsset(ctx.store, delegation.denom);
      if (asset === undefined) throw AllianceErrors.unknownAsset();
      return delegationResponse(ctx, delegation, asset);
    });
    return { delegations, pagination: page.pagination };
  }

  function validatorResponse(ctx: Context, operator: string): QueryAllianceValidatorResponse {
    const { info } = keeper.allianceValidator(ctx, operator);
    const totalStaked: DecCoin[] = [];
    for (const denom of Object.keys(info.validatorShares).sort()) {
      const asset = getAsset(ctx.store, denom);
      if (asset === undefined) continue;
      const tokens = allianceValidatorTokens(info, assetState(asset));
      totalStaked.push(create(DecCoinSchema, { denom, amount: tokens.toProto() }));
    }
    return create(QueryAllianceValidatorResponseSchema, {
      validatorAddr: operator,
      totalDelegationShares: decCoinsProto(info.totalDelegatorShares),
      validatorShares: decCoinsProto(info.validatorShares),
      totalStaked,
    });
  }

  function alliance(ctx: Context, req: Pick<QueryAllianceRequest, "denom">) {
    const asset = getAsset(ctx.store, queryUnescape(req.denom));
    if (asset === undefined) throw AllianceErrors.unknownAsset();
    return { alliance: asset };
  }

  function allianceDelegation(
    ctx: Context,
    req: Pick<QueryAllianceDelegationRequest, "delegatorAddr" | "validatorAddr" | "denom">,
  ) {
    const denom = queryUnescape(req.denom);
    requireAddress(req.delegatorAddr, account());
    requireAddress(req.validatorAddr, valoper());
    if (keeper.deps.staking.validator(ctx.store, req.validatorAddr) === undefined) {
      throw queryNotFound(`Validator not found by address ${req.validatorAddr}`);
    }
    keeper.allianceValidator(ctx, req.validatorAddr);
    const asset = getAsset(ctx.store, denom);
    if (asset === undefined) throw queryNotFound(`AllianceAsset not found by denom ${denom}`);
    const delegation = getDelegation(ctx.store, req.delegatorAddr, req.validatorAddr, denom);
    if (delegation === undefined) {
      // Go answers a zero delegation rather than NotFound.
      return {
        delegation: create(DelegationResponseSchema, {
          delegation: create(DelegationSchema, {
            delegatorAddress: req.delegatorAddr,
            validatorAddress: req.validatorAddr,
            denom,
            shares: "0",
            rewardHistory: [],
            lastRewardClaimHeight: ctx.height,
          }),
          balance: { denom, amount: "0" },
        }),
      };
    }
    return { delegation: delegationResponse(ctx, delegation, asset) };
  }

  function allianceDelegationRewards(
    ctx: Context,
    req: Pick<QueryAllianceDelegationRewardsRequest, "delegatorAddr" | "validatorAddr" | "denom">,
  ) {
    const denom = queryUnescape(req.denom);
    requireAddress(req.delegatorAddr, account());
    requireAddress(req.validatorAddr, valoper());
    if (getAsset(ctx.store, denom) === undefined) throw AllianceErrors.unknownAsset();
    keeper.allianceValidator(ctx, req.validatorAddr);
    if (getDelegation(ctx.store, req.delegatorAddr, req.validatorAddr, denom) === undefined) {
      throw StakingErrors.noDelegation();
    }
    // The claim itself, on the query's throwaway branch of the state.
    const rewards = keeper.claimDelegationRewards(ctx, req.delegatorAddr, req.validatorAddr, denom);
    return { rewards: rewards.map((c) => ({ denom: c.denom, amount: c.amount.toString() })) };
  }

  /** The unbondings of one delegator and denom (optionally one validator), from the index and the queue. */
  function unbondings(ctx: Context, denom: string, delegator: string, validator?: string): UnbondingDelegation[] {
    const out: UnbondingDelegation[] = [];
    const indexPrefix =
      validator === undefined ? AllianceKeys.undelegationIndexPrefix : AllianceKeys.undelegationsFrom(validator);
    const seen = new Set<string>();
    for (const index of undelegationIndexEntries(ctx.store, indexPrefix)) {
      if (index.denom !== denom || index.delegator !== delegator) continue;
      const queueKey = AllianceKeys.undelegationQueue(index.completionNs, index.delegator);
      const seenKey = `${queueKey}|${index.validator}`;
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      const queued = ctx.store.get<QueuedUndelegation>(queueKey);
      for (const entry of queued?.entries ?? []) {
        if (entry.validatorAddress !== index.validator || entry.balance?.denom !== denom) continue;
        out.push(unbondingOf(index, entry.balance.amount));
      }
    }
    return out;
  }

  function unbondingOf(index: UndelegationIndexEntry, amount: string): UnbondingDelegation {
    return create(UnbondingDelegationSchema, {
      completionTime: timestampOf(timeFromNs(index.completionNs)),
      validatorAddress: index.validator,
      amount,
      denom: index.denom,
    });
  }

  const service = queryHandlers(Query, {
    params: rpc("params", (ctx) => ({ params: keeper.params(ctx) })),

    alliances: rpc("alliances", (ctx, req) => {
      const page = paginate(entriesBelow<AllianceAsset>(ctx.store, AllianceKeys.assetPrefix), req.pagination);
      return { alliances: page.items, pagination: page.pagination };
    }),

    alliance: rpc("alliance", (ctx, req) => alliance(ctx, req)),

    iBCAlliance: rpc("iBCAlliance", (ctx, req) => alliance(ctx, { denom: `ibc/${req.hash}` })),

    allAlliancesDelegations: rpc("allAlliancesDelegations", (ctx, req) =>
      delegationsPage(ctx, AllianceKeys.delegationPrefix, req.pagination),
    ),

    allianceValidator: rpc("allianceValidator", (ctx, req) => {
      const decoded = decodeBech32(req.validatorAddr, valoper());
      if (typeof decoded === "string") throw queryInvalidArgument(`validator address ${req.validatorAddr} invalid`);
      if (keeper.deps.staking.validator(ctx.store, req.validatorAddr) === undefined) {
        throw queryNotFound(`validator with address ${req.validatorAddr} not found`);
      }
      return validatorResponse(ctx, req.validatorAddr);
    }),

    allAllianceValidators: rpc("allAllianceValidators", (ctx, req) => {
      const page = paginate(
        entriesBelow<{ validatorAddress: string }>(ctx.store, AllianceKeys.validatorPrefix),
        req.pagination,
        { bothKeyAndOffsetError: plainBoth },
      );
      return {
        validators: page.items.map((state) => validatorResponse(ctx, state.validatorAddress)),
        pagination: page.pagination,
      };
    }),

    alliancesDelegation: rpc("alliancesDelegation", (ctx, req) => {
      requireAddress(req.delegatorAddr, account());
      return delegationsPage(ctx, AllianceKeys.delegationsOf(req.delegatorAddr), req.pagination);
    }),

    alliancesDelegationByValidator: rpc("alliancesDelegationByValidator", (ctx, req) => {
      requireAddress(req.delegatorAddr, account());
      requireAddress(req.validatorAddr, valoper());
      if (keeper.deps.staking.validator(ctx.store, req.validatorAddr) === undefined) {
        throw queryNotFound(`Validator not found by address ${req.validatorAddr}`);
      }
      return delegationsPage(ctx, AllianceKeys.delegationsOfWith(req.delegatorAddr, req.validatorAddr), req.pagination);
    }),

    allianceDelegation: rpc("allianceDelegation", (ctx, req) => allianceDelegation(ctx, req)),

    iBCAllianceDelegation: rpc("iBCAllianceDelegation", (ctx, req) =>
      allianceDelegation(ctx, {
        delegatorAddr: req.delegatorAddr,
        validatorAddr: req.validatorAddr,
        denom: `ibc/${req.hash}`,
      }),
    ),

    allianceDelegationRewards: rpc("allianceDelegationRewards", (ctx, req) => allianceDelegationRewards(ctx, req)),

    iBCAllianceDelegationRewards: rpc("iBCAllianceDelegationRewards", (ctx, req) =>
      allianceDelegationRewards(ctx, {
        delegatorAddr: req.delegatorAddr,
        validatorAddr: req.validatorAddr,
        denom: `ibc/${req.hash}`,
      }),
    ),

    allianceUnbondingsByDelegator: rpc("allianceUnbondingsByDelegator", (ctx, req) => {
      requireAddress(req.delegatorAddr, account());
      return {
        unbondings: allAssets(ctx.store).flatMap((asset) => unbondings(ctx, asset.denom, req.delegatorAddr)),
      };
    }),

    allianceUnbondingsByDenomAndDelegator: rpc("allianceUnbondingsByDenomAndDelegator", (ctx, req) => {
      requireAddress(req.delegatorAddr, account());
      return { unbondings: unbondings(ctx, queryUnescape(req.denom), req.delegatorAddr) };
    }),

    allianceUnbondings: rpc("allianceUnbondings", (ctx, req) => {
      requireAddress(req.delegatorAddr, account());
      requireAddress(req.validatorAddr, valoper());
      return { unbondings: unbondings(ctx, queryUnescape(req.denom), req.delegatorAddr, req.validatorAddr) };
    }),

    allianceRedelegationsByDelegator: rpc("allianceRedelegationsByDelegator", (ctx, req) => {
      requireAddress(req.delegatorAddr, account());
      const page = paginate(
        entriesBelow<RedelegationEntry>(ctx.store, AllianceKeys.redelegationsOf(req.delegatorAddr)),
        req.pagination,
        { bothKeyAndOffsetError: internalBoth },
      );
      return { redelegations: page.items, pagination: page.pagination };
    }),

    allianceRedelegations: rpc("allianceRedelegations", (ctx, req) => {
      requireAddress(req.delegatorAddr, account());
      const denom = queryUnescape(req.denom);
      const page = paginate(
        entriesBelow<RedelegationEntry>(ctx.store, AllianceKeys.redelegationsOfDenom(req.delegatorAddr, denom)),
        req.pagination,
        { bothKeyAndOffsetError: internalBoth },
      );
      return { redelegations: page.items, pagination: page.pagination };
    }),
  });
  return service;
}
