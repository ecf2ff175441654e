// What a user gets from npm: each package is packed with `npm pack`, the tarballs are installed together into an
// empty folder (registry dependencies come from the npm cache that `npm ci` filled), and the installed
// packages are used there as a user would: the `buildcontent` bin through npx, the language server over stdio,
// core through `import` and through `require`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, REPO_ROOT, requireBuiltServer } from '../protocol/lsp-client.js';
import { PUBLISHED_PACKAGES, readJson, repositoryOf } from './package-kit.js';

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

let scratch: string;
let installDir: string;
const packed = new Map<string, PackResult>();

beforeAll(() => {
  requireBuiltServer();
  scratch = mkdtempSync(join(tmpdir(), 'bc-pack-'));
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  for (const dir of PUBLISHED_PACKAGES) {
    const [result] = JSON.parse(
      npm(['pack', '--json', '--pack-destination', tarballs], join(REPO_ROOT, dir)),
    ) as PackResult[];
    packed.set(dir, result);
  }
  installDir = join(scratch, 'empty');
  mkdirSync(installDir);
  npm(
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      ...[...packed.values()].map((p) => join(tarballs, p.filename)),
    ],
    installDir,
  );
}, 240000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('each tarball', () => {
  it.each(PUBLISHED_PACKAGES)('%s carries a README, a LICENSE, its bins and its entry points', (dir) => {
    const files = packed.get(dir)!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
    const manifest = readJson(join(REPO_ROOT, dir, 'package.json'));
    const entries = [...Object.values(manifest.bin ?? {}), manifest.main, manifest.types].filter(Boolean) as string[];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(files).toContain(entry.replace(/^\.\//, ''));
    expect(files.filter((f) => f.startsWith('test/') || f.endsWith('.tsbuildinfo'))).toEqual([]);
  });

  it.each(PUBLISHED_PACKAGES)('%s installed has repository, homepage and bugs pointing at the repository', (dir) => {
    const installed = readJson(
      join(installDir, 'node_modules', readJson(join(REPO_ROOT, dir, 'package.json')).name, 'package.json'),
    );
    const root = repositoryOf(readJson(join(REPO_ROOT, 'package.json')));
    expect(repositoryOf(installed)).toBe(root);
    expect(installed.repository.directory).toBe(dir);
    expect(installed.homepage).toBe(`${root}/tree/main/${dir}#readme`);
    expect(installed.bugs).toEqual({ url: `${root}/issues` });
  });
});

describe('installed into an empty folder', () => {
  const run = (command: string, args: string[], input?: string) =>
    spawnSync(command, args, { cwd: installDir, encoding: 'utf8', input, timeout: 60000 });

  // `--no`: never fall back to the registry (what npx did when the bin was not linked); `--` keeps
  // `--version` from being read as npx's own option.
  it('npx buildcontent --version prints the package version (from the local bin, not the registry)', () => {
    const result = run('npx', ['--no', '--', 'buildcontent', '--version']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${readJson(join(REPO_ROOT, 'packages/cli/package.json')).version}\n`);
    expect(result.status).toBe(0);
  });

  it('npx buildcontent lint reports a finding with its position and code', () => {
    writeFileSync(join(installDir, 'broken.buildcontent'), 'RUN\n');
    const result = run('npx', ['--no', '--', 'buildcontent', 'lint', 'broken.buildcontent']);
    expect(result.stdout).toMatch(/^broken\.buildcontent:1:1 +error .*EmptyCommandContent\.RUN$/m);
    expect(result.status).toBe(1);
  });

  it('the language server answers initialize over stdio and publishes diagnostics', async () => {
    const client = await LspTestClient.start({
      serverPath: join(installDir, 'node_modules/.bin/buildcontent-language-server'),
    });
    try {
      expect(client.initializeResult.serverInfo).toEqual({ name: 'buildcontent-language-server', version: '0.1.0' });
      expect(client.initializeResult.capabilities.textDocumentSync).toBeDefined();
      const uri = pathToFileURL(join(installDir, 'open.buildcontent')).href;
      await client.open(uri, 'RUN\n');
      const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual([
        ['EmptyCommandContent.RUN', { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }],
      ]);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });

  it('core loads with import', () => {
    const script = "import { lint } from '@buildcontent/core'; console.log(lint('RUN\\n').map((f) => f.code).join());";
    const result = run(process.execPath, ['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('EmptyCommandContent.RUN\n');
  });

  it('core loads with require (Node 20.19+ loads ES modules from require)', () => {
    const script =
      "const { lint } = require('@buildcontent/core'); console.log(lint('RUN\\n').map((f) => f.code).join());";
    const result = run(process.execPath, ['-e', script]);
    expect(result.stdout).toBe('EmptyCommandContent.RUN\n');
    expect(result.status).toBe(0);
  });
});
