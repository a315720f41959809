// The alliance module's control operations (`ChainControl.invoke("alliance/<operation>", params)`), run in a block
// context like a transaction. Results are JSON-safe.
import type { Context } from "../../app/module.js";
import type { AllianceKeeper } from "./keeper.js";
import { allValidatorInfos, consumeRebalance } from "./store.js";

function record(params: unknown, operation: string): Record<string, unknown> {
  if (params === undefined || params === null) return {};
  if (typeof params !== "object") throw new TypeError(`${operation} expects an object or nothing`);
  return params as Record<string, unknown>;
}

/** The controls: "rebalance" and "accrueRewards". */
export function allianceControls(keeper: AllianceKeeper) {
  return {
    /**
     * Rebalances the module's native stake now, as the EndBlocker does when a rebalance is queued (and clears the
     * queued flag). Returns the moves: positive amounts were minted and delegated, negative unbonded and burned.
     */
    rebalance(ctx: Context, _params: unknown) {
      consumeRebalance(ctx.store);
      const moves = keeper.rebalance(ctx);
      return { moves: moves.map((move) => ({ validator: move.validator, amount: move.amount.toString() })) };
    },

    /**
     * ClaimValidatorRewards for one validator ({ "validator": "persistencevaloper1…" }) or every alliance validator:
     * withdraws the module's x/distribution rewards into the reward indices, so queries show rewards up to now.
     */
    accrueRewards(ctx: Context, params: unknown) {
      const input = record(params, "alliance/accrueRewards");
      if (input.validator !== undefined && typeof input.validator !== "string") {
        throw new TypeError('alliance/accrueRewards: "validator" must be an operator address string');
      }
      const operators =
        input.validator === undefined
          ? allValidatorInfos(ctx.store).map((state) => state.validatorAddress)
          : [input.validator];
      return {
        claimed: operators.map((validator) => {
          keeper.allianceValidator(ctx, validator);
          const coins = keeper.claimValidatorRewards(ctx, validator);
          return { validator, coins: coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() })) };
        }),
      };
    },
  };
}
