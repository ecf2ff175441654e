// The built extension: scripts/bundle.mjs output, the bundled server answering over Node IPC, the
// bundle activated in plain Node with a `vscode` stand-in (client -> server -> diagnostics -> emit), and
// the .vsix that vsce packs from it. One file, run in order, since every step uses the same dist/.
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IPCMessageReader, IPCMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { InitializeRequest, type InitializeResult } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, SERVER_EMIT_COMMAND } from '../src/ids.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');
const dist = join(packageDir, 'dist');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
// One template with errors (diagnostics; no request), one clean with its parameters file (a request).
const templateWithErrors = join(repoRoot, 'examples', 'docker-habits.buildcontent');
const cleanTemplate = join(repoRoot, 'examples', 'web-server.buildcontent');
const scratch = mkdtempSync(join(tmpdir(), 'buildcontent-vscode-'));

beforeAll(() => {
  execFileSync(process.execPath, [join(packageDir, 'scripts', 'bundle.mjs')], { cwd: packageDir, stdio: 'pipe' });
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The modules a bundle still loads at run time. */
function requiredModules(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))].sort();
}

describe('scripts/bundle.mjs', () => {
  it('copies the grammar, the language configuration and the schema unchanged', () => {
    const same = (a: string, b: string) =>
      expect(readFileSync(join(dist, a), 'utf8')).toBe(readFileSync(join(repoRoot, b), 'utf8'));
    same('syntaxes/buildcontent.tmLanguage.json', 'grammar/buildcontent.tmLanguage.json');
    same('language-configuration.json', 'grammar/language-configuration.json');
    same('schemas/pipeline.schema.json', 'packages/core/schemas/pipeline.schema.json');
    same('schemas/component.schema.json', 'packages/core/schemas/component.schema.json');
    same('syntaxes/component-references.injection.json', 'grammar/component-references.injection.tmLanguage.json');
  });

  it('leaves no dependency outside the bundles: only Node built-ins (and vscode for the extension)', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(requiredModules(join(dist, 'server.js')).filter((m) => !builtins.has(m))).toEqual([]);
    expect(requiredModules(join(dist, 'extension.js')).filter((m) => !builtins.has(m))).toEqual(['vscode']);
  });

  it('every file the manifest points at exists', () => {
    const pointed = [
      manifest.main,
      manifest.icon,
      ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration),
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.jsonValidation.map((j: { url: string }) => j.url),
    ];
    for (const path of pointed) expect(existsSync(join(packageDir, path)), path).toBe(true);
  });
});

describe('dist/server.js', () => {
  it('answers initialize over Node IPC, as the client starts it', async () => {
    const server = fork(join(dist, 'server.js'), ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createMessageConnection(new IPCMessageReader(server), new IPCMessageWriter(server));
    connection.listen();
    try {
      const result: InitializeResult = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
        workspaceFolders: null,
      });
      expect(result.serverInfo?.name).toBe('buildcontent-language-server');
      expect(result.capabilities.textDocumentSync).toBeDefined();
      await connection.sendRequest('shutdown');
      const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      if (server.exitCode === null) server.kill();
    }
  });
});

interface ActivationReport {
  error?: string;
  timings: { activateMs: number; initializedMs: number; firstDiagnosticsMs: number | null };
  commands: string[];
  forks: { module: string; args: string[] }[];
  serverInfo?: { name: string; version?: string };
  executeCommands: string[];
  diagnostics: { line: number; severity: number; code: string; source: string; message: string }[];
  emitted: { languageId: string; content: string }[];
  shown: { languageId: string; viewColumn: number }[];
  messages: string[];
  configurationReads: string[];
  output: string[];
  parametersFileActions?: { error?: string; providers: number; titles: string[] };
}

