import { defineConfig } from "vitest/config";

// The one vitest setup of every package: tests beside the code, workspace packages resolved to their TypeScript
// sources (the `@persistence-sdk/source` export condition) so a test never runs against a stale build. Vitest
// resolves test files in its SSR environment and global-setup files in its own, so each gets the condition too.
const source = ["@persistence-sdk/source"];

export default defineConfig({
  resolve: { conditions: source },
  ssr: { resolve: { conditions: source } },
  environments: { __vitest__: { resolve: { conditions: source } } },
  test: { include: ["src/**/*.test.ts"] },
});
