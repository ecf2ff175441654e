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
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
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
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  boundaries,
);
