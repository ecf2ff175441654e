// Bundles the built server (dist/main.js, with core and vscode-languageserver) into ES modules, what the
// `buildcontent-language-server` bin runs: loading a few files instead of a few hundred modules is what makes the
// server answer `initialize` quickly (docs/performance.md). With `splitting`, the entry file holds only what
// answers `initialize` (the transport, vscode-languageserver); the server (`import('./server.js')`: parser,
// checks, request builder) is a chunk of its own, compiled after the answer is written. Source maps sit beside
// them, chained through tsc's maps to the TypeScript sources (`node --enable-source-maps` uses them).
import { build } from 'esbuild';
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(packageDir, 'dist', 'main.js');
const outdir = join(packageDir, 'dist', 'bundle');
export const BUNDLE = join(outdir, 'buildcontent-language-server.mjs');

if (!existsSync(entry)) {
  console.error(`bundle: ${relative(process.cwd(), entry)} is missing: run \`npm run build\` (tsc -b) first`);
  process.exit(2);
}

// Chunk names carry a content hash: stale chunks of an earlier build would otherwise stay beside the new ones.
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { 'buildcontent-language-server': entry },
  outdir,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  metafile: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  // vscode-languageserver is CommonJS: its require() calls of Node built-ins need a require in an ES module.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
  // Less text to compile at every start; the source map keeps stack traces readable.
  minify: true,
});
const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.mjs'));
const sizes = files.map((file) => `${relative(outdir, file)} ${(statSync(file).size / 1024).toFixed(0)} KB`);
console.error(`bundle: ${relative(process.cwd(), BUNDLE)} and its chunks: ${sizes.join(', ')}`);
