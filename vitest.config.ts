import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against the sources, not the built dist folders.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Integration tests: real editors, code-server and Chromium, packed npm packages, the built bundles and the
 * language server spoken to over stdio. `npm run test:integration`; `npm test` runs the rest (unit tests).
 */
const INTEGRATION = [
  'test/editors/**/*.test.ts',
  'test/vscode-e2e/**/*.test.ts',
  'test/packaging/**/*.test.ts',
  'test/protocol/**/*.test.ts',
  'test/parity/**/*.test.ts',
  'packages/vscode/test/bundle.test.ts',
  'packages/core/test/project/browser.test.ts',
  // The built dist: the CLI binary spawned, core imported from plain Node, core's .d.ts read by API Extractor.
  'packages/cli/test/built-binary.test.ts',
  'packages/core/test/package.test.ts',
  'packages/core/test/api-report.test.ts',
  'grammar/test/diagram.test.ts',
];
const EXCLUDE = ['**/node_modules/**', 'test/vscode-e2e/node_modules/**'];

export default defineConfig({
  resolve: {
    alias: {
      // The subpath first: an alias also matches the longer specifiers that start with it.
      '@buildcontent/core/node': source('./packages/core/src/node/index.ts'),
      '@buildcontent/core': source('./packages/core/src/index.ts'),
    },
  },
  test: {
    // .ci/run counts the tests of both projects from this JSON report (one file per run).
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
    testTimeout: 30000,
    hookTimeout: 60000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One module graph for all unit test files (the core sources are transformed and loaded once, not once
          // per file): ~37 s of CPU for 67 files instead of several minutes. Unit tests keep no global state.
          isolate: false,
          include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'grammar/test/**/*.test.ts'],
          exclude: [...EXCLUDE, ...INTEGRATION],
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: INTEGRATION, exclude: EXCLUDE },
      },
    ],
  },
});
