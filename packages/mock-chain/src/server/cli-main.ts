// What `persistence-mock-chain` does: start a chain from the devnet, a genesis file or a saved state, print what a
// developer needs to connect (like anvil: chain id, funded accounts with their XPRT and LST balances in display units,
// the denoms behind those symbols, test mnemonic, endpoints), and on SIGINT/SIGTERM save the state (with --state) and
// stop.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Writable } from "node:stream";
import { create } from "@bufbuild/protobuf";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { PageRequestSchema } from "@persistence-sdk/proto/cosmos/base/query/v1beta1";
import { DEVNET } from "../genesis/devnet.js";
import { DEVNET_ATOM, DEVNET_LSTS, type DevnetLst } from "../genesis/devnet-assets.js";
import { type GenesisDocument, loadGenesisFile } from "../genesis/genesis-document.js";
import { type CliArgs, parseCliArgs, USAGE } from "./cli-args.js";
import { type RunningMockChain, type StartMockChainOptions, startMockChain } from "./start.js";

/** Where the CLI writes. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** A started CLI: the running chain and how to shut it down (saving state when asked to). */
export interface CliSession {
  readonly running: RunningMockChain;
  /** Saves the state to the --state file (if any) and stops the chain. */
  shutdown(): Promise<void>;
}

/** Runs the CLI with `argv` (arguments only). Resolves to the session, or to an exit code when nothing was started. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliSession | number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  let options: StartMockChainOptions;
  let genesis: GenesisDocument | undefined;
  try {
    genesis = args.genesisFile === undefined ? undefined : loadGenesisFile(args.genesisFile);
    const state =
      args.stateFile !== undefined && existsSync(args.stateFile)
        ? (JSON.parse(readFileSync(args.stateFile, "utf8")) as unknown)
        : undefined;
    options = {
      host: args.host,
      port: args.port,
      restPort: args.restPort,
      ...(genesis !== undefined ? { genesis } : {}),
      ...(state !== undefined ? { state } : {}),
      ...(args.blockTimeMs !== undefined
        ? { automine: false, blockIntervalMs: args.blockTimeMs, blockTimeMs: args.blockTimeMs }
        : {}),
    };
  } catch (error) {
    io.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  let running: RunningMockChain;
  try {
    running = await startMockChain(options);
  } catch (error) {
    io.stderr.write(`error: could not start the chain: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.stdout.write(banner(running, args, genesis));
  let done: Promise<void> | undefined;
  return {
    running,
    shutdown() {
      done ??= (async () => {
        if (args.stateFile !== undefined) {
          writeFileSync(args.stateFile, `${JSON.stringify(running.control.exportState())}\n`);
          io.stdout.write(`State saved to ${args.stateFile}\n`);
        }
        await running.stop();
      })();
      return done;
    },
  };
}

/** The accounts worth listing: the devnet's, or every address a custom genesis funds. */
function accountsToList(genesis: GenesisDocument | undefined): { label: string; address: string }[] {
  if (genesis === undefined) {
    return [
      ...DEVNET.accounts.map((a) => ({ label: `(${a.index})`, address: a.address })),
      { label: `(${DEVNET.authority.index}) authority`, address: DEVNET.authority.address },
    ];
  }
  const bank = genesis.appState.bank as { balances?: { address?: unknown }[] } | undefined;
  return (bank?.balances ?? [])
    .map((entry) => entry.address)
    .filter((address): address is string => typeof address === "string")
    .map((address, i) => ({ label: `(${i})`, address }));
}

/** How the banner shows a denom: its symbol and the decimals of that unit. */
interface Asset {
  readonly denom: string;
  readonly symbol: string;
  readonly exponent: number;
  /** Where an IBC denom comes from ("transfer/channel-0/uatom"). */
  readonly trace?: string;
}

/** The devnet's assets, in the order the banner lists them: XPRT, stkXPRT, ATOM, then the ATOM LSTs. */
const DEVNET_ASSETS: readonly Asset[] = [
  { denom: DEVNET.denoms.bond, symbol: "XPRT", exponent: DEVNET.denoms.decimals },
  { denom: DEVNET.denoms.stkXprt, symbol: "stkXPRT", exponent: DEVNET.denoms.decimals },
  { denom: DEVNET_ATOM.denom, symbol: DEVNET_ATOM.symbol, exponent: DEVNET_ATOM.exponent, trace: DEVNET_ATOM.trace },
  ...Object.values(DEVNET_LSTS).map((lst: DevnetLst) => ({
    denom: lst.denom,
    symbol: lst.symbol,
    exponent: lst.exponent,
    ...(lst.trace !== undefined ? { trace: lst.trace } : {}),
  })),
];

