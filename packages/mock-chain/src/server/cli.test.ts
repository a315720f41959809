// The `persistence-mock-chain` command. One real process (node running src/cli.ts through Vite's module runner,
// since node 20 cannot load TypeScript) shows the banner, serves, and saves its state on SIGTERM; the rest of the
// behaviour (loading that state, --help, bad flags) runs the same `runCli` in-process.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { toBech32 } from "@cosmjs/encoding";
import { afterAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import { devnetGenesis } from "../genesis/devnet-genesis.js";
import { genesisToJson } from "../genesis/genesis-document.js";
import { createChain } from "../node/chain.js";
import { toJsonSafe } from "../rpc/control-methods.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { type CliSession, runCli } from "./cli-main.js";

const workdir = mkdtempSync(join(tmpdir(), "mock-chain-cli-"));
const cliPath = resolve(dirname(fileURLToPath(import.meta.url)), "../cli.ts");
const packageRoot = resolve(dirname(cliPath), "..");
const viteUrl = pathToFileURL(createRequire(import.meta.url).resolve("vite")).href;

afterAll(() => rmSync(workdir, { recursive: true, force: true }));

/** A launcher that loads src/cli.ts with workspace packages resolved to their sources, as vitest does. */
function writeLauncher(): string {
  const path = join(workdir, "launch.mjs");
  writeFileSync(
    path,
    [
      `import { runnerImport } from ${JSON.stringify(viteUrl)};`,
      `await runnerImport(${JSON.stringify(cliPath)}, {`,
      `  root: ${JSON.stringify(packageRoot)},`,
      `  logLevel: "error",`,
      `  environments: { inline: { resolve: { noExternal: [/^@persistence-sdk\\//], conditions: ["@persistence-sdk/source"] } } },`,
      "});",
    ].join("\n"),
  );
  return path;
}

/** Resolves with everything printed up to `marker`. */
function readUntil(child: ChildProcess, marker: string): Promise<string> {
  return new Promise((resolveOutput, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(marker)) resolveOutput(output);
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before "${marker}":\n${output}`)));
  });
}

function capture(): { io: { stdout: PassThrough; stderr: PassThrough }; out(): string; err(): string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout, stderr }, out: () => out, err: () => err };
}

describe("persistence-mock-chain", () => {
  const stateFile = join(workdir, "state.json");
  const funded = toBech32(DEVNET.bech32Prefix, new Uint8Array(20).fill(42));

  it("starts, prints what a developer needs, serves, and saves its state on SIGTERM", { timeout: 30_000 }, async () => {
    const child = spawn(process.execPath, [writeLauncher(), "--port", "0", "--state", stateFile], {
      cwd: workdir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const banner = await readUntil(child, "Listening.");
      expect(banner).toContain(DEVNET.chainId);
      expect(banner).toContain(DEVNET.mnemonic);
      expect(banner).toContain(`(0) ${DEVNET.accounts[0]!.address}  1000000000000uxprt (1000000 XPRT)`);
      const rpcUrl = /RPC:\s+(http:\/\/\S+)/.exec(banner)![1]!;
      const restUrl = /REST:\s+(http:\/\/\S+)/.exec(banner)![1]!;
      expect(banner).toContain(`WebSocket:  ${rpcUrl.replace("http", "ws")}/websocket`);

      const status = (await (await fetch(`${rpcUrl}/status`)).json()) as LooseJson;
      expect(status.result.node_info.network).toBe(DEVNET.chainId);
      const fund = await fetch(rpcUrl, {
        method: "POST",
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "mock_fund", params: [funded, "4242uxprt"] }),
      });
      expect(((await fund.json()) as LooseJson).error).toBeUndefined();
      const balance = (await (await fetch(`${restUrl}/cosmos/bank/v1beta1/balances/${funded}`)).json()) as LooseJson;
      expect(balance.balances).toEqual([{ denom: "uxprt", amount: "4242" }]);
    } finally {
      const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
    const saved = JSON.parse(readFileSync(stateFile, "utf8"));
    expect(saved.format).toBe("persistence-mock-chain/state@1");
  });

  it("resumes from the --state file", async () => {
    const { io } = capture();
    const session = (await runCli(["--port", "0", "--state", stateFile], io)) as CliSession;
    try {
      const balance = (await (
        await fetch(`${session.running.restUrl}/cosmos/bank/v1beta1/balances/${funded}`)
      ).json()) as LooseJson;
      expect(balance.balances).toEqual([{ denom: "uxprt", amount: "4242" }]);
    } finally {
      await session.shutdown();
    }
  });

  it("starts from a --genesis file and lists the accounts it funds", async () => {
    const genesisFile = join(workdir, "genesis.json");
    // A genesis file as a node exports one: from a chain that funded one more account.
    const source = createChain({
      genesis: devnetGenesis({ balances: [{ address: funded, coins: [{ denom: "uxprt", amount: 99n }] }] }),
    });
    const exported = genesisToJson({ ...source.exportGenesis(), chainId: "my-chain-7" });
    source.close();
    writeFileSync(genesisFile, JSON.stringify(toJsonSafe(exported)));
    const output = capture();
    const session = (await runCli(["--port", "0", "--genesis", genesisFile], output.io)) as CliSession;
    try {
      expect(session.running.chainId).toBe("my-chain-7");
      expect(output.out()).toContain(`${funded}  99uxprt (0.000099 XPRT)`);
    } finally {
      await session.shutdown();
    }
  });

  it("prints usage for --help and refuses bad flags with exit code 2", async () => {
    const help = capture();
    expect(await runCli(["--help"], help.io)).toBe(0);
    expect(help.out()).toContain("Usage: persistence-mock-chain");
    const bad = capture();
    expect(await runCli(["--port", "eighty"], bad.io)).toBe(2);
    expect(bad.err()).toContain("--port must be a port number");
    const missing = capture();
    expect(await runCli(["--port", "0", "--genesis", join(workdir, "nope.json")], missing.io)).toBe(1);
    expect(missing.err()).toContain("nope.json");
  });
});
