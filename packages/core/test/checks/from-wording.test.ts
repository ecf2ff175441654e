// The FROM checks under both `from` settings: same codes and ranges; `ignored` rewords and tags Deprecated.
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';

const CASES = [
  ['InvalidCommandContent.FROM', 'FROM ubuntu\nRUN a\n'],
  ['DuplicatedCommand.FROM', 'FROM IMAGE:m-1\nRUN a\nFROM IMAGE:m-2\n'],
  ['InvalidCommandOrder.FROM', 'RUN a\nFROM IMAGE:m-1\n'],
] as const;

describe('FROM checks under both from settings', () => {
  for (const [code, text] of CASES) {
    for (const eol of ['\n', '\r\n']) {
      it(`${code} (${JSON.stringify(eol)}): an error under override and under ignored, deprecated wording and tag only under ignored`, () => {
        const source = text.replace(/\n/g, eol);
        const [override] = lint(source, { from: 'override' }).filter((d) => d.code === code);
        const [ignored] = lint(source, { from: 'ignored' }).filter((d) => d.code === code);
        expect(override.severity).toBe('error');
        expect(ignored.severity).toBe('error');
        expect(ignored.range).toEqual(override.range);
        expect(override.tags).toBeUndefined();
        expect(override.message).not.toContain('deprecated');
        expect(ignored.tags).toEqual(['deprecated']);
        expect(ignored.message).toBe(
          `${override.message} (FROM is deprecated and ignored by the service, which still refuses this.)`,
        );
      });
    }
  }
});
