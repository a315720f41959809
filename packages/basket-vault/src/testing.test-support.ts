// Shared by the tests: the devnet's addresses and LSTs, a mock chain per test file, clients and wallets of both kinds
// (DIRECT and AMINO-ONLY), fresh funded accounts, the authority and the feeder, settings of a fresh test basket, and
// a scriptable CometLike for unit tests that need no chain.
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, type OfflineSigner } from "@cosmjs/proto-signing";
import {
  type Client,
  type CometLike,
  type CreateClientOptions,
  createClient,
  persistenceMockDevnet,
} from "@persistence-sdk/client";
import { type Coin, Dec } from "@persistence-sdk/core";
import { DEVNET, DEVNET_LSTS, type RunningMockChain, startMockChain } from "@persistence-sdk/mock-chain";
import type { BasketSettings, ConstituentSettings } from "./types.js";

export const d = (text: string): Dec => Dec.fromString(text);

/** The four ATOM LSTs of the devnet. */
export const STK_ATOM = DEVNET_LSTS.stkAtom.denom;
export const ST_ATOM = DEVNET_LSTS.stAtom.denom;
export const Q_ATOM = DEVNET_LSTS.qAtom.denom;
export const D_ATOM = DEVNET_LSTS.dAtom.denom;
/** The devnet's "ATOM basket". */
export const ATOM_BASKET = 1n;
export const ATOM_BASKET_SHARES = "basket/1";

/** Devnet account addresses. */
export const ACCOUNT = DEVNET.accounts[0]!.address;
export const AUTHORITY = DEVNET.authority.address;
/** The devnet basket's feeder (account 9) and treasury (account 8). */
export const FEEDER = DEVNET.accounts[9]!.address;
export const TREASURY = DEVNET.accounts[8]!.address;
/** The devnet's validator operator addresses. */
export const VALIDATORS = DEVNET.validatorOperators.map((operator) =>
  toBech32("persistencevaloper", fromBech32(operator.address, 1023).data),
);

/** The same key under another chain's prefix. */
export function withPrefix(address: string, prefix: string): string {
  return toBech32(prefix, fromBech32(address, 1023).data);
}

/** Offline context for the builders: the devnet's chain config. */
export const DEVNET_CONTEXT = { chain: persistenceMockDevnet } as const;

/** Fast polling for a local chain; gas × 3 (a cut undelegating from Alliance claims rewards and can use more gas in
 * the block that executes it than in the simulation, as Alliance messages do). */
export const FAST = {
  pollIntervalMs: 10,
  retry: { retries: 3, baseDelayMs: 1, maxDelayMs: 5 },
  gasMultiplier: 3,
} as const;

/** Starts a mock chain for a test file (the default devnet). */
export function startChain(): Promise<RunningMockChain> {
  return startMockChain();
}

/** A client of the mock devnet at `chain`. */
export function devnetClient(chain: RunningMockChain, options: Partial<CreateClientOptions> = {}): Client {
  return createClient({ rpcUrl: chain.rpcUrl, chain: persistenceMockDevnet, ...FAST, ...options });
}

/** A wallet of the devnet mnemonic at `index`: direct (signDirect + signAmino) or amino-only (signAmino). */
export async function walletAt(index: number, mode: "direct" | "amino"): Promise<OfflineSigner> {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  return mode === "direct"
    ? DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
    : Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
}

/** What every fresh account receives: 1,000 of each LST and 10 XPRT. */
export const FUNDING: readonly Coin[] = [
  { denom: "uxprt", amount: 10_000_000n },
  ...[STK_ATOM, ST_ATOM, Q_ATOM, D_ATOM].map((denom) => ({ denom, amount: 1_000_000_000n })),
];

let nextIndex = 3000;

/** A fresh account (its own HD index, so tests never share a sequence) funded with `funding`, and its client. */
export async function freshAccount(
  chain: RunningMockChain,
  mode: "direct" | "amino" = "direct",
  funding: readonly Coin[] = FUNDING,
): Promise<{ client: Client; address: string }> {
  nextIndex += 1;
  const wallet = await walletAt(nextIndex, mode);
  const [account] = await wallet.getAccounts();
  if (funding.length > 0) chain.control.fund(account!.address, funding);
  return { client: devnetClient(chain, { signer: wallet }), address: account!.address };
}

/** A client signing as the module authority (account 10). */
export async function authorityClient(chain: RunningMockChain, mode: "direct" | "amino" = "direct"): Promise<Client> {
  return devnetClient(chain, { signer: await walletAt(DEVNET.authority.index, mode) });
}

/** A client signing as the devnet basket's feeder (account 9). */
export async function feederClient(chain: RunningMockChain, mode: "direct" | "amino" = "direct"): Promise<Client> {
  return devnetClient(chain, { signer: await walletAt(9, mode) });
}

/** Settings of a test basket: no fees, no weight checks, a 30-day staleness, nothing restaked; overridable. */
export function testSettings(overrides: Partial<BasketSettings> = {}): BasketSettings {
  return {
    fees: {
      feeBase: Dec.ZERO,
      feeSlope: Dec.ZERO,
      feeMax: Dec.ZERO,
      redeemBase: Dec.ZERO,
      redeemSlope: Dec.ZERO,
      instantFee: Dec.ZERO,
      performanceFee: Dec.ZERO,
    },
    maxStalenessSeconds: 30n * 86_400n,
    maxUpPerDay: d("0.05"),
    maxDown: d("0.10"),
    band: Dec.ONE,
    minNavForWeightChecks: 10n ** 30n,
    epochSeconds: 86_400n,
    unbondingSeconds: 21n * 86_400n,
    restaking: { validators: [], idleBufferTarget: Dec.ZERO },
    feeders: [FEEDER],
    guardian: AUTHORITY,
    treasury: TREASURY,
    aprFloor: d("0.10"),
    ...overrides,
  };
}

/** A constituent of a test basket. */
export function constituent(
  denom: string,
  direction: ConstituentSettings["direction"] = "UNDERLYING_PER_LST",
  min = "0",
  max = "1",
): ConstituentSettings {
  return { denom, direction, minWeight: d(min), maxWeight: d(max) };
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
