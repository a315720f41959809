// persistence.basketvault.v1 for the mock chain: the reference implementation of shared/docs/basket-vault.md.
export { AllianceRestaking, allianceRestaking } from "./alliance-restaking.js";
export { basketVaultControls, type MoveRateParams, type PostRatesParams } from "./controls.js";
export {
  DEVNET_BASKET_ID,
  DEVNET_BASKET_ROLES,
  DEVNET_BASKET_SHARE_DENOM,
  devnetBasketConfig,
  devnetBasketVault,
  devnetBasketVaultBalances,
  devnetBasketVaultGenesis,
} from "./devnet.js";
export { BASKETVAULT_CODESPACE, BasketVaultErrors } from "./errors.js";
export {
  basketVaultGenesisState,
  exportBasketVaultState,
  initBasketVaultGenesis,
  requiredModuleBalances,
} from "./genesis.js";
export {
  BASKETVAULT_MODULE,
  BasketVaultKeeper,
  type BasketVaultKeeperDeps,
  basketIdOfDenom,
  SHARE_DENOM_PREFIX,
  shareDenomOf,
} from "./keeper.js";
export { BasketVaultKeys } from "./keys.js";
export { type BasketVaultModule, type BasketVaultModuleOptions, createBasketVaultModule } from "./module.js";
export { defaultBasketVaultParams } from "./params.js";
export { previewAddress } from "./query-server.js";
export type { AllianceUnbondingRecord } from "./restake.js";
export type { BasketRestaking, RestakingDelegation, RestakingUnbonding } from "./restaking.js";
