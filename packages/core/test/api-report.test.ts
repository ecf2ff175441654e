// The public surface of @buildcontent/core is committed (packages/core/api/*.api.md, written by API Extractor from
// the built .d.ts): a change to it is a decision, accepted with `npm run api:update`, never an accident.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, type ExtractorMessage } from '@microsoft/api-extractor';
import { beforeAll, describe, expect, it } from 'vitest';

const core = fileURLToPath(new URL('../', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('API report', () => {
  beforeAll(() => {
    // The report reads dist/*.d.ts: bring them up to date first (tsc -b does nothing when they are).
    execFileSync(`${repoRoot}node_modules/.bin/tsc`, ['-b', core], { stdio: 'pipe' });
  }, 180_000);

  it.each([
    ['@buildcontent/core', 'api-extractor.json'],
    ['@buildcontent/core/node', 'api-extractor.node.json'],
  ])(
    '%s matches the committed report and exports every type it names (npm run api:update accepts a change)',
    (_entry, file) => {
      const messages: string[] = [];
      const result = Extractor.invoke(ExtractorConfig.loadFileAndPrepare(`${core}${file}`), {
        // Not a local build: a changed report is an error here, never rewritten.
        localBuild: false,
        messageCallback: (message: ExtractorMessage) => {
          messages.push(message.formatMessageWithLocation(core));
          message.handled = true;
        },
      });
      expect(result.apiReportChanged, `npm run api:update accepts a deliberate change:\n${messages.join('\n')}`).toBe(
        false,
      );
      expect(result.errorCount, messages.join('\n')).toBe(0);
    },
  );
});
