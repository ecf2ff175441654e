// Issue 10's "done when": for every example, and for templates with and without FROM, the request names the same
// source image under the older API (a FROM overrides BaseImageType/BaseImage; without one the service prepends
// FROM <BaseImageType>:<BaseImage>) and under today's (FROM is ignored; the parameters decide), whichever `from`
// setting built it. A request whose image would depend on the API version is refused (from-parameters-mismatch).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRequest, parse } from '../../src/index.js';

const examplesDir = resolve(__dirname, '../../../../examples');
const DEFAULT_PARAMS = { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-params' };

/** The image the older service builds from: the template's FROM (the first valid one), else the parameters. */
function olderServiceImage(template: string, request: Record<string, unknown>): string {
  const from = parse(template).commands.find((c) => c.kind === 'FROM');
  const match = from ? /^(IMAGE|IMAGE_FAMILY):(\S+)$/.exec(from.args.map((a) => a.value).join(' ')) : null;
  return match ? `${match[1]}:${match[2]}` : `${String(request.BaseImageType)}:${String(request.BaseImage)}`;
}
/** The image today's service builds from: the parameters, always. */
const todaysServiceImage = (request: Record<string, unknown>) =>
  `${String(request.BaseImageType)}:${String(request.BaseImage)}`;

function expectSameImage(template: string, params: Record<string, unknown>): void {
  for (const from of ['override', 'ignored'] as const) {
    const result = buildRequest(template, params, { lint: { from } });
    const mismatch = result.diagnostics.some((d) => d.code === 'from-parameters-mismatch');
    if (mismatch) {
      // Refused under both settings: no request names two images.
      expect(result.blocked).toBe(true);
      expect(result.request).toBeUndefined();
      continue;
    }
    const forced = buildRequest(template, params, { lint: { from }, force: true }).request as Record<string, unknown>;
    expect(olderServiceImage(template, forced)).toBe(todaysServiceImage(forced));
  }
  // Both settings send the same source parameters.
  const [override, ignored] = (['override', 'ignored'] as const).map(
    (from) =>
      buildRequest(template, params, { lint: { from }, force: true }).request as Record<string, unknown> | undefined,
  );
  expect([override?.BaseImageType, override?.BaseImage]).toEqual([ignored?.BaseImageType, ignored?.BaseImage]);
}

describe('the same source image under both API behaviours', () => {
  const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.buildcontent'));
  it('covers the examples, with and without FROM', () => {
    expect(examples.length).toBeGreaterThan(10);
    const texts = examples.map((name) => readFileSync(resolve(examplesDir, name), 'utf8'));
    expect(texts.some((t) => /^FROM /m.test(t))).toBe(true);
    expect(texts.some((t) => !/^FROM /m.test(t))).toBe(true);
  });
  for (const name of examples) {
    it(`${name} (with its parameters file, or default parameters)`, () => {
      const text = readFileSync(resolve(examplesDir, name), 'utf8');
      const paramsPath = resolve(examplesDir, name.replace(/\.buildcontent$/, '.pipeline.json'));
      const params = existsSync(paramsPath)
        ? (JSON.parse(readFileSync(paramsPath, 'utf8')) as Record<string, unknown>)
        : DEFAULT_PARAMS;
      expectSameImage(text, params);
    });
  }
  it.each([
    ['no FROM', 'RUN a\n', DEFAULT_PARAMS],
    ['FROM, no source parameters', 'FROM IMAGE:m-from\nRUN a\n', { RegionId: 'r' }],
    ['FROM IMAGE_FAMILY, no source parameters', 'FROM IMAGE_FAMILY:fam\nRUN a\n', { RegionId: 'r' }],
    ['FROM equal to the parameters', 'FROM IMAGE:m-params\nRUN a\n', DEFAULT_PARAMS],
    ['FROM naming another image', 'FROM IMAGE:m-from\nRUN a\n', DEFAULT_PARAMS],
    ['FROM naming another type', 'FROM IMAGE_FAMILY:fam\nRUN a\n', DEFAULT_PARAMS],
    ['FROM with CRLF', 'FROM IMAGE:m-from\r\nRUN a\r\n', { RegionId: 'r' }],
  ])('%s', (_, template, params) => expectSameImage(template, params));
});
