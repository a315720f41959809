// The distribution keeper other modules use: withdraw a delegation's rewards (Alliance restakes them), read pending
// rewards, the community pool and withdraw addresses.
import type { Context } from "../../app/module.js";
import { convertBech32 } from "../staking/addresses.js";
import type { BankKeeper, Coin } from "../staking/expected-keepers.js";
import type { StakingKeeper } from "../staking/keeper.js";
import type { DecCoins } from "./dec-coins.js";
import { DistributionErrors } from "./errors.js";
import {
  initializeDelegation,
  pendingRewards,
  withdrawDelegationRewards,
  withdrawValidatorCommission,
} from "./rewards.js";
import { getCommunityPool, getWithdrawAddress } from "./store.js";

/** x/distribution's keeper for this chain. */
export class DistributionKeeper {
  constructor(
    readonly bank: BankKeeper,
    readonly staking: StakingKeeper,
  ) {}

  /**
   * `WithdrawDelegationRewards`: pays the delegation's whole-coin rewards to the delegator's withdraw address and
   * restarts its accrual. Throws distribution code 6 (no validator) or 5 (no delegation).
   */
  withdrawDelegationRewards(ctx: Context, delegator: string, operator: string): Coin[] {
    const validator = this.staking.validator(ctx.store, operator);
    if (validator === undefined) throw DistributionErrors.noValidatorDistInfo();
    const delegation = this.staking.delegation(ctx.store, delegator, operator);
    if (delegation === undefined) throw DistributionErrors.emptyDelegationDistInfo();
    const paid = withdrawDelegationRewards(this.bank, ctx, validator, delegation, this.staking.bondDenom(ctx.store));
    initializeDelegation(ctx, validator, delegation);
    return paid;
  }

  /** `WithdrawValidatorCommission` for an operator (`persistencevaloper…`). */
  withdrawValidatorCommission(ctx: Context, operator: string): Coin[] {
    return withdrawValidatorCommission(
      this.bank,
      ctx,
      operator,
      convertBech32(operator, this.staking.prefixes.account),
    );
  }

  /** The rewards a delegation could withdraw now (undefined when the validator or delegation does not exist). */
  pendingRewards(ctx: Context, delegator: string, operator: string): DecCoins | undefined {
    const validator = this.staking.validator(ctx.store, operator);
    const delegation = this.staking.delegation(ctx.store, delegator, operator);
    return validator === undefined || delegation === undefined ? undefined : pendingRewards(ctx, validator, delegation);
  }

  communityPool(ctx: Context): DecCoins {
    return getCommunityPool(ctx.store);
  }

  withdrawAddress(ctx: Context, delegator: string): string {
    return getWithdrawAddress(ctx.store, delegator);
  }
}
