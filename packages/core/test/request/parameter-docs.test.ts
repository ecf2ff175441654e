import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OWN_CODES, buildRequest, validateParameters } from '../../src/request/index.js';
import { DOCS_FILE, parameterDocsText } from '../../scripts/generate-parameter-docs.js';
import { everyConstraint } from './constraint-cases.js';

const committed = readFileSync(DOCS_FILE, 'utf8');
const anchors = new Set([...committed.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));

describe('docs/request-parameters.md', () => {
  it('is what scripts/generate-parameter-docs.ts writes today (run `npx tsx packages/core/scripts/generate-parameter-docs.ts` when this fails)', () => {
    expect(committed).toBe(parameterDocsText());
  });

  it('has the anchor every finding links to', () => {
    const hrefs = new Set<string>();
    for (const violation of everyConstraint()) for (const d of validateParameters(violation.params)) hrefs.add(d.href);
    for (const d of validateParameters({
      Regionid: 'x',
      BaseImageType: 'OSS',
      BaseImage: 'm',
      BuildContent: 'x',
      RepairItem: ['grub'],
    }))
      hrefs.add(d.href);
    for (const d of buildRequest('FROM IMAGE:m-1\nRUN \u0000\n', {
      RegionId: 'r',
      BaseImageType: 'IMAGE',
      BaseImage: 'm-2',
    }).diagnostics) {
      if (d.rule === 'request') hrefs.add(d.href);
    }
    for (const d of buildRequest('RUN x\n', undefined, { paramsText: '{"a":1,"a":2' }).parameterDiagnostics)
      hrefs.add(d.href);
    expect(hrefs.size).toBeGreaterThan(40);
    for (const href of hrefs) {
      const [page, anchor] = href.split('#');
      expect(page).toBe('https://github.com/buildcontent/buildcontent/blob/main/docs/request-parameters.md');
      expect(anchors, href).toContain(anchor);
    }
  });

  it('explains every code of ours', () => {
    for (const code of Object.values(OWN_CODES)) expect(committed).toContain(`<a id="${code}"></a>\`${code}\``);
  });
});
