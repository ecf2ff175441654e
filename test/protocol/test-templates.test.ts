// Test templates over the protocol: `<name>.test.buildcontent` opens as a template and gets the template
// diagnostics (no parameters summary, no emit actions of its own); inline TestContent in `<name>.pipeline.json`
// gets its findings inside the JSON string, published in the parameters file for push and pull clients; the
// build template's blocked-request lens counts the test template's errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CodeLensRequest,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
  type CodeAction,
} from 'vscode-languageserver-protocol';
import { LspTestClient, requireBuiltServer } from './lsp-client.js';

const PARAMS = { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1' };

describe('test templates over the protocol', () => {
  let client: LspTestClient | undefined;
  const dirs: string[] = [];
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-test-templates-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`${name}: the test template gets the template diagnostics at exact ranges, and no parameters summary or emit action`, async () => {
      requireBuiltServer();
      const text = `RUN test -f /a${eol}RESTART now${eol}`;
      // The parameters file has a problem (no RegionId): the build template sums it up, the test template does not.
      const dir = folder({
        'web.buildcontent': 'RUN a\n',
        'web.test.buildcontent': text,
        'web.pipeline.json': JSON.stringify({ BaseImageType: 'IMAGE', BaseImage: 'm-1' }),
      });
      const uri = pathToFileURL(join(dir, 'web.test.buildcontent')).href;
      client = await LspTestClient.start();
      await client.open(uri, text);
      const published = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0, 15000);
      expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual([
        ['NotEmptyCommandContent.RESTART', { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } }],
      ]);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] },
      })) as CodeAction[];
      expect(actions.filter((action) => action.title.startsWith('Emit'))).toEqual([]);
      expect(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })).toEqual([]);
    });
  }

  it('inline TestContent: findings inside the JSON string of the parameters file (push client), through escapes', async () => {
    requireBuiltServer();
    const params = `{\n  "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-1",\n  "TestContent": "RUN echo \\"\\u00e9\\ud83d\\ude00\\"\\r\\nRESTART now"\n}\n`;
    const dir = folder({ 'web.buildcontent': 'RUN a\n', 'web.pipeline.json': params });
    const uri = pathToFileURL(join(dir, 'web.buildcontent')).href;
    const parametersUri = pathToFileURL(join(dir, 'web.pipeline.json')).href;
    client = await LspTestClient.start();
    await client.open(uri, 'RUN a\n');
    const template = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, 15000);
    expect(template.diagnostics.map((d) => d.code)).toEqual(['parameters-file']);
    const inFile = await client.waitForDiagnostics(parametersUri, (p) => p.diagnostics.length > 0, 15000);
    const column = params.split('\n')[2].indexOf('now"');
    expect(inFile.diagnostics.map((d) => [d.code, d.range])).toEqual([
      [
        'NotEmptyCommandContent.RESTART',
        { start: { line: 2, character: column }, end: { line: 2, character: column + 3 } },
      ],
    ]);
  });

  it('inline TestContent: a pull client gets the template report, and the TestContent findings pushed for the parameters file', async () => {
    requireBuiltServer();
    const params = JSON.stringify({ ...PARAMS, TestContent: 'RUN true\nRESTART now' });
    const dir = folder({ 'web.buildcontent': 'RUN a\n', 'web.pipeline.json': params });
    const uri = pathToFileURL(join(dir, 'web.buildcontent')).href;
    const parametersUri = pathToFileURL(join(dir, 'web.pipeline.json')).href;
    client = await LspTestClient.start({ capabilities: { textDocument: { diagnostic: {} } } });
    await client.open(uri, 'RUN a\n');
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    expect(report).toMatchObject({ kind: 'full', items: [{ code: 'parameters-file' }] });
    const inFile = await client.waitForDiagnostics(parametersUri, (p) => p.diagnostics.length > 0, 15000);
    const column = params.indexOf('now"');
    expect(inFile.diagnostics.map((d) => [d.code, d.range])).toEqual([
      [
        'NotEmptyCommandContent.RESTART',
        { start: { line: 0, character: column }, end: { line: 0, character: column + 3 } },
      ],
    ]);
  });

  it("the build template's blocked-request lens counts the test template's errors", async () => {
    requireBuiltServer();
    const dir = folder({
      'web.buildcontent': 'RUN a\n',
      'web.test.buildcontent': 'RESTART now\n',
      'web.pipeline.json': JSON.stringify(PARAMS),
    });
    const uri = pathToFileURL(join(dir, 'web.buildcontent')).href;
    client = await LspTestClient.start();
    await client.open(uri, 'RUN a\n');
    await client.waitForDiagnostics(uri, () => true, 15000);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
    expect(lenses?.map((lens) => lens.command?.title)).toEqual([
      'Emit CreateImagePipeline request: unavailable: 1 error',
    ]);
  });

  it('a test template created beside an open template validates the template again (TestContent now given twice)', async () => {
    requireBuiltServer();
    const dir = folder({
      'web.buildcontent': 'RUN a\n',
      'web.pipeline.json': JSON.stringify({ ...PARAMS, TestContent: 'RUN test -f /a' }),
    });
    const uri = pathToFileURL(join(dir, 'web.buildcontent')).href;
    const parametersUri = pathToFileURL(join(dir, 'web.pipeline.json')).href;
    const testPath = join(dir, 'web.test.buildcontent');
    client = await LspTestClient.start();
    await client.open(uri, 'RUN a\n');
    await client.waitForDiagnostics(uri, () => true, 15000);
    expect(client.diagnostics.get(parametersUri)?.diagnostics ?? []).toEqual([]);
    writeFileSync(testPath, 'RUN test -f /b\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(testPath).href, type: FileChangeType.Created }],
    });
    const published = await client.waitForDiagnostics(parametersUri, (params) => params.diagnostics.length > 0, 15000);
    expect(published.diagnostics.map((d) => [d.code, d.severity])).toEqual([['test-content-twice', 1]]);
  });
});
