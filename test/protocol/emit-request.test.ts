// The emit-request source action over the wire: its WorkspaceEdit creates `<name>.request.<ext>` with the
// bytes `buildcontent request` prints for the same template and parameters file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildRequest, emitRequest } from '@buildcontent/core';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type CreateFile, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, REPO_ROOT, requireBuiltServer } from './lsp-client.js';

const CLI_MAIN = join(REPO_ROOT, 'packages/cli/dist/main.js');
const TEMPLATE = '# nightly web image\nCOMPONENT ic-bp18hy47cqavewsb0001 --port 80\nRUN yum install -y nginx\nENV APP_HOME="/srv/www"\nRESTART\n';
const PARAMETERS = JSON.stringify({ RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-bp67acfmxazb4p0001', Name: 'web', ToRegionId: ['cn-beijing'] }, null, 2);

/** Applies a create-and-insert or replace WorkspaceEdit to the file system, as a client does. */
function applyToDisk(action: CodeAction): string {
  let path = '';
  let text = '';
  for (const change of action.edit?.documentChanges ?? []) {
    if ((change as CreateFile).kind === 'create') {
      path = new URL((change as CreateFile).uri).pathname;
    } else {
      const edit = change as TextDocumentEdit;
      path = new URL(edit.textDocument.uri).pathname;
      text = edit.edits.map((e) => ('newText' in e ? e.newText : '')).join('');
    }
  }
  writeFileSync(path, text);
  return path;
}

describe('emit-request action over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-emit-'));
  const templatePath = join(dir, 'web.buildcontent');
  const uri = pathToFileURL(templatePath).href;
  let client: LspTestClient;

  beforeAll(async () => {
    requireBuiltServer();
    writeFileSync(templatePath, TEMPLATE);
    writeFileSync(join(dir, 'web.pipeline.json'), PARAMETERS);
    client = await LspTestClient.start();
    await client.open(uri, TEMPLATE);
    await client.waitForDiagnostics(uri);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function sourceActions(): Promise<CodeAction[]> {
    return (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source'] },
    })) as CodeAction[];
  }

  it('creates web.request.sh holding the request core emits', async () => {
    const action = (await sourceActions()).find((candidate) => candidate.title === 'Emit CreateImagePipeline request (aliyun CLI)');
    expect(action?.kind).toBe('source.emitRequest.cli');
    expect(action?.disabled).toBeUndefined();
    expect(action?.edit?.documentChanges?.[0]).toEqual({ kind: 'create', uri: pathToFileURL(join(dir, 'web.request.sh')).href, options: { overwrite: false, ignoreIfExists: true } });
    const written = readFileSync(applyToDisk(action!), 'utf8');
    const built = buildRequest(TEMPLATE, undefined, { paramsText: PARAMETERS });
    expect(written).toBe(emitRequest(built.request!, 'cli'));
    // Multi-line values are written on one line in ANSI-C quotes (paste-safe in interactive shells).
    expect(written).toContain("--BuildContent $'COMPONENT ic-bp18hy47cqavewsb0001 --port 80\\nRUN yum install -y nginx\\n");
  });

  it('replaces the file on the next run instead of creating it again', async () => {
    const action = (await sourceActions()).find((candidate) => candidate.kind === 'source.emitRequest.cli');
    const change = action?.edit?.documentChanges?.[0] as TextDocumentEdit;
    expect(change.textDocument.uri).toBe(pathToFileURL(join(dir, 'web.request.sh')).href);
    expect(change.edits[0].range.start).toEqual({ line: 0, character: 0 });
  });

  it('writes the same bytes as `buildcontent request` in every format', async () => {
    expect(existsSync(CLI_MAIN), `${CLI_MAIN} is missing: run npm run build`).toBe(true);
    const actions = await sourceActions();
    for (const [format, extension] of [['cli', 'sh'], ['json', 'json'], ['query', 'txt']] as const) {
      const action = actions.find((candidate) => candidate.kind === `source.emitRequest.${format}`)!;
      const written = readFileSync(applyToDisk(action), 'utf8');
      const cli = spawnSync(process.execPath, [CLI_MAIN, 'request', 'web.buildcontent', '--format', format], { cwd: dir, encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      expect(written, `web.request.${extension}`).toBe(cli.stdout);
    }
  });

  const emitCommand = (format: string) =>
    client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'buildcontent.emitRequest', arguments: [{ uri, format }] });

  it('answers the buildcontent.emitRequest command with the same bytes', async () => {
    const built = buildRequest(TEMPLATE, undefined, { paramsText: PARAMETERS });
    expect(await emitCommand('json')).toBe(emitRequest(built.request!, 'json'));
    expect(await emitCommand('sdk')).toBe(emitRequest(built.request!, 'sdk'));
  });

  it('is offered disabled with the reason while the template has an error, and enabled again once fixed', async () => {
    await client.change(uri, [{ range: { start: { line: 4, character: 7 }, end: { line: 4, character: 7 } }, text: ' now' }]);
    await client.waitForDiagnostics(uri, (params) => params.version === client.version(uri));
    const disabled = await sourceActions();
    const cli = disabled.find((candidate) => candidate.kind === 'source.emitRequest.cli');
    expect(cli?.disabled?.reason).toMatch(/^The template has 1 error \(line 5: /);
    expect(cli?.edit).toBeUndefined();
    await expect(emitCommand('cli')).rejects.toThrow(/^The template has 1 error \(line 5: /);
    await client.change(uri, [{ range: { start: { line: 4, character: 7 }, end: { line: 4, character: 11 } }, text: '' }]);
    expect((await sourceActions()).find((candidate) => candidate.kind === 'source.emitRequest.cli')?.disabled).toBeUndefined();
  });

  it('is disabled while the parameters file has an error', async () => {
    writeFileSync(join(dir, 'web.pipeline.json'), '{"RegionId": "cn-hangzhou", "BaseImageType": "DISK"}');
    const cli = (await sourceActions()).find((candidate) => candidate.kind === 'source.emitRequest.cli');
    expect(cli?.disabled?.reason).toMatch(/^web\.pipeline\.json has \d+ errors? \(BaseImageType/);
    writeFileSync(join(dir, 'web.pipeline.json'), PARAMETERS);
  });
});
