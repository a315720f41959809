// A vitest global setup that runs one mock chain for a whole test run and hands its URLs to the tests.
//
// In vitest.config.ts:
//
//   export default defineConfig({ test: { globalSetup: ["@persistence-sdk/mock-chain/testing"] } });
//
// In a test:
//
//   import { inject } from "vitest";
//   const { rpcUrl, restUrl, wsUrl, chainId, mnemonic } = inject("mockChain");
//   const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet);
//
// The chain lives in vitest's main process, so tests (in workers) steer it over JSON-RPC: `mock_mine`,
// `mock_advanceTime`, `mock_fund`, `mock_snapshot` / `mock_revert` between tests, and so on. For other options, write
// a one-line global setup file: `export default createMockChainSetup({ blockTimeMs: 1000 });`.
// Brings "vitest" into the program so that the ProvidedContext augmentation below has a module to augment.
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { type RunningMockChain, type StartMockChainOptions, startMockChain } from "../server/start.js";

/** What the global setup provides to tests under the key "mockChain". */
export interface ProvidedMockChain {
  readonly rpcUrl: string;
  readonly restUrl: string;
  readonly wsUrl: string;
  readonly chainId: string;
  /** The devnet's test mnemonic (accounts m/44'/118'/0'/0/0..9 are funded). */
  readonly mnemonic: string;
}

declare module "vitest" {
  interface ProvidedContext {
    mockChain: ProvidedMockChain;
  }
}

/** A global setup function starting a chain with `options`; its return value stops the chain after the run. */
export function createMockChainSetup(options: StartMockChainOptions = {}) {
  return async function setupMockChainGlobal(project: TestProject): Promise<() => Promise<void>> {
    const running: RunningMockChain = await startMockChain(options);
    project.provide("mockChain", {
      rpcUrl: running.rpcUrl,
      restUrl: running.restUrl,
      wsUrl: running.wsUrl,
      chainId: running.chainId,
      mnemonic: running.devnet.mnemonic,
    });
    return () => running.stop();
  };
}

const startDefault = createMockChainSetup();
let stopDefault: (() => Promise<void>) | undefined;

/** Global setup with the default devnet on free ports. */
export async function setup(project: TestProject): Promise<void> {
  stopDefault = await startDefault(project);
}

/** Stops the chain `setup` started. */
export async function teardown(): Promise<void> {
  await stopDefault?.();
  stopDefault = undefined;
}
