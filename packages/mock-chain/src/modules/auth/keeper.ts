import { create } from "@bufbuild/protobuf";
import type { Any } from "@bufbuild/protobuf/wkt";
import {
  type BaseAccount,
  BaseAccountSchema,
  type ModuleAccount,
  ModuleAccountSchema,
  type Params,
} from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { packAny } from "../../app/any.js";
import type { Context, KVStore } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { AddressCodec } from "./address-codec.js";
import { AuthKeys } from "./keys.js";
import { DEFAULT_MODULE_ACCOUNT_PERMISSIONS } from "./module-accounts.js";
import { defaultAuthParams } from "./params.js";

/** An account as stored: a BaseAccount or a ModuleAccount (which wraps one). */
export type Account = BaseAccount | ModuleAccount;

/** The BaseAccount inside any account. */
export function baseAccountOf(account: Account): BaseAccount {
  if (account.$typeName === "cosmos.auth.v1beta1.BaseAccount") return account;
  return account.baseAccount ?? create(BaseAccountSchema);
}

/** The same account with its BaseAccount fields changed (sequence, pubkey). */
export function withBaseAccount(account: Account, changes: Partial<Omit<BaseAccount, "$typeName">>): Account {
  if (account.$typeName === "cosmos.auth.v1beta1.BaseAccount") return { ...account, ...changes };
  return { ...account, baseAccount: { ...baseAccountOf(account), ...changes } };
}

/** An account packed in an Any, as the Account(s) queries and genesis carry it. */
export function packAccount(account: Account): Any {
  return account.$typeName === "cosmos.auth.v1beta1.BaseAccount"
    ? packAny(BaseAccountSchema, account)
    : packAny(ModuleAccountSchema, account);
}

export interface AuthKeeperOptions {
  readonly bech32Prefix: string;
  /** Module account name → permissions; merged over the SDK modules' defaults. */
  readonly moduleAccountPermissions?: Readonly<Record<string, readonly string[]>>;
}

/**
 * x/auth's account keeper: accounts with their numbers, sequences and public keys, module accounts created on first
 * use, and the auth params. State lives in the context's store; the keeper holds the address codec and permissions.
 */
export class AuthKeeper {
  readonly addresses: AddressCodec;
  private readonly modulePermissions: Map<string, readonly string[]>;
  private readonly moduleAddresses = new Map<string, string>();

  constructor(options: AuthKeeperOptions) {
    this.addresses = new AddressCodec(options.bech32Prefix);
    this.modulePermissions = new Map(
      Object.entries({ ...DEFAULT_MODULE_ACCOUNT_PERMISSIONS, ...options.moduleAccountPermissions }),
    );
  }

  /** Module account name → permissions. */
  get permissions(): ReadonlyMap<string, readonly string[]> {
    return this.modulePermissions;
  }

  /** Declares module accounts (a module's `moduleAccounts`); a name declared twice must keep its permissions. */
  addModuleAccounts(accounts: Readonly<Record<string, readonly string[]>>): void {
    for (const [name, permissions] of Object.entries(accounts)) {
      const known = this.modulePermissions.get(name);
      if (known !== undefined && [...known].sort().join() !== [...permissions].sort().join()) {
        throw new Error(`module account ${name} is declared with permissions [${permissions}] and [${known}]`);
      }
      this.modulePermissions.set(name, [...permissions]);
    }
  }

  get bech32Prefix(): string {
    return this.addresses.prefix;
  }

  params(store: KVStore): Params {
    return store.get<Params>(AuthKeys.params) ?? defaultAuthParams();
  }

  setParams(ctx: Context, params: Params): void {
    ctx.store.set(AuthKeys.params, params);
  }

  getAccount(store: KVStore, address: string): Account | undefined {
    return store.get<Account>(AuthKeys.account(this.addresses.key(address)));
  }

  hasAccount(store: KVStore, address: string): boolean {
    return store.has(AuthKeys.account(this.addresses.key(address)));
  }

  setAccount(ctx: Context, account: Account): void {
    const address = baseAccountOf(account).address;
    ctx.store.set(AuthKeys.account(this.addresses.key(address)), account);
  }

  /** Takes the next account number (NextAccountNumber). */
  nextAccountNumber(ctx: Context): bigint {
    const next = ctx.store.get<bigint>(AuthKeys.nextAccountNumber) ?? 0n;
    ctx.store.set(AuthKeys.nextAccountNumber, next + 1n);
    return next;
  }

  /** A new BaseAccount with the next number (NewAccountWithAddress); the caller stores it. */
  newAccountWithAddress(ctx: Context, address: string): BaseAccount {
    this.addresses.toBytes(address);
    return create(BaseAccountSchema, { address, accountNumber: this.nextAccountNumber(ctx), sequence: 0n });
  }

  /**
   * Creates and stores an account unless the address already has one: the module's account for a module address
   * (so funding a module leaves a ModuleAccount there, as the SDK's module accounts are), else a BaseAccount.
   */
  ensureAccount(ctx: Context, address: string): Account {
    const existing = this.getAccount(ctx.store, address);
    if (existing !== undefined) return existing;
    const moduleName = this.isModuleAddress(address);
    if (moduleName !== undefined) return this.getModuleAccount(ctx, moduleName);
    const account = this.newAccountWithAddress(ctx, address);
    this.setAccount(ctx, account);
    return account;
  }

  /** Iterates accounts in address-byte order. */
  *accounts(store: KVStore): IterableIterator<[string, Account]> {
    yield* store.iterate<Account>(AuthKeys.accountPrefix);
  }

  moduleAddress(moduleName: string): string {
    let address = this.moduleAddresses.get(moduleName);
    if (address === undefined) {
      address = this.addresses.moduleAddress(moduleName);
      this.moduleAddresses.set(moduleName, address);
    }
    return address;
  }

  /** The name of the module whose account `address` is, if any. */
  isModuleAddress(address: string): string | undefined {
    for (const name of this.permissions.keys()) if (this.moduleAddress(name) === address) return name;
    return undefined;
  }

  hasPermission(moduleName: string, permission: string): boolean {
    return this.permissions.get(moduleName)?.includes(permission) ?? false;
  }

  /**
   * The module account, created (with the next account number) if it does not exist yet, as GetModuleAccount does.
   * Unknown module names fail with sdk 9, where the SDK would panic.
   */
  getModuleAccount(ctx: Context, moduleName: string): Account {
    const permissions = this.permissions.get(moduleName);
    if (permissions === undefined) throw sdkError(9, `module account ${moduleName} does not exist`);
    const address = this.moduleAddress(moduleName);
    const existing = this.getAccount(ctx.store, address);
    if (existing !== undefined) return existing;
    const account = create(ModuleAccountSchema, {
      baseAccount: { address, accountNumber: this.nextAccountNumber(ctx), sequence: 0n },
      name: moduleName,
      permissions: [...permissions],
    });
    this.setAccount(ctx, account);
    return account;
  }
}
