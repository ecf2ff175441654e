#!/usr/bin/env node
// The `buildcontent-language-server` bin. It is this small committed file, not the bundle itself, because npm
// links workspace bins before `prepare` builds dist/: a bin whose target does not exist yet is never linked.
// It runs the esbuild bundle (one file: the server starts in a fraction of the time hundreds of modules take,
// docs/performance.md); a checkout built with `tsc -b` alone falls back to dist/main.js.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/buildcontent-language-server.mjs', import.meta.url);
const unbundled = new URL('../dist/main.js', import.meta.url);
const entry = existsSync(bundle) ? bundle : existsSync(unbundled) ? unbundled : undefined;
if (!entry) {
  process.stderr.write('buildcontent-language-server: not built: run npm run build\n');
  process.exit(2);
}
// The entry reads its arguments from process.argv and starts the server when imported.
await import(entry.href);
