// The global-setup helper in a real vitest run: a nested vitest (programmatic API) runs a fixture test with this
// package's setup file as its globalSetup; the fixture injects "mockChain" and calls the chain over HTTP.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { startVitest } from "vitest/node";

/** Resolve this monorepo's packages to their TypeScript sources, as the package's own vitest config does. */
const SOURCE = ["@persistence-sdk/source"];
const workdir = mkdtempSync(join(tmpdir(), "mock-chain-setup-"));
const setupFile = resolve(dirname(fileURLToPath(import.meta.url)), "setup-mock-chain.ts");

afterAll(() => rmSync(workdir, { recursive: true, force: true }));

it("provides the chain's URLs to tests and stops the chain afterwards", { timeout: 30_000 }, async () => {
  const resultFile = join(workdir, "result.json");
  writeFileSync(
    join(workdir, "fixture.test.ts"),
    `
import { writeFileSync } from "node:fs";
import { expect, inject, it } from "vitest";
it("talks to the provided chain", async () => {
  const chain = inject("mockChain");
  const status = await (await fetch(chain.rpcUrl + "/status")).json();
  const params = await fetch(chain.restUrl + "/cosmos/bank/v1beta1/params");
  writeFileSync(${JSON.stringify(resultFile)}, JSON.stringify({ chain, network: status.result.node_info.network, rest: params.status }));
  expect(status.result.node_info.network).toBe(chain.chainId);
});
`,
  );
  const vitest = await startVitest(
    "test",
    [],
    { root: workdir, watch: false, globalSetup: [setupFile], reporters: [], include: ["fixture.test.ts"] },
    {
      resolve: { conditions: SOURCE },
      ssr: { resolve: { conditions: SOURCE } },
      // The global setup runs in vitest's own environment.
      environments: { __vitest__: { resolve: { conditions: SOURCE } } },
    },
  );
  const failed = vitest.state.getCountOfFailedTests();
  await vitest.close();
  expect(failed).toBe(0);

  const { readFileSync } = await import("node:fs");
  const result = JSON.parse(readFileSync(resultFile, "utf8"));
  expect(result.network).toBe("persistence-mock-1");
  expect(result.rest).toBe(200);
  expect(result.chain.mnemonic).toBe("test test test test test test test test test test test junk");
  expect(result.chain.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/websocket$/);
  // The teardown stopped the chain: its port no longer answers.
  await expect(fetch(`${result.chain.rpcUrl}/health`)).rejects.toThrow();
});
