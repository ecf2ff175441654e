// The editing surface over the wire: completion, hover, signature help, symbols, folding, semantic tokens,
// formatting, links, and quick fixes.
import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentLinkRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  RenameRequest,
  SemanticTokensRequest,
  SignatureHelpRequest,
  type CodeAction,
  type CompletionItem,
  type DocumentSymbol,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, requireBuiltServer } from './lsp-client.js';

const uri = 'file:///nowhere/features.buildcontent';
const text =
  '# web image\n# built nightly\nrun yum install nginx\nCOPY https://example.com/a.sh /tmp/\nENV a="1" \\\n  b="2"\nRESTART now\nRUN echo $a\n';
const textDocument = { uri };

describe('editing features over stdio', () => {
  let client: LspTestClient;
  beforeAll(async () => {
    requireBuiltServer();
    client = await LspTestClient.start();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('completes keywords with snippets', async () => {
    const items = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument,
      position: { line: 8, character: 0 },
    })) as CompletionItem[];
    expect(items.filter((item) => item.label === 'COPY').map((item) => item.textEdit)).toEqual([
      {
        range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } },
        newText: 'COPY ${1:source} ${2:/destination}',
      },
    ]);
  });

  it('hovers over a keyword', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument,
      position: { line: 6, character: 3 },
    });
    expect(hover?.range).toEqual({ start: { line: 6, character: 0 }, end: { line: 6, character: 7 } });
    expect((hover?.contents as MarkupContent).value).toContain('Restarts the intermediate instance.');
  });

  it('helps with COPY arguments', async () => {
    const help = await client.connection.sendRequest(SignatureHelpRequest.type, {
      textDocument,
      position: { line: 3, character: 32 },
    });
    expect(help).toMatchObject({
      activeSignature: 0,
      activeParameter: 1,
      signatures: [{ label: 'COPY <source> <destination>' }],
    });
  });

  it('outlines commands with ENV keys as children', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, {
      textDocument,
    })) as DocumentSymbol[];
    expect(symbols.map((symbol) => symbol.detail)).toEqual(['RUN', 'COPY', 'ENV', 'RESTART', 'RUN']);
    expect(symbols[0].name).toBe('RUN yum install nginx');
    expect(symbols[2].children?.map((child) => child.name)).toEqual(['a', 'b']);
  });

  it('folds the comment block and the continued ENV', async () => {
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument });
    expect(folds).toEqual([
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 4, endLine: 5 },
    ]);
  });

  it('sends semantic tokens, five integers each', async () => {
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument });
    expect(tokens?.data.length).toBeGreaterThan(0);
    expect((tokens?.data.length ?? 0) % 5).toBe(0);
    expect(tokens?.data.slice(0, 5)).toEqual([0, 0, 11, 1, 0]);
  });

  it('formats the document and a range', async () => {
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument,
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(edits).toEqual([
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, newText: 'RUN' },
    ]);
    const none = await client.connection.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument,
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(none).toEqual([]);
  });

  it('links the COPY URL', async () => {
    const links = await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument });
    expect(links).toEqual([
      {
        range: { start: { line: 3, character: 5 }, end: { line: 3, character: 29 } },
        target: 'https://example.com/a.sh',
        tooltip: 'Open https://example.com/a.sh',
      },
    ]);
  });

  it('finds and renames an ENV variable', async () => {
    const definition = await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument,
      position: { line: 7, character: 10 },
    });
    expect(definition).toEqual([{ uri, range: { start: { line: 4, character: 4 }, end: { line: 4, character: 5 } } }]);
    const rename = await client.connection.sendRequest(RenameRequest.type, {
      textDocument,
      position: { line: 4, character: 4 },
      newName: 'APP',
    });
    expect(rename?.changes?.[uri]?.map((edit) => [edit.range.start, edit.newText])).toEqual([
      [{ line: 4, character: 4 }, 'APP'],
      [{ line: 7, character: 10 }, 'APP'],
    ]);
    await expect(
      client.connection.sendRequest(RenameRequest.type, {
        textDocument,
        position: { line: 4, character: 4 },
        newName: 'not valid',
      }),
    ).rejects.toThrow(/not a variable name/);
  });

  it('offers the quick fixes at the cursor, then the fix-all', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument,
      range: { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } },
      context: { diagnostics: [], only: ['quickfix'] },
    })) as CodeAction[];
    expect(actions.map((action) => action.title)).toEqual([
      'Add -y (answers yes to every prompt)',
      'Fix all auto-fixable BuildContent problems',
      'Ignore package-install-without-yes for this command',
      'Ignore package-install-without-yes in this file',
    ]);
    expect(actions[0].edit).toEqual({
      changes: {
        [uri]: [{ range: { start: { line: 2, character: 15 }, end: { line: 2, character: 15 } }, newText: ' -y' }],
      },
    });
  });
});
