import { defineConfig } from "vitest/config";

// The one vitest setup of every package: tests beside the code, workspace packages resolved to their TypeScript
// sources (the `@persistence-sdk/source` export condition) so a test never runs against a stale build.
export default defineConfig({
  resolve: { conditions: ["@persistence-sdk/source"] },
  test: { include: ["src/**/*.test.ts"] },
});
