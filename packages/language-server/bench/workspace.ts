// A workspace opened all at once: a client opens 1,000 templates (files on disk, so each one's project is
// read) and waits for every file's diagnostics; meanwhile it edits and hovers over one of them, as a user
// would, and times the hover. Figures: time to the last diagnostics, hover latency, position of the edited
// document's diagnostics in the order of publication.
// Run: npm run bench:workspace   (COUNT=2000 for another size; SERVER=<path> for another build)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { LspTestClient, REPO_ROOT } from '../../../test/protocol/lsp-client.js';
import { cpuMsOf } from './stats.js';

const COUNT = Number(process.env.COUNT ?? 1000);
const serverPath = process.env.SERVER
  ? resolve(process.env.SERVER)
  : resolve(REPO_ROOT, 'packages/language-server/dist/bundle/buildcontent-language-server.mjs');

function template(index: number): string {
  const lines = [
    `# template ${index}`,
    'RUN yum install -y nginx \\',
    '    && systemctl enable nginx',
    `ENV APP_HOME="/srv/app${index}"`,
    'LABEL tier="web"',
    'WORKDIR /srv/www',
  ];
  for (let i = 0; i < index % 20; i++) lines.push(`RUN echo step ${i} >> /var/log/build.log`);
  if (index % 7 === 0) lines.push('RESTART now');
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'bc-workspace-bench-'));
try {
  const uris: string[] = [];
  for (let index = 0; index < COUNT; index++) {
    const path = join(dir, `t${index}.buildcontent`);
    writeFileSync(path, template(index));
    uris.push(pathToFileURL(path).href);
  }
  const client = await LspTestClient.start({ serverPath, rootUri: pathToFileURL(dir).href });
  const cpuAtStart = cpuMsOf(client.process.pid);
  const started = performance.now();
  for (const [index, uri] of uris.entries()) await client.open(uri, template(index));
  const touched = uris[COUNT - 1];
  await client.change(touched, [
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'RUN\n' },
  ]);
  const hoverSent = performance.now();
  await client.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: touched },
    position: { line: 0, character: 1 },
  });
  const hoverMs = performance.now() - hoverSent;
  const validatedAtHover = new Set(client.published.map((params) => params.uri)).size;
  await Promise.all(uris.map((uri) => client.waitForDiagnostics(uri, undefined, 60_000)));
  const allMs = performance.now() - started;
  const cpuMs = cpuMsOf(client.process.pid) - cpuAtStart;
  const order = [...new Set(client.published.map((params) => params.uri))];
  console.log(`${COUNT} templates opened at once (${serverPath.replace(`${REPO_ROOT}/`, '')}):`);
  console.log(
    `  all diagnostics received ${allMs.toFixed(0)} ms after the first didOpen (server CPU time meanwhile: ${cpuMs.toFixed(0)} ms)`,
  );
  console.log(
    `  hover on the edited document answered in ${hoverMs.toFixed(1)} ms, when ${validatedAtHover} of ${COUNT} documents had diagnostics`,
  );
  const place = order.indexOf(touched) + 1;
  const suffix = place % 100 >= 11 && place % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][place % 10] ?? 'th');
  console.log(`  the edited document (opened last) was validated ${place}${suffix} of ${COUNT}`);
  await client.stop();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
