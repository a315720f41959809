// x/mint as a mock-chain module: per-block inflation minted to the fee collector, and its three queries.
import type { Module } from "../../app/module.js";
import type { BankKeeper } from "../staking/expected-keepers.js";
import type { StakingKeeper } from "../staking/keeper.js";
import { mintBeginBlock } from "./begin-block.js";
import { exportMintGenesis, initMintGenesis } from "./genesis.js";
import { mintQueryHandlers } from "./query-server.js";

export type { MintGenesis } from "./genesis.js";

export interface MintModuleOptions {
  readonly bank: BankKeeper;
  readonly staking: StakingKeeper;
}

/** Creates x/mint. Its begin blocker must run before distribution's, which distributes what it mints. */
export function createMintModule(options: MintModuleOptions): Module {
  return {
    name: "mint",
    queryHandlers: mintQueryHandlers(),
    initGenesis: initMintGenesis,
    exportGenesis: exportMintGenesis,
    beginBlock: (ctx) => mintBeginBlock(options.bank, options.staking, ctx),
  };
}
