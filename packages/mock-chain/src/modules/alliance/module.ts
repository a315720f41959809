// x/alliance as a mock-chain module: Msgs, queries, genesis, the end blocker, the staking hooks, the controls and
// the module accounts `alliance` (Minter, Burner: delegated assets and the native stake it mints) and
// `alliance_rewards` (the reward pool).
import type { AllianceMathVersion } from "@persistence-sdk/core";
import type { Module } from "../../app/module.js";
import { Permission } from "../auth/module-accounts.js";
import { allianceControls } from "./controls.js";
import { exportAllianceGenesis, initAllianceGenesis } from "./genesis.js";
import { allianceStakingHooks } from "./hooks.js";
import { ALLIANCE_MODULE, ALLIANCE_REWARDS_POOL, type AllianceDeps, AllianceKeeper } from "./keeper.js";
import { allianceMsgHandlers } from "./msg-server.js";
import { allianceQueryHandlers } from "./query-server.js";

export interface AllianceModuleOptions {
  /**
   * The math a chain without `mock_math_version` in its alliance genesis runs: "v0.3.6" (default; terra-money
   * v0.3.6 and release/v0.4.x HEAD) or "v0.3.4" (persistenceOne/alliance v0.3.4-lsm: reward split rw/Σrw, Rounder
   * 10^-6, no validator-reward claim before a new delegation).
   */
  readonly mathVersion?: AllianceMathVersion;
}

/** The module and its keeper (hand the keeper to modules that stake through Alliance, e.g. the basket vault). */
export interface AllianceModule {
  readonly module: Module;
  readonly keeper: AllianceKeeper;
}

/** Creates x/alliance and registers its staking hooks. Its end blocker runs after staking's, as in app.go. */
export function createAllianceModule(keepers: AllianceDeps, options: AllianceModuleOptions = {}): AllianceModule {
  const keeper = new AllianceKeeper(
    {
      auth: keepers.auth,
      bank: keepers.bank,
      staking: keepers.staking,
      distribution: keepers.distribution,
      authority: keepers.authority,
    },
    options.mathVersion ?? "v0.3.6",
  );
  keepers.staking.hooks.register(allianceStakingHooks(keeper));
  const controls = allianceControls(keeper);
  const module: Module = {
    name: ALLIANCE_MODULE,
    msgHandlers: allianceMsgHandlers(keeper),
    queryHandlers: allianceQueryHandlers(keeper),
    initGenesis: (ctx, genesis) => initAllianceGenesis(keeper, ctx, genesis),
    exportGenesis: (ctx) => exportAllianceGenesis(keeper, ctx),
    endBlock: (ctx) => keeper.endBlock(ctx),
    controls: { rebalance: controls.rebalance, accrueRewards: controls.accrueRewards },
    moduleAccounts: {
      [ALLIANCE_MODULE]: [Permission.minter, Permission.burner],
      [ALLIANCE_REWARDS_POOL]: [],
    },
  };
  return { module, keeper };
}
