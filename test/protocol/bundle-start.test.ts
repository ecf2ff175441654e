// The npm bin as an editor starts it: the esbuild bundle, split so that what answers `initialize` is loaded
// without the parser, the checks and the request builder (docs/performance.md).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LspTestClient, REPO_ROOT } from './lsp-client.js';

const BIN = join(REPO_ROOT, 'packages/language-server/bin/buildcontent-language-server.js');
const BUNDLE = join(REPO_ROOT, 'packages/language-server/dist/bundle/buildcontent-language-server.mjs');
const built = existsSync(BUNDLE);

/** The bundle's files loaded before anything runs: the entry and the chunks it imports statically. */
function staticGraph(entry: string): string[] {
  const files = [entry];
  for (let index = 0; index < files.length; index++) {
    const text = readFileSync(files[index], 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*"(\.[^"]+)"/g)) {
      const file = join(dirname(files[index]), specifier);
      if (!files.includes(file)) files.push(file);
    }
  }
  return files;
}

describe.skipIf(!built)('the bundled bin (skipped: run `npm run build` to write the bundle)', () => {
  it('loads only the transport before it answers initialize: the server is a chunk imported afterwards', () => {
    const graph = staticGraph(BUNDLE);
    const entry = readFileSync(BUNDLE, 'utf8');
    const lazy = [...entry.matchAll(/import\("(\.[^"]+)"\)/g)].map(([, specifier]) => join(dirname(BUNDLE), specifier));
    expect(lazy).toHaveLength(1);
    expect(graph).not.toContain(lazy[0]);
    // A message of the checks and a name of the request model live in the lazily imported chunk only.
    for (const marker of ['EmptyCommandContent.RUN', 'CreateImagePipeline']) {
      expect(graph.filter((file) => readFileSync(file, 'utf8').includes(marker))).toEqual([]);
      expect(readFileSync(lazy[0], 'utf8')).toContain(marker);
    }
  });

  it('answers initialize and publishes the diagnostics of a document opened right after it', async () => {
    const client = await LspTestClient.start({ serverPath: BIN });
    try {
      expect(client.initializeResult.serverInfo).toEqual({ name: 'buildcontent-language-server', version: '0.1.0' });
      const uri = pathToFileURL(join(REPO_ROOT, 'no-such-dir', 'a.buildcontent')).href;
      await client.open(uri, 'FROM m-1\nRUN\n');
      const published = await client.waitForDiagnostics(uri);
      expect(published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toContainEqual([
        'EmptyCommandContent.RUN',
        { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
      ]);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });
});
