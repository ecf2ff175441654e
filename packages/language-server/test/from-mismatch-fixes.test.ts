import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import {
  computeParametersFromMismatchActions,
  computeTemplateFromMismatchActions,
  FROM_MISMATCH_CODE,
  takeImageEdits,
} from '../src/features/from-mismatch-fixes.js';
import { computeParametersFileReport } from '../src/features/parameters-file.js';
import {
  applyEdits,
  createDocument,
  LINE_ENDINGS,
  range,
  settings,
  TEST_URI,
  withEol,
} from '../../../test/kit/index.js';

const PARAMETERS_URI = 'file:///work/project/build.pipeline.json';
const IMAGE = { BaseImageType: 'IMAGE', BaseImage: 'm-from' };

function parametersFile(text: string) {
  return { uri: PARAMETERS_URI, name: 'build.pipeline.json', text };
}

function applyTo(text: string, edits: Array<{ range: ReturnType<typeof range>; newText: string }>): string {
  return applyEdits(TextDocument.create(PARAMETERS_URI, 'json', 1, text), edits);
}

describe.each(LINE_ENDINGS)('takeImageEdits ($name)', ({ eol }) => {
  it('replaces the differing values in place, at the exact ranges of the JSON values', () => {
    const text = withEol(
      '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE_FAMILY",\n  "BaseImage": "acs:centos"\n}\n',
      eol,
    );
    const edits = takeImageEdits(text, IMAGE)!;
    expect(edits).toEqual([
      { range: range(2, 19, 2, 33), newText: '"IMAGE"' },
      { range: range(3, 15, 3, 27), newText: '"m-from"' },
    ]);
    expect(JSON.parse(applyTo(text, edits))).toEqual({
      RegionId: 'cn-hangzhou',
      BaseImageType: 'IMAGE',
      BaseImage: 'm-from',
    });
  });

  it('leaves a value that already agrees, and adds an absent key after the last member with its indentation', () => {
    const text = withEol('{\n    "BaseImageType": "IMAGE",\n    "Name": "web"\n}\n', eol);
    const edits = takeImageEdits(text, IMAGE)!;
    expect(edits).toEqual([{ range: range(2, 17, 2, 17), newText: `,${eol}    "BaseImage": "m-from"` }]);
    expect(applyTo(text, edits)).toBe(
      withEol('{\n    "BaseImageType": "IMAGE",\n    "Name": "web",\n    "BaseImage": "m-from"\n}\n', eol),
    );
  });

  it('fills an empty object, and refuses a file that is not a JSON object', () => {
    const text = withEol('{}\n', eol);
    expect(applyTo(text, takeImageEdits(text, IMAGE)!)).toBe(
      withEol('{\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-from"\n}\n', eol),
    );
    expect(takeImageEdits('{ "BaseImage": ', IMAGE)).toBeUndefined();
    expect(takeImageEdits('["BaseImage"]', IMAGE)).toBeUndefined();
  });
});

it('takeImageEdits keeps a one-line object on one line', () => {
  const text = '{ "RegionId": "cn-hangzhou" }';
  expect(applyTo(text, takeImageEdits(text, IMAGE)!)).toBe(
    '{ "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-from" }',
  );
});

describe.each(LINE_ENDINGS)('the from-parameters-mismatch quick fixes ($name)', ({ eol }) => {
  const template = () => createDocument('FROM IMAGE:m-from\nRUN echo hi\n', eol);
  const params = () =>
    parametersFile(
      withEol('{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-other"\n}\n', eol),
    );

  it('in the template: on the summary at line 1, both directions, each an edit of its own file', () => {
    const summary = computeParametersFileReport(template(), settings(), params()).summary!;
    const actions = computeTemplateFromMismatchActions(
      template(),
      { range: range(1, 0, 1, 0), diagnostics: [summary] },
      settings(),
      params(),
      summary,
    );
    expect(actions.map((action) => [action.title, action.kind, action.diagnostics])).toEqual([
      ["Take the FROM's image into build.pipeline.json (IMAGE:m-from)", 'quickfix', [summary]],
      ["Remove the FROM (build from build.pipeline.json's image)", 'quickfix', [summary]],
    ]);
    expect(actions[0].edit).toEqual({
      changes: { [PARAMETERS_URI]: [{ range: range(3, 15, 3, 24), newText: '"m-from"' }] },
    });
    expect(actions[1].edit).toEqual({ changes: { [TEST_URI]: [{ range: range(0, 0, 1, 0), newText: '' }] } });
    expect(applyEdits(template(), actions[1].edit!.changes![TEST_URI])).toBe(withEol('RUN echo hi\n', eol));
  });

  it('in the template: also with the cursor on the FROM, and nothing elsewhere or without a mismatch', () => {
    const summary = computeParametersFileReport(template(), settings(), params()).summary;
    expect(
      computeTemplateFromMismatchActions(template(), { range: range(0, 3, 0, 3) }, settings(), params(), summary),
    ).toHaveLength(2);
    expect(
      computeTemplateFromMismatchActions(template(), { range: range(1, 4, 1, 4) }, settings(), params(), summary),
    ).toEqual([]);
    const agreeing = parametersFile('{ "BaseImageType": "IMAGE", "BaseImage": "m-from" }');
    expect(
      computeTemplateFromMismatchActions(template(), { range: range(0, 0, 0, 0) }, settings(), agreeing, undefined),
    ).toEqual([]);
    expect(
      computeTemplateFromMismatchActions(template(), { range: range(0, 0, 0, 0) }, settings(), undefined, undefined),
    ).toEqual([]);
  });

  it('in the parameters file: on the mismatch finding there, under both from settings', () => {
    for (const from of ['override', 'ignored'] as const) {
      const report = computeParametersFileReport(template(), settings({ from }), params());
      const finding = report.diagnostics.find((diagnostic) => diagnostic.code === FROM_MISMATCH_CODE)!;
      expect(finding.range).toEqual(range(3, 15, 3, 24));
      const actions = computeParametersFromMismatchActions(
        template(),
        { range: range(3, 20, 3, 20) },
        settings({ from }),
        params(),
      );
      expect(actions.map((action) => [action.title, Object.keys(action.edit!.changes!), action.diagnostics])).toEqual([
        ["Take the FROM's image into build.pipeline.json (IMAGE:m-from)", [PARAMETERS_URI], [finding]],
        ["Remove the FROM (build from build.pipeline.json's image)", [TEST_URI], [finding]],
      ]);
      // Named by the client from elsewhere on the line (Neovim sends the line's diagnostics).
      expect(
        computeParametersFromMismatchActions(
          template(),
          { range: range(1, 0, 1, 0), diagnostics: [finding] },
          settings({ from }),
          params(),
        ),
      ).toHaveLength(2);
      expect(
        computeParametersFromMismatchActions(template(), { range: range(1, 0, 1, 0) }, settings({ from }), params()),
      ).toEqual([]);
    }
  });

  it('after the take fix the parameters agree with the FROM and the mismatch is gone', () => {
    const action = computeParametersFromMismatchActions(
      template(),
      { range: range(3, 20, 3, 20) },
      settings(),
      params(),
    )[0];
    const fixed = parametersFile(applyTo(params().text, action.edit!.changes![PARAMETERS_URI]));
    expect(computeParametersFileReport(template(), settings(), fixed).diagnostics).toEqual([]);
  });
});
