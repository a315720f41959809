// What `persistence-mock-chain` does: start a chain from the devnet, a genesis file or a saved state, print what a
// developer needs to connect (like anvil: chain id, endpoints, test mnemonic, funded accounts), and on SIGINT/SIGTERM
// save the state (with --state) and stop.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Writable } from "node:stream";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { DEVNET } from "../genesis/devnet.js";
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

function formatBalance(running: RunningMockChain, address: string): string {
  try {
    const { balances } = running.chain.query(BankQuery.method.allBalances, { address });
    if (balances.length === 0) return "no balance";
    return balances
      .map((coin) =>
        coin.denom === DEVNET.denoms.bond
          ? `${coin.amount}${coin.denom} (${xprt(BigInt(coin.amount))} XPRT)`
          : `${coin.amount}${coin.denom}`,
      )
      .join(", ");
  } catch {
    return "balance unavailable";
  }
}

/** uxprt as XPRT with its 6 decimals, trailing zeros dropped. */
function xprt(amount: bigint): string {
  const scale = 10n ** BigInt(DEVNET.denoms.decimals);
  const whole = amount / scale;
  const fraction = (amount % scale).toString().padStart(DEVNET.denoms.decimals, "0").replace(/0+$/, "");
  return fraction === "" ? whole.toString() : `${whole}.${fraction}`;
}

function banner(running: RunningMockChain, args: CliArgs, genesis: GenesisDocument | undefined): string {
  const rule = "==================";
  const accounts = accountsToList(genesis).map(
    ({ label, address }) => `${label} ${address}  ${formatBalance(running, address)}`,
  );
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
