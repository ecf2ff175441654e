// How the server keeps push diagnostics current: incremental edits in the middle of a large document end in
// the diagnostics a fresh open of the same text gets, and a workspace opened all at once does not hold up
// the document the user works in (ordering only: no timing is asserted).
import { HoverRequest, type Hover } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, requireBuiltServer } from './lsp-client.js';

/** A template of about `bytes` bytes: 11-line blocks, each with a finding (a RESTART with content). */
function largeTemplate(bytes: number, eol: string): string {
  const block = [
    '# install and configure the web tier',
    'RUN yum install -y nginx php-fpm \\',
    '    && systemctl enable nginx \\',
    '    && yum clean all',
    'ENV APP_HOME="/srv/www" APP_ENV="production"',
    'LABEL owner="platform" tier="web"',
    'WORKDIR /srv/www',
    'RUN tar -xzf site.tar.gz && rm -f site.tar.gz',
    'USER root',
    'RESTART now',
    '',
  ].join(eol);
  let text = '';
  while (text.length + block.length < bytes) text += block;
  return text;
}

describe('validation scheduling over stdio', () => {
  beforeAll(() => requireBuiltServer());
  let client: LspTestClient | undefined;
  afterEach(() => client?.kill());

  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
  ])('edits in the middle of a 16 KB template (%s) end in the diagnostics of a fresh open', async (_name, eol) => {
    client = await LspTestClient.start();
    const uri = 'file:///nowhere/edited.buildcontent';
    const text = largeTemplate(15 * 1024, eol);
    let mirror = TextDocument.create(uri, 'buildcontent', 1, text);
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (params) => params.version === 1);
    const middle = Math.floor(mirror.lineCount / 2);
    const edits = [
      // An empty RUN inserted on a line of its own.
      [{ range: { start: { line: middle, character: 0 }, end: { line: middle, character: 0 } }, text: `RUN${eol}` }],
      // A span across a line break deleted (the end of one line and the start of the next).
      [{ range: { start: { line: middle + 3, character: 10 }, end: { line: middle + 4, character: 4 } }, text: '' }],
      // Two changes in one notification: a keyword lowered and a word replaced further down.
      [
        { range: { start: { line: middle + 6, character: 0 }, end: { line: middle + 6, character: 3 } }, text: 'run' },
        {
          range: { start: { line: middle + 9, character: 0 }, end: { line: middle + 9, character: 0 } },
          text: `USER${eol}`,
        },
      ],
    ];
    for (const changes of edits) {
      await client.change(uri, changes);
      mirror = TextDocument.update(mirror, changes, client.version(uri));
    }
    const edited = await client.waitForDiagnostics(uri, (params) => params.version === client!.version(uri));

    const freshUri = 'file:///nowhere/fresh.buildcontent';
    await client.open(freshUri, mirror.getText());
    const fresh = await client.waitForDiagnostics(freshUri);
    expect(edited.diagnostics).toEqual(fresh.diagnostics);
    // The inserted empty RUN is among them, at its exact place.
    expect(edited.diagnostics.filter((d) => d.code === 'EmptyCommandContent.RUN').map((d) => d.range)).toContainEqual({
      start: { line: middle, character: 0 },
      end: { line: middle, character: 3 },
    });
  });

  it('answers a hover on the last-touched document before the validation queue of a large workspace drains', async () => {
    client = await LspTestClient.start();
    const count = 300;
    const uris = Array.from({ length: count }, (_, i) => `file:///nowhere/workspace/t${i}.buildcontent`);
    const text = largeTemplate(8 * 1024, '\n');
    for (const uri of uris) await client.open(uri, text);
    // The user edits the document at the end of the queue and hovers over its first keyword.
    const touched = uris[count - 1];
    await client.change(touched, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'RUN\n' },
    ]);
    const hover: Hover | null = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: touched },
      position: { line: 0, character: 1 },
    });
    const validatedAtHover = new Set(client.published.map((params) => params.uri)).size;
    expect(hover?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    expect(validatedAtHover).toBeLessThan(count);

    // Every document gets its diagnostics; the edited one before those still waiting when it was edited.
    await Promise.all(uris.map((uri) => client!.waitForDiagnostics(uri, undefined, 120_000)));
    const order = client.published.map((params) => params.uri);
    const touchedAt = order.findIndex((uri, index) => uri === touched && client!.published[index].version === 2);
    expect(touchedAt).toBeGreaterThanOrEqual(0);
    expect(touchedAt).toBeLessThan(order.indexOf(uris[count - 2]));
    expect(client.diagnostics.get(touched)?.diagnostics.map((d) => [d.code, d.range])).toContainEqual([
      'EmptyCommandContent.RUN',
      { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    ]);
  }, 180_000);
});
