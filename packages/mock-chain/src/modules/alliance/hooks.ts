// x/alliance's staking hooks (keeper/hooks.go): validator set changes and native delegation changes queue a
// rebalance; a removed validator loses its alliance info; a slash reaches the alliance stake before tokens burn.
import type { Dec } from "@persistence-sdk/core";
import { ChainError, type Context } from "../../app/module.js";
import type { StakingHooks } from "../staking/hooks.js";
import type { AllianceKeeper } from "./keeper.js";
import { queueRebalance } from "./store.js";

/** The hooks to register on the staking keeper. */
export function allianceStakingHooks(keeper: AllianceKeeper): StakingHooks {
  return {
    afterValidatorRemoved(ctx: Context, _consensusAddress: Uint8Array, validator: string) {
      keeper.removeValidatorInfo(ctx, validator);
      queueRebalance(ctx.store);
    },
    afterValidatorBonded(ctx: Context) {
      queueRebalance(ctx.store);
    },
    afterValidatorBeginUnbonding(ctx: Context) {
      queueRebalance(ctx.store);
    },
    afterDelegationModified(ctx: Context) {
      queueRebalance(ctx.store);
    },
    beforeValidatorSlashed(ctx: Context, validator: string, fraction: Dec) {
      // x/staking logs a hook's error and slashes anyway; what SlashValidator wrote before failing stays written.
      // A panic in Go (here anything but a ChainError) still aborts the slash.
      try {
        keeper.slashValidator(ctx, validator, fraction);
      } catch (error) {
        if (!(error instanceof ChainError)) throw error;
      }
    },
  };
}
