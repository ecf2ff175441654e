// A parameters file nested deeper than any real one is refused with a position, never a stack overflow.
import { describe, expect, it } from 'vitest';
import { buildRequest, OWN_CODES } from '../../src/request/index.js';

describe('deeply nested parameters', () => {
  it.each([
    ['arrays', '['.repeat(200_000)],
    ['objects', '{"a":'.repeat(100_000)],
  ])('%s: invalid-json at the first level past the cap, and buildRequest returns', (_, paramsText) => {
    const result = buildRequest('RUN a\n', {}, { paramsText });
    const [problem] = result.parameterDiagnostics.filter((d) => d.code === OWN_CODES.invalidJson);
    expect(problem.message).toBe('The parameters file is not valid JSON: nested more than 256 levels deep');
    const at = paramsText.startsWith('[') ? 256 : 256 * 5;
    expect(problem.range).toEqual({ start: { line: 0, character: at }, end: { line: 0, character: at + 1 } });
  });
});
