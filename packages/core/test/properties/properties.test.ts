// The property suites at a bounded count (npm run fuzz runs the same properties 100,000 times each).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyFixPreserves, positionsProblem, repeatedFixesSettle } from './properties.js';
import { anyTemplate, exampleTemplates, generatedTemplate, mutatedExample } from './templates.js';

const RUNS = 400;

/** Fails with the property's own description of what went wrong. */
const expectNone = (problem: string | undefined): void => {
  expect(problem).toBeUndefined();
};

describe('fix preservation (every fix and every suggestion)', () => {
  it.each(exampleTemplates.map((text, i) => [i, text]))(
    'example %i: other commands unchanged, no comment lost',
    (_, text) => {
      expect(everyFixPreserves(text)).toBeUndefined();
      expect(everyFixPreserves(text, { from: 'ignored' })).toBeUndefined();
    },
  );

  it(`generated and mutated templates (fast-check, ${RUNS} cases each)`, () => {
    for (const arbitrary of [generatedTemplate, mutatedExample]) {
      fc.assert(
        fc.property(arbitrary, (text) => {
          expectNone(everyFixPreserves(text));
        }),
        { numRuns: RUNS },
      );
    }
  });

  it(`lint --fix settles within 10 passes and never grows the text (fast-check, ${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(generatedTemplate, mutatedExample), (text) => {
        expectNone(repeatedFixesSettle(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('never throws, positions inside the text', () => {
  it(`parse, lint and applyFixes on any text (fast-check, ${RUNS * 2} cases)`, () => {
    fc.assert(
      fc.property(anyTemplate, (text) => {
        expectNone(positionsProblem(text));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
