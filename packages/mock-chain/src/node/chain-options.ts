import type { Module } from "../app/module.js";
import type { GenesisDocument } from "../genesis/genesis-document.js";
import type { ChainKeepers } from "./default-modules.js";

/** How to build a chain. Everything is optional: the default is the documented devnet (see `DEVNET`). */
export interface ChainOptions {
  /** The genesis (default: `devnetGenesis()`). Ignored when `state` is given. */
  readonly genesis?: GenesisDocument;
  /** A value from `control.exportState()` (or the CLI's --state file) to resume from instead of a genesis. */
  readonly state?: unknown;
  /** Bech32 prefix of accounts (default "persistence"). */
  readonly bech32Prefix?: string;
  /** Virtual time between blocks (default 5000 ms). */
  readonly blockTimeMs?: number;
  /** Commit a block for every accepted tx (default true). */
  readonly automine?: boolean;
  /** Also commit a block every this many ms of real time (default off). */
  readonly blockIntervalMs?: number | null;
  /** The validator's minimum gas prices, e.g. "0.025uxprt" (default "0uxprt", as core-1's nodes). */
  readonly minGasPrices?: string;
  /** Past heights whose state stays queryable (default 1000). */
  readonly retainVersions?: number;
  /** Blocks kept for block/tx queries; 0 keeps all (default 0). */
  readonly retainBlocks?: number;
  /** Mempool capacity in txs (default 5000). */
  readonly mempoolSize?: number;
  readonly moniker?: string;
  /** The modules' authority account (default DEVNET.authority.address). */
  readonly authority?: string;
  /**
   * Run x/staking, x/distribution and x/mint (default true). Off, the chain has only auth and bank: a lighter chain
   * for tests of transactions and bank, whose validator set is the genesis `validators`.
   */
  readonly staking?: boolean;
  /** More modules (part 2's), built from the built-in keepers; they run after the built-in ones. */
  readonly modules?: (keepers: ChainKeepers) => readonly Module[];
  readonly genesisOrder?: readonly string[];
  readonly beginBlockOrder?: readonly string[];
  readonly endBlockOrder?: readonly string[];
}
