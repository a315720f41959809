// x/distribution for the mock chain: F1 rewards over the staking hooks, its keeper and DecCoins arithmetic.
export { type DecAmount, type DecCoins, decCoinsFromProto, decCoinsString, decCoinsToProto } from "./dec-coins.js";
export { DistributionErrors } from "./errors.js";
export type { DistributionGenesis } from "./genesis.js";
export { DistributionKeeper } from "./keeper.js";
export {
  createDistributionModule,
  type DistributionModule,
  type DistributionModuleOptions,
} from "./module.js";
export { defaultDistributionParams } from "./params.js";
