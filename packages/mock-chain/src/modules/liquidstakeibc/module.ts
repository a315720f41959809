// x/liquidstakeibc (stkATOM and other stkASSETs) as a mock-chain module over simulated host chains: Msgs, every
// query, genesis, the BeginBlock workflows and the `day`/`hour` epochs.
import type { Module } from "../../app/module.js";
import type { ChainKeepers } from "../../node/default-modules.js";
import { runCached } from "../liquidstake/cache-context.js";
import { liquidStakeIbcControls } from "./controls.js";
import { exportLiquidStakeIbcGenesis, initLiquidStakeIbcGenesis } from "./genesis.js";
import {
  DEPOSIT_MODULE_ACCOUNT,
  LIQUID_STAKE_IBC_MODULE,
  LiquidStakeIbcKeeper,
  TRANSFER_MODULE_ACCOUNT,
  UNDELEGATION_MODULE_ACCOUNT,
} from "./keeper.js";
import { liquidStakeIbcMsgHandlers } from "./msg-server.js";
import { liquidStakeIbcQueryHandlers } from "./query-server.js";

/** The keepers x/liquidstakeibc needs (a subset of `ChainKeepers`). */
export type LiquidStakeIbcModuleKeepers = Pick<ChainKeepers, "bank" | "authority" | "bech32Prefix">;

export interface LiquidStakeIbcModuleOptions {
  /** The account accepted as governance authority (default: `keepers.authority`). */
  readonly authority?: string;
}

/** The module and its keeper. */
export interface LiquidStakeIbcModule {
  readonly module: Module;
  readonly keeper: LiquidStakeIbcKeeper;
}

/** Creates x/liquidstakeibc with its simulated host chains. */
export function createLiquidStakeIbcModule(
  keepers: LiquidStakeIbcModuleKeepers,
  options: LiquidStakeIbcModuleOptions = {},
): LiquidStakeIbcModule {
  const keeper = new LiquidStakeIbcKeeper(keepers.bank, options.authority ?? keepers.authority, keepers.bech32Prefix);
  const controls = liquidStakeIbcControls(keeper);
  const module: Module = {
    name: LIQUID_STAKE_IBC_MODULE,
    msgHandlers: liquidStakeIbcMsgHandlers(keeper),
    queryHandlers: liquidStakeIbcQueryHandlers(keeper),
    initGenesis: (ctx, genesis) => initLiquidStakeIbcGenesis(keeper, ctx, genesis),
    exportGenesis: (ctx) => exportLiquidStakeIbcGenesis(keeper, ctx),
    beginBlock(ctx) {
      runCached(ctx, (c) => keeper.accrueRewards(c));
      keeper.epochs.tick(ctx, {
        afterEpochEnd: (c, identifier, epoch) => keeper.afterEpochEnd(c, identifier, epoch),
        beforeEpochStart: (c, identifier, epoch) => keeper.beforeEpochStart(c, identifier, epoch),
      });
      keeper.beginBlock(ctx);
    },
    controls: {
      setHostApr: controls.setHostApr,
      slashHost: controls.slashHost,
      setCValue: controls.setCValue,
      advanceEpoch: controls.advanceEpoch,
      openConnection: controls.openConnection,
      mintLsmShares: controls.mintLsmShares,
      hostState: controls.hostState,
    },
    moduleAccounts: {
      [LIQUID_STAKE_IBC_MODULE]: ["minter", "burner"],
      [DEPOSIT_MODULE_ACCOUNT]: [],
      [UNDELEGATION_MODULE_ACCOUNT]: ["burner"],
      [TRANSFER_MODULE_ACCOUNT]: ["minter", "burner"],
    },
  };
  return { module, keeper };
}
