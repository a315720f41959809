// x/liquidstake (stkXPRT) as a mock-chain module: Msgs, queries, genesis, the BeginBlock that adds newly active
// whitelisted validators, and the hourly autocompound epoch.
import type { Module } from "../../app/module.js";
import type { ChainKeepers } from "../../node/default-modules.js";
import { EpochTracker } from "./epochs.js";
import { exportLiquidStakeGenesis, initLiquidStakeGenesis } from "./genesis.js";
import { LiquidStakeKeeper } from "./keeper.js";
import { liquidStakeMsgHandlers } from "./msg-server.js";
import { LIQUID_STAKE_MODULE } from "./params.js";
import { liquidStakeQueryHandlers } from "./query-server.js";

/** The keepers x/liquidstake needs (a subset of `ChainKeepers`). */
export type LiquidStakeModuleKeepers = Pick<
  ChainKeepers,
  "bank" | "staking" | "distribution" | "authority" | "bech32Prefix"
>;

export interface LiquidStakeModuleOptions {
  /** The account accepted as governance authority (default: `keepers.authority`). */
  readonly authority?: string;
}

/** The module and its keeper. */
export interface LiquidStakeModule {
  readonly module: Module;
  readonly keeper: LiquidStakeKeeper;
}

/** The identifier whose epoch start runs the autocompound (types/keys.go AutocompoundEpoch). */
const AUTOCOMPOUND_EPOCH = "hour";

/** Creates x/liquidstake over the chain's bank, staking and distribution keepers. */
export function createLiquidStakeModule(
  keepers: LiquidStakeModuleKeepers,
  options: LiquidStakeModuleOptions = {},
): LiquidStakeModule {
  const keeper = new LiquidStakeKeeper(
    { bank: keepers.bank, staking: keepers.staking, distribution: keepers.distribution },
    options.authority ?? keepers.authority,
    keepers.bech32Prefix,
  );
  const epochs = new EpochTracker("liquidstake/epochs/");
  const module: Module = {
    name: LIQUID_STAKE_MODULE,
    msgHandlers: liquidStakeMsgHandlers(keeper),
    queryHandlers: liquidStakeQueryHandlers(keeper),
    initGenesis: (ctx, genesis) => initLiquidStakeGenesis(keeper, epochs, ctx, genesis),
    exportGenesis: (ctx) => exportLiquidStakeGenesis(keeper, epochs, ctx),
    beginBlock(ctx) {
      keeper.updateLiquidValidatorSet(ctx);
      epochs.tick(ctx, {
        beforeEpochStart(epochCtx, identifier) {
          // hooks.go: nothing while paused; rebalancing on `day` is commented out upstream.
          if (identifier === AUTOCOMPOUND_EPOCH && !keeper.params(epochCtx.store).modulePaused) {
            keeper.autocompound(epochCtx);
          }
        },
      });
    },
    controls: {
      /** Runs the autocompound now (as the next `hour` epoch start would), whatever the epoch schedule. */
      autocompound(ctx) {
        const before = keeper.netAmountState(ctx);
        if (!keeper.params(ctx.store).modulePaused) keeper.autocompound(ctx);
        const after = keeper.netAmountState(ctx);
        return {
          mintRateBefore: before.mintRate.toString(),
          mintRateAfter: after.mintRate.toString(),
          netAmountBefore: before.netAmount.toString(),
          netAmountAfter: after.netAmount.toString(),
        };
      },
    },
    moduleAccounts: { [LIQUID_STAKE_MODULE]: ["minter", "burner"] },
  };
  return { module, keeper };
}
