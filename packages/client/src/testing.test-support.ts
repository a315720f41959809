// Shared by the client's tests: a mock chain per test file, fresh funded accounts per test (so tests never share a
// sequence), wallets of both kinds, and a scriptable CometLike for unit tests that need no chain.
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { DEVNET, type RunningMockChain, type StartMockChainOptions, startMockChain } from "@persistence-sdk/mock-chain";
import { Query as BankQuery, MsgSendSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { persistenceMockDevnet } from "./chains.js";
import { type Client, type CreateClientOptions, createClient } from "./client.js";
import { type TxMessage, txMessage } from "./messages.js";
import { query } from "./query.js";
import type { CometIndexedTx, CometLike, CometTxResult } from "./transport.js";

/** Fast polling and retries for a local chain. */
export const FAST = { pollIntervalMs: 10, retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 5 } } as const;

/** Starts a mock chain for a test file. */
export function startChain(options: StartMockChainOptions = {}): Promise<RunningMockChain> {
  return startMockChain(options);
}

/** A client of the mock devnet at `chain`. */
export function devnetClient(chain: RunningMockChain, options: Partial<CreateClientOptions> = {}): Client {
  return createClient({ rpcUrl: chain.rpcUrl, chain: persistenceMockDevnet, ...FAST, ...options });
}

let nextIndex = 1000;

/** A fresh HD index, so every test gets accounts of its own. */
export function freshIndex(): number {
  nextIndex += 1;
  return nextIndex;
}

/** A wallet of the devnet mnemonic at `index`: direct (signDirect + signAmino) or amino-only (signAmino). */
export async function walletAt(index: number, mode: "direct" | "amino"): Promise<OfflineSigner> {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  return mode === "direct"
    ? DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
    : Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
}

/** A new account funded with `amount` uxprt (default 10 XPRT) and its wallet. */
export async function fundedAccount(
  chain: RunningMockChain,
  mode: "direct" | "amino" = "direct",
  amount = 10_000_000n,
): Promise<{ wallet: OfflineSigner; address: string; index: number }> {
  const index = freshIndex();
  const wallet = await walletAt(index, mode);
  const [account] = await wallet.getAccounts();
  chain.control.fund(account!.address, [{ denom: "uxprt", amount }]);
  return { wallet, address: account!.address, index };
}

/** A bank send of `amount` uxprt. */
export function send(from: string, to: string, amount: bigint): TxMessage<typeof MsgSendSchema> {
  return txMessage(MsgSendSchema, {
    fromAddress: from,
    toAddress: to,
    amount: [{ denom: "uxprt", amount: `${amount}` }],
  });
}

/** The uxprt balance of an address. */
export async function balanceOf(client: Client, address: string): Promise<bigint> {
  const response = await query(client, BankQuery.method.balance, { address, denom: "uxprt" });
  return BigInt(response.balance?.amount ?? "0");
}

/** A recipient no test sends from. */
export const RECIPIENT = DEVNET.accounts[9]!.address;

/** Height and mempool size: what must not change when input is refused before sending. */
export function chainActivity(chain: RunningMockChain): { height: bigint; mempool: number } {
  return { height: chain.chain.status().latestHeight, mempool: chain.chain.numUnconfirmedTxs().count };
}

/** Resolves when `predicate` holds, checking every few ms (for steps the test drives, never for timing). */
export async function until(predicate: () => boolean, what: string, limitMs = 5000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** A CometLike whose answers a unit test scripts call by call. */
export class FakeComet implements CometLike {
  readonly calls: { method: string; params: unknown }[] = [];
  abciQueryHandler: CometLike["abciQuery"] = async () => {
    throw new Error("abciQuery not scripted");
  };
  broadcastHandler: CometLike["broadcastTxSync"] = async () => {
    throw new Error("broadcastTxSync not scripted");
  };
  txSearchHandler: CometLike["txSearch"] = async () => ({ txs: [], totalCount: 0 });
  disconnected = 0;

  abciQuery(params: Parameters<CometLike["abciQuery"]>[0]) {
    this.calls.push({ method: "abci_query", params });
    return this.abciQueryHandler(params);
  }

  broadcastTxSync(params: { readonly tx: Uint8Array }) {
    this.calls.push({ method: "broadcast_tx_sync", params });
    return this.broadcastHandler(params);
  }

  txSearch(params: Parameters<CometLike["txSearch"]>[0]) {
    this.calls.push({ method: "tx_search", params });
    return this.txSearchHandler(params);
  }

  disconnect(): void {
    this.disconnected += 1;
  }

  count(method: string): number {
    return this.calls.filter((call) => call.method === method).length;
  }
}

/** A successful CheckTx/DeliverTx result. */
export function okResult(overrides: Partial<CometTxResult> = {}): CometTxResult {
  return { code: 0, events: [], gasWanted: 0n, gasUsed: 0n, ...overrides };
}

/** An indexed tx for fakes. */
export function indexedTx(tx: Uint8Array, hash: Uint8Array, result: CometTxResult, height = 7): CometIndexedTx {
  return { tx, hash, height, index: 0, result };
}
