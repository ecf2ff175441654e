// Test templates in the server's features: inline TestContent findings for the parameters file, and the test
// template's errors in the build template's emit actions.
import { lint } from '@buildcontent/core';
import { describe, expect, it } from 'vitest';
import { computeEmitRequestActions } from '../src/features/emit-request.js';
import { computeCrossFileDiagnostics, isTestTemplateUri } from '../src/features/test-templates.js';
import { createDocument, LINE_ENDINGS, range, settings } from '../../../test/kit/index.js';

const PARAMS =
  '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-1",\n  "InstanceType": 5,\n  "TestContent": "RUN true\\nRESTART \\"\\u00e9\\""\n}\n';

describe.each(LINE_ENDINGS)('test templates ($name)', ({ eol }) => {
  it("only the TestContent findings of the parameters file, inside the JSON string (not the other parameters')", () => {
    const document = createDocument('RUN a\n', eol);
    const diagnostics = computeCrossFileDiagnostics(document, settings(), { parametersText: PARAMS });
    // Line 6 is `  "TestContent": "RUN true\nRESTART \"\u00e9\""`; the argument `\"\u00e9\"` spans columns 36 to 46.
    expect(PARAMS.split('\n')[5].slice(36, 46)).toBe('\\"\\u00e9\\"');
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([
      ['NotEmptyCommandContent.RESTART', range(5, 36, 5, 46)],
    ]);
    expect(computeCrossFileDiagnostics(document, settings(), {})).toEqual([]);
  });

  it('a FROM naming another image than the parameters: the mismatch at the value, the file checked by no schema', () => {
    const document = createDocument('FROM IMAGE:m-from\nRUN a\n', eol);
    const parametersText =
      '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-other"\n}\n';
    const diagnostics = computeCrossFileDiagnostics(document, settings(), { parametersText });
    expect(diagnostics.map((d) => [d.code, d.range])).toEqual([['from-parameters-mismatch', range(3, 15, 3, 24)]]);
  });

  it("the build template's emit actions are disabled while its test template has an error, and say why", () => {
    const document = createDocument('RUN a\n', eol);
    const parametersText = '{ "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-1" }';
    const environment = {
      templatePath: '/w/build.buildcontent',
      parametersPath: '/w/build.pipeline.json',
      parametersText,
      disabledSupport: true,
    };
    const broken = computeEmitRequestActions(document, settings(), {
      ...environment,
      testTemplateText: `RUN true${eol}RESTART now${eol}`,
    });
    // The rule's own wording (core's), after the line of the test template.
    const message = lint('RESTART now\n').find((d) => d.code === 'NotEmptyCommandContent.RESTART')!.message;
    expect(broken.map((action) => action.disabled?.reason)).toEqual(
      Array(4).fill(`The test template has 1 error (line 2: ${message})`),
    );
    expect(
      computeEmitRequestActions(document, settings(), { ...environment, testTemplateText: 'RUN true\n' }).every(
        (action) => action.disabled === undefined,
      ),
    ).toBe(true);
  });
});

describe('isTestTemplateUri', () => {
  it('by the file name, any case; unsaved documents are not', () => {
    expect(
      [
        'file:///w/web.test.buildcontent',
        'file:///w/web.Test.BuildContent',
        'file:///w/web.buildcontent',
        'untitled:web.test.buildcontent',
      ].map(isTestTemplateUri),
    ).toEqual([true, true, false, false]);
  });
});
