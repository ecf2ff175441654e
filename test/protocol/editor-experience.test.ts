// Issue 14 over the wire, against the built server: symbols found by their text and sections, `$` completion,
// hovers on variables, the parameters file seen from the template, the blocked-request code lens, the short
// emit entry and one fix-all for older clients, showDocument after an emit, and BOM positions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeLensRefreshRequest,
  CodeLensRequest,
  CompletionRequest,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FoldingRangeRequest,
  HoverRequest,
  ShowDocumentRequest,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type DocumentSymbol,
  type MarkupContent,
  type ShowDocumentParams,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, modernCapabilities, requireBuiltServer } from './lsp-client.js';

const PARAMETERS = JSON.stringify(
  { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-bp67acfmxazb4p0001', Name: 'web' },
  null,
  2,
);
const TEMPLATE = [
  '# ----------',
  '# Environment',
  '# ----------',
  'ENV APP_HOME="/srv/www" PORT="80"',
  '',
  '# ---- Packages ----',
  'RUN yum install -y nginx',
  'RUN cd ',
  'RESTART',
  '',
].join('\n');

function withShowDocument(): ClientCapabilities {
  const capabilities = modernCapabilities();
  capabilities.window = { showDocument: { support: true } };
  capabilities.workspace!.codeLens = { refreshSupport: true };
  return capabilities;
}

/** Neovim 0.7 / eglot 1.9 as the server sees them: no disabled actions, no document changes. */
function olderClient(): ClientCapabilities {
  const capabilities = modernCapabilities();
  capabilities.textDocument!.codeAction = {
    codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } },
  };
  capabilities.workspace!.workspaceEdit = { documentChanges: true };
  return capabilities;
}

describe('editor experience over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-experience-'));
  const templatePath = join(dir, 'web.buildcontent');
  const parametersPath = join(dir, 'web.pipeline.json');
  const uri = pathToFileURL(templatePath).href;
  const parametersUri = pathToFileURL(parametersPath).href;
  const textDocument = { uri };
  let client: LspTestClient;
  const shown: ShowDocumentParams[] = [];
  let lensRefreshes = 0;

  beforeAll(async () => {
    requireBuiltServer();
    writeFileSync(templatePath, TEMPLATE);
    writeFileSync(parametersPath, PARAMETERS);
    client = await LspTestClient.start({ capabilities: withShowDocument() });
    client.connection.onRequest(ShowDocumentRequest.type, (params) => {
      shown.push(params);
      return { success: true };
    });
    client.connection.onRequest(CodeLensRefreshRequest.type, () => {
      lensRefreshes++;
    });
    await client.open(uri, TEMPLATE);
    await client.waitForDiagnostics(uri);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('names symbols by their text and puts them in banner sections', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument,
    })) as DocumentSymbol[];
    expect(symbols.map((symbol) => [symbol.name, symbol.children?.map((child) => child.name)])).toEqual([
      ['Environment', ['ENV APP_HOME="/srv/www" PORT="80"']],
      ['Packages', ['RUN yum install -y nginx', 'RUN cd', 'RESTART']],
    ]);
    expect(symbols[1].selectionRange).toEqual({ start: { line: 5, character: 7 }, end: { line: 5, character: 15 } });
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument });
    expect(folds).toEqual([
      { startLine: 1, endLine: 3, kind: 'region' },
      { startLine: 5, endLine: 8, kind: 'region' },
    ]);
  });

  it('completes the ENV variables after `$` in RUN', async () => {
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument,
      position: { line: 7, character: 7 },
      context: { triggerKind: 2, triggerCharacter: '$' },
    })) as CompletionItem[];
    expect(items).toEqual([]);
    await client.change(uri, [
      { range: { start: { line: 7, character: 7 }, end: { line: 7, character: 7 } }, text: '$' },
    ]);
    const afterDollar = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument,
      position: { line: 7, character: 8 },
    })) as CompletionItem[];
    expect(afterDollar.map((item) => [item.label, item.detail, item.textEdit])).toEqual([
      [
        'APP_HOME',
        '= /srv/www',
        { range: { start: { line: 7, character: 8 }, end: { line: 7, character: 8 } }, newText: 'APP_HOME' },
      ],
      [
        'PORT',
        '= 80',
        { range: { start: { line: 7, character: 8 }, end: { line: 7, character: 8 } }, newText: 'PORT' },
      ],
    ]);
    expect(client.initializeResult.capabilities.completionProvider?.triggerCharacters).toEqual(
      expect.arrayContaining(['$', '{']),
    );
    await client.change(uri, [
      { range: { start: { line: 7, character: 7 }, end: { line: 7, character: 8 } }, text: '$APP_HOME' },
    ]);
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument,
      position: { line: 7, character: 10 },
    });
    expect(hover?.range).toEqual({ start: { line: 7, character: 8 }, end: { line: 7, character: 16 } });
    expect((hover?.contents as MarkupContent).value).toBe('`$APP_HOME` = `/srv/www`\n\nSet by ENV on line 4.');
  });

  it('shows the parameters file problems on the template and in the file, and clears them when fixed', async () => {
    // The client watches the file (dynamic registration) and tells the server, as VS Code does.
    const changed = () =>
      client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: parametersUri, type: 2 }],
      });
    writeFileSync(parametersPath, '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "DISK"\n}\n');
    await changed();
    const published = await client.waitForDiagnostics(
      uri,
      (params) => params.diagnostics.some((d) => d.code === 'parameters-file'),
      15000,
    );
    const summary = published.diagnostics.find((d) => d.code === 'parameters-file')!;
    expect(summary.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 12 } });
    expect(summary.severity).toBe(DiagnosticSeverity.Error);
    expect(summary.codeDescription).toEqual({ href: parametersUri });
    expect(summary.message).toBe(
      'web.pipeline.json has 1 problem (1 error). First, line 3: BaseImageType is "DISK"; allowed: one of "IMAGE", "IMAGE_FAMILY", "OSS"',
    );
    const inFile = await client.waitForDiagnostics(parametersUri, (params) => params.diagnostics.length > 0, 15000);
    expect(inFile.diagnostics.map((d) => [d.range, d.severity])).toEqual([
      [{ start: { line: 2, character: 19 }, end: { line: 2, character: 25 } }, DiagnosticSeverity.Error],
    ]);

    // The lens depends on the parameters file: the client is asked to fetch it again.
    expect(lensRefreshes).toBeGreaterThan(0);
    const lenses = await client.connection.sendRequest(CodeLensRequest.type, { textDocument });
    expect(lenses?.map((lens) => lens.command?.title)).toEqual([
      'Emit CreateImagePipeline request: unavailable: 1 error',
    ]);

    writeFileSync(parametersPath, PARAMETERS);
    await changed();
    await client.waitForDiagnostics(
      uri,
      (params) => !params.diagnostics.some((d) => d.code === 'parameters-file'),
      15000,
    );
    await client.waitForDiagnostics(parametersUri, (params) => params.diagnostics.length === 0, 15000);
    expect(await client.connection.sendRequest(CodeLensRequest.type, { textDocument })).toEqual([]);
  });

  it('writes the request and shows it with window/showDocument', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.emitRequest.json'] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    const result = (await client.connection.sendRequest(ExecuteCommandRequest.type, actions[0].command!)) as {
      uri: string;
    };
    const requestUri = pathToFileURL(join(dir, 'web.request.json')).href;
    expect(result).toEqual({ uri: requestUri });
    expect(JSON.parse(readFileSync(join(dir, 'web.request.json'), 'utf8'))).toMatchObject({
      Action: 'CreateImagePipeline',
      RegionId: 'cn-hangzhou',
    });
    await expect.poll(() => shown).toEqual([{ uri: requestUri, takeFocus: true }]);
  });
});

