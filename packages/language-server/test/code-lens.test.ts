import { describe, expect, it } from 'vitest';
import { computeCodeLenses } from '../src/features/code-lens.js';
import { EMIT_REQUEST_COMMAND } from '../src/features/emit-request.js';
import { createDocument, LINE_ENDINGS, range, settings, TEST_URI } from '../../../test/kit/index.js';

const PARAMETERS =
  '{ "RegionId": "cn-hangzhou", "BaseImageType": "IMAGE", "BaseImage": "m-bp67acfmxazb4p0001", "Name": "web" }';
const saved = {
  templatePath: '/work/project/build.buildcontent',
  parametersPath: '/work/project/build.pipeline.json',
  parametersText: PARAMETERS,
};

describe.each(LINE_ENDINGS)('computeCodeLenses ($name)', ({ eol }) => {
  it('says on line 1 that the request is blocked, with the same label as the short action', () => {
    const document = createDocument('# web\nRESTART now\nEXPOSE 80\nRUN a\n', eol);
    expect(computeCodeLenses(document, settings(), saved)).toEqual([
      {
        range: range(0, 0, 0, 0),
        command: {
          title: 'Emit CreateImagePipeline request: unavailable: 2 errors',
          command: EMIT_REQUEST_COMMAND,
          arguments: [{ uri: TEST_URI, format: 'json' }],
        },
      },
    ]);
  });

  it('has nothing to say when a request can be emitted, or for an unsaved template', () => {
    expect(computeCodeLenses(createDocument('RUN a\nRESTART\n', eol), settings(), saved)).toEqual([]);
    expect(
      computeCodeLenses(createDocument('RESTART now\n', eol), settings(), { ...saved, templatePath: undefined }),
    ).toEqual([]);
  });
});
