// The emit-request source action over the wire: its command has the server write `<name>.request.<ext>` with
// the bytes `buildcontent request` prints for the same template and parameters file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildRequest, emitRequest } from '@buildcontent/core';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, REPO_ROOT, requireBuiltServer } from './lsp-client.js';

const CLI_MAIN = join(REPO_ROOT, 'packages/cli/dist/main.js');
const TEMPLATE =
  '# nightly web image\nCOMPONENT ic-bp18hy47cqavewsb0001 --port 80\nRUN yum install -y nginx\nENV APP_HOME="/srv/www"\nRESTART\n';
const PARAMETERS = JSON.stringify(
  {
    RegionId: 'cn-hangzhou',
    BaseImageType: 'IMAGE',
    BaseImage: 'm-bp67acfmxazb4p0001',
    Name: 'web',
    ToRegionId: ['cn-beijing'],
  },
  null,
  2,
);

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

  /** Runs the action's command as a client does; the server answers with the URI it wrote. */
  async function runAction(action: CodeAction): Promise<string> {
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: action.command!.command,
      arguments: action.command!.arguments,
    })) as { uri: string };
    return fileURLToPath(result.uri);
  }

  it('writes web.request.sh holding the request core emits', async () => {
    const action = (await sourceActions()).find(
      (candidate) => candidate.title === 'Emit CreateImagePipeline request (aliyun CLI)',
    );
    expect(action?.kind).toBe('source.emitRequest.cli');
    expect(action?.disabled).toBeUndefined();
    expect(action?.command).toEqual({
      title: action?.title,
      command: 'buildcontent.writeRequest',
      arguments: [{ uri, format: 'cli' }],
    });
    const path = await runAction(action!);
    expect(path).toBe(join(dir, 'web.request.sh'));
    const written = readFileSync(path, 'utf8');
    const built = buildRequest(TEMPLATE, undefined, { paramsText: PARAMETERS });
    expect(written).toBe(emitRequest(built.request!, 'cli'));
    // Multi-line values are written on one line in ANSI-C quotes (paste-safe in interactive shells).
    expect(written).toContain(
      "--BuildContent $'COMPONENT ic-bp18hy47cqavewsb0001 --port 80\\nRUN yum install -y nginx\\n",
    );
  });

  it('leaves the file alone on the next run when nothing changed', async () => {
    const action = (await sourceActions()).find((candidate) => candidate.kind === 'source.emitRequest.cli');
    const before = statSync(join(dir, 'web.request.sh'));
    expect(await runAction(action!)).toBe(join(dir, 'web.request.sh'));
    expect(statSync(join(dir, 'web.request.sh')).ino).toBe(before.ino);
    expect(statSync(join(dir, 'web.request.sh')).mtimeMs).toBe(before.mtimeMs);
  });

  it('writes the same bytes as `buildcontent request` in every format', async () => {
    expect(existsSync(CLI_MAIN), `${CLI_MAIN} is missing: run npm run build`).toBe(true);
    const actions = await sourceActions();
    for (const [format, extension] of [
      ['cli', 'sh'],
      ['json', 'json'],
      ['query', 'txt'],
    ] as const) {
      const action = actions.find((candidate) => candidate.kind === `source.emitRequest.${format}`)!;
      const written = readFileSync(await runAction(action), 'utf8');
      const cli = spawnSync(process.execPath, [CLI_MAIN, 'request', 'web.buildcontent', '--format', format], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      expect(written, `web.request.${extension}`).toBe(cli.stdout);
    }
  });

  const emitCommand = (format: string) =>
    client.connection.sendRequest(ExecuteCommandRequest.type, {
      command: 'buildcontent.emitRequest',
      arguments: [{ uri, format }],
    });

  it('answers the buildcontent.emitRequest command with the same bytes', async () => {
    const built = buildRequest(TEMPLATE, undefined, { paramsText: PARAMETERS });
    expect(await emitCommand('json')).toBe(emitRequest(built.request!, 'json'));
    expect(await emitCommand('sdk')).toBe(emitRequest(built.request!, 'sdk'));
  });

  it('is offered disabled with the reason while the template has an error, and enabled again once fixed', async () => {
    await client.change(uri, [
      { range: { start: { line: 4, character: 7 }, end: { line: 4, character: 7 } }, text: ' now' },
    ]);
    await client.waitForDiagnostics(uri, (params) => params.version === client.version(uri));
    const disabled = await sourceActions();
    const cli = disabled.find((candidate) => candidate.kind === 'source.emitRequest.cli');
    expect(cli?.disabled?.reason).toMatch(/^The template has 1 error \(line 5: /);
    expect(cli?.command).toBeUndefined();
    await expect(emitCommand('cli')).rejects.toThrow(/^The template has 1 error \(line 5: /);
    await client.change(uri, [
      { range: { start: { line: 4, character: 7 }, end: { line: 4, character: 11 } }, text: '' },
    ]);
    expect(
      (await sourceActions()).find((candidate) => candidate.kind === 'source.emitRequest.cli')?.disabled,
    ).toBeUndefined();
  });

  it('is disabled while the parameters file has an error', async () => {
    writeFileSync(join(dir, 'web.pipeline.json'), '{"RegionId": "cn-hangzhou", "BaseImageType": "DISK"}');
    const cli = (await sourceActions()).find((candidate) => candidate.kind === 'source.emitRequest.cli');
    expect(cli?.disabled?.reason).toMatch(/^web\.pipeline\.json has \d+ errors? \(BaseImageType/);
    writeFileSync(join(dir, 'web.pipeline.json'), PARAMETERS);
  });
});
