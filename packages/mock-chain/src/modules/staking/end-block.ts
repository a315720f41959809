// x/staking's EndBlocker (BlockValidatorUpdates): first the validator set (so a validator leaving with a zero unbonding
// time completes in the same block), then matured validators, unbondings (paid from the not-bonded pool) and
// redelegations, each completion announced with its event.
import type { Context } from "../../app/module.js";
import { completeUnbonding } from "./delegation.js";
import { coinsString, StakingEvents } from "./events.js";
import type { StakingDeps } from "./expected-keepers.js";
import { dequeueMatureRedelegations, dequeueMatureUnbondings } from "./queue-store.js";
import { completeRedelegation } from "./redelegation.js";
import { applyValidatorSetUpdates, unbondMatureValidators } from "./validator-set.js";

/** Runs the end blocker and returns the validator updates for CometBFT. */
export function stakingEndBlock(deps: StakingDeps, ctx: Context) {
  const updates = applyValidatorSetUpdates(deps, ctx);
  unbondMatureValidators(deps, ctx);

  for (const pair of dequeueMatureUnbondings(ctx.store, ctx.time.ns)) {
    const paid = completeUnbonding(deps, ctx, pair.delegatorAddress, pair.validatorAddress);
    if (paid === undefined) continue;
    ctx.events.emit(StakingEvents.completeUnbonding, {
      amount: coinsString(paid),
      validator: pair.validatorAddress,
      delegator: pair.delegatorAddress,
    });
  }

  for (const triplet of dequeueMatureRedelegations(ctx.store, ctx.time.ns)) {
    const balances = completeRedelegation(
      ctx,
      triplet.delegatorAddress,
      triplet.validatorSrcAddress,
      triplet.validatorDstAddress,
    );
    if (balances === undefined) continue;
    ctx.events.emit(StakingEvents.completeRedelegation, {
      amount: coinsString(balances),
      delegator: triplet.delegatorAddress,
      source_validator: triplet.validatorSrcAddress,
      destination_validator: triplet.validatorDstAddress,
    });
  }
  return updates;
}