function activate(template: string, parametersFile?: string): ActivationReport {
  const run = spawnSync(
    process.execPath,
    [
      join(packageDir, 'test', 'harness', 'activate-extension.cjs'),
      packageDir,
      template,
      'json',
      ...(parametersFile ? [parametersFile] : []),
    ],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const report: ActivationReport = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
  if (report.error) throw new Error(`${report.error}\n${(report.output ?? []).join('\n')}`);
  return report;
}

describe('dist/extension.js in Node with a vscode stand-in', () => {
  let withErrors: ActivationReport;
  let clean: ActivationReport;

  beforeAll(() => {
    withErrors = activate(templateWithErrors);
    clean = activate(cleanTemplate);
    console.log(
      `[vscode] activate ${withErrors.timings.activateMs} ms, server initialized ${withErrors.timings.initializedMs} ms, ` +
        `first diagnostics ${withErrors.timings.firstDiagnosticsMs} ms after loading the bundle`,
    );
  }, 120_000);

  it('registers the declared commands on activation', () => {
    expect(withErrors.commands).toEqual(Object.values(COMMANDS).sort());
  });

  it('says in the output channel that the server started, with its version and transport', () => {
    expect(withErrors.output).toContain(
      '[BuildContent] info Language server started: buildcontent-language-server 0.1.0, transport Node IPC.',
    );
  });

  it('forks the bundled server with --node-ipc', () => {
    expect(withErrors.forks).toHaveLength(1);
    expect(withErrors.forks[0].module).toBe(join('dist', 'server.js'));
    expect(withErrors.forks[0].args).toContain('--node-ipc');
    expect(withErrors.serverInfo?.name).toBe('buildcontent-language-server');
  });

  it('publishes the diagnostics of the open template into the buildcontent collection', () => {
    // examples/docker-habits.buildcontent line 4 is `ADD …`.
    expect(withErrors.diagnostics).toContainEqual(
      expect.objectContaining({ line: 3, severity: 0, code: 'InvalidImageTemplateCommand.NotSupported' }),
    );
    expect(withErrors.timings.firstDiagnosticsMs).not.toBeNull();
  });

  it('reads only declared settings, trace.server included', () => {
    const declared = new Set(Object.keys(manifest.contributes.configuration.properties));
    const groups = (key: string) => [...declared].some((d) => d.startsWith(`${key}.`));
    const reads = withErrors.configurationReads.filter((key) => key.startsWith('buildcontent'));
    expect(reads).toContain('buildcontent.trace.server');
    expect(reads.filter((key) => key !== 'buildcontent' && !declared.has(key) && !groups(key))).toEqual([]);
  });

  it(`emits the request of a clean template through ${SERVER_EMIT_COMMAND} into a new JSON editor beside it, and offers to copy it`, () => {
    expect(clean.executeCommands).toContain(SERVER_EMIT_COMMAND);
    expect(clean.messages.filter((m) => m.startsWith('error'))).toEqual([]);
    expect(clean.emitted).toHaveLength(1);
    expect(clean.emitted[0].languageId).toBe('json');
    const request = JSON.parse(clean.emitted[0].content);
    expect(request.Action).toBe('CreateImagePipeline');
    expect(request.RegionId).toBe(
      JSON.parse(readFileSync(join(repoRoot, 'examples', 'web-server.pipeline.json'), 'utf8')).RegionId,
    );
    expect(request.BuildContent).toContain('RUN yum install -y nginx');
    expect(clean.shown).toEqual([{ languageId: 'json', viewColumn: -2 }]);
    expect(clean.messages).toContain('info: CreateImagePipeline request (JSON) for web-server.buildcontent.');
  });

  it('says why there is no request for a template with errors, and opens nothing', () => {
    expect(withErrors.emitted).toEqual([]);
    expect(
      withErrors.messages.filter((m) =>
        m.startsWith('error: BuildContent: no request for docker-habits.buildcontent:'),
      ),
    ).toHaveLength(1);
    expect(withErrors.messages.join('\n')).toMatch(/The template has \d+ errors/);
  });

  it("offers the server's FROM quick fixes in a parameters file, which the client does not sync", () => {
    const dir = mkdtempSync(join(scratch, 'from-'));
    const template = join(dir, 'web.buildcontent');
    const parameters = join(dir, 'web.pipeline.json');
    writeFileSync(template, 'FROM IMAGE:m-from\nRUN echo hi\n');
    writeFileSync(
      parameters,
      '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-other",\n  "Name": "web"\n}\n',
    );
    expect(activate(template, parameters).parametersFileActions).toEqual({
      providers: 1,
      titles: [
        "Take the FROM's image into web.pipeline.json (IMAGE:m-from)",
        "Remove the FROM (build from web.pipeline.json's image)",
      ],
    });
  }, 60_000);
});

describe('vsce package', () => {
  it('packs a .vsix with everything the extension needs and nothing else', async () => {
    const out = join(scratch, `${manifest.name}-${manifest.version}.vsix`);
    const vsce = join(repoRoot, 'node_modules', '.bin', 'vsce');
    execFileSync(
      vsce,
      ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out],
      {
        cwd: packageDir,
        stdio: 'pipe',
      },
    );
    const { checkVsix } = await import(pathToFileURL(join(packageDir, 'scripts', 'check-vsix.mjs')).href);
    const { problems, names, size } = checkVsix(out);
    expect(problems).toEqual([]);
    expect(names).toContain('extension/dist/server.js');
    expect(size).toBeLessThan(2 * 1024 * 1024);
    console.log(
      `[vscode] ${manifest.name}-${manifest.version}.vsix: ${(size / 1024).toFixed(0)} KB, ${names.length} files`,
    );
  }, 120_000);
});
