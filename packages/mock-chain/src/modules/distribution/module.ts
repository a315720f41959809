// x/distribution as a mock-chain module: F1 rewards through staking hooks, allocation of the fee collector each begin
// block, withdraw messages and reward queries.
import type { Module } from "../../app/module.js";
import type { BankKeeper } from "../staking/expected-keepers.js";
import type { StakingKeeper } from "../staking/keeper.js";
import { allocateTokens } from "./allocation.js";
import { exportDistributionGenesis, initDistributionGenesis } from "./genesis.js";
import { distributionHooks } from "./hooks.js";
import { DistributionKeeper } from "./keeper.js";
import { distributionMsgHandlers } from "./msg-server.js";
import { distributionQueryHandlers } from "./query-server.js";

export interface DistributionModuleOptions {
  readonly bank: BankKeeper;
  readonly staking: StakingKeeper;
}

export interface DistributionModule {
  readonly module: Module;
  readonly keeper: DistributionKeeper;
}

/**
 * Creates x/distribution and registers its hooks on the staking keeper (first, as the SDK's app wiring does). Its
 * genesis must run before staking's, and its begin blocker after mint's.
 */
export function createDistributionModule(options: DistributionModuleOptions): DistributionModule {
  const keeper = new DistributionKeeper(options.bank, options.staking);
  options.staking.hooks.register(distributionHooks(options.bank, options.staking));
  const module: Module = {
    name: "distribution",
    msgHandlers: distributionMsgHandlers(keeper),
    queryHandlers: distributionQueryHandlers(keeper),
    initGenesis: initDistributionGenesis,
    exportGenesis: (ctx) => exportDistributionGenesis(ctx, options.staking.prefixes),
    // The votes of block 1 are InitChain's; the SDK allocates from height 2 on.
    beginBlock: (ctx) => {
      if (ctx.height > 1n) allocateTokens(options.bank, options.staking, ctx);
    },
  };
  return { module, keeper };
}
