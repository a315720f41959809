// The basket vault as a mock-chain module: Msgs, queries, genesis, the begin blocker that reads maturing Alliance
// unbondings, the end blocker that sweeps them, completes batches, restakes idle LSTs and books the LST rewards
// Alliance paid to the restaking addresses, and the controls.
import type { Module } from "../../app/module.js";
import type { ChainKeepers } from "../../node/default-modules.js";
import { basketVaultControls } from "./controls.js";
import { exportBasketVaultGenesis, initBasketVaultGenesis } from "./genesis.js";
import { BasketVaultKeeper } from "./keeper.js";
import { basketVaultMsgHandlers } from "./msg-server.js";
import { basketVaultQueryHandlers } from "./query-server.js";
import { completeDueBatches } from "./redeem.js";
import { captureUnbondings, collectRestakingRewards, restakeIdle, sweepUnbondings } from "./restake.js";
import type { BasketRestaking } from "./restaking.js";

export interface BasketVaultModuleOptions {
  /** Alliance, seen through the restaking interface (see alliance-restaking.ts); without it nothing is restaked. */
  readonly restaking?: BasketRestaking | undefined;
  /** The governance account (default: the chain's authority). */
  readonly authority?: string;
}

/** The module and its keeper. */
export interface BasketVaultModule {
  readonly module: Module;
  readonly keeper: BasketVaultKeeper;
}

/**
 * Creates the basket vault over the chain's auth and bank keepers. Its genesis must run after bank's (the module
 * account's balances back its books), and its end blocker after Alliance's (it sweeps what Alliance paid back).
 */
export function createBasketVaultModule(
  keepers: Pick<ChainKeepers, "auth" | "bank" | "authority">,
  options: BasketVaultModuleOptions = {},
): BasketVaultModule {
  const keeper = new BasketVaultKeeper({
    auth: keepers.auth,
    bank: keepers.bank,
    authority: options.authority ?? keepers.authority,
    restaking: options.restaking,
  });
  const controls = basketVaultControls(keeper);
  const module: Module = {
    name: "basketvault",
    msgHandlers: basketVaultMsgHandlers(keeper),
    queryHandlers: basketVaultQueryHandlers(keeper),
    initGenesis: (ctx, genesis) => initBasketVaultGenesis(keeper, ctx, genesis),
    exportGenesis: (ctx) => exportBasketVaultGenesis(keeper, ctx),
    beginBlock: (ctx) => captureUnbondings(ctx, keeper),
    endBlock: (ctx) => {
      sweepUnbondings(ctx, keeper);
      completeDueBatches(ctx, keeper);
      restakeIdle(ctx, keeper);
      collectRestakingRewards(ctx, keeper);
    },
    controls: { postRates: controls.postRates, moveRate: controls.moveRate },
    moduleAccounts: BasketVaultKeeper.moduleAccounts,
  };
  return { module, keeper };
}
