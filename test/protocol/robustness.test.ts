// The server keeps answering whatever it is sent: documents it never saw, positions past the end,
// a 9 MB document (just under the cap), a burst of 1,000 edits, and bytes that are not the protocol at all.
import { spawn } from 'node:child_process';
import {
  CodeActionRequest,
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  HoverRequest,
  SemanticTokensRequest,
  SignatureHelpRequest,
} from 'vscode-languageserver-protocol/node';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, requireBuiltServer, SERVER_MAIN } from './lsp-client.js';

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

describe('robustness over stdio', () => {
  beforeAll(() => requireBuiltServer());
  let client: LspTestClient | undefined;
  afterEach(() => client?.kill());

  it('answers requests about a document it never opened with empty results', async () => {
    client = await LspTestClient.start();
    const textDocument = { uri: 'file:///nowhere/never-opened.buildcontent' };
    const position = { line: 3, character: 4 };
    expect(await client.connection.sendRequest(HoverRequest.type, { textDocument, position })).toBeNull();
    expect(await client.connection.sendRequest(CompletionRequest.type, { textDocument, position })).toEqual([]);
    expect(await client.connection.sendRequest(SignatureHelpRequest.type, { textDocument, position })).toBeNull();
    expect(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument })).toEqual([]);
    expect(await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument })).toEqual({ data: [] });
    expect(
      await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument,
        range: { start: position, end: position },
        context: { diagnostics: [] },
      }),
    ).toEqual([]);
    expect(await client.stop()).toBe(0);
  });

  it('clamps positions past the end of the document', async () => {
    client = await LspTestClient.start();
    const uri = 'file:///nowhere/short.buildcontent';
    await client.open(uri, 'RUN a\n');
    const far = { line: 1000, character: 1000 };
    const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: far });
    expect(Array.isArray(items) && items.length).toBeGreaterThan(0);
    expect(
      await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line: 0, character: 999 },
      }),
    ).toBeNull();
    await client.stop();
  });

  it('lints a 9 MB document (under the 10 MB cap) and still answers afterwards', async () => {
    client = await LspTestClient.start();
    const uri = 'file:///nowhere/huge.buildcontent';
    const line = 'RUN echo "0123456789012345678901234567890123456789012345678901234567890123456789"\n';
    const text = line.repeat(Math.floor((9 * 1024 * 1024) / line.length));
    await client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, () => true, 60000);
    expect(published.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining([
        'InvalidBuildContent.LengthExceeded',
        'InvalidImageTemplateCommandSize.ExceededMaxNumber',
      ]),
    );
    // Every line was read: the command count says so (a symbol list of 115,000 commands said the same at the
    // cost of a 20 MB answer).
    const count = text.length / line.length;
    const tooMany = published.diagnostics.find((d) => d.code === 'InvalidImageTemplateCommandSize.ExceededMaxNumber');
    expect(tooMany?.message).toContain(`The template has ${count} commands`);
    // And it still answers, about the last line too.
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: { line: count - 1, character: 1 },
    });
    expect(JSON.stringify(hover)).toContain('RUN');
    await client.stop();
  }, 120000);

  it('takes a burst of 1,000 edits and publishes for the last version', async () => {
    client = await LspTestClient.start();
    const uri = 'file:///nowhere/burst.buildcontent';
    await client.open(uri, 'RUN echo\n');
    await client.waitForDiagnostics(uri);
    const edits: Array<Promise<void>> = [];
    for (let i = 0; i < 1000; i++) {
      edits.push(
        client.change(uri, [
          { range: { start: { line: 0, character: 8 + i }, end: { line: 0, character: 8 + i } }, text: 'x' },
        ]),
      );
    }
    await Promise.all(edits);
    await client.change(uri, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'RESTART now\n' },
    ]);
    const last = await client.waitForDiagnostics(uri, (params) => params.version === 1002);
    expect(last.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['NotEmptyCommandContent.RESTART', { start: { line: 1, character: 8 }, end: { line: 1, character: 11 } }],
    ]);
    const formatted = await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(formatted).toEqual([]);
    await client.stop();
  });

  it('survives garbage: answers a parse error and keeps serving', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const closed = new Promise<number | null>((resolveClose) => child.on('close', resolveClose));
    child.stdin.write(
      frame(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 0,
          method: 'initialize',
          params: { processId: null, rootUri: null, capabilities: {} },
        }),
      ),
    );
    // A well-framed body that is not JSON, a JSON body that is no message, an unknown method, a bad request.
    child.stdin.write(frame('this is not json'));
    child.stdin.write(frame('[1, 2, 3]'));
    child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'no/such/method', params: {} })));
    child.stdin.write(
      frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: 42 } })),
    );
    child.stdin.write(
      frame(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 3,
          method: 'textDocument/documentSymbol',
          params: { textDocument: { uri: 'file:///x' } },
        }),
      ),
    );
    await expect.poll(() => output, { timeout: 10000 }).toContain('"id":3,"result"');
    expect(output).toContain('"id":0,"result"');
    expect(output.match(/"code":-32700/g)).toHaveLength(1);
    expect(output).toContain('"id":null,"error":{"code":-32700,"message":"Parse error: Unexpected token');
    expect(output).toContain('"id":1,"error":{"code":-32601');
    expect(output).toContain('"id":2,"result":null');
    child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'shutdown' })));
    await expect.poll(() => output, { timeout: 10000 }).toContain('"id":4,"result":null');
    child.stdin.write(frame(JSON.stringify({ jsonrpc: '2.0', method: 'exit' })));
    expect(await closed).toBe(0);
  });

  it('resumes after bytes that are no protocol at all, and exits with 1 when its input closes without shutdown', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const closed = new Promise<number | null>((resolveClose) => child.on('close', resolveClose));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    child.stdin.write(bytes);
    child.stdin.write('Content-Length: banana\r\n\r\n');
    child.stdin.write(
      frame(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 9,
          method: 'initialize',
          params: { processId: null, rootUri: null, capabilities: {} },
        }),
      ),
    );
    await expect.poll(() => output, { timeout: 10000 }).toContain('"id":9,"result"');
    // 64 KB of noise and a broken header: one run of garbage, one error reply, with its size.
    expect(output.match(/"code":-32700,"message":"[^"]*"/g)).toEqual([
      `"code":-32700,"message":"Parse error: ${bytes.length + 26} bytes dropped: no header block"`,
    ]);
    child.stdin.end();
    expect(await closed).toBe(1);
  });
});
