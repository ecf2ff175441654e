import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'grammar/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/vscode-e2e/node_modules/**'],
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
