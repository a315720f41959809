// The `genesis` RPC's document: genesis.json as CometBFT 0.38 serves it, with the consensus params CometBFT fills in
// and, when the genesis leaves the validator set to x/staking, the set the chain started with.
import { type GenesisDocument, genesisToJson } from "../genesis/genesis-document.js";
import type { MockChain } from "../node/chain.js";
import { CONSENSUS_BLOCK_MAX_BYTES, CONSENSUS_BLOCK_MAX_GAS } from "../node/header-hash.js";
import { toBase64, toHexUpper } from "../rpc/wire-format.js";

/** CometBFT's default consensus params (types/params.go), as genesis.json carries them. */
const CONSENSUS_PARAMS = {
  block: { max_bytes: CONSENSUS_BLOCK_MAX_BYTES.toString(), max_gas: CONSENSUS_BLOCK_MAX_GAS.toString() },
  evidence: { max_age_num_blocks: "100000", max_age_duration: "172800000000000", max_bytes: "1048576" },
  validator: { pub_key_types: ["ed25519"] },
  version: { app: "0" },
  abci: { vote_extensions_enable_height: "0" },
};

/**
 * The genesis document of `chain`: the one it was built from, or (resumed from a saved state) its state exported now.
 */
export function genesisJson(chain: MockChain, genesis: GenesisDocument | undefined): Record<string, unknown> {
  const doc = genesisToJson(genesis ?? chain.exportGenesis());
  const validators = doc.validators as unknown[];
  const initial = chain.status().earliestHeight;
  return {
    genesis_time: doc.genesis_time,
    chain_id: doc.chain_id,
    initial_height: doc.initial_height,
    consensus_params: CONSENSUS_PARAMS,
    validators:
      validators.length > 0
        ? validators
        : chain.validators(initial).map((validator, i) => ({
            address: toHexUpper(validator.address),
            pub_key: { type: "tendermint/PubKeyEd25519", value: toBase64(validator.pubKey) },
            power: validator.votingPower.toString(),
            name: `validator-${i}`,
          })),
    app_hash: "",
    app_state: doc.app_state,
  };
}
