import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests run against the sources, not the built dist folders.
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Integration tests: real editors, code-server and Chromium, packed npm packages, the built bundles and the
 * language server spoken to over stdio, the built CLI binary. `npm run test:integration` (it builds first);
 * `npm test` runs the rest (unit tests, from the sources: they need no build).
 */
const INTEGRATION = [
  'test/vscode-e2e/**/*.test.ts',
  'test/packaging/**/*.test.ts',
  'test/protocol/**/*.test.ts',
  'test/parity/**/*.test.ts',
  'packages/vscode/test/bundle.test.ts',
  'packages/core/test/project/browser.test.ts',
  'grammar/test/diagram.test.ts',
  // The built dist: the CLI binary spawned, core imported from plain Node, core's .d.ts read by API Extractor.
  'packages/cli/test/built-binary.test.ts',
  'packages/core/test/package.test.ts',
  'packages/core/test/api-report.test.ts',
];
/**
 * Every integration test that starts the language server runs its bundle (dist/bundle/*.mjs, as the bin does).
 * test/packaging/pack.test.ts runs `npm pack`, whose prepack rewrites that bundle in place, and a server started
 * meanwhile could read half a file: so it runs alone, in the last group. The editors and the launchers run in a
 * group of their own before it (real editors, each with its own timing, beside the protocol tests' servers).
 */
const RUN_THE_BIN = ['test/editors/**/*.test.ts', 'test/packaging/launchers.test.ts', 'test/protocol/start-up.test.ts'];
const REWRITES_THE_BUNDLE = ['test/packaging/pack.test.ts'];
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
    // .ci/run counts the tests of both commands from this JSON report (one file per run).
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
    testTimeout: 30000,
    hookTimeout: 60000,
    // The pool's ceiling; each project sets its own share (vitest's default, cores - 1, is one worker here).
    maxWorkers: 4,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One module graph per worker for all unit test files (the core sources are transformed and loaded
          // once, not once per file). Unit tests keep no global state.
          isolate: false,
          // Two workers on a 2-core machine: the unit tests are CPU-bound; a third only adds a module graph.
          maxWorkers: 2,
          include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'grammar/test/**/*.test.ts'],
          exclude: [...EXCLUDE, ...INTEGRATION, ...RUN_THE_BIN],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          exclude: [...EXCLUDE, ...RUN_THE_BIN, ...REWRITES_THE_BUNDLE],
          // Four files at a time: most of their time is spent waiting on an editor, a browser or a server. Like the
          // unit tests, they share each worker's module graph (no test changes global state or mocks a module).
          maxWorkers: 4,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-bin',
          include: RUN_THE_BIN,
          exclude: EXCLUDE,
          maxWorkers: 4,
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-pack',
          include: REWRITES_THE_BUNDLE,
          exclude: EXCLUDE,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
