// Redelegation (x/staking/keeper/delegation.go BeginRedelegation/CompleteRedelegation): tokens move to the destination
// validator at once, while an entry remembers them until the source's unbonding period has passed, so that a slash
// of the source for earlier infractions still reaches them. No tokens move at completion.
import { create } from "@bufbuild/protobuf";
import type { Dec } from "@persistence-sdk/core";
import {
  BondStatus,
  type Redelegation,
  type RedelegationEntry,
  RedelegationEntrySchema,
  RedelegationSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context } from "../../app/module.js";
import { delegate, isEntryMature, unbond } from "./delegation.js";
import { deleteRedelegation, getRedelegation, hasReceivingRedelegation, setRedelegation } from "./delegation-store.js";
import { StakingErrors } from "./errors.js";
import type { Coin, StakingDeps } from "./expected-keepers.js";
import { getStakingParams, unbondingTimeNs } from "./params.js";
import { enqueueRedelegation } from "./queue-store.js";
import { nsFromTimestamp, timestampFromNs } from "./validator-set.js";
import { getValidator, hexOf } from "./validator-store.js";

/** Go's zero `time.Time{}` (0001-01-01T00:00:00Z), which an immediately complete redelegation reports. */
export const GO_ZERO_TIME_NS = -62_135_596_800n * 1_000_000_000n;

/**
 * When a redelegation from `source` completes (`getBeginInfo`): a bonded (or vanished) source means a full unbonding
 * period from now; an unbonding source, its own unbonding end; an unbonded source, right away (no entry kept).
 */
function redelegationCompletion(
  ctx: Context,
  source: string,
): { readonly completionNs: bigint; readonly height: bigint; readonly completeNow: boolean } {
  const validator = getValidator(ctx.store, source);
  if (validator === undefined || validator.status === BondStatus.BONDED) {
    return {
      completionNs: ctx.time.ns + unbondingTimeNs(getStakingParams(ctx.store)),
      height: ctx.height,
      completeNow: false,
    };
  }
  if (validator.status === BondStatus.UNBONDED) return { completionNs: GO_ZERO_TIME_NS, height: 0n, completeNow: true };
  return {
    completionNs: nsFromTimestamp(validator.unbondingTime),
    height: validator.unbondingHeight,
    completeNow: false,
  };
}

/** `BeginRedelegation`: moves `shares` worth of tokens from `source` to `destination`; returns the completion time. */
export function beginRedelegation(
  deps: StakingDeps,
  ctx: Context,
  delegator: string,
  source: string,
  destination: string,
  shares: Dec,
): bigint {
  if (hexOf(source) === hexOf(destination)) throw StakingErrors.selfRedelegation();
  const destinationValidator = getValidator(ctx.store, destination);
  if (destinationValidator === undefined) throw StakingErrors.badRedelegationDst();
  const sourceValidator = getValidator(ctx.store, source);
  if (sourceValidator === undefined) throw StakingErrors.badRedelegationDst();

  // Stake that arrived at `source` by a still-maturing redelegation cannot hop again (it could escape a slash).
  if (hasReceivingRedelegation(ctx.store, delegator, source)) throw StakingErrors.transitiveRedelegation();
  const existing = getRedelegation(ctx.store, delegator, source, destination);
  if ((existing?.entries.length ?? 0) >= getStakingParams(ctx.store).maxEntries) {
    throw StakingErrors.maxRedelegationEntries();
  }

  const amount = unbond(deps, ctx, delegator, source, shares);
  if (amount === 0n) throw StakingErrors.tinyRedelegationAmount();
  const sharesCreated = delegate(deps, ctx, delegator, amount, sourceValidator.status, destinationValidator, false);

  const { completionNs, height, completeNow } = redelegationCompletion(ctx, source);
  if (completeNow) return completionNs;

  const entry = create(RedelegationEntrySchema, {
    creationHeight: height,
    completionTime: timestampFromNs(completionNs),
    initialBalance: amount.toString(),
    sharesDst: sharesCreated.toProto(),
  });
  const redelegation: Redelegation = create(RedelegationSchema, {
    delegatorAddress: delegator,
    validatorSrcAddress: source,
    validatorDstAddress: destination,
    entries: [...(existing?.entries ?? []), entry],
  });
  setRedelegation(ctx.store, redelegation);
  enqueueRedelegation(ctx.store, completionNs, delegator, source, destination);
  return completionNs;
}

/**
 * `CompleteRedelegation`: drops matured entries and returns their initial balances (for the event), or undefined
 * when the redelegation is already gone.
 */
export function completeRedelegation(
  ctx: Context,
  delegator: string,
  source: string,
  destination: string,
): Coin[] | undefined {
  const redelegation = getRedelegation(ctx.store, delegator, source, destination);
  if (redelegation === undefined) return undefined;
  let total = 0n;
  const remaining: RedelegationEntry[] = [];
  for (const entry of redelegation.entries) {
    if (isEntryMature(entry, ctx.time.ns)) total += BigInt(entry.initialBalance);
    else remaining.push(entry);
  }
  if (remaining.length === 0) deleteRedelegation(ctx.store, redelegation);
  else setRedelegation(ctx.store, { ...redelegation, entries: remaining });
  const bondDenom = getStakingParams(ctx.store).bondDenom;
  return total > 0n ? [{ denom: bondDenom, amount: total }] : [];
}
