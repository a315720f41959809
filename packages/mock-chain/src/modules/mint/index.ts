// x/mint for the mock chain: per-block inflation minted to the fee collector.
export { blockProvision, nextAnnualProvisions, nextInflationRate } from "./minter.js";
export { createMintModule, type MintGenesis, type MintModuleOptions } from "./module.js";
export { DEFAULT_BLOCKS_PER_YEAR, defaultMinter, defaultMintParams } from "./params.js";
