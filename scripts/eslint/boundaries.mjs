// The layering of docs/architecture.md ("Packages and imports") as ESLint rules, so that it stays true:
// core imports no Node built-in (except its src/node/ folder) and nothing of the CLI, the server or the extension;
// the server's features are pure functions of their inputs and never import the wiring in server.ts.
// test/boundaries/boundaries.test.ts proves that each restriction fires.
import { builtinModules } from 'node:module';

const NODE_BUILTINS = [...new Set(builtinModules.map((name) => name.replace(/^node:/, '').split('/')[0]))];

/** Node built-ins, with and without the `node:` prefix (subpaths such as `fs/promises` included). */
const nodeBuiltins = {
  regex: `^(node:|(${NODE_BUILTINS.join('|')})(/|$))`,
  message: 'core runs in browsers too: Node APIs belong in packages/core/src/node/ (docs/architecture.md).',
};

/** The packages above core, by name or by a relative path into their folders. */
const upperPackages = {
  regex:
    '^(@buildcontent/(cli|language-server)|buildcontent-vscode)(/|$)|(^|/)(cli|language-server|vscode)/(src|dist)(/|$)',
  message: 'core is the bottom layer: it imports nothing of the CLI, the language server or the extension.',
};

export const BOUNDARY_MESSAGES = { nodeBuiltins: nodeBuiltins.message, upperPackages: upperPackages.message };

/** no-restricted-imports options: core outside src/node/, core's src/node/, the server's features. */
export const CORE_IMPORTS = { patterns: [nodeBuiltins, upperPackages] };
export const CORE_NODE_IMPORTS = { patterns: [upperPackages] };
export const FEATURE_IMPORTS = {
  patterns: [
    {
      regex: '(^|/)server(\\.[cm]?[jt]s)?$',
      message: 'features are pure functions: server.ts wires them, they never import it.',
    },
  ],
};

/**
 * Flat-config entries with the restrictions, per folder.
 * @type {import('eslint').Linter.Config[]}
 */
export const boundaries = [
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/node/**'],
    rules: {
      'no-restricted-imports': ['error', CORE_IMPORTS],
      'no-restricted-globals': [
        'error',
        ...['Buffer', 'process', 'require', '__dirname', '__filename', 'setImmediate'].map((name) => ({
          name,
          message: 'core runs in browsers too: no Node globals outside packages/core/src/node/.',
        })),
      ],
    },
  },
  {
    files: ['packages/core/src/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', CORE_NODE_IMPORTS] },
  },
  {
    files: ['packages/language-server/src/features/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', FEATURE_IMPORTS] },
  },
];
