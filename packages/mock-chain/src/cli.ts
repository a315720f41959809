#!/usr/bin/env node
// The `persistence-mock-chain` command: runs a local mock chain until interrupted. See `--help`.
import { type CliSession, runCli } from "./server/cli-main.js";

function keepRunning(session: CliSession): void {
  const stop = () => {
    session.shutdown().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

// No top-level await: the package also ships a CommonJS build.
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (outcome) => {
    if (typeof outcome === "number") process.exitCode = outcome;
    else keepRunning(outcome);
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
