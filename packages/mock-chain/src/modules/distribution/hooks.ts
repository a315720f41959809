// Distribution's staking hooks (x/distribution/keeper/hooks.go): they keep the F1 records in step with every change
// of a validator or delegation, which is why rewards are withdrawn automatically whenever a delegation changes.
import type { Dec } from "@persistence-sdk/core";
import type { Context } from "../../app/module.js";
import { convertBech32 } from "../staking/addresses.js";
import type { BankKeeper } from "../staking/expected-keepers.js";
import type { StakingHooks } from "../staking/hooks.js";
import type { StakingKeeper } from "../staking/keeper.js";
import { addDecCoins, subDecCoins, truncateDecimal } from "./dec-coins.js";
import {
  DISTRIBUTION_MODULE,
  incrementValidatorPeriod,
  initializeDelegation,
  initializeValidator,
  recordSlash,
  withdrawDelegationRewards,
} from "./rewards.js";
import {
  deleteValidatorRecords,
  getAccumulatedCommission,
  getCommunityPool,
  getOutstandingRewards,
  getWithdrawAddress,
  setCommunityPool,
} from "./store.js";

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} not found`);
  return value;
}

/** The hooks distribution registers on the staking keeper. */
export function distributionHooks(bank: BankKeeper, staking: StakingKeeper): StakingHooks {
  const validatorOf = (ctx: Context, operator: string) =>
    required(staking.validator(ctx.store, operator), `validator ${operator}`);

  return {
    afterValidatorCreated(ctx, operator) {
      initializeValidator(ctx.store, operator);
    },

    /** Commission left behind is paid out, everything else outstanding (dust by now) goes to the community pool. */
    afterValidatorRemoved(ctx, _consensusAddress, operator) {
      let outstanding = getOutstandingRewards(ctx.store, operator);
      const commission = getAccumulatedCommission(ctx.store, operator);
      let pool = getCommunityPool(ctx.store);
      if (commission.length > 0) {
        outstanding = subDecCoins(outstanding, commission);
        const { whole, change } = truncateDecimal(commission);
        pool = addDecCoins(pool, change);
        if (whole.length > 0) {
          const account = convertBech32(operator, staking.prefixes.account);
          bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, getWithdrawAddress(ctx.store, account), whole);
        }
      }
      setCommunityPool(ctx.store, addDecCoins(pool, outstanding));
      deleteValidatorRecords(ctx.store, operator);
    },

    beforeDelegationCreated(ctx, _delegator, operator) {
      incrementValidatorPeriod(ctx.store, validatorOf(ctx, operator));
    },

    beforeDelegationSharesModified(ctx, delegator, operator) {
      const validator = validatorOf(ctx, operator);
      const delegation = required(staking.delegation(ctx.store, delegator, operator), "delegation");
      withdrawDelegationRewards(bank, ctx, validator, delegation, staking.bondDenom(ctx.store));
    },

    afterDelegationModified(ctx, delegator, operator) {
      const delegation = required(staking.delegation(ctx.store, delegator, operator), "delegation");
      initializeDelegation(ctx, validatorOf(ctx, operator), delegation);
    },

    beforeValidatorSlashed(ctx: Context, operator: string, fraction: Dec) {
      recordSlash(ctx, validatorOf(ctx, operator), fraction);
    },
  };
}
