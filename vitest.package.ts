import { defineConfig } from "vitest/config";

// The one vitest setup of every package: tests beside the code, workspace packages resolved to their TypeScript
// sources (the `@persistence-sdk/source` export condition) so a test never runs against a stale build. Vitest
// resolves test files in its SSR environment and global-setup files in its own, so each gets the condition too.
const source = ["@persistence-sdk/source"];

export default defineConfig({
  resolve: { conditions: source },
  ssr: { resolve: { conditions: source } },
  environments: { __vitest__: { resolve: { conditions: source } } },
  // Integration tests drive a whole chain over HTTP; on a loaded 2-core machine a test can take far longer than
  // vitest's 5 s default without anything being wrong. These are hang guards, not speed checks (benches measure speed).
  test: { include: ["src/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
});
