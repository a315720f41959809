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
import { DEVNET_ATOM, DEVNET_LSTS } from "../genesis/devnet-assets.js";
import { devnetGenesis } from "../genesis/devnet-genesis.js";
import { genesisToJson } from "../genesis/genesis-document.js";
import { genesisBalance, genesisBalances } from "../genesis/genesis-expectations.test-support.js";
import { createChain } from "../node/chain.js";
import { toJsonSafe } from "../rpc/control-methods.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { type CliSession, runCli } from "./cli-main.js";

const workdir = mkdtempSync(join(tmpdir(), "mock-chain-cli-"));
const cliPath = resolve(dirname(fileURLToPath(import.meta.url)), "../cli.ts");
const packageRoot = resolve(dirname(cliPath), "..");
const viteUrl = pathToFileURL(createRequire(import.meta.url).resolve("vite")).href;

afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const XPRT = { symbol: "XPRT", denom: DEVNET.denoms.bond, exponent: DEVNET.denoms.decimals };

/** The symbols the banner shows for the devnet's denoms. */
const SYMBOLS = new Map<string, string>([
  [XPRT.denom, XPRT.symbol],
  [DEVNET_ATOM.denom, DEVNET_ATOM.symbol],
  ...Object.values(DEVNET_LSTS).map((lst): [string, string] => [lst.denom, lst.symbol]),
]);

/** A base amount in whole display units of 6 decimals, as XPRT, ATOM and the LSTs have (the devnet funds whole tokens). */
function wholeUnits(amount: bigint): string {
  const scale = 10n ** BigInt(XPRT.exponent);
  expect(amount % scale).toBe(0n);
  return (amount / scale).toString();
}

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
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    try {
      const banner = await readUntil(child, "Listening.");
      expect(banner).toContain(DEVNET.chainId);
      expect(banner).toContain(`Mnemonic:        ${DEVNET.mnemonic}`);
      expect(banner).toContain(`Derivation path: m/44'/${DEVNET.coinType}'/0'/0/{index}`);

      // Each account with everything the genesis gives it, in display units: XPRT first, then ATOM and the LSTs.
      const account = DEVNET.accounts[0]!.address;
      const line = banner.split("\n").find((l) => l.startsWith(`(0) ${account}  `));
      const shown = line?.slice(`(0) ${account}  `.length).split(", ");
      const held = genesisBalances(account);
      expect(held.map((coin) => SYMBOLS.get(coin.denom)).sort()).toEqual(
        ["XPRT", DEVNET_ATOM.symbol, ...Object.values(DEVNET_LSTS).map((lst) => lst.symbol)].sort(),
      );
      expect(shown?.[0]).toBe(`${wholeUnits(genesisBalance(account))} XPRT`);
      expect(shown?.sort()).toEqual(
        held.map((coin) => `${wholeUnits(BigInt(coin.amount))} ${SYMBOLS.get(coin.denom)}`).sort(),
      );
      const authority = DEVNET.authority.address;
      expect(banner).toContain(`(10) authority ${authority}  ${wholeUnits(genesisBalance(authority))} XPRT\n`);
      // ... and what those symbols are: the denom to put in a transaction, its decimals, an IBC denom's trace.
      for (const asset of [XPRT, DEVNET_ATOM, ...Object.values(DEVNET_LSTS)]) {
        const trace = "trace" in asset ? `, IBC ${asset.trace}` : "";
        const row = `${asset.symbol} +${asset.denom} (${asset.exponent} decimals${trace})`;
        expect(banner).toMatch(new RegExp(`^${row.replace(/[()/.]/g, "\\$&")}$`, "m"));
      }

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
      child.kill("SIGTERM");
      // Awaited here but checked below, so that a failed expectation above is the one reported.
      await exited;
    }
    expect(await exited).toBe(0);
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
      expect(output.out()).toContain(`${funded}  0.000099 XPRT`);
    } finally {
      await session.shutdown();
    }
  });

  it("starts from the devnet's own genesis.json, genesisToJson(devnetGenesis()), as the same chain", async () => {
    const genesisFile = join(workdir, "devnet-genesis.json");
    writeFileSync(genesisFile, JSON.stringify(genesisToJson(devnetGenesis())));
    const output = capture();
    const session = await runCli(["--port", "0", "--genesis", genesisFile], output.io);
    expect(output.err()).toBe("");
    expect(typeof session).toBe("object");
    const { running, shutdown } = session as CliSession;
    const devnet = createChain();
    try {
      // The same state as the default devnet's: same app hash, accounts, balances and validators.
      expect(running.chainId).toBe(DEVNET.chainId);
      expect(running.chain.abciInfo().lastBlockAppHash).toEqual(devnet.abciInfo().lastBlockAppHash);
      expect(running.chain.validators()).toEqual(devnet.validators());
      const account = DEVNET.accounts[0]!.address;
      expect(output.out()).toContain(`${account}  ${wholeUnits(genesisBalance(account))} XPRT, `);
    } finally {
      devnet.close();
      await shutdown();
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
