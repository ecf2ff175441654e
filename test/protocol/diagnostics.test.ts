// Diagnostics over the wire: pushed on open and on incremental change, re-validated when the parameters
// file changes, pulled by clients that ask, and shaped by the client's settings.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  FileChangeType,
} from 'vscode-languageserver-protocol/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, modernCapabilities, requireBuiltServer } from './lsp-client.js';

describe('diagnostics over stdio', () => {
  beforeAll(() => requireBuiltServer());
  const dir = mkdtempSync(join(tmpdir(), 'bc-protocol-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let client: LspTestClient | undefined;
  afterEach(() => client?.kill());

  it('publishes on open with code, link, source and exact range, then follows incremental edits', async () => {
    client = await LspTestClient.start();
    const uri = 'file:///nowhere/a.buildcontent';
    await client.open(uri, 'RUN echo a\r\nRESTART now\r\n');
    const first = await client.waitForDiagnostics(uri);
    expect(first.version).toBe(1);
    expect(first.diagnostics).toEqual([
      {
        range: { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } },
        severity: 1,
        code: 'NotEmptyCommandContent.RESTART',
        codeDescription: { href: expect.stringMatching(/restart-not-empty\.md$/) },
        source: 'buildcontent',
        message: expect.any(String),
        data: { rule: 'restart-not-empty', fixable: true },
      },
    ]);
    // Delete " now": an incremental change.
    await client.change(uri, [
      { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 11 } }, text: '' },
    ]);
    const second = await client.waitForDiagnostics(uri, (params) => params.version === 2);
    expect(second.diagnostics).toEqual([]);
    await client.change(uri, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, text: 'run' },
    ]);
    const third = await client.waitForDiagnostics(uri, (params) => params.version === 3);
    expect(third.diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['keyword-case', 0]]);
    await client.close(uri);
    await client.waitForDiagnostics(uri, (params) => params.diagnostics.length === 0 && params.version === undefined);
    expect(await client.stop()).toBe(0);
  });

  it('tags an ignored FROM and applies severity overrides from workspace/configuration', async () => {
    client = await LspTestClient.start({
      configuration: (_uri, section) =>
        section === 'buildcontent' ? { from: 'ignored', severity: { 'keyword-case': 'off' } } : {},
    });
    const uri = 'file:///nowhere/b.buildcontent';
    await client.open(uri, 'FROM IMAGE:m-1\nrun a\n');
    const published = await client.waitForDiagnostics(uri);
    expect(published.diagnostics.map((d) => [d.code, d.tags])).toEqual([['from-ignored', [2]]]); // DiagnosticTag.Deprecated
    await client.stop();
  });

  it('takes settings from initializationOptions when the client has no workspace/configuration', async () => {
    const capabilities = modernCapabilities();
    capabilities.workspace!.configuration = false;
    client = await LspTestClient.start({
      capabilities,
      initializationOptions: { buildcontent: { severity: { 'keyword-case': 'error' } } },
    });
    const uri = 'file:///nowhere/c.buildcontent';
    await client.open(uri, 'run a\n');
    const published = await client.waitForDiagnostics(uri);
    expect(published.diagnostics.map((d) => [d.code, d.severity])).toEqual([['keyword-case', 1]]);
    await client.stop();
  });

  it('re-validates when the parameters file beside the template changes', async () => {
    client = await LspTestClient.start();
    const templatePath = join(dir, 'web.buildcontent');
    const parametersPath = join(dir, 'web.pipeline.json');
    writeFileSync(parametersPath, '{"InternetMaxBandwidthOut": 0}');
    const uri = pathToFileURL(templatePath).href;
    await client.open(uri, 'COPY https://example.com/a.sh /tmp/\n');
    await client.waitForDiagnostics(uri, (params) =>
      params.diagnostics.some((d) => d.code === 'copy-url-without-internet'),
    );
    writeFileSync(parametersPath, '{"InternetMaxBandwidthOut": 5}');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(parametersPath).href, type: FileChangeType.Changed }],
    });
    const after = await client.waitForDiagnostics(
      uri,
      (params) => !params.diagnostics.some((d) => d.code === 'copy-url-without-internet'),
    );
    // The incomplete parameters file (no RegionId, ...) is summed up on line 1: editor-experience.test.ts.
    expect(after.diagnostics.filter((d) => d.code !== 'parameters-file')).toEqual([]);
    await client.stop();
  });

  it('watches the folder itself for clients that cannot watch files', async () => {
    const capabilities = modernCapabilities();
    capabilities.workspace!.didChangeWatchedFiles = undefined;
    client = await LspTestClient.start({ capabilities });
    const templatePath = join(dir, 'api.buildcontent');
    const parametersPath = join(dir, 'api.pipeline.json');
    writeFileSync(parametersPath, '{"InternetMaxBandwidthOut": 10}');
    const uri = pathToFileURL(templatePath).href;
    await client.open(uri, 'COPY https://example.com/a.sh /tmp/\n');
    const before = await client.waitForDiagnostics(uri);
    expect(before.diagnostics.filter((d) => d.code !== 'parameters-file')).toEqual([]);
    writeFileSync(parametersPath, '{"InternetMaxBandwidthOut": 0}');
    await client.waitForDiagnostics(uri, (params) =>
      params.diagnostics.some((d) => d.code === 'copy-url-without-internet'),
    );
    await client.stop();
  });

  it('answers pull diagnostics, and with nothing for a document never opened', async () => {
    client = await LspTestClient.start({ capabilities: { textDocument: { diagnostic: {} } } });
    const uri = 'file:///nowhere/d.buildcontent';
    await client.open(uri, 'WORKDIR\n');
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    expect(report).toMatchObject({
      kind: 'full',
      items: [
        {
          code: 'EmptyCommandContent.WORKDIR',
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } },
        },
      ],
    });
    const unknown = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: 'file:///nowhere/never.buildcontent' },
    });
    expect(unknown).toEqual({ kind: 'full', items: [] });
    // A pull client gets no pushed diagnostics.
    expect(client.diagnostics.size).toBe(0);
    await client.stop();
  });
});