/** The devnet's assets, then every denom the chain has metadata for (a basket's shares, a custom genesis' tokens). */
function knownAssets(running: RunningMockChain): Map<string, Asset> {
  const assets = new Map(DEVNET_ASSETS.map((asset) => [asset.denom, asset]));
  try {
    const { metadatas } = running.chain.query(BankQuery.method.denomsMetadata, {
      pagination: create(PageRequestSchema, { limit: 1000n }),
    });
    for (const metadata of metadatas) {
      const exponent = metadata.denomUnits.find((unit) => unit.denom === metadata.display)?.exponent;
      const symbol = metadata.symbol || metadata.display;
      if (assets.has(metadata.base) || exponent === undefined || symbol === "") continue;
      assets.set(metadata.base, { denom: metadata.base, symbol, exponent });
    }
  } catch {
    // No metadata to go by: the devnet's assets, and raw denoms for the rest.
  }
  return assets;
}

interface Holding {
  readonly address: string;
  readonly label: string;
  readonly coins: readonly { readonly denom: string; readonly amount: bigint }[] | undefined;
}

function holdingsOf(running: RunningMockChain, accounts: readonly { label: string; address: string }[]): Holding[] {
  return accounts.map(({ label, address }) => {
    try {
      const { balances } = running.chain.query(BankQuery.method.allBalances, {
        address,
        pagination: create(PageRequestSchema, { limit: 1000n }),
      });
      return { label, address, coins: balances.map((coin) => ({ denom: coin.denom, amount: BigInt(coin.amount) })) };
    } catch {
      return { label, address, coins: undefined };
    }
  });
}

/** Known assets first, in their listing order, then other denoms in denom order. */
function byAsset(assets: Map<string, Asset>): (a: string, b: string) => number {
  const rank = new Map([...assets.keys()].map((denom, i) => [denom, i]));
  return (a, b) => {
    const ra = rank.get(a) ?? rank.size;
    const rb = rank.get(b) ?? rank.size;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  };
}

/** "1000000 XPRT, 1000 stATOM, 5ufoo": known assets in their display unit, other denoms as base amounts. */
function formatCoins(holding: Holding, assets: Map<string, Asset>): string {
  if (holding.coins === undefined) return "balance unavailable";
  if (holding.coins.length === 0) return "no balance";
  const order = byAsset(assets);
  return [...holding.coins]
    .sort((a, b) => order(a.denom, b.denom))
    .map((coin) => {
      const asset = assets.get(coin.denom);
      return asset === undefined
        ? `${coin.amount}${coin.denom}`
        : `${displayAmount(coin.amount, asset.exponent)} ${asset.symbol}`;
    })
    .join(", ");
}

/** The assets the listed accounts hold, one line each: symbol, denom, decimals (and IBC trace). */
function assetLines(holdings: readonly Holding[], assets: Map<string, Asset>): string[] {
  const held = new Set(holdings.flatMap((holding) => (holding.coins ?? []).map((coin) => coin.denom)));
  const listed = [...held].filter((denom) => assets.has(denom)).sort(byAsset(assets));
  const width = Math.max(0, ...listed.map((denom) => assets.get(denom)!.symbol.length));
  return listed.map((denom) => {
    const asset = assets.get(denom)!;
    const origin = asset.trace !== undefined ? `, IBC ${asset.trace}` : "";
    return `${asset.symbol.padEnd(width)}  ${denom} (${asset.exponent} decimals${origin})`;
  });
}

/** A base amount in a unit with `exponent` decimals, trailing zeros dropped ("0.000099", "1000000"). */
function displayAmount(amount: bigint, exponent: number): string {
  const scale = 10n ** BigInt(exponent);
  const sign = amount < 0n ? "-" : "";
  const magnitude = amount < 0n ? -amount : amount;
  const whole = magnitude / scale;
  const fraction = exponent === 0 ? "" : (magnitude % scale).toString().padStart(exponent, "0").replace(/0+$/, "");
  return `${sign}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

function banner(running: RunningMockChain, args: CliArgs, genesis: GenesisDocument | undefined): string {
  const rule = "==================";
  const assets = knownAssets(running);
  const holdings = holdingsOf(running, accountsToList(genesis));
  const accounts = holdings.map((holding) => `${holding.label} ${holding.address}  ${formatCoins(holding, assets)}`);
  const assetList = assetLines(holdings, assets);
  const mining =
    args.blockTimeMs === undefined ? "automine (one block per transaction)" : `a block every ${args.blockTimeMs} ms`;
  return [
    "",
    "persistence-mock-chain: a local Persistence chain (CometBFT 0.38 RPC, Cosmos SDK REST)",
    "",
    "Chain ID",
    rule,
    running.chainId,
    "",
    "Available Accounts",
    rule,
    ...accounts,
    "",
    ...(assetList.length > 0 ? ["Assets", rule, ...assetList, ""] : []),
    "Test Mnemonic",
    rule,
    `Mnemonic:        ${running.devnet.mnemonic}`,
    `Derivation path: m/44'/${running.devnet.coinType}'/0'/0/{index}`,
    "",
    "Endpoints",
    rule,
    `RPC:        ${running.rpcUrl}`,
    `REST:       ${running.restUrl}`,
    `WebSocket:  ${running.wsUrl}`,
    "",
    `Mining:     ${mining}`,
    ...(args.stateFile !== undefined ? [`State file: ${args.stateFile} (saved on exit)`] : []),
    "",
    "Listening. Press Ctrl+C to stop.",
    "",
  ].join("\n");
}
