// Shared by the tests: addresses of the devnet (and of another chain), a mock chain per test file, clients, wallets
// of both kinds, fresh funded delegators, and a scriptable CometLike for unit tests that need no chain.
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import {
  type Client,
  type CometLike,
  type CreateClientOptions,
  createClient,
  persistenceMockDevnet,
  query,
} from "@persistence-sdk/client";
import type { AllianceTimestamp, Coin } from "@persistence-sdk/core";
import { DEVNET, DEVNET_LSTS, type RunningMockChain, startMockChain } from "@persistence-sdk/mock-chain";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { persistenceMockDevnetAlliance } from "./chains.js";
import { getAllianceParams } from "./queries/getAllianceParams.js";

/** A devnet account address. */
export const DELEGATOR = DEVNET.accounts[0]!.address;
/** The devnet's validator operator addresses (same bytes as the operators' accounts). */
export const VALIDATORS = DEVNET.validatorOperators.map((operator) =>
  toBech32("persistencevaloper", fromBech32(operator.address, 1023).data),
);
export const VALIDATOR = VALIDATORS[0]!;
/** The module authority of the devnet. */
export const AUTHORITY = DEVNET.authority.address;
/** The four Alliance assets of the devnet. */
export const STK_ATOM = DEVNET_LSTS.stkAtom.denom;
export const ST_ATOM = DEVNET_LSTS.stAtom.denom;
export const Q_ATOM = DEVNET_LSTS.qAtom.denom;
export const D_ATOM = DEVNET_LSTS.dAtom.denom;

/** The same key under another chain's prefix. */
export function withPrefix(address: string, prefix: string): string {
  return toBech32(prefix, fromBech32(address, 1023).data);
}

/** Offline context for the builders: the devnet's chain config. */
export const DEVNET_CONTEXT = { chain: persistenceMockDevnetAlliance } as const;

/**
 * Fast polling and retries for a local chain, and gas × 3: an Alliance message claims rewards first, and the block
 * that executes it has distributed more of them (BeginBlock: new fees, take-rate deductions in new denoms) than the
 * state the simulation ran on, so it can use twice the simulated gas (measured; see the README's gas note).
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

/** A client of the mock devnet at `chain`, with the devnet's Alliance settings. */
export function devnetClient(chain: RunningMockChain, options: Partial<CreateClientOptions> = {}): Client {
  return createClient({ rpcUrl: chain.rpcUrl, chain: persistenceMockDevnetAlliance, ...FAST, ...options });
}

let nextIndex = 2000;

/** A wallet of the devnet mnemonic at `index`: direct (signDirect + signAmino) or amino-only (signAmino). */
export async function walletAt(index: number, mode: "direct" | "amino"): Promise<OfflineSigner> {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  return mode === "direct"
    ? DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
    : Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
}

/** The stake every fresh delegator receives: 1,000 of each LST and 10 XPRT for fees. */
export const FUNDING: readonly Coin[] = [
  { denom: "uxprt", amount: 10_000_000n },
  ...[STK_ATOM, ST_ATOM, Q_ATOM, D_ATOM].map((denom) => ({ denom, amount: 1_000_000_000n })),
];

/** A fresh delegator (its own HD index, so tests never share a sequence) funded with {@link FUNDING}, and its client. */
export async function freshDelegator(
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

/** A client signing as the devnet's module authority (for MsgUpdateAlliance and friends). */
export async function authorityClient(chain: RunningMockChain): Promise<Client> {
  return devnetClient(chain, { signer: await walletAt(DEVNET.authority.index, "direct") });
}

/** The bonded validators' operator addresses, as the chain lists them. */
export async function validatorsOf(client: Client): Promise<string[]> {
  const { validators } = await query(client, StakingQuery.method.validators, {});
  return validators.map((v) => v.operatorAddress);
}

/** The time of the latest block plus one block time: when the next transaction executes. */
export function nextBlockTime(chain: RunningMockChain): AllianceTimestamp {
  const ns = chain.chain.status().latestBlockTimeNs + BigInt(DEVNET.blockTimeMs) * 1_000_000n;
  return { seconds: ns / 1_000_000_000n, nanos: Number(ns % 1_000_000_000n) };
}

/**
 * Moves time so that a take-rate charge happens now (`intervals` whole intervals) and the next one is a full interval
 * away: the blocks a test then makes cannot charge in between its preview and its transaction.
 */
export async function chargeTakeRate(chain: RunningMockChain, client: Client, intervals: bigint): Promise<void> {
  const params = await getAllianceParams(client);
  const interval = params.takeRateClaimInterval.seconds;
  const latest = chain.chain.status().latestBlockTimeNs / 1_000_000_000n;
  const target = params.lastTakeRateClaimTime.seconds + intervals * interval + 1n;
  if (target <= latest) throw new Error("the take-rate schedule is behind: charge more intervals");
  chain.control.advanceTime(target - latest);
}

/** A CometLike answering every ABCI query with `answer` (for unit tests of error handling). */
export function fakeComet(answer: Awaited<ReturnType<CometLike["abciQuery"]>>): CometLike & { paths: string[] } {
  const paths: string[] = [];
  return {
    paths,
    async abciQuery(params) {
      paths.push(params.path);
      return answer;
    },
    async broadcastTxSync() {
      throw new Error("not scripted");
    },
    async txSearch() {
      return { txs: [], totalCount: 0 };
    },
    disconnect() {},
  };
}

/** A client over a fake CometLike. */
export function fakeClient(comet: CometLike): Client {
  return createClient({ rpcUrl: "http://fake", chain: persistenceMockDevnet, comet, ...FAST });
}
