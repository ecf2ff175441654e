// One project model: the CLI (built, spawned from ANOTHER folder, paths absolute and relative) and the
// language server (over stdio) give the same findings for the same files: codes, ranges, severities.
// The project has its own settings (which a settings file in the CLI's working folder must not override),
// parameters beside some templates (one without InternetMaxBandwidthOut), and every bundled example.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, requireBuiltServer } from '../protocol/lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const CLI_MAIN = join(ROOT, 'packages/cli/dist/main.js');
const EXAMPLES = join(ROOT, 'examples');

type Finding = [
  code: string,
  level: string,
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number,
];

const base = mkdtempSync(join(tmpdir(), 'bc-parity-'));
const project = join(base, 'project');
const elsewhere = join(base, 'elsewhere');
afterAll(() => rmSync(base, { recursive: true, force: true }));

function setUp(): string[] {
  mkdirSync(join(project, 'nested'), { recursive: true });
  mkdirSync(elsewhere);
  for (const name of readdirSync(EXAMPLES)) {
    if (name.endsWith('.buildcontent') || name.endsWith('.pipeline.json'))
      copyFileSync(join(EXAMPLES, name), join(project, name));
  }
  writeFileSync(
    join(project, '.buildcontentrc.json'),
    JSON.stringify({ severity: { 'keyword-case': 'error', 'package-install-without-yes': 'off' }, from: 'ignored' }),
  );
  // Settings in the CLI's working folder: the old CLI read these; the template's own settings must win.
  writeFileSync(
    join(elsewhere, '.buildcontentrc.json'),
    JSON.stringify({ severity: { 'keyword-case': 'off', 'copy-url': 'off' } }),
  );
  writeFileSync(
    join(project, 'nested/copy.buildcontent'),
    'FROM IMAGE:m-1\nrun echo hi\nCOPY https://example.com/app.tgz /opt/app.tgz\r\nCOPY https://example.com/a?b=1 /tmp/a\n',
  );
  writeFileSync(
    join(project, 'nested/copy.pipeline.json'),
    JSON.stringify({ RegionId: 'cn-hangzhou', Name: 'copy', BaseImageType: 'IMAGE_FAMILY' }),
  );
  // A test template beside copy.buildcontent (linted as a template, with copy's settings), and TestContent
  // written inline in a parameters file (its findings inside the JSON string).
  writeFileSync(join(project, 'nested/copy.test.buildcontent'), 'run test -f /opt/app.tgz\r\nRESTART now\r\n');
  writeFileSync(join(project, 'nested/inline.buildcontent'), 'RUN echo build\n');
  writeFileSync(
    join(project, 'nested/inline.pipeline.json'),
    JSON.stringify(
      {
        RegionId: 'cn-hangzhou',
        BaseImageType: 'IMAGE',
        BaseImage: 'm-1',
        TestContent: 'RUN echo "\u00e9"\nRESTART now',
      },
      null,
      2,
    ),
  );
  return readdirSync(project, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.buildcontent'))
    .map((name) => join(project, name))
    .sort();
}

function cliFindings(templates: string[]): Map<string, Finding[]> {
  // Half the paths absolute, half relative to the working folder.
  const args = templates.map((path, index) => (index % 2 === 0 ? path : relative(elsewhere, path)));
  const run = spawnSync(process.execPath, [CLI_MAIN, 'lint', '--format', 'sarif', ...args], {
    cwd: elsewhere,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  const sarif = JSON.parse(run.stdout) as {
    runs: Array<{
      results: Array<{
        ruleId: string;
        level: string;
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      }>;
    }>;
  };
  const byFile = new Map<string, Finding[]>(templates.map((path) => [path, []]));
  for (const result of sarif.runs[0].results) {
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    const path = resolve(elsewhere, decodeURIComponent(artifactLocation.uri.replace(/^file:\/\//, '')));
    // Templates, and the parameters files beside them (their problems are a result of their own).
    if (!byFile.has(path)) byFile.set(path, []);
    byFile
      .get(path)!
      .push([result.ruleId, result.level, region.startLine, region.startColumn, region.endLine, region.endColumn]);
  }
  return byFile;
}

async function serverFindings(templates: string[]): Promise<Map<string, Finding[]>> {
  const client = await LspTestClient.start();
  const levels = ['', 'error', 'warning', 'note', 'note'];
  const findingsOf = (diagnostics: Diagnostic[]): Finding[] =>
    diagnostics.map((d) => [
      String(d.code),
      levels[d.severity ?? 1],
      d.range.start.line + 1,
      d.range.start.character + 1,
      d.range.end.line + 1,
      d.range.end.character + 1,
    ]);
  const byFile = new Map<string, Finding[]>();
  try {
    for (const path of templates) {
      const uri = pathToFileURL(path).href;
      await client.open(uri, readFileSync(path, 'utf8'));
      const published = await client.waitForDiagnostics(uri, () => true, 60000);
      byFile.set(path, findingsOf(published.diagnostics));
      // A push client also gets the problems of the parameters file beside the template, on that file.
      const parameters = path.replace(/\.buildcontent$/, '.pipeline.json');
      const summarised = published.diagnostics.some((d) => d.code === 'parameters-file');
      if (summarised)
        byFile.set(
          parameters,
          findingsOf((await client.waitForDiagnostics(pathToFileURL(parameters).href, () => true, 60000)).diagnostics),
        );
    }
  } finally {
    await client.stop();
  }
  return byFile;
}

describe('the CLI and the language server read one project the same way', () => {
  beforeAll(() => {
    requireBuiltServer();
    if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: run \`npm run build\` first.`);
  });

  it('gives identical findings (codes, ranges, severities) for every template', async () => {
    const templates = setUp();
    const fromCli = cliFindings(templates);
    const fromServer = await serverFindings(templates);
    const sort = (findings: Finding[]) =>
      [...findings].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect([...fromServer.keys()].sort()).toEqual([...fromCli.keys()].sort());
    for (const path of fromCli.keys())
      expect(sort(fromServer.get(path)!), relative(project, path)).toEqual(sort(fromCli.get(path)!));

    // The settings that apply are the template's own, and the missing bandwidth is reported by both.
    const copy = fromCli.get(join(project, 'nested/copy.buildcontent'))!;
    expect(sort(copy)).toEqual(
      sort([
        ['keyword-case', 'error', 2, 1, 2, 4],
        ['copy-url-without-internet', 'warning', 3, 6, 3, 33],
        ['copy-url-query', 'warning', 4, 6, 4, 31],
        ['copy-url-without-internet', 'warning', 4, 6, 4, 31],
        ['from-ignored', 'warning', 1, 1, 1, 15],
        // copy.pipeline.json names IMAGE_FAMILY against FROM IMAGE:m-1 (from-parameters-mismatch): summed up on line 1, as the editor shows it.
        ['parameters-file', 'error', 1, 1, 1, 15],
      ]),
    );
    expect(sort(fromCli.get(join(project, 'nested/copy.test.buildcontent'))!)).toEqual(
      sort([
        ['keyword-case', 'error', 1, 1, 1, 4],
        ['NotEmptyCommandContent.RESTART', 'error', 2, 9, 2, 12],
      ]),
    );
    // Line 5 is `  "TestContent": "RUN echo \"é\"\nRESTART now"`: `now` at column 43.
    expect(fromCli.get(join(project, 'nested/inline.pipeline.json'))).toEqual([
      ['NotEmptyCommandContent.RESTART', 'error', 5, 43, 5, 46],
    ]);
    expect([...fromCli.values()].flat().length).toBeGreaterThan(20);
  }, 180000);
});
