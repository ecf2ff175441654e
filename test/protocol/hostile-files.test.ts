// Files and clients that would stall a naive server: a FIFO where the parameters file goes, a settings
// file linked to /dev/zero, a 20 MB document, a client that never answers workspace/configuration, a
// lone surrogate in the parameters, a message above the size cap. The server keeps answering.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  type CodeAction,
} from 'vscode-languageserver-protocol/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, requireBuiltServer, SERVER_MAIN } from './lsp-client.js';

const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bc-hostile-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const TEMPLATE = 'run echo hi\nCOPY https://example.com/a.tgz /tmp/a.tgz\n';
const LINE = 'RUN echo "0123456789012345678901234567890123456789012345678901234567890123456789"\n';
const TWENTY_MB = LINE.repeat(Math.ceil((20 * 1024 * 1024) / LINE.length));
const at = (line: number, character: number) => ({ line, character });

describe('hostile files and clients', () => {
  beforeAll(() => requireBuiltServer());
  let client: LspTestClient | undefined;
  afterEach(() => client?.kill());

  it.skipIf(!hasMkfifo)(
    'answers a hover at once while a FIFO parameters file, a 20 MB document and an unanswered workspace/configuration are present (needs mkfifo)',
    async () => {
      const dir = folder({ 'web.buildcontent': TEMPLATE });
      execFileSync('mkfifo', [join(dir, 'web.pipeline.json')]);
      const uri = pathToFileURL(join(dir, 'web.buildcontent')).href;
      const hugeUri = pathToFileURL(join(dir, 'huge.buildcontent')).href;
      client = await LspTestClient.start({ neverAnswerConfiguration: true });
      await client.open(hugeUri, TWENTY_MB);
      await client.open(uri, TEMPLATE);
      // The server has read the 20 MB message once it says the document is too large.
      await client.waitForDiagnostics(hugeUri);

      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const hover = await client.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri },
          position: at(0, 1),
        });
        times.push(performance.now() - started);
        expect(JSON.stringify(hover)).toContain('RUN');
      }
      const slowest = Math.max(...times);
      console.log(
        `hover answered in ${times.map((t) => t.toFixed(1)).join(', ')} ms with a FIFO parameters file, a 20 MB document and workspace/configuration unanswered`,
      );
      expect(slowest).toBeLessThan(5000); // about hanging, not speed: the figures are printed above

      // Validation goes on after the configuration time-out, without the parameters the FIFO stands for,
      // and the FIFO is one diagnostic of the parameters file.
      const published = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
      expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual([
        ['keyword-case', { start: at(0, 0), end: at(0, 3) }],
      ]);
      const fifo = await client.waitForDiagnostics(pathToFileURL(join(dir, 'web.pipeline.json')).href);
      expect(fifo.diagnostics).toEqual([
        {
          range: { start: at(0, 0), end: at(0, 0) },
          severity: 1,
          code: 'unreadable-file',
          source: 'buildcontent',
          message: 'not a regular file (a FIFO); not read',
        },
      ]);
    },
    60000,
  );

  it("validates without a slow client's settings after 1 s, then again with them when they come", async () => {
    const dir = folder({ 'web.buildcontent': TEMPLATE });
    const uri = pathToFileURL(join(dir, 'web.buildcontent')).href;
    client = await LspTestClient.start({
      configurationDelayMs: 2500,
      configuration: () => ({ severity: { 'keyword-case': 'error' } }),
    });
    await client.open(uri, TEMPLATE);
    const first = await client.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
    expect(first.diagnostics.map((d) => [d.code, d.severity])).toEqual([['keyword-case', 2]]);
    const late = await client.waitForDiagnostics(uri, (params) => params.diagnostics[0]?.severity === 1);
    expect(late.diagnostics.map((d) => [d.code, d.severity])).toEqual([['keyword-case', 1]]);
  }, 60000);

  it('says once that a 20 MB document is too large, and answers every request about it at once', async () => {
    client = await LspTestClient.start();
    const uri = 'file:///nowhere/huge.buildcontent';
    await client.open(uri, TWENTY_MB);
    const said = await client.waitForDiagnostics(uri);
    expect(said.diagnostics).toEqual([
      {
        range: { start: at(0, 0), end: at(0, 0) },
        severity: 2,
        code: 'document-too-large',
        source: 'buildcontent',
        message: 'This document is 20 MB long: documents above 10 MB are not analysed (the service accepts 16 KB).',
      },
    ]);
    const editStarted = performance.now();
    await client.change(uri, [{ range: { start: at(0, 0), end: at(0, 0) }, text: 'run x\n' }]);
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    const edit = performance.now() - editStarted;
    const started = performance.now();
    const answers = await Promise.all([
      client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(0, 1) }),
      client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }),
      client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: at(0, 0), end: at(0, 0) },
        context: { diagnostics: [] },
      }),
    ]);
    console.log(
      `an edit to a 20 MB document applied in ${edit.toFixed(1)} ms; then hover, symbols and code actions answered in ${(performance.now() - started).toFixed(1)} ms`,
    );
    expect(answers).toEqual([null, [], []]);
    expect(client.published.filter((p) => p.uri === uri)).toHaveLength(1);
  }, 60000);

  it('publishes settings problems on the settings file, at their position, and clears them once fixed', async () => {
    const dir = folder({
      'web.buildcontent': TEMPLATE,
      '.buildcontentrc.json': '{\n  "keepComments": "false",\n  "severity": { "keyword-cas": "off" }\n}\n',
    });
    const uri = pathToFileURL(join(dir, 'web.buildcontent')).href;
    const rcUri = pathToFileURL(join(dir, '.buildcontentrc.json')).href;
    client = await LspTestClient.start();
    await client.open(uri, TEMPLATE);
    const rc = await client.waitForDiagnostics(rcUri);
    expect(rc.diagnostics.map((d) => [d.code, d.severity, d.range, d.message])).toEqual([
      [
        'invalid-settings',
        1,
        { start: at(1, 18), end: at(1, 25) },
        '"keepComments" must be true or false, not a string',
      ],
      [
        'invalid-settings',
        1,
        { start: at(2, 16), end: at(2, 29) },
        'severity: unknown code or rule id "keyword-cas" (did you mean "keyword-case"?)',
      ],
    ]);
    writeFileSync(join(dir, '.buildcontentrc.json'), '{ "severity": { "keyword-case": "error" } }');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: rcUri, type: FileChangeType.Changed }],
    });
    await client.waitForDiagnostics(rcUri, (params) => params.diagnostics.length === 0);
    const template = await client.waitForDiagnostics(uri, (params) => params.diagnostics[0]?.severity === 1);
    expect(template.diagnostics.map((d) => d.code)).toEqual(['keyword-case']);
  }, 60000);

  it('reads a settings file linked to /dev/zero as one diagnostic, not 4 GB', async () => {
    const dir = folder({ 'web.buildcontent': TEMPLATE });
    symlinkSync('/dev/zero', join(dir, '.buildcontentrc.json'));
    client = await LspTestClient.start();
    await client.open(pathToFileURL(join(dir, 'web.buildcontent')).href, TEMPLATE);
    const rc = await client.waitForDiagnostics(pathToFileURL(join(dir, '.buildcontentrc.json')).href);
    expect(rc.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['unreadable-file', 'not a regular file (a device); not read'],
    ]);
  }, 60000);

  it('never fails a code action request over a lone surrogate in the parameters', async () => {
    const params = JSON.parse(readFileSync(join(__dirname, '../../examples/request-web.pipeline.json'), 'utf8'));
    const dir = folder({ 'web.buildcontent': 'RUN echo hi\n' });
    writeFileSync(join(dir, 'web.pipeline.json'), JSON.stringify({ ...params, Description: 'broken \ud800 text' }));
    const uri = pathToFileURL(join(dir, 'web.buildcontent')).href;
    client = await LspTestClient.start();
    await client.open(uri, 'RUN echo hi\n');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: at(0, 0), end: at(0, 0) },
      context: { diagnostics: [], only: ['source'] },
    })) as CodeAction[];
    expect(Array.isArray(actions)).toBe(true);
    for (const format of ['cli', 'json', 'query', 'sdk']) {
      const answer = await client.connection
        .sendRequest(ExecuteCommandRequest.type, { command: 'buildcontent.emitRequest', arguments: [{ uri, format }] })
        .then(
          (text) => ({ text }),
          (error: { code: number }) => ({ code: error.code }),
        );
      // Either the request text or a refusal the client can show: never an internal error.
      expect(answer, format).not.toEqual({ code: -32603 });
    }
  }, 60000);

  it('cancels a code action request when the client cancels it', async () => {
    client = await LspTestClient.start();
    const uri = 'file:///nowhere/big.buildcontent';
    await client.open(uri, LINE.repeat(20000));
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest(
      CodeActionRequest.type,
      { textDocument: { uri }, range: { start: at(0, 0), end: at(0, 0) }, context: { diagnostics: [] } },
      source.token,
    );
    source.cancel();
    await expect(request).rejects.toMatchObject({ code: -32800 });
  }, 60000);
});

