// tsc writes files without the executable bit; the packages' bins need it for npx and PATH use.
import { chmodSync, existsSync } from 'node:fs';

for (const bin of ['packages/cli/dist/main.js', 'packages/language-server/dist/main.js']) {
  if (existsSync(bin)) chmodSync(bin, 0o755);
}
