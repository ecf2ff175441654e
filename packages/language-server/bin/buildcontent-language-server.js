#!/usr/bin/env node
// The `buildcontent-language-server` bin. It is this small committed file, not dist/main.js, because npm links
// workspace bins before `prepare` builds dist/: a bin whose target does not exist yet is never linked.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('buildcontent-language-server: not built: run npm run build\n');
  process.exit(2);
}
// dist/main.js reads its arguments from process.argv and starts the server when imported.
await import(entry.href);
