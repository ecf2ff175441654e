// Bundles the built server (dist/main.js, with core and vscode-languageserver) into one ES module, the file the
// `buildcontent-language-server` bin runs: loading one file instead of a few hundred modules is what makes the
// server answer `initialize` quickly (docs/performance.md). The source map sits beside it, chained through
// tsc's maps to the TypeScript sources (`node --enable-source-maps` uses it).
import { build } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(packageDir, 'dist', 'main.js');
export const BUNDLE = join(packageDir, 'dist', 'bundle', 'buildcontent-language-server.mjs');

if (!existsSync(entry)) {
  console.error(`bundle: ${relative(process.cwd(), entry)} is missing: run \`npm run build\` (tsc -b) first`);
  process.exit(2);
}

await build({
  entryPoints: [entry],
  outfile: BUNDLE,
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
console.error(`bundle: ${relative(process.cwd(), BUNDLE)} ${(statSync(BUNDLE).size / 1024).toFixed(0)} KB`);
