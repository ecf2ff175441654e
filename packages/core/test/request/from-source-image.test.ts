// One source image under both API rules (spec 2.10, 8): the request names the FROM's image, or refuses.
import { describe, expect, it } from 'vitest';
import { OWN_CODES, REQUEST_FORMATS, applyFixes, buildRequest, emitRequest } from '../../src/index.js';
import type { Fix } from '../../src/checks/diagnostic.js';

const FROM_BEHAVIOURS = ['override', 'ignored'] as const;
const EOLS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
] as const;
/** Applies one suggestion's edits, as an editor does when it is picked. */
const applySuggestion = (text: string, fix: Fix) =>
  applyFixes(text, [{ code: 's', severity: 'error', message: '', range: fix.edits[0].range, rule: 's', href: '', fix }])
    .text;

describe('the request names the same source image under both from settings', () => {
  for (const from of FROM_BEHAVIOURS) {
    for (const format of REQUEST_FORMATS) {
      it(`from: ${from}, ${format}: a FROM and no BaseImageType/BaseImage: the request carries the FROM's`, () => {
        const result = buildRequest(
          'FROM IMAGE_FAMILY:acs:alibaba_cloud_linux_3\nRUN x\n',
          { RegionId: 'cn-hangzhou' },
          { lint: { from } },
        );
        expect(result.blocked).toBe(false);
        expect(result.request).toMatchObject({
          BaseImageType: 'IMAGE_FAMILY',
          BaseImage: 'acs:alibaba_cloud_linux_3',
          BuildContent: 'FROM IMAGE_FAMILY:acs:alibaba_cloud_linux_3\nRUN x',
        });
        expect(Object.keys(result.request!).slice(0, 5)).toEqual([
          'Action',
          'Version',
          'RegionId',
          'BaseImageType',
          'BaseImage',
        ]);
        const text = emitRequest(result.request!, format);
        expect(text).toContain('IMAGE_FAMILY');
        expect(text).toMatch(/BaseImage[^T]/i);
        expect(text).toContain(format === 'query' ? 'acs%3Aalibaba_cloud_linux_3' : 'acs:alibaba_cloud_linux_3');
      });

      it(`from: ${from}, ${format}: no FROM: the parameters' image, unchanged`, () => {
        const result = buildRequest(
          'RUN x\n',
          { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-params' },
          { lint: { from } },
        );
        expect(result.request).toMatchObject({ BaseImageType: 'IMAGE', BaseImage: 'm-params', BuildContent: 'RUN x' });
        expect(emitRequest(result.request!, format)).toContain('m-params');
      });

      it(`from: ${from}, ${format}: a FROM and equal parameters: sent as given, no finding`, () => {
        const result = buildRequest(
          'FROM IMAGE:m-1\nRUN x\n',
          { RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'm-1' },
          { lint: { from } },
        );
        expect(result.diagnostics.map((d) => d.code)).toEqual(from === 'ignored' ? ['from-ignored'] : []);
        expect(result.request).toMatchObject({ BaseImageType: 'IMAGE', BaseImage: 'm-1' });
        expect(emitRequest(result.request!, format)).toContain('m-1');
      });
    }

    it(`from: ${from}: an invalid FROM fills nothing (its own check refuses it)`, () => {
      const result = buildRequest('FROM ubuntu:22.04\nRUN x\n', { RegionId: 'r' }, { lint: { from } });
      expect(result.blocked).toBe(true);
      expect(result.diagnostics.map((d) => d.code)).toContain('InvalidCommandContent.FROM');
    });
  }
});

describe('from-parameters-mismatch', () => {
  for (const from of FROM_BEHAVIOURS) {
    for (const [name, eol] of EOLS) {
      it(`from: ${from}, ${name}: parameters naming another image are an error in both files, with a fix for each direction`, () => {
        const template = `# top${eol}FROM IMAGE:m-from${eol}RUN x${eol}`;
        const paramsText = '{\n  "RegionId": "r",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-params"\n}\n';
        const result = buildRequest(template, undefined, { paramsText, lint: { from } });
        expect(result.blocked).toBe(true);
        expect(result.request).toBeUndefined();
        const [inTemplate] = result.diagnostics.filter((d) => d.code === OWN_CODES.fromParametersMismatch);
        expect(inTemplate.severity).toBe('error');
        expect(inTemplate.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 17 } });
        expect(inTemplate.message).toBe(
          "FROM IMAGE:m-from and the parameters (BaseImageType=IMAGE, BaseImage=m-params) name different source images: the older API builds from the FROM, today's from the parameters",
        );
        expect(inTemplate.suggestions).toHaveLength(1);
        expect(applySuggestion(template, inTemplate.suggestions![0])).toBe(`# top${eol}RUN x${eol}`);
        const [inParameters] = result.parameterDiagnostics.filter((d) => d.code === OWN_CODES.fromParametersMismatch);
        expect(inParameters.range).toEqual({ start: { line: 3, character: 15 }, end: { line: 3, character: 25 } });
        expect(inParameters.parameter).toBe('BaseImage');
        expect(inParameters.suggestions!.map((s) => s.title)).toEqual([
          "Take the FROM's image into the parameters (IMAGE:m-from)",
        ]);
        const taken = applySuggestion(paramsText, inParameters.suggestions![0]);
        expect(taken).toBe(paramsText.replace('"m-params"', '"m-from"'));
        expect(buildRequest(template, undefined, { paramsText: taken, lint: { from } }).blocked).toBe(false);
      });
    }

    it(`from: ${from}: another BaseImageType is a mismatch too; --set values get no file edit`, () => {
      const result = buildRequest(
        'FROM IMAGE:m-1\n',
        { RegionId: 'r' },
        { set: { BaseImageType: 'IMAGE_FAMILY' }, lint: { from } },
      );
      const [finding] = result.parameterDiagnostics.filter((d) => d.code === OWN_CODES.fromParametersMismatch);
      expect(finding.origin).toBe('set');
      expect(finding.suggestions).toBeUndefined();
    });
  }
});