describe('older clients over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-older-'));
  const templatePath = join(dir, 'broken.buildcontent');
  const uri = pathToFileURL(templatePath).href;
  let client: LspTestClient;

  beforeAll(async () => {
    requireBuiltServer();
    writeFileSync(join(dir, 'broken.pipeline.json'), PARAMETERS);
    client = await LspTestClient.start({ capabilities: olderClient() });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });

  it('gets one short emit entry and one fix-all, and the entry explains itself', async () => {
    const text = 'run a\nRESTART now\nEXPOSE 80\n';
    writeFileSync(templatePath, text);
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 1, character: 9 }, end: { line: 1, character: 9 } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const titles = actions.map((action) => action.title);
    expect(titles.filter((title) => title.startsWith('Fix all'))).toEqual([
      'Fix all auto-fixable BuildContent problems',
    ]);
    expect(titles.filter((title) => title.startsWith('Emit'))).toEqual([
      'Emit CreateImagePipeline request: unavailable: 2 errors',
    ]);
    const entry = actions.find((action) => action.title.startsWith('Emit'))!;
    await expect(client.connection.sendRequest(ExecuteCommandRequest.type, entry.command!)).rejects.toThrow(
      /^The template has 2 errors \(line 2: /,
    );
  });

  it('counts positions as the client text does, BOM included', async () => {
    const bomUri = pathToFileURL(join(dir, 'bom.buildcontent')).href;
    await client.open(bomUri, '\uFEFFRESTART now\n');
    const published = await client.waitForDiagnostics(bomUri);
    const restart = published.diagnostics.find((d) => d.code === 'NotEmptyCommandContent.RESTART');
    expect(restart?.range).toEqual({ start: { line: 0, character: 9 }, end: { line: 0, character: 12 } });
  });
});
