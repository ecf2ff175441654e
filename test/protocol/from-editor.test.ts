// FROM in the editor (issue 10) over the wire, against the built server: the two quick fixes of
// from-parameters-mismatch applied as a client applies them (the diagnostics go), and the prepended-FROM
// inlay hint, offered only to clients that declare inlay hints.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  InlayHintRefreshRequest,
  InlayHintRequest,
  type ClientCapabilities,
  type CodeAction,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LspTestClient, modernCapabilities } from './lsp-client.js';

const TEMPLATE = 'FROM IMAGE:m-from\nRUN echo hi\n';
const MISMATCHED =
  '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-other",\n  "Name": "web"\n}\n';
const WHOLE_FILE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function project() {
  const dir = mkdtempSync(join(tmpdir(), 'bc-from-editor-'));
  const templatePath = join(dir, 'web.buildcontent');
  const parametersPath = join(dir, 'web.pipeline.json');
  return {
    dir,
    templatePath,
    parametersPath,
    uri: pathToFileURL(templatePath).href,
    parametersUri: pathToFileURL(parametersPath).href,
  };
}

const apply = (text: string, edits: TextEdit[]) =>
  TextDocument.applyEdits(TextDocument.create('file:///x', 'x', 1, text), edits);

describe('from-parameters-mismatch quick fixes over stdio', () => {
  const files = project();
  let client: LspTestClient;
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(files.dir, { recursive: true, force: true });
  });
  const changed = () =>
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: files.parametersUri, type: 2 }],
    });
  const hasSummary = (params: { diagnostics: Array<{ code?: unknown }> }) =>
    params.diagnostics.some((d) => d.code === 'parameters-file');

  it("takes the FROM's image into the parameters file from there, and the mismatch is gone", async () => {
    writeFileSync(files.templatePath, TEMPLATE);
    writeFileSync(files.parametersPath, MISMATCHED);
    client = await LspTestClient.start();
    await client.open(files.uri, TEMPLATE);
    await client.waitForDiagnostics(files.uri, hasSummary, 15000);
    const inFile = await client.waitForDiagnostics(
      files.parametersUri,
      (params) => params.diagnostics.length > 0,
      15000,
    );
    const mismatch = inFile.diagnostics.find((d) => d.code === 'from-parameters-mismatch')!;
    expect(mismatch.range).toEqual({ start: { line: 3, character: 15 }, end: { line: 3, character: 24 } });

    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: files.parametersUri },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    })) as CodeAction[];
    expect(actions.map((action) => action.title)).toEqual([
      "Take the FROM's image into web.pipeline.json (IMAGE:m-from)",
      "Remove the FROM (build from web.pipeline.json's image)",
    ]);
    const edits = actions[0].edit!.changes![files.parametersUri];
    expect(edits).toEqual([{ range: mismatch.range, newText: '"m-from"' }]);
    writeFileSync(files.parametersPath, apply(MISMATCHED, edits));
    await changed();
    await client.waitForDiagnostics(files.uri, (params) => !hasSummary(params), 15000);
    await client.waitForDiagnostics(files.parametersUri, (params) => params.diagnostics.length === 0, 15000);
    expect(JSON.parse(readFileSync(files.parametersPath, 'utf8'))).toMatchObject({
      BaseImageType: 'IMAGE',
      BaseImage: 'm-from',
    });
  });

  it("removes the FROM from the template's summary, and the mismatch is gone", async () => {
    writeFileSync(files.parametersPath, MISMATCHED);
    await changed();
    const published = await client.waitForDiagnostics(files.uri, hasSummary, 15000);
    const summary = published.diagnostics.find((d) => d.code === 'parameters-file')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: files.uri },
      range: summary.range,
      context: { diagnostics: [summary], only: ['quickfix'] },
    })) as CodeAction[];
    const remove = actions.find((action) => action.title.startsWith('Remove the FROM'))!;
    expect(remove.diagnostics).toEqual([summary]);
    const edits = remove.edit!.changes![files.uri];
    expect(edits).toEqual([
      { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '' },
    ]);
    await client.change(
      files.uri,
      edits.map((edit) => ({ range: edit.range, text: edit.newText })),
    );
    const after = await client.waitForDiagnostics(
      files.uri,
      (params) => params.version === client.version(files.uri),
      15000,
    );
    expect(after.diagnostics).toEqual([]);
    await client.waitForDiagnostics(files.parametersUri, (params) => params.diagnostics.length === 0, 15000);
  });
});

describe('the prepended-FROM inlay hint over stdio', () => {
  const files = project();
  let client: LspTestClient | undefined;
  afterEach(async () => {
    expect(await client?.stop()).toBe(0);
    client = undefined;
  });
  afterAll(() => rmSync(files.dir, { recursive: true, force: true }));
  const PARAMETERS = '{ "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-one" }';
  const TEXT = '# web\nRUN echo hi\n';
  writeFileSync(files.templatePath, TEXT);
  writeFileSync(files.parametersPath, PARAMETERS);

  function withInlayHints(dynamicRegistration: boolean): ClientCapabilities {
    const capabilities = modernCapabilities();
    capabilities.textDocument!.inlayHint = { dynamicRegistration };
    capabilities.workspace!.inlayHint = { refreshSupport: true };
    return capabilities;
  }

  it('shows FROM IMAGE:<BaseImage> before line 1 with its source, and asks again when the parameters change', async () => {
    client = await LspTestClient.start({ capabilities: withInlayHints(false) });
    let refreshes = 0;
    client.connection.onRequest(InlayHintRefreshRequest.type, () => {
      refreshes++;
    });
    expect(client.initializeResult.capabilities.inlayHintProvider).toEqual({ resolveProvider: false });
    await client.open(files.uri, TEXT);
    const request = () =>
      client!.connection.sendRequest(InlayHintRequest.type, {
        textDocument: { uri: files.uri },
        range: { start: WHOLE_FILE.start, end: { line: 2, character: 0 } },
      });
    const hints = await request();
    // The tooltip's wording is the unit test's (from-inlay-hint.test.ts); here: the hint and the file it names.
    expect(hints?.map((hint) => [hint.position, hint.label, hint.paddingRight])).toEqual([
      [{ line: 0, character: 0 }, 'FROM IMAGE:m-one', true],
    ]);
    expect(hints?.[0].tooltip).toContain('BaseImageType and BaseImage in web.pipeline.json');

    writeFileSync(
      files.parametersPath,
      '{ "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE_FAMILY", "BaseImage": "acs:centos" }',
    );
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: files.parametersUri, type: 2 }],
    });
    await expect.poll(() => refreshes, { timeout: 15000 }).toBeGreaterThan(0);
    expect((await request())?.map((hint) => hint.label)).toEqual(['FROM IMAGE_FAMILY:acs:centos']);
    writeFileSync(files.parametersPath, PARAMETERS);
  });

  it('is registered dynamically for a client that asks for it', async () => {
    client = await LspTestClient.start({ capabilities: withInlayHints(true) });
    expect(client.initializeResult.capabilities.inlayHintProvider).toBeUndefined();
    await expect.poll(() => client!.registrations, { timeout: 15000 }).toContain('textDocument/inlayHint');
  });

  it('is not offered to a client without inlay hints', async () => {
    client = await LspTestClient.start();
    expect(client.initializeResult.capabilities.inlayHintProvider).toBeUndefined();
    // Registrations come from `initialized`: the watched-files one is the last, so wait for it first.
    await expect.poll(() => client!.registrations, { timeout: 15000 }).toContain('workspace/didChangeWatchedFiles');
    expect(client.registrations).not.toContain('textDocument/inlayHint');
  });
});