describe('oversized messages', () => {
  beforeAll(() => requireBuiltServer());

  it('refuses a message above the 64 MB cap with one reply, without buffering it, and serves the next one', async () => {
    const child = spawn(process.execPath, [SERVER_MAIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const send = (message: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const peakMemory = () =>
      Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]) * 1024;
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    await expect.poll(() => output, { timeout: 10000 }).toContain('"id":1,');
    // The server loads the rest of itself after answering initialize: measure once it has answered a request.
    send({ id: 3, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///x' } } });
    await expect.poll(() => output, { timeout: 10000 }).toContain('"id":3,');
    const before = peakMemory();
    const length = 64 * 1024 * 1024 + 1;
    child.stdin.write(`Content-Length: ${length}\r\n\r\n`);
    const chunk = Buffer.alloc(1024 * 1024, 0x78);
    for (let sent = 0; sent < length; sent += chunk.length) {
      const piece = chunk.subarray(0, Math.min(chunk.length, length - sent));
      if (!child.stdin.write(piece)) await new Promise((resolveDrain) => child.stdin.once('drain', resolveDrain));
    }
    send({ id: 2, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///x' } } });
    await expect.poll(() => output, { timeout: 30000 }).toContain('"id":2,');
    const growth = peakMemory() - before;
    console.log(
      `peak memory grew by ${(growth / (1024 * 1024)).toFixed(1)} MB while a ${length}-byte message streamed by`,
    );
    expect(output.match(/"id":null,"error":\{[^}]*\}/g)).toEqual([
      `"id":null,"error":{"code":-32600,"message":"Invalid request: a message of ${length} bytes is above the 67108864-byte limit; dropped unread"}`,
    ]);
    // Buffering the message would take at least its size (vscode-jsonrpc copies it once more to parse it).
    expect(growth).toBeLessThan(length * 0.75);
    child.kill();
  }, 60000);
});
