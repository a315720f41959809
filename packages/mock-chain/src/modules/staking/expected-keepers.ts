// What staking, distribution and mint need from the bank module (the SDK's expected_keepers.go): module accounts by
// name, balances, supply, sends, mint and burn. The chain wires the bank keeper in; nothing here holds balances.
import type { Context } from "../../app/module.js";
import type { Bech32Prefixes } from "./addresses.js";
import type { StakingHookList } from "./hooks.js";

/** An integer amount of one denom. */
export interface Coin {
  readonly denom: string;
  readonly amount: bigint;
}

/** The bank operations these modules use. Failures throw `ChainError` (e.g. sdk 5 insufficient funds). */
export interface BankKeeper {
  /** The bech32 account address of a module account (`bonded_tokens_pool`, `distribution`...). */
  moduleAddress(moduleName: string): string;
  getBalance(ctx: Context, address: string, denom: string): bigint;
  getAllBalances(ctx: Context, address: string): readonly Coin[];
  getSupply(ctx: Context, denom: string): bigint;
  sendCoinsFromAccountToModule(ctx: Context, sender: string, moduleName: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToAccount(ctx: Context, moduleName: string, recipient: string, coins: readonly Coin[]): void;
  sendCoinsFromModuleToModule(ctx: Context, sender: string, recipient: string, coins: readonly Coin[]): void;
  /**
   * Bank's DelegateCoinsFromAccountToModule: like a send, but fails with "failed to delegate; <balance> is smaller
   * than <amount>" and emits only coin_spent/coin_received (no transfer), as x/bank's DelegateCoins does.
   */
  delegateCoinsFromAccountToModule(ctx: Context, delegator: string, moduleName: string, coins: readonly Coin[]): void;
  /** Bank's UndelegateCoinsFromModuleToAccount: the counterpart paying matured unbondings out of a pool. */
  undelegateCoinsFromModuleToAccount(ctx: Context, moduleName: string, delegator: string, coins: readonly Coin[]): void;
  mintCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void;
  burnCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void;
}

/** x/staking's module accounts. */
export const BONDED_POOL = "bonded_tokens_pool";
export const NOT_BONDED_POOL = "not_bonded_tokens_pool";

/** What the staking operations run with: the bank, the hook list and the chain's address prefixes. */
export interface StakingDeps {
  readonly bank: BankKeeper;
  readonly hooks: StakingHookList;
  readonly prefixes: Bech32Prefixes;
}
