// Slashing (x/staking/keeper/slash.go): burns `fraction` of the stake that backed a validator at the infraction
// height — first from unbonding delegations and redelegations created since then (their stake contributed), the
// rest from the validator's tokens — and tells the hooks the effective fraction before tokens go.
import { Dec } from "@persistence-sdk/core";
import { BondStatus, type Validator } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context } from "../../app/module.js";
import { isEntryMature, unbond } from "./delegation.js";
import { getDelegation, redelegationsFromSource, setUnbonding, unbondingsFrom } from "./delegation-store.js";
import type { StakingDeps } from "./expected-keepers.js";
import { burnBondedTokens, burnNotBondedTokens } from "./pools.js";
import { isBonded, POWER_REDUCTION, removeTokens, validatorTokens } from "./shares.js";
import { getValidator, setValidator } from "./validator-store.js";

/** `SlashUnbondingDelegation`s of one validator; returns what would have been slashed (for the remaining amount). */
function slashUnbondings(deps: StakingDeps, ctx: Context, operator: string, infractionHeight: bigint, fraction: Dec) {
  let total = 0n;
  for (const [, ubd] of Array.from(unbondingsFrom(ctx.store, operator))) {
    let burned = 0n;
    const entries = [...ubd.entries];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      // Unbonding that started before the infraction did not back it; matured entries are gone from the pool.
      if (entry.creationHeight < infractionHeight || isEntryMature(entry, ctx.time.ns)) continue;
      const slashAmount = fraction.mulInt(BigInt(entry.initialBalance)).truncateInt();
      total += slashAmount;
      const balance = BigInt(entry.balance);
      const taken = slashAmount < balance ? slashAmount : balance;
      if (taken === 0n) continue;
      burned += taken;
      entries[i] = { ...entry, balance: (balance - taken).toString() };
    }
    if (burned > 0n) {
      setUnbonding(ctx.store, { ...ubd, entries });
      burnNotBondedTokens(deps.bank, ctx, burned);
    }
  }
  return total;
}

/** `SlashRedelegation`s out of one validator: unbonds the slashed share of the destination delegation and burns it. */
function slashRedelegations(
  deps: StakingDeps,
  ctx: Context,
  operator: string,
  infractionHeight: bigint,
  fraction: Dec,
) {
  let total = 0n;
  for (const [, redelegation] of Array.from(redelegationsFromSource(ctx.store, operator))) {
    let bondedBurned = 0n;
    let notBondedBurned = 0n;
    for (const entry of redelegation.entries) {
      if (entry.creationHeight < infractionHeight || isEntryMature(entry, ctx.time.ns)) continue;
      total += fraction.mulInt(BigInt(entry.initialBalance)).truncateInt();
      let sharesToUnbond = fraction.mul(Dec.fromProto(entry.sharesDst));
      if (sharesToUnbond.isZero()) continue;
      const delegation = getDelegation(ctx.store, redelegation.delegatorAddress, redelegation.validatorDstAddress);
      // The delegator already left the destination: nothing to take back.
      if (delegation === undefined) continue;
      const held = Dec.fromProto(delegation.shares);
      if (sharesToUnbond.gt(held)) sharesToUnbond = held;
      const tokens = unbond(deps, ctx, redelegation.delegatorAddress, redelegation.validatorDstAddress, sharesToUnbond);
      const destination = getValidator(ctx.store, redelegation.validatorDstAddress);
      if (destination !== undefined && isBonded(destination)) bondedBurned += tokens;
      else notBondedBurned += tokens;
    }
    burnBondedTokens(deps.bank, ctx, bondedBurned);
    burnNotBondedTokens(deps.bank, ctx, notBondedBurned);
  }
  return total;
}

/**
 * `Slash`: `power` is the validator's consensus power at the infraction (tokens / 10^6). Returns the tokens burned
 * from the validator itself (unbondings and redelegations are burned on top, from their own pools).
 */
export function slash(
  deps: StakingDeps,
  ctx: Context,
  operator: string,
  infractionHeight: bigint,
  power: bigint,
  fraction: Dec,
): bigint {
  if (fraction.isNegative()) throw new Error(`attempted to slash with a negative slash factor: ${fraction.toString()}`);
  const slashAmount = Dec.fromInt(power * POWER_REDUCTION)
    .mul(fraction)
    .truncateInt();

  const validator = getValidator(ctx.store, operator);
  if (validator === undefined) return 0n;
  if (validator.status === BondStatus.UNBONDED)
    throw new Error(`should not be slashing unbonded validator: ${operator}`);
  deps.hooks.beforeValidatorModified(ctx, operator);

  if (infractionHeight > ctx.height) {
    throw new Error(
      `impossible attempt to slash future infraction at height ${infractionHeight} but we are at height ${ctx.height}`,
    );
  }
  let remaining = slashAmount;
  if (infractionHeight < ctx.height) {
    remaining -= slashUnbondings(deps, ctx, operator, infractionHeight, fraction);
    remaining -= slashRedelegations(deps, ctx, operator, infractionHeight, fraction);
  }

  const current: Validator = getValidator(ctx.store, operator) ?? validator;
  const tokens = validatorTokens(current);
  // Cannot burn more than the validator holds, nor less than nothing (bigints have no Math.min).
  let toBurn = tokens;
  if (remaining < toBurn) toBurn = remaining;
  if (toBurn < 0n) toBurn = 0n;
  if (toBurn === 0n) return 0n;

  // Distribution needs the fraction of *current* tokens that goes, which differs from `fraction` when power moved.
  const effective = Dec.min(Dec.fromInt(toBurn).quoRoundUp(Dec.fromInt(tokens)), Dec.ONE);
  deps.hooks.beforeValidatorSlashed(ctx, operator, effective);

  const slashed = removeTokens(getValidator(ctx.store, operator) ?? current, toBurn);
  setValidator(ctx.store, slashed);
  if (isBonded(slashed)) burnBondedTokens(deps.bank, ctx, toBurn);
  else burnNotBondedTokens(deps.bank, ctx, toBurn);
  return toBurn;
}
