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
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
