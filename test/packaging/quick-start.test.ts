// .ci/run reads the quick start from README.md through scripts/quick-start.mjs: the extraction itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickStartCommands } from '../../scripts/quick-start.mjs';
import { REPO_ROOT } from '../protocol/lsp-client.js';

const sample = (eol: string) =>
  [
    '# Tool',
    '',
    '## Quick start',
    '',
    '```sh',
    'npm ci && npx tool lint x   # a comment',
    '# only a comment',
    '',
    'npm test  # every test',
    '```',
    '',
    '## Next',
    '```sh',
    'not this',
    '```',
    '',
  ].join(eol);

describe('quickStartCommands', () => {
  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])('takes the commands of the quick start block, without comments (%s)', (_, eol) => {
    expect(quickStartCommands(sample(eol))).toEqual(['npm ci && npx tool lint x', 'npm test']);
  });

  it('refuses a README without a quick start block', () => {
    expect(() => quickStartCommands('# Tool\n\n## Usage\n```sh\nx\n```\n')).toThrow(
      'README.md has no ```sh block under "## Quick start"',
    );
  });

  it("reads the repository README's two commands: install and lint the examples, then test", () => {
    const commands = quickStartCommands(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm ci && npx buildcontent lint examples$/);
    expect(commands[1]).toBe('npm test');
  });
});
