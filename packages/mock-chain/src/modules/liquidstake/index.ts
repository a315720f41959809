// pSTAKE x/liquidstake (stkXPRT) for the mock chain: the module factory, its keeper, the devnet genesis, the derived
// accounts and the errors.
export {
  derivedModuleAddressBytes,
  liquidStakeDummyFeeAddress,
  liquidStakeProxyAddress,
  wasmContractAddress,
} from "./addresses.js";
export { EPOCH_SECONDS, type EpochHooks, type EpochInfo, EpochTracker } from "./epochs.js";
export { invalidSignerError, LiquidStakeErrors, plainError } from "./errors.js";
export {
  DEVNET_GENESIS_LIQUID_STAKE,
  devnetLiquidStakeGenesis,
  type GenesisLiquidStake,
  LIQUID_STAKE_EPOCHS,
} from "./genesis.js";
export { type LiquidStakeDeps, LiquidStakeKeeper, type LiquidUnstakeResult, type NetAmountParts } from "./keeper.js";
export {
  createLiquidStakeModule,
  type LiquidStakeModule,
  type LiquidStakeModuleKeepers,
  type LiquidStakeModuleOptions,
} from "./module.js";
export {
  DEFAULT_LIQUID_BOND_DENOM,
  defaultLiquidStakeParams,
  LIQUID_STAKE_MODULE,
  validateLiquidStakeParams,
} from "./params.js";
