// Command-line arguments of `persistence-mock-chain`, parsed with node:util so the CLI has no dependency of its own.
import { parseArgs } from "node:util";

/** What the command line asks for. */
export interface CliArgs {
  readonly host: string;
  /** RPC port (CometBFT's default 26657). */
  readonly port: number;
  /** REST port: a Cosmos node's default 1317, or a free port when the RPC port is 0. */
  readonly restPort: number;
  /** A genesis JSON file to start from instead of the default devnet. */
  readonly genesisFile: string | undefined;
  /** Mine a block every this many ms of real time (interval mining instead of a block per tx). */
  readonly blockTimeMs: number | undefined;
  /** A state file: loaded at start when it exists, written on exit. */
  readonly stateFile: string | undefined;
  readonly help: boolean;
}

/** CometBFT's RPC port. */
export const DEFAULT_RPC_PORT = 26657;
/** The Cosmos SDK's API server port (app.toml `api.address`). */
export const DEFAULT_REST_PORT = 1317;

/** The usage text `--help` prints. */
export const USAGE = `Usage: persistence-mock-chain [options]

A local Persistence chain for development and tests: CometBFT JSON-RPC, WebSocket and Cosmos REST.

Options:
  --port <n>          RPC port (default 26657; 0 picks a free port)
  --rest-port <n>     REST port (default 1317, a Cosmos node's; a free port when --port is 0)
  --host <addr>       Interface to listen on (default 127.0.0.1)
  --genesis <file>    Start from this genesis JSON instead of the default devnet
  --block-time <ms>   Mine a block every <ms> milliseconds instead of one per transaction
  --state <file>      Load state from <file> if it exists; save it there on exit
  -h, --help          Show this help
`;

/** Parses `argv` (without the node and script paths); throws an Error with a readable message on bad input. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: "string" },
      "rest-port": { type: "string" },
      host: { type: "string" },
      genesis: { type: "string" },
      "block-time": { type: "string" },
      state: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = portOf(values.port, "--port") ?? DEFAULT_RPC_PORT;
  const restPort = portOf(values["rest-port"], "--rest-port") ?? (port === 0 ? 0 : DEFAULT_REST_PORT);
  const blockTime = values["block-time"];
  let blockTimeMs: number | undefined;
  if (blockTime !== undefined) {
    blockTimeMs = Number(blockTime);
    if (!Number.isInteger(blockTimeMs) || blockTimeMs <= 0) {
      throw new Error(`--block-time must be a positive number of milliseconds, got "${blockTime}"`);
    }
  }
  return {
    host: values.host ?? "127.0.0.1",
    port,
    restPort,
    genesisFile: values.genesis,
    blockTimeMs,
    stateFile: values.state,
    help: values.help ?? false,
  };
}

function portOf(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${flag} must be a port number, got "${text}"`);
  return port;
}
