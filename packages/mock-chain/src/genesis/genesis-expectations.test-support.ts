// Test support: what a genesis document says, read straight from its app_state JSON (not through the chain), so that
// tests derive their expectations (balances, supply, accounts) from the devnet as it is rather than pasting numbers.
import { DEVNET } from "./devnet.js";
import { devnetGenesis } from "./devnet-genesis.js";
import type { GenesisDocument } from "./genesis-document.js";

/** A coin as the SDK's JSON (and cosmjs) writes it. */
export interface JsonCoin {
  readonly denom: string;
  readonly amount: string;
}

interface BankJson {
  readonly balances?: readonly { readonly address: string; readonly coins?: readonly JsonCoin[] }[];
  readonly denom_metadata?: readonly { readonly base: string }[];
}

interface AccountJson {
  readonly "@type": string;
  readonly address?: string;
  readonly account_number?: string;
  readonly base_account?: { readonly address: string; readonly account_number?: string };
}

function section<T>(genesis: GenesisDocument, name: string): T {
  const value = genesis.appState[name];
  if (typeof value !== "object" || value === null || "$typeName" in value) {
    throw new Error(`genesis app_state.${name} is not a JSON section`);
  }
  return value as T;
}

/** Adds up coins by denom, sorted by denom as sdk.Coins are. */
function sumCoins(coins: readonly JsonCoin[]): JsonCoin[] {
  const totals = new Map<string, bigint>();
  for (const coin of coins) totals.set(coin.denom, (totals.get(coin.denom) ?? 0n) + BigInt(coin.amount));
  return [...totals]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([denom, amount]) => ({ denom, amount: amount.toString() }));
}

/** The coins the genesis bank section gives `address` (all its entries added up), sorted by denom. */
export function genesisBalances(address: string, genesis: GenesisDocument = devnetGenesis()): JsonCoin[] {
  const { balances = [] } = section<BankJson>(genesis, "bank");
  return sumCoins(balances.filter((entry) => entry.address === address).flatMap((entry) => entry.coins ?? []));
}

/** The amount of `denom` the genesis gives `address` (uxprt by default). */
export function genesisBalance(
  address: string,
  denom: string = DEVNET.denoms.bond,
  genesis: GenesisDocument = devnetGenesis(),
): bigint {
  return BigInt(genesisBalances(address, genesis).find((coin) => coin.denom === denom)?.amount ?? "0");
}

/** The supply the genesis balances add up to, sorted by denom. */
export function genesisSupply(genesis: GenesisDocument = devnetGenesis()): JsonCoin[] {
  const { balances = [] } = section<BankJson>(genesis, "bank");
  return sumCoins(balances.flatMap((entry) => entry.coins ?? []));
}

/** The denoms the genesis bank section has metadata for. */
export function genesisMetadataDenoms(genesis: GenesisDocument = devnetGenesis()): string[] {
  return (section<BankJson>(genesis, "bank").denom_metadata ?? []).map((metadata) => metadata.base);
}

/** The accounts of the genesis auth section, in genesis order, with their account numbers. */
export function genesisAccounts(
  genesis: GenesisDocument = devnetGenesis(),
): { readonly address: string; readonly accountNumber: bigint }[] {
  const { accounts = [] } = section<{ accounts?: readonly AccountJson[] }>(genesis, "auth");
  return accounts.map((account) => {
    const base = account.base_account ?? account;
    if (base.address === undefined) throw new Error(`genesis account of type ${account["@type"]} has no address`);
    return { address: base.address, accountNumber: BigInt(base.account_number ?? "0") };
  });
}
