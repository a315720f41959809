// Shared by the tests: addresses and denoms of the devnet, a mock chain per test file, clients, wallets of both
// kinds, fresh funded accounts, and the epoch timing that keeps a preview and its transaction in the same hour.

import { fromBinary } from "@bufbuild/protobuf";
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import { type Client, type CreateClientOptions, createClient, query } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { DEVNET, DEVNET_ATOM, DEVNET_LSTS, type RunningMockChain, startMockChain } from "@persistence-sdk/mock-chain";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { Service as TendermintService } from "@persistence-sdk/proto/cosmos/base/tendermint/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import { AuthInfoSchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { persistenceMockDevnetPstake } from "./chains.js";
import type { ChainTimestamp } from "./types.js";

/** A devnet account address. */
export const DELEGATOR = DEVNET.accounts[0]!.address;
/** The devnet's validator operator addresses (same bytes as the operators' accounts). */
export const VALIDATORS = DEVNET.validatorOperators.map((operator) =>
  toBech32("persistencevaloper", fromBech32(operator.address, 1023).data),
);
export const VALIDATOR = VALIDATORS[0]!;
/** The module authority of the devnet (also x/liquidstake's whitelist admin and x/liquidstakeibc's admin). */
export const AUTHORITY = DEVNET.authority.address;
/** The ATOM voucher (ibc/...), its stkASSET and the host chain. */
export const ATOM = DEVNET_ATOM.denom;
export const STK_ATOM = DEVNET_LSTS.stkAtom.denom;
export const HOST = DEVNET_ATOM.hostChainId;
export const STK_XPRT = "stk/uxprt";

/** The same key under another chain's prefix. */
export function withPrefix(address: string, prefix: string): string {
  return toBech32(prefix, fromBech32(address, 1023).data);
}

/** Offline context for the builders: the devnet's chain config. */
export const DEVNET_CONTEXT = { chain: persistenceMockDevnetPstake } as const;

/**
 * Fast polling and retries for a local chain, and gas × 3: a liquid stake delegates from the proxy account and a
 * liquid unstake moves its delegations, and x/distribution withdraws the proxy's rewards on each of those; the block
 * that executes the transaction has accrued more rewards (in more denoms) than the state the simulation ran on, so it
 * uses more gas than simulated (measured up to 1.65×; see the README's gas note).
 */
export const FAST = {
  pollIntervalMs: 10,
  retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 5 },
  gasMultiplier: 3,
} as const;

/** Starts a mock chain for a test file (the default devnet unless options say otherwise). */
export function startChain(options: Parameters<typeof startMockChain>[0] = {}): Promise<RunningMockChain> {
  return startMockChain(options);
}

/** A client of the mock devnet at `chain`. */
export function devnetClient(chain: RunningMockChain, options: Partial<CreateClientOptions> = {}): Client {
  return createClient({ rpcUrl: chain.rpcUrl, chain: persistenceMockDevnetPstake, ...FAST, ...options });
}

let nextIndex = 3000;

/** A wallet of the devnet mnemonic at `index`: direct (signDirect + signAmino) or amino-only (signAmino). */
export async function walletAt(index: number, mode: "direct" | "amino"): Promise<OfflineSigner> {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  return mode === "direct"
    ? DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
    : Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
}

/** What every fresh account receives: 100,000 XPRT and 10,000 ATOM (its IBC voucher). Never LSTs: minting them would move their rates. */
export const FUNDING: readonly Coin[] = [
  { denom: "uxprt", amount: 100_000_000_000n },
  { denom: ATOM, amount: 10_000_000_000n },
];

/** A fresh account (its own HD index, so tests never share a sequence) funded with {@link FUNDING}, and its client. */
export async function freshAccount(
  chain: RunningMockChain,
  mode: "direct" | "amino" = "direct",
  options: Partial<CreateClientOptions> = {},
): Promise<{ client: Client; address: string }> {
  nextIndex += 1;
  const wallet = await walletAt(nextIndex, mode);
  const [account] = await wallet.getAccounts();
  chain.control.fund(account!.address, FUNDING);
  return { client: devnetClient(chain, { signer: wallet, ...options }), address: account!.address };
}

/** A client signing as the devnet's authority. */
export async function authorityClient(chain: RunningMockChain, mode: "direct" | "amino" = "direct"): Promise<Client> {
  return devnetClient(chain, { signer: await walletAt(DEVNET.authority.index, mode) });
}

/** A bank balance. */
export async function balanceOf(client: Client, address: string, denom: string): Promise<bigint> {
  const { balance } = await query(client, BankQuery.method.balance, { address, denom });
  return BigInt(balance?.amount ?? "0");
}

/** A denom's bank supply. */
export async function supplyOf(client: Client, denom: string): Promise<bigint> {
  const { amount } = await query(client, BankQuery.method.supplyOf, { denom });
  return BigInt(amount?.amount ?? "0");
}

/** The time of the block at `height`. */
export async function blockTimeAt(client: Client, height: number | bigint): Promise<ChainTimestamp> {
  const { block } = await query(client, TendermintService.method.getBlockByHeight, { height: BigInt(height) });
  const time = block!.header!.time!;
  return { seconds: time.seconds, nanos: time.nanos };
}

/** x/staking's unbonding time. */
export async function stakingUnbondingTime(client: Client) {
  const { params } = await query(client, StakingQuery.method.params, {});
  return { seconds: params!.unbondingTime!.seconds, nanos: params!.unbondingTime!.nanos };
}

/** The sign mode the chain recorded for a transaction. */
export function signModeOf(chain: RunningMockChain, hash: string): SignMode | undefined {
  const found = chain.chain.tx(Buffer.from(hash, "hex"));
  const raw = fromBinary(TxRawSchema, found!.tx);
  const info = fromBinary(AuthInfoSchema, raw.authInfoBytes).signerInfos[0]?.modeInfo?.sum;
  return info?.case === "single" ? info.value.mode : undefined;
}

/** The sign mode a wallet kind produces. */
export function expectedSignMode(mode: "direct" | "amino"): SignMode {
  return mode === "direct" ? SignMode.DIRECT : SignMode.LEGACY_AMINO_JSON;
}

/** The latest block's time in nanoseconds. */
export function latestNs(chain: RunningMockChain): bigint {
  return chain.chain.status().latestBlockTimeNs;
}

/** The time of the latest block plus one block time: when the next transaction executes. */
export function nextBlockTime(chain: RunningMockChain): ChainTimestamp {
  const ns = latestNs(chain) + BigInt(DEVNET.blockTimeMs) * 1_000_000n;
  return { seconds: ns / 1_000_000_000n, nanos: Number(ns % 1_000_000_000n) };
}

const GENESIS_S = BigInt(Date.parse(DEVNET.genesisTime) / 1000);
const HOUR = 3600n;

/**
 * Moves time to one second past the next hour boundary (the `hour` epochs of both pSTAKE modules start at genesis):
 * that block runs the hourly autocompound and c-value update, and the next boundary is an hour away, so a preview and
 * its transaction made now see the same state. (Tests that re-phase an epoch with liquidstakeibc/advanceEpoch
 * `hour` must not rely on this.)
 */
export function calmHour(chain: RunningMockChain): void {
  const now = latestNs(chain) / 1_000_000_000n;
  const since = now - GENESIS_S;
  const boundary = GENESIS_S + ((since + HOUR - 1n) / HOUR) * HOUR;
  chain.control.advanceTime(boundary + 1n - now);
}
