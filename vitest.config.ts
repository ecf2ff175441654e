import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against the sources, not the built dist folders.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      // The subpath first: an alias also matches the longer specifiers that start with it.
      '@buildcontent/core/node': source('./packages/core/src/node/index.ts'),
      '@buildcontent/core': source('./packages/core/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'grammar/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/vscode-e2e/node_modules/**'],
    // .ci/run runs `npm test` as the README writes it, and counts the tests from this JSON report.
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
