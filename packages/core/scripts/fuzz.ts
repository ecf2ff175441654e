// npm run fuzz: the property suites at 100,000 cases each (vitest runs them at a bounded count).
//   never-throw     parse, lint (both FROM behaviours) and applyFixes never throw; every range is inside the text
//   preservation    every fix and every suggestion leaves the other commands and every comment line as they were
//   settle          lint --fix reaches a fixed point within 10 passes without growing the text
// Usage: npm run fuzz [-- --runs 100000 --seed 42 --only preservation]. Exit code 1 on a counterexample.
import fc from 'fast-check';
import { everyFixPreserves, positionsProblem, repeatedFixesSettle } from '../test/properties/properties.js';
import { anyTemplate, generatedTemplate, mutatedExample } from '../test/properties/templates.js';

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at !== -1 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const runs = Number(arg('runs', '100000'));
const seed = Number(arg('seed', String(Date.now() % 2 ** 31)));
const only = arg('only', '');

const properties: Array<[string, fc.Arbitrary<string>, (text: string) => string | undefined]> = [
  ['never-throw', anyTemplate, positionsProblem],
  [
    'preservation',
    fc.oneof(generatedTemplate, mutatedExample),
    (text) => everyFixPreserves(text) ?? everyFixPreserves(text, { from: 'ignored' }),
  ],
  ['settle', fc.oneof(generatedTemplate, mutatedExample), repeatedFixesSettle],
];

console.log(`seed ${seed}, ${runs} cases per property`);
let failed = 0;
for (const [name, arbitrary, problemOf] of properties) {
  if (only && name !== only) continue;
  const started = Date.now();
  const details = fc.check(
    fc.property(arbitrary, (text) => {
      const problem = problemOf(text);
      if (problem) throw new Error(problem);
    }),
    { numRuns: runs, seed },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    failed++;
    console.log(
      `FAIL ${name} after ${details.numRuns} cases (${seconds} s), seed ${seed}, path ${details.counterexamplePath}`,
    );
    console.log(
      `  ${String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance)
        .split('\n')
        .join('\n  ')}`,
    );
  } else {
    console.log(`ok   ${name}: ${details.numRuns} cases in ${seconds} s`);
  }
}
process.exit(failed > 0 ? 1 : 0);
