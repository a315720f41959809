import { fromBinary } from "@bufbuild/protobuf";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";
import type { Any } from "@bufbuild/protobuf/wkt";
import { Query as AuthQuery, type BaseAccount, BaseAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import type { Client } from "./client.js";
import { AccountNotFoundError, InvalidResponseError, QueryError } from "./errors.js";
import { query } from "./query.js";
import { validateAddress } from "./validation.js";

/** What signing needs to know about an account. */
export interface AccountInfo {
  readonly address: string;
  readonly accountNumber: bigint;
  /** The sequence the account's next transaction must carry. */
  readonly sequence: bigint;
  /** The public key, once the account has signed a transaction. */
  readonly pubKey: Any | undefined;
  /** The account's type URL ("/cosmos.auth.v1beta1.BaseAccount", a vesting or module account...). */
  readonly typeUrl: string;
}

/** Field 1 of a message, if it is length-delimited: where every account type nests its base account. */
function firstField(bytes: Uint8Array): Uint8Array | undefined {
  const reader = new BinaryReader(bytes);
  while (reader.pos < reader.len) {
    const [fieldNo, wireType] = reader.tag();
    if (fieldNo === 1 && wireType === WireType.LengthDelimited) return reader.bytes();
    reader.skip(wireType);
  }
  return undefined;
}

/**
 * The BaseAccount inside an account `Any`, whatever wraps it: BaseAccount itself, a ModuleAccount, a vesting account
 * (base_vesting_account → base_account) or another chain's type that nests it as field 1, found by the address.
 */
export function baseAccountOf(account: Any, address: string): BaseAccount {
  let bytes: Uint8Array | undefined = account.value;
  for (let depth = 0; depth < 4 && bytes !== undefined; depth++) {
    try {
      const base = fromBinary(BaseAccountSchema, bytes);
      if (base.address === address) return base;
    } catch {
      // not a BaseAccount at this level: look one level down
    }
    try {
      bytes = firstField(bytes);
    } catch {
      bytes = undefined;
    }
  }
  throw new InvalidResponseError(`the account ${address} (${account.typeUrl})`, account.typeUrl);
}

/**
 * Reads an account's number and sequence (auth `Query/Account`). Throws `AccountNotFoundError` when the chain does
 * not know the address (it has never received tokens).
 */
export async function getAccount(client: Client, address: string): Promise<AccountInfo> {
  validateAddress(address, { prefix: client.chain.bech32 });
  let any: Any | undefined;
  try {
    any = (await query(client, AuthQuery.method.account, { address })).account;
  } catch (error) {
    if (error instanceof QueryError && error.notFound) throw new AccountNotFoundError(address, error);
    throw error;
  }
  if (any === undefined) throw new AccountNotFoundError(address);
  const base = baseAccountOf(any, address);
  return {
    address,
    accountNumber: base.accountNumber,
    sequence: base.sequence,
    pubKey: base.pubKey,
    typeUrl: any.typeUrl,
  };
}
