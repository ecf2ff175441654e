// grammar/diagram.html is the author-level syntax diagram (one per command, its documented forms); the committed
// file must be what the generator gives today, self-contained (no CDN, no machine paths), and must draw one
// diagram per rule.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMAND_KINDS } from '../../packages/core/src/syntax/ast.js';
import { authorGrammar, diagramPath, generateDiagramHtml } from '../scripts/generate-diagram.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const committed = existsSync(diagramPath) ? readFileSync(diagramPath, 'utf8') : '';

function findChromium(): string | undefined {
  try {
    return (
      execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

// playwright-core is installed with code-server by test/vscode-e2e/setup.sh, not by the workspace.
function loadPlaywright(): typeof import('playwright-core') | undefined {
  try {
    return createRequire(join(repoRoot, 'test/vscode-e2e/package.json'))('playwright-core');
  } catch {
    return undefined;
  }
}

describe('grammar/diagram.html', () => {
  it('is what the generator gives today (regenerate: npx tsx grammar/scripts/generate-diagram.ts)', () => {
    expect(committed.length).toBeGreaterThan(0);
    expect(committed === generateDiagramHtml()).toBe(true);
  });

  it('is self-contained: no external script, stylesheet or machine path', () => {
    expect(committed).not.toMatch(/<script[^>]+src=/);
    expect(committed).not.toMatch(/<link[^>]+stylesheet/);
    expect(committed).not.toContain('unpkg.com');
    expect(committed).not.toContain(repoRoot);
    expect(committed).not.toContain('node_modules');
  });

  it('draws every command at the level of an author: source types, both COMPONENT forms, RESTART alone', () => {
    const rules = authorGrammar().map((rule) => rule.name);
    expect(rules).toEqual(['template', 'command', 'FROM', 'COMPONENT', 'componentArn', ...COMMAND_KINDS.slice(2)]);
    for (const rule of rules) expect(committed).toContain(`"name": "${rule}"`);
    for (const label of ['"IMAGE:"', '"IMAGE_FAMILY:"', '"acs:ecs:"', '"--<name>"', '"<componentId> (ic-...)"'])
      expect(committed).toContain(`"label": ${label}`);
    const restart = authorGrammar().find((rule) => rule.name === 'RESTART')!;
    expect(restart.definition).toEqual([{ type: 'Terminal', name: expect.any(String), label: 'RESTART', idx: 0 }]);
  });

  const chromium = findChromium();
  const playwright = loadPlaywright();
  if (!chromium || !playwright) {
    console.log(
      '[grammar] diagram rendering test skipped: needs chromium and test/vscode-e2e/setup.sh (playwright-core)',
    );
  }
  it.skipIf(!chromium || !playwright)('draws one railroad diagram per rule in Chromium, offline', async () => {
    const browser = await playwright!.chromium.launch({
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.setContent(committed, { waitUntil: 'load' });
      const diagrams = await page.locator('svg.railroad-diagram').count();
      expect(errors).toEqual([]);
      expect(diagrams).toBe(authorGrammar().length);
      expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
