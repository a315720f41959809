// The LSM round trip the real module performs with gaia's liquid-staking module (MsgTokenizeShares to a new owner,
// MsgRedeemTokensForShares by that owner): a delegation worth `amount` tokens changes hands without leaving the
// validator. The mock chain has no LSM module, so the same effect is produced with x/staking's own operations:
// `ValidateUnbondAmount` → `Unbond` from the old owner → `Delegate` (tokens already staked, same status, so nothing
// moves between pools) to the new owner, with the staking hooks firing for both delegations (distribution pays the
// old owner's accrued rewards and starts the new owner's period, as tokenizing does).
//
// Differences from the real round trip: one unbond/delegate hop instead of two (tokenize into the share record's
// module account, redeem out of it), so the rounding of a slashed validator's share price can differ by a unit; no
// tokenize-share records, share denoms or LSM caps (validator bond, global and validator liquid-staking caps).
import type { Context } from "../../app/module.js";
import { delegate, unbond, validateUnbondAmount } from "../staking/delegation.js";
import { StakingErrors } from "../staking/errors.js";
import type { StakingKeeper } from "../staking/keeper.js";

/** Moves `amount` tokens' worth of `from`'s delegation to `operator` over to `to`; returns the tokens moved. */
export function transferDelegation(
  staking: StakingKeeper,
  ctx: Context,
  from: string,
  to: string,
  operator: string,
  amount: bigint,
): bigint {
  const shares = validateUnbondAmount(ctx, from, operator, amount);
  const returned = unbond(staking, ctx, from, operator, shares);
  if (returned <= 0n) return 0n;
  const validator = staking.validator(ctx.store, operator);
  if (validator === undefined) throw StakingErrors.noValidatorFound();
  delegate(staking, ctx, to, returned, validator.status, validator, false);
  return returned;
}
