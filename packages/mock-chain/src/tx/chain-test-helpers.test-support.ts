// Test support: reading a chain the way a client would (gRPC queries through abciQuery) to check balances and
// accounts before and after a transaction. Only tests import it.
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { Query as AuthQuery, type BaseAccount } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { DEVNET } from "../genesis/devnet.js";
import type { MockChain } from "../node/chain.js";

export function balanceOf(chain: MockChain, address: string, denom: string = DEVNET.denoms.bond): bigint {
  return BigInt(chain.query(BankQuery.method.balance, { address, denom }).balance?.amount ?? "0");
}

export function accountOf(chain: MockChain, address: string): BaseAccount {
  const any = chain.query(AuthQuery.method.account, { address }).account!;
  const account = anyUnpack(any, protoRegistry) as BaseAccount & { baseAccount?: BaseAccount };
  return account.baseAccount ?? account;
}

/** Everything a rejected tx must leave as it was: height, app hash, and the balances and accounts of `addresses`. */
export function fingerprint(chain: MockChain, addresses: readonly string[]): unknown {
  const info = chain.abciInfo();
  return {
    height: info.lastBlockHeight,
    appHash: Buffer.from(info.lastBlockAppHash).toString("hex"),
    accounts: addresses.map((address) => {
      let account: BaseAccount | undefined;
      try {
        account = accountOf(chain, address);
      } catch {
        account = undefined;
      }
      return {
        address,
        balance: balanceOf(chain, address),
        sequence: account?.sequence,
        hasPubKey: account?.pubKey !== undefined,
      };
    }),
  };
}
