// The demo's world: the embedded mock chain (started in-process), one client for every package, the user (devnet
// account 0) and the basket's feeder (account 9), bank balances, and virtual time.
import { DirectSecp256k1HdWallet, makeCosmoshubPath } from "@cosmjs/proto-signing";
import { getAllianceParams, withAllianceSettings } from "@persistence-sdk/alliance";
import { type Client, createClient, persistenceMockDevnet, query, withSigner } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { DEVNET, DEVNET_ATOM, DEVNET_LSTS, type RunningMockChain, startMockChain } from "@persistence-sdk/mock-chain";
import { Query as Bank } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { type ChainTimestamp, withPstakeSettings } from "@persistence-sdk/pstake";
import type { Reporter } from "./report.js";

/** The devnet's ATOM basket. */
export const BASKET_ID = 1n;
export const XPRT = DEVNET.denoms.bond;
export const STK_XPRT = DEVNET.denoms.stkXprt;
export const ATOM = DEVNET_ATOM.denom;
export const STK_ATOM = DEVNET_LSTS.stkAtom.denom;
export const HOST_CHAIN = DEVNET_ATOM.hostChainId;
/** The denoms whose balances the demo follows. */
export const FOLLOWED = [
  XPRT,
  ATOM,
  STK_XPRT,
  STK_ATOM,
  DEVNET_LSTS.stAtom.denom,
  DEVNET_LSTS.qAtom.denom,
  DEVNET_LSTS.dAtom.denom,
];

export const DAY = 86_400n;
const HOUR = 3_600n;
const GENESIS_SECONDS = BigInt(Date.parse(DEVNET.genesisTime) / 1000);
/** A preview and its transaction need this many seconds without an epoch or a take-rate charge in between. */
const QUIET_SECONDS = 120n;

/** Everything a step needs. */
export interface Demo {
  readonly running: RunningMockChain;
  /** Signs as the user (devnet account 0). */
  readonly client: Client;
  /** Signs as the ATOM basket's rate feeder (devnet account 9). */
  readonly feeder: Client;
  readonly address: string;
  readonly out: Reporter;
}

/** A wallet of the devnet's test mnemonic at m/44'/118'/0'/0/{index}. */
function devnetWallet(index: number): Promise<DirectSecp256k1HdWallet> {
  return DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, {
    prefix: DEVNET.bech32Prefix,
    hdPaths: [makeCosmoshubPath(index)],
  });
}

/** Starts the mock chain and connects the user and the feeder to it. */
export async function startDemo(out: Reporter): Promise<Demo> {
  const running = await startMockChain();
  // One chain config for every package: the devnet preset, with Alliance's math version and pSTAKE's settings.
  const chain = withPstakeSettings(withAllianceSettings(persistenceMockDevnet, { mathVersion: "v0.3.6" }));
  // A local chain answers at once: poll for inclusion often. Gas × 3: Alliance and pSTAKE messages claim rewards in
  // the block that executes them, which can take about twice the simulated gas (the packages' READMEs).
  const base = createClient({ rpcUrl: running.rpcUrl, chain, gasMultiplier: 3, pollIntervalMs: 20 });
  const user = await devnetWallet(0);
  const [account] = await user.getAccounts();
  const client = withSigner(base, user);
  const feeder = withSigner(base, await devnetWallet(9));
  return { running, client, feeder, address: account!.address, out };
}

/** A bank balance. */
export async function balanceOf(demo: Demo, denom: string): Promise<Coin> {
  const { balance } = await query(demo.client, Bank.method.balance, { address: demo.address, denom });
  return { denom, amount: BigInt(balance?.amount ?? "0") };
}

/** The balances the demo follows. */
export async function balances(demo: Demo): Promise<Record<string, bigint>> {
  const entries = await Promise.all(FOLLOWED.map(async (denom) => [denom, (await balanceOf(demo, denom)).amount]));
  return Object.fromEntries(entries);
}

/** The latest block's time, in seconds. */
export function nowSeconds(demo: Demo): bigint {
  return demo.running.chain.status().latestBlockTimeNs / 1_000_000_000n;
}

/** The latest block's height. */
export function latestHeight(demo: Demo): bigint {
  return BigInt(demo.running.chain.status().latestHeight);
}

/** When the next block (the one including the next transaction) will be made. */
export function nextBlockTime(demo: Demo): ChainTimestamp {
  const ns = demo.running.chain.status().latestBlockTimeNs + BigInt(DEVNET.blockTimeMs) * 1_000_000n;
  return { seconds: ns / 1_000_000_000n, nanos: Number(ns % 1_000_000_000n) };
}

/**
 * Moves virtual time past the next hour boundary (pSTAKE's autocompound and c-value update) or Alliance take-rate
 * charge when one is due within the next two minutes, so that a preview and the transaction after it read the same
 * state. A real app does not need this: the previews are exact for the state they read, and the slippage guards
 * cover a change; the demo wants the figures to agree to the unit.
 */
export async function quietWindow(demo: Demo): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const now = nowSeconds(demo);
    const sinceGenesis = now - GENESIS_SECONDS;
    const nextHour = GENESIS_SECONDS + (sinceGenesis / HOUR + 1n) * HOUR;
    const params = await getAllianceParams(demo.client);
    const nextCharge = params.lastTakeRateClaimTime.seconds + params.takeRateClaimInterval.seconds;
    const next = nextHour < nextCharge ? nextHour : nextCharge;
    if (next - now > QUIET_SECONDS) return;
    demo.running.control.advanceTime(next >= now ? next + 1n - now : 1n);
  }
}

/**
 * Advances virtual time an hour per block (so every hourly and daily epoch runs on time, as it would with a block
 * every few seconds), then has the feeder re-post the basket's rates: a basket's rates go stale after
 * max_staleness (a day on the devnet), and deposits, instant redemptions and cuts need fresh ones.
 */
export function advanceTime(demo: Demo, seconds: bigint): void {
  for (let left = seconds; left > 0n; left -= HOUR) demo.running.control.advanceTime(left < HOUR ? left : HOUR);
  refreshRates(demo);
}

/** The feeder's rate bot, run through the mock chain's control API: re-posts every constituent's current rate. */
export function refreshRates(demo: Demo): void {
  const { results } = demo.running.control.invoke("basketvault/postRates", { basketId: Number(BASKET_ID) }) as {
    results: { denom: string; outcome: string }[];
  };
  const outcomes = [...new Set(results.map((r) => r.outcome))].join(", ");
  demo.out.line(`the feeder re-posted the basket's ${results.length} rates (${outcomes}): fresh again`);
}
