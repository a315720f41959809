// x/staking for the mock chain: the module factory, its keeper and hooks, the devnet validators, the share math.
export { type Bech32Prefixes, bech32Prefixes } from "./addresses.js";
export type { SlashParams, ValidatorParams } from "./controls.js";
export type { GenesisValidator } from "./create-validator.js";
export {
  DEVNET_SELF_DELEGATION,
  devnetValidatorSeed,
  devnetValidators,
  ed25519PublicKey,
} from "./devnet-validators.js";
export { StakingErrors } from "./errors.js";
export {
  type BankKeeper as StakingBankKeeper,
  BONDED_POOL,
  type Coin as StakingCoin,
  NOT_BONDED_POOL,
} from "./expected-keepers.js";
export {
  type GenesisDelegation,
  type GenesisValidatorJson,
  type StakingDevnetGenesis,
  stakingDevnetGenesisJson,
} from "./genesis.js";
export { StakingHookList, type StakingHooks } from "./hooks.js";
export { type BondedValidator, StakingKeeper } from "./keeper.js";
export { createStakingModule, type StakingModule, type StakingModuleOptions } from "./module.js";
export { DEFAULT_UNBONDING_SECONDS, defaultStakingParams } from "./params.js";
export {
  POWER_REDUCTION,
  sharesFromTokens,
  sharesFromTokensTruncated,
  tokensFromShares,
  tokensFromSharesTruncated,
} from "./shares.js";
