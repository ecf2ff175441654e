// The dependency-boundary check (scripts/eslint/boundaries.mjs, part of `npm run lint`) fires where the layering of
// docs/architecture.md is broken, and stays quiet where it is kept. Linted without type information, so it is fast.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { BOUNDARY_MESSAGES, CORE_IMPORTS, FEATURE_IMPORTS, boundaries } from '../../scripts/eslint/boundaries.mjs';
import { REPO_ROOT } from '../protocol/lsp-client.js';

const eslint = new ESLint({
  cwd: REPO_ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...boundaries],
});

/** The boundary messages ESLint reports for `code` as if it were the file at `path`. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${path}` });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}

describe('dependency boundaries', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["import { readFile } from 'fs/promises';", 'fs/promises'],
    ["export { join } from 'path';", 'path'],
  ])('core may not import a Node built-in: %s', async (code, name) => {
    expect(await violations('packages/core/src/syntax/parse.ts', code)).toEqual([
      `1:1 no-restricted-imports: '${name}' import is restricted from being used by a pattern. ${BOUNDARY_MESSAGES.nodeBuiltins}`,
    ]);
  });

  it.each([
    ["import { startServer } from '@buildcontent/language-server';", '@buildcontent/language-server'],
    ["import { main } from '@buildcontent/cli/main';", '@buildcontent/cli/main'],
    ["import { x } from '../../../language-server/src/server.js';", '../../../language-server/src/server.js'],
    ["import { y } from '../../../cli/dist/main.js';", '../../../cli/dist/main.js'],
  ])('core may not import the CLI, the server or the extension: %s', async (code, name) => {
    const expected = [
      `1:1 no-restricted-imports: '${name}' import is restricted from being used by a pattern. ${BOUNDARY_MESSAGES.upperPackages}`,
    ];
    expect(await violations('packages/core/src/checks/registry.ts', code)).toEqual(expected);
    expect(await violations('packages/core/src/node/node-file-system.ts', code)).toEqual(expected);
  });

  it('core may not use Node globals outside src/node/', async () => {
    expect(
      await violations('packages/core/src/util/utf8-bytes.ts', "export const n = Buffer.byteLength('x');"),
    ).toEqual([
      "1:18 no-restricted-globals: Unexpected use of 'Buffer'. core runs in browsers too: no Node globals outside packages/core/src/node/.",
    ]);
  });

  it('keeps quiet for what the layering allows', async () => {
    const allowed =
      "import { createToken } from 'chevrotain';\nimport { parse } from 'yaml';\nimport { closestWord } from '../util/closest-word.js';\n";
    expect(await violations('packages/core/src/project/settings.ts', allowed)).toEqual([]);
    expect(
      await violations(
        'packages/core/src/node/node-file-system.ts',
        "import { readFile } from 'node:fs/promises';\nconst b = Buffer.from('x');\n",
      ),
    ).toEqual([]);
    expect(
      await violations(
        'packages/language-server/src/features/hover.ts',
        "import { lint } from '@buildcontent/core';\nimport { serverInfo } from '../server-info.js';\n",
      ),
    ).toEqual([]);
    expect(await violations('packages/cli/src/main.ts', "import { readFileSync } from 'node:fs';\n")).toEqual([]);
  });

  it.each(["import { connection } from '../server.js';", "import '../server';"])(
    'a server feature may not import server.ts: %s',
    async (code) => {
      const [message] = await violations('packages/language-server/src/features/hover.ts', code);
      expect(message).toMatch(
        /^1:1 no-restricted-imports: '\.\.\/server(\.js)?' import is restricted from being used by a pattern\. features are pure functions/,
      );
    },
  );

  it('is part of the repository ESLint configuration', async () => {
    const real = new ESLint({ cwd: REPO_ROOT });
    const config = (await real.calculateConfigForFile(`${REPO_ROOT}/packages/core/src/syntax/parse.ts`)) as {
      rules: Record<string, unknown>;
    };
    expect(config.rules['no-restricted-imports']).toEqual([2, CORE_IMPORTS]);
    const feature = (await real.calculateConfigForFile(
      `${REPO_ROOT}/packages/language-server/src/features/hover.ts`,
    )) as { rules: Record<string, unknown> };
    expect(feature.rules['no-restricted-imports']).toEqual([2, FEATURE_IMPORTS]);
  });
});
