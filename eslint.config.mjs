// `npm run lint`: ESLint with typescript-eslint's type-checked rules over every package, test and script, and the
// layering of docs/architecture.md (scripts/eslint/boundaries.mjs). Formatting is Prettier's (`npm run format`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaries } from './scripts/eslint/boundaries.mjs';

export default defineConfig(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tmp/**',
      'coverage/**',
      'test/vscode-e2e/.cs/**',
      'test/vscode-e2e/.tmp/**',
      'grammar/diagram.html',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // The same programs as `npm run typecheck`: tests and scripts see the sources, as vitest runs them.
        project: ['./tsconfig.test.json', './packages/vscode/tsconfig.json', './packages/vscode/tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_` marks a parameter an interface requires but this implementation does not read.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Control characters are matched on purpose: terminal-safe output, the service's content rules, their tests.
      'no-control-regex': 'off',
      // Async implementations of promise-returning interfaces (FileSystemProvider, CliIo, the SDK and grammar
      // stand-ins in tests) often have nothing to await; the interface, not the body, makes them async.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Still to fix, so warnings for now (they print, they do not fail): String() and `+` of values typed unknown
    // that the code has narrowed by hand (build-request, flatten-request, validate-parameters, pipeline-schema),
    // `PipelineParameters | unknown` kept as documentation in buildRequest, and unsafe any from chevrotain/yaml
    // APIs in syntax/tokens.ts and component/yaml-component.ts. Each wants a typed narrowing, not a rule change.
    files: ['packages/core/src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'warn',
      '@typescript-eslint/restrict-plus-operands': 'warn',
      '@typescript-eslint/no-redundant-type-constituents': 'warn',
      '@typescript-eslint/no-unsafe-assignment': 'warn',
    },
  },
  {
    // Here the rule's autofix breaks `tsc -b`: the assertions narrow what the build's program does not infer.
    files: [
      'packages/core/src/project/load-project.ts',
      'packages/core/src/component/yaml-component.ts',
      'packages/core/test/component/component-request.test.ts',
    ],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'warn' },
  },
  {
    // Tests read untyped data on purpose: JSON.parse of CLI output and reports, LSP payloads, vscode stand-in reports;
    // the expect() assertions that follow are the check on their shape, so typing each read would add nothing.
    files: ['**/test/**/*.ts', 'bench/**/*.ts', 'packages/*/bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Plain JavaScript (bins, build scripts, the vscode stand-in): no type information to lint with.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // The vscode stand-in defines its own Disposable and performance, as the real vscode module does.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    // ESLint's own globals include a Disposable, and no-undef then misses the stand-in's class of that name.
    files: ['packages/vscode/test/harness/vscode-stand-in.cjs'],
    rules: { 'no-undef': 'off' },
  },
  boundaries,
);
