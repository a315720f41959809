// x/alliance for the mock chain (terra-money/alliance: v0.4.x wire, v0.3.6 math by default, v0.3.4 selectable).
export { allianceControls } from "./controls.js";
export { AllianceErrors } from "./errors.js";
export {
  DEVNET_ALLIANCE_ASSETS,
  DEVNET_LST_BALANCE,
  type DevnetAllianceGenesisOptions,
  devnetAllianceGenesis,
  devnetLstBalances,
  exportAllianceGenesis,
  initAllianceGenesis,
  MATH_VERSION_FIELD,
  parseAllianceGenesis,
} from "./genesis.js";
export {
  ALLIANCE_MODULE,
  ALLIANCE_REWARDS_POOL,
  type AllianceAssetSettings,
  type AllianceDeps,
  AllianceKeeper,
  type AllianceValidator,
  type RebalanceMove,
} from "./keeper.js";
export { type AllianceModule, type AllianceModuleOptions, createAllianceModule } from "./module.js";
export { defaultAllianceParams } from "./store.js";
