// pSTAKE x/liquidstakeibc (stkATOM...) for the mock chain, over simulated host chains: the module factory, its
// keeper, the devnet genesis and balances, the simulation's state and the errors.
export { govInvalidSigner, keyNotFound, LiquidStakeIbcErrors } from "./errors.js";
export {
  DEVNET_ATOM_BALANCE,
  DEVNET_HOST_CHAIN,
  DEVNET_HOST_CONNECTION,
  devnetLiquidStakeIbcBalances,
  devnetLiquidStakeIbcFeeAddress,
  devnetLiquidStakeIbcGenesis,
} from "./genesis.js";
export {
  DEFAULT_HOST_APR,
  HOST_UNBONDING_SECONDS,
  hostValidatorAddress,
  interchainAccountAddress,
  type LsmTrace,
  type SimulatedConnection,
  type SimulatedHost,
} from "./host-sim.js";
export {
  DAY_EPOCH,
  DEPOSIT_MODULE_ACCOUNT,
  HOUR_EPOCH,
  hostDenomOfMintDenom,
  ibcDenomOf,
  LIQUID_STAKE_IBC_MODULE,
  LiquidStakeIbcKeeper,
  mintDenomOf,
  TRANSFER_MODULE_ACCOUNT,
  UNDELEGATION_MODULE_ACCOUNT,
} from "./keeper.js";
export {
  createLiquidStakeIbcModule,
  type LiquidStakeIbcModule,
  type LiquidStakeIbcModuleKeepers,
  type LiquidStakeIbcModuleOptions,
} from "./module.js";
