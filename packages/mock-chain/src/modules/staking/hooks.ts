// x/staking's hooks (types/expected_keepers.go StakingHooks) as a typed list: distribution registers first, later
// modules (Alliance needs BeforeValidatorSlashed and AfterDelegationModified) add theirs. Hooks run in registration
// order, inside the same branched context as the operation that fires them, so a throwing hook aborts the whole tx.
import type { Dec } from "@persistence-sdk/core";
import type { Context } from "../../app/module.js";

/**
 * Callbacks on staking events. Every method is optional. Addresses are bech32: `validator` is the operator
 * (`persistencevaloper…`) address, `delegator` an account address, `consensusAddress` the 20-byte consensus address.
 */
export interface StakingHooks {
  afterValidatorCreated?(ctx: Context, validator: string): void;
  beforeValidatorModified?(ctx: Context, validator: string): void;
  afterValidatorRemoved?(ctx: Context, consensusAddress: Uint8Array, validator: string): void;
  afterValidatorBonded?(ctx: Context, consensusAddress: Uint8Array, validator: string): void;
  afterValidatorBeginUnbonding?(ctx: Context, consensusAddress: Uint8Array, validator: string): void;
  beforeDelegationCreated?(ctx: Context, delegator: string, validator: string): void;
  beforeDelegationSharesModified?(ctx: Context, delegator: string, validator: string): void;
  beforeDelegationRemoved?(ctx: Context, delegator: string, validator: string): void;
  afterDelegationModified?(ctx: Context, delegator: string, validator: string): void;
  /** `fraction` is the effective fraction of the validator's tokens about to be burned (x/staking Slash). */
  beforeValidatorSlashed?(ctx: Context, validator: string, fraction: Dec): void;
}

type HookName = keyof StakingHooks;

/** The registered hooks of one staking keeper, called in registration order. */
export class StakingHookList {
  private readonly entries: StakingHooks[] = [];

  /** Adds hooks; returns a function that removes them again. */
  register(hooks: StakingHooks): () => void {
    this.entries.push(hooks);
    return () => {
      const index = this.entries.indexOf(hooks);
      if (index >= 0) this.entries.splice(index, 1);
    };
  }

  private call<K extends HookName>(name: K, args: Parameters<NonNullable<StakingHooks[K]>>): void {
    for (const hooks of this.entries) {
      const hook = hooks[name] as ((...a: typeof args) => void) | undefined;
      hook?.apply(hooks, args);
    }
  }

  afterValidatorCreated(ctx: Context, validator: string): void {
    this.call("afterValidatorCreated", [ctx, validator]);
  }
  beforeValidatorModified(ctx: Context, validator: string): void {
    this.call("beforeValidatorModified", [ctx, validator]);
  }
  afterValidatorRemoved(ctx: Context, consensusAddress: Uint8Array, validator: string): void {
    this.call("afterValidatorRemoved", [ctx, consensusAddress, validator]);
  }
  afterValidatorBonded(ctx: Context, consensusAddress: Uint8Array, validator: string): void {
    this.call("afterValidatorBonded", [ctx, consensusAddress, validator]);
  }
  afterValidatorBeginUnbonding(ctx: Context, consensusAddress: Uint8Array, validator: string): void {
    this.call("afterValidatorBeginUnbonding", [ctx, consensusAddress, validator]);
  }
  beforeDelegationCreated(ctx: Context, delegator: string, validator: string): void {
    this.call("beforeDelegationCreated", [ctx, delegator, validator]);
  }
  beforeDelegationSharesModified(ctx: Context, delegator: string, validator: string): void {
    this.call("beforeDelegationSharesModified", [ctx, delegator, validator]);
  }
  beforeDelegationRemoved(ctx: Context, delegator: string, validator: string): void {
    this.call("beforeDelegationRemoved", [ctx, delegator, validator]);
  }
  afterDelegationModified(ctx: Context, delegator: string, validator: string): void {
    this.call("afterDelegationModified", [ctx, delegator, validator]);
  }
  beforeValidatorSlashed(ctx: Context, validator: string, fraction: Dec): void {
    this.call("beforeValidatorSlashed", [ctx, validator, fraction]);
  }
}
