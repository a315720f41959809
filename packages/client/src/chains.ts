// Chain settings as plain data: a preset for each Persistence network, and any other Alliance chain is just another
// object of the same shape. Nothing here does I/O.

/** The bech32 prefixes of a chain (Cosmos SDK `sdk.Config`: account, validator operator, consensus, and their keys). */
export interface Bech32Prefixes {
  /** Accounts: `persistence1...`. */
  readonly account: string;
  /** Account public keys: `persistencepub1...`. */
  readonly accountPub: string;
  /** Validator operators: `persistencevaloper1...`. */
  readonly validator: string;
  /** Validator operator public keys: `persistencevaloperpub1...`. */
  readonly validatorPub: string;
  /** Consensus nodes: `persistencevalcons1...`. */
  readonly consensus: string;
  /** Consensus public keys: `persistencevalconspub1...`. */
  readonly consensusPub: string;
}

/**
 * A denom the chain accepts fees in, with the gas prices wallets offer (chain-registry's `fee_tokens`), each a
 * decimal string per unit of gas such as "0.025".
 */
export interface FeeDenom {
  readonly denom: string;
  /** The lowest price a validator accepts (chain-registry `fixed_min_gas_price`). */
  readonly minGasPrice: string;
  readonly low: string;
  readonly average: string;
  readonly high: string;
}

/** Everything the client needs to know about a chain. Plain JSON-safe data: write one for any Alliance chain. */
export interface ChainConfig {
  readonly chainId: string;
  /** A human name, such as "Persistence". */
  readonly name: string;
  readonly bech32: Bech32Prefixes;
  /** The staking (bond) denom in base units, such as "uxprt". */
  readonly bondDenom: string;
  /** The display denom of the bond denom, such as "XPRT". */
  readonly displayDenom: string;
  /** Decimals between the bond denom and its display denom (6 for uxprt → XPRT). */
  readonly exponent: number;
  /** Denoms accepted for fees; the first is the default. */
  readonly feeDenoms: readonly FeeDenom[];
  /** The default gas price, such as "0.025uxprt": a decimal amount of a fee denom per unit of gas. */
  readonly gasPrice: string;
  /** BIP-44 coin types of the chain's keys: the first is the default, the others legacy (Persistence: 118, then 750). */
  readonly coinTypes: readonly number[];
}

/** The six bech32 prefixes derived from an account prefix, as the Cosmos SDK derives them. */
export function bech32PrefixesOf(account: string): Bech32Prefixes {
  return {
    account,
    accountPub: `${account}pub`,
    validator: `${account}valoper`,
    validatorPub: `${account}valoperpub`,
    consensus: `${account}valcons`,
    consensusPub: `${account}valconspub`,
  };
}

const PERSISTENCE_PREFIXES = bech32PrefixesOf("persistence");

/** Persistence One mainnet, `core-1`. Gas prices from chain-registry (fixed min 0, low 0, average 0.025, high 0.04). */
export const persistenceCore1: ChainConfig = {
  chainId: "core-1",
  name: "Persistence",
  bech32: PERSISTENCE_PREFIXES,
  bondDenom: "uxprt",
  displayDenom: "XPRT",
  exponent: 6,
  feeDenoms: [{ denom: "uxprt", minGasPrice: "0", low: "0", average: "0.025", high: "0.04" }],
  gasPrice: "0.025uxprt",
  coinTypes: [118, 750],
};

/** Persistence testnet, `test-core-2`. Gas prices from chain-registry (low 0.05, average 0.125, high 0.2). */
export const persistenceTestnet: ChainConfig = {
  chainId: "test-core-2",
  name: "Persistence Testnet",
  bech32: PERSISTENCE_PREFIXES,
  bondDenom: "uxprt",
  displayDenom: "XPRT",
  exponent: 6,
  feeDenoms: [{ denom: "uxprt", minGasPrice: "0", low: "0.05", average: "0.125", high: "0.2" }],
  gasPrice: "0.125uxprt",
  coinTypes: [118, 750],
};

/**
 * The local mock chain (`@persistence-sdk/mock-chain`'s default devnet, `persistence-mock-1`). Its validator asks
 * no fee by default (minimum gas price 0uxprt, like core-1's nodes), so the default gas price is 0.
 */
export const persistenceMockDevnet: ChainConfig = {
  chainId: "persistence-mock-1",
  name: "Persistence Mock Devnet",
  bech32: PERSISTENCE_PREFIXES,
  bondDenom: "uxprt",
  displayDenom: "XPRT",
  exponent: 6,
  feeDenoms: [{ denom: "uxprt", minGasPrice: "0", low: "0", average: "0", high: "0" }],
  gasPrice: "0uxprt",
  coinTypes: [118, 750],
};
