// The published shape: plain Node imports the built ESM with its type declarations.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

describe('@buildcontent/core as a package', () => {
  it('imports from plain Node (ESM) and ships .d.ts files', () => {
    expect(existsSync(resolve(root, 'packages/core/dist/index.d.ts')), 'run npm run build').toBe(true);
    const script =
      "import { parse, lint } from '@buildcontent/core'; const t = parse('run echo'); console.log(JSON.stringify([t.commands[0].keyword, lint('RUN').map((d) => d.code)]));";
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['RUN', ['EmptyCommandContent.RUN']]);
  });
});
