import { create } from "@bufbuild/protobuf";
import { type Metadata, type Params, ParamsSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import type { Context, KVStore } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import type { AuthKeeper } from "../auth/keeper.js";
import { MODULE_ACCOUNTS_ALLOWED_TO_RECEIVE, Permission } from "../auth/module-accounts.js";
import { type Coin, coinsError, coinsToString, coinToString } from "./coins.js";
import { BankErrors } from "./errors.js";
import { emitBurn, emitCoinbase, emitCoinReceived, emitCoinSpent, emitMessageSender, emitTransfer } from "./events.js";
import { BankKeys } from "./keys.js";

/** x/bank's default params: sending enabled for every denom. */
export function defaultBankParams(): Params {
  return create(ParamsSchema, { sendEnabled: [], defaultSendEnabled: true });
}

function invalidCoins(coins: readonly Coin[]): void {
  if (coinsError(coins) !== undefined) throw sdkError(10, coinsToString(coins));
}

/**
 * x/bank's keeper with the SDK 0.50 semantics the other modules rely on: balances and supply, sends that create the
 * recipient account, module-to-account transfers that refuse blocked addresses, mint and burn gated by module
 * permissions, and the events each of them emits. It satisfies the staking module's `BankKeeper` contract.
 */
export class BankKeeper {
  constructor(readonly auth: AuthKeeper) {}

  /**
   * Listeners told after every balance write (sends, mints, burns, delegations, genesis), with the address and denom
   * whose balance changed. For modules that keep per-holder books of a denom (the basket vault settles a holder's
   * reward index whenever its share balance changes, plain MsgSend included). The SDK has no such hook; a Go module
   * would wrap the bank keeper's send functions instead.
   */
  private readonly balanceListeners: ((ctx: Context, address: string, denom: string) => void)[] = [];

  onBalanceChange(listener: (ctx: Context, address: string, denom: string) => void): void {
    this.balanceListeners.push(listener);
  }

  moduleAddress(moduleName: string): string {
    return this.auth.moduleAddress(moduleName);
  }

  params(store: KVStore): Params {
    return store.get<Params>(BankKeys.params) ?? defaultBankParams();
  }

  setParams(ctx: Context, params: Params): void {
    ctx.store.set(BankKeys.params, params);
  }

  getBalance(ctx: Pick<Context, "store">, address: string, denom: string): bigint {
    return ctx.store.get<bigint>(BankKeys.balance(this.auth.addresses.key(address), denom)) ?? 0n;
  }

  /** All balances of an address, sorted by denom. */
  getAllBalances(ctx: Pick<Context, "store">, address: string): Coin[] {
    const prefix = BankKeys.balancesOf(this.auth.addresses.key(address));
    return Array.from(ctx.store.iterate<bigint>(prefix), ([key, amount]) => ({
      denom: key.slice(prefix.length),
      amount,
    }));
  }

  /** What an address can send: every balance (the mock has no vesting accounts, so nothing is locked). */
  spendableCoins(ctx: Pick<Context, "store">, address: string): Coin[] {
    return this.getAllBalances(ctx, address);
  }

  getSupply(ctx: Pick<Context, "store">, denom: string): bigint {
    return ctx.store.get<bigint>(BankKeys.supply(denom)) ?? 0n;
  }

  /** The supply of every denom, sorted by denom. */
  getTotalSupply(ctx: Pick<Context, "store">): Coin[] {
    return Array.from(ctx.store.iterate<bigint>(BankKeys.supplyPrefix), ([key, amount]) => ({
      denom: key.slice(BankKeys.supplyPrefix.length),
      amount,
    }));
  }

  getDenomMetadata(ctx: Pick<Context, "store">, denom: string): Metadata | undefined {
    return ctx.store.get<Metadata>(BankKeys.denomMetadata(denom));
  }

  setDenomMetadata(ctx: Context, metadata: Metadata): void {
    ctx.store.set(BankKeys.denomMetadata(metadata.base), metadata);
  }

  /** IsSendEnabledCoins: throws bank 5 "<denom> transfers are currently disabled". */
  requireSendEnabled(ctx: Context, coins: readonly Coin[]): void {
    const params = this.params(ctx.store);
    for (const coin of coins) {
      const entry = params.sendEnabled.find((e) => e.denom === coin.denom);
      if (!(entry?.enabled ?? params.defaultSendEnabled)) throw BankErrors.sendDisabled(coin.denom);
    }
  }

  /** BlockedAddr: module accounts cannot receive funds by a send (except gov's), as simapp configures. */
  isBlockedAddress(address: string): boolean {
    const moduleName = this.auth.isModuleAddress(address);
    return moduleName !== undefined && !MODULE_ACCOUNTS_ALLOWED_TO_RECEIVE.includes(moduleName);
  }

  /** SendCoins: moves coins and creates the recipient's account if needed. */
  sendCoins(ctx: Context, from: string, to: string, coins: readonly Coin[]): void {
    invalidCoins(coins);
    this.subUnlockedCoins(ctx, from, coins);
    this.addCoinsTo(ctx, to, coins);
    this.auth.ensureAccount(ctx, to);
    emitTransfer(ctx.events, to, from, coins);
    emitMessageSender(ctx.events, from);
  }

  /** InputOutputCoins (MsgMultiSend): one input, many outputs. */
  inputOutputCoins(
    ctx: Context,
    input: { readonly address: string; readonly coins: readonly Coin[] },
    outputs: readonly { readonly address: string; readonly coins: readonly Coin[] }[],
  ): void {
    this.subUnlockedCoins(ctx, input.address, input.coins);
    emitMessageSender(ctx.events, input.address);
    for (const output of outputs) {
      this.addCoinsTo(ctx, output.address, output.coins);
      emitTransfer(ctx.events, output.address, undefined, output.coins);
      this.auth.ensureAccount(ctx, output.address);
    }
  }

  sendCoinsFromAccountToModule(ctx: Context, sender: string, moduleName: string, coins: readonly Coin[]): void {
    this.auth.getModuleAccount(ctx, moduleName);
    this.sendCoins(ctx, sender, this.auth.moduleAddress(moduleName), coins);
  }

  sendCoinsFromModuleToAccount(ctx: Context, moduleName: string, recipient: string, coins: readonly Coin[]): void {
    this.requireKnownModule(moduleName);
    if (this.isBlockedAddress(recipient)) throw sdkError(4, `${recipient} is not allowed to receive funds`);
    this.sendCoins(ctx, this.auth.moduleAddress(moduleName), recipient, coins);
  }

  sendCoinsFromModuleToModule(ctx: Context, sender: string, recipient: string, coins: readonly Coin[]): void {
    this.requireKnownModule(sender);
    this.auth.getModuleAccount(ctx, recipient);
    this.sendCoins(ctx, this.auth.moduleAddress(sender), this.auth.moduleAddress(recipient), coins);
  }

  /**
   * DelegateCoinsFromAccountToModule (staking's bonding): the module must hold the staking permission; the failure
   * reads "failed to delegate; <balance> is smaller than <amount>"; only coin_spent and coin_received are emitted.
   */
  delegateCoinsFromAccountToModule(ctx: Context, delegator: string, moduleName: string, coins: readonly Coin[]): void {
    this.auth.getModuleAccount(ctx, moduleName);
    if (!this.auth.hasPermission(moduleName, Permission.staking)) {
      throw sdkError(4, `module account ${moduleName} does not have permissions to receive delegated coins`);
    }
    invalidCoins(coins);
    for (const coin of coins) {
      const balance = this.getBalance(ctx, delegator, coin.denom);
      if (balance < coin.amount) {
        throw sdkError(
          5,
          `failed to delegate; ${coinToString({ denom: coin.denom, amount: balance })} is smaller than ${coinsToString(coins)}`,
        );
      }
      this.setBalance(ctx, delegator, coin.denom, balance - coin.amount);
    }
    emitCoinSpent(ctx.events, delegator, coins);
    this.addCoinsTo(ctx, this.auth.moduleAddress(moduleName), coins);
  }

  /** UndelegateCoinsFromModuleToAccount: pays a matured unbonding out of a staking pool. */
  undelegateCoinsFromModuleToAccount(
    ctx: Context,
    moduleName: string,
    delegator: string,
    coins: readonly Coin[],
  ): void {
    this.auth.getModuleAccount(ctx, moduleName);
    if (!this.auth.hasPermission(moduleName, Permission.staking)) {
      throw sdkError(4, `module account ${moduleName} does not have permissions to undelegate coins`);
    }
    invalidCoins(coins);
    this.subUnlockedCoins(ctx, this.auth.moduleAddress(moduleName), coins);
    this.addCoinsTo(ctx, delegator, coins);
    this.auth.ensureAccount(ctx, delegator);
  }

  /** MintCoins: needs the minter permission; credits the module account and raises supply; emits coinbase. */
  mintCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void {
    invalidCoins(coins);
    this.auth.getModuleAccount(ctx, moduleName);
    if (!this.auth.hasPermission(moduleName, Permission.minter)) {
      throw sdkError(4, `module account ${moduleName} does not have permissions to mint tokens`);
    }
    const address = this.auth.moduleAddress(moduleName);
    this.addCoinsTo(ctx, address, coins);
    for (const coin of coins) ctx.store.set(BankKeys.supply(coin.denom), this.getSupply(ctx, coin.denom) + coin.amount);
    emitCoinbase(ctx.events, address, coins);
  }

  /** BurnCoins: needs the burner permission; debits the module account and lowers supply; emits burn. */
  burnCoins(ctx: Context, moduleName: string, coins: readonly Coin[]): void {
    invalidCoins(coins);
    this.auth.getModuleAccount(ctx, moduleName);
    if (!this.auth.hasPermission(moduleName, Permission.burner)) {
      throw sdkError(4, `module account ${moduleName} does not have permissions to burn tokens`);
    }
    const address = this.auth.moduleAddress(moduleName);
    this.subUnlockedCoins(ctx, address, coins);
    for (const coin of coins) this.setSupply(ctx, coin.denom, this.getSupply(ctx, coin.denom) - coin.amount);
    emitBurn(ctx.events, address, coins);
  }

  /**
   * Credits coins out of nothing and raises the supply: the control API's `fund` and genesis tooling, not reachable
   * by any transaction. Creates the account; emits coin_received and coinbase (minter = the funded address).
   */
  mintTo(ctx: Context, address: string, coins: readonly Coin[]): void {
    invalidCoins(coins);
    this.addCoinsTo(ctx, address, coins);
    for (const coin of coins) ctx.store.set(BankKeys.supply(coin.denom), this.getSupply(ctx, coin.denom) + coin.amount);
    this.auth.ensureAccount(ctx, address);
    emitCoinbase(ctx.events, address, coins);
  }

  /** Writes a balance (genesis); zero deletes it. */
  setBalance(ctx: Context, address: string, denom: string, amount: bigint): void {
    const key = BankKeys.balance(this.auth.addresses.key(address), denom);
    if (amount < 0n) throw new Error(`negative balance ${amount}${denom} for ${address}`);
    if (amount === 0n) ctx.store.delete(key);
    else ctx.store.set(key, amount);
    for (const listener of this.balanceListeners) listener(ctx, address, denom);
  }

  setSupply(ctx: Context, denom: string, amount: bigint): void {
    if (amount < 0n) throw new Error(`negative supply ${amount}${denom}`);
    if (amount === 0n) ctx.store.delete(BankKeys.supply(denom));
    else ctx.store.set(BankKeys.supply(denom), amount);
  }

  private requireKnownModule(moduleName: string): void {
    if (!this.auth.permissions.has(moduleName)) throw sdkError(9, `module account ${moduleName} does not exist`);
  }

  /** subUnlockedCoins: per coin "spendable balance X is smaller than Y"; emits coin_spent. */
  private subUnlockedCoins(ctx: Context, address: string, coins: readonly Coin[]): void {
    invalidCoins(coins);
    for (const coin of coins) {
      const balance = this.getBalance(ctx, address, coin.denom);
      if (balance < coin.amount) {
        throw sdkError(
          5,
          `spendable balance ${coinToString({ denom: coin.denom, amount: balance })} is smaller than ${coinToString(coin)}`,
        );
      }
      this.setBalance(ctx, address, coin.denom, balance - coin.amount);
    }
    emitCoinSpent(ctx.events, address, coins);
  }

  /** addCoins: credits; emits coin_received. */
  private addCoinsTo(ctx: Context, address: string, coins: readonly Coin[]): void {
    invalidCoins(coins);
    for (const coin of coins)
      this.setBalance(ctx, address, coin.denom, this.getBalance(ctx, address, coin.denom) + coin.amount);
    emitCoinReceived(ctx.events, address, coins);
  }
}
