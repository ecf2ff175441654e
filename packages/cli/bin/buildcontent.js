#!/usr/bin/env node
// The `buildcontent` bin. It is this small committed file, not dist/main.js, because npm links workspace bins
// before `prepare` builds dist/: a bin whose target does not exist yet is never linked, even after the build.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('buildcontent: not built: run npm run build\n');
  process.exit(2);
}
const { main } = await import(entry.href);
const { processIo } = await import(new URL('../dist/cli-io.js', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2), processIo());
