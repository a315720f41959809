export { DEVNET, type DevnetAccount, devnetConsensusPubKeys } from "./devnet.js";
export * from "./devnet-assets.js";
export { type DevnetGenesisOptions, devnetGenesis, xprtMetadata } from "./devnet-genesis.js";
export {
  consensusAddressOf,
  type GenesisConsensusValidator,
  type GenesisDocument,
  genesisFromJson,
  genesisToJson,
  loadGenesisFile,
  parseRfc3339Ns,
} from "./genesis-document.js";
