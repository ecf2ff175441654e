// Core runs in a browser: bundled with esbuild for the browser platform (a node:* import anywhere in
// core fails the bundle), it loads a project from memory and lints it in headless Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { InMemoryFileSystem, lint, lintOptionsOf, loadProject } from '../../src/index.js';
import { files } from './browser/files.js';

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => spawnSync(path, ['--version']).status === 0,
);
const dir = mkdtempSync(join(tmpdir(), 'bc-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(__dirname, 'browser/entry.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('@buildcontent/core in a browser', () => {
  it('bundles for the browser platform without any node:* module', async () => {
    const code = await bundle();
    expect(code).not.toMatch(/require\("node:|from "node:/);
    expect(code.length).toBeGreaterThan(10000);
  });

  it.skipIf(!chromium)(
    'loads a project from memory and lints it in headless Chromium, as Node does (needs chromium)',
    async () => {
      const page = join(dir, 'index.html');
      // `<` inside the script would end it early in HTML; escape it as JavaScript allows.
      const script = (await bundle()).replace(/<\/script/gi, '<\\/script');
      writeFileSync(
        page,
        `<!doctype html><html><body><pre id="out">pending</pre><script>${script}</script></body></html>`,
      );
      const args = [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--virtual-time-budget=5000',
        '--dump-dom',
        pathToFileURL(page).href,
      ];
      const dom = execFileSync(chromium!, args, {
        encoding: 'utf8',
        timeout: 60000,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const out = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1];
      const shown = JSON.parse(
        (out ?? '{}')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>'),
      );
      expect(shown.userAgent).toContain('Chrome');

      // The same project in Node gives the same findings.
      const fs = new InMemoryFileSystem(files);
      const project = await loadProject(fs, '/ws/app/web.buildcontent');
      const expected = lint(files['/ws/app/web.buildcontent'], lintOptionsOf(project)).map((d) => [
        d.code,
        d.severity,
        d.range.start.line,
        d.range.start.character,
      ]);
      expect(shown.result).toEqual(expected);
      expect(shown.result).toEqual([
        ['keyword-case', 'error', 1, 0],
        ['copy-url-without-internet', 'warning', 2, 5],
        ['NotEmptyCommandContent.RESTART', 'error', 3, 8],
      ]);
    },
    90000,
  );
});
