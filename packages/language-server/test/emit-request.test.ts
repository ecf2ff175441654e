import { buildRequest, emitRequest } from '@buildcontent/core';
import { describe, expect, it } from 'vitest';
import {
  computeEmitRequestActions,
  EMIT_REQUEST_COMMAND,
  EMIT_REQUEST_KIND,
  emitRequestTitle,
  WRITE_REQUEST_COMMAND,
  computeEmitRequestText,
  type EmitEnvironment,
} from '../src/features/emit-request.js';
import { createDocument, LINE_ENDINGS, settings, TEST_URI } from '../../../test/kit/index.js';

const PARAMETERS =
  '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-bp67acfmxazb4p0001",\n  "Name": "web"\n}\n';

function environment(overrides: Partial<EmitEnvironment> = {}): EmitEnvironment {
  return {
    templatePath: '/work/project/build.buildcontent',
    parametersPath: '/work/project/build.pipeline.json',
    parametersText: PARAMETERS,
    disabledSupport: true,
    ...overrides,
  };
}

describe.each(LINE_ENDINGS)('computeEmitRequestActions ($name)', ({ eol }) => {
  const template = '# web\nRUN yum install -y nginx\nRESTART\n';

  it('offers one source action per format, each running the command that writes its sibling file', () => {
    const document = createDocument(template, eol);
    const actions = computeEmitRequestActions(document, settings(), environment());
    expect(
      actions.map((action) => [action.title, action.kind, action.command?.command, action.command?.arguments]),
    ).toEqual([
      [
        'Emit CreateImagePipeline request (aliyun CLI)',
        `${EMIT_REQUEST_KIND}.cli`,
        WRITE_REQUEST_COMMAND,
        [{ uri: TEST_URI, format: 'cli' }],
      ],
      [
        'Emit CreateImagePipeline request (JSON)',
        `${EMIT_REQUEST_KIND}.json`,
        WRITE_REQUEST_COMMAND,
        [{ uri: TEST_URI, format: 'json' }],
      ],
      [
        'Emit CreateImagePipeline request (query)',
        `${EMIT_REQUEST_KIND}.query`,
        WRITE_REQUEST_COMMAND,
        [{ uri: TEST_URI, format: 'query' }],
      ],
      [
        'Emit CreateImagePipeline request (TypeScript SDK)',
        `${EMIT_REQUEST_KIND}.sdk`,
        WRITE_REQUEST_COMMAND,
        [{ uri: TEST_URI, format: 'sdk' }],
      ],
    ]);
    expect(actions.every((action) => action.edit === undefined && action.disabled === undefined)).toBe(true);
  });

  it("writes the bytes core emits (the command's text)", () => {
    const document = createDocument(template, eol);
    const built = buildRequest(document.getText(), undefined, { paramsText: PARAMETERS });
    for (const format of ['cli', 'json', 'query', 'sdk'] as const) {
      expect(computeEmitRequestText(document, settings(), environment(), format)).toEqual({
        text: emitRequest(built.request!, format),
      });
    }
  });

  it('is offered disabled, with the reason, while the template has errors', () => {
    const document = createDocument('RUN yum install -y nginx\nRESTART now\n', eol);
    const actions = computeEmitRequestActions(document, settings(), environment(), ['source']);
    expect(actions).toHaveLength(4);
    expect(actions[0].command).toBeUndefined();
    expect(actions[0].disabled?.reason).toMatch(/^The template has 1 error \(line 2: .*RESTART/);
  });

  it('is offered disabled while the parameters have errors, naming the file', () => {
    const document = createDocument(template, eol);
    const actions = computeEmitRequestActions(
      document,
      settings(),
      environment({ parametersText: '{"RegionId": "cn-hangzhou"' }),
      ['source.emitRequest.cli'],
    );
    expect(actions[0].disabled?.reason).toMatch(/^build\.pipeline\.json has \d+ errors? \(/);
    const missing = computeEmitRequestActions(document, settings(), environment({ parametersText: undefined }), [
      'source.emitRequest.cli',
    ]);
    expect(missing[0].disabled?.reason).toMatch(
      /^No parameters: create build\.pipeline\.json beside the template, or set the request defaults \(RegionId/,
    );
  });

  it('fills RegionId, BaseImageType and BaseImage from the settings under the file', () => {
    const document = createDocument(template, eol);
    const defaults = settings({
      request: { regionId: 'cn-beijing', baseImageType: 'IMAGE_FAMILY', baseImage: 'acme-base' },
    });
    const withoutFile = computeEmitRequestText(document, defaults, environment({ parametersText: undefined }), 'json');
    expect(JSON.parse(withoutFile.text!)).toMatchObject({
      RegionId: 'cn-beijing',
      BaseImageType: 'IMAGE_FAMILY',
      BaseImage: 'acme-base',
    });
    const fileWins = computeEmitRequestText(document, defaults, environment(), 'json');
    expect(JSON.parse(fileWins.text!)).toMatchObject({ RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE' });
  });

  it('gives clients without disabled support one short entry whose command says why', () => {
    const document = createDocument('RESTART now\nEXPOSE 80\n', eol);
    const actions = computeEmitRequestActions(document, settings(), environment({ disabledSupport: false }), [
      'source',
    ]);
    expect(actions).toEqual([
      {
        title: 'Emit CreateImagePipeline request: unavailable: 2 errors',
        kind: `${EMIT_REQUEST_KIND}.cli`,
        command: {
          title: 'Emit CreateImagePipeline request: unavailable: 2 errors',
          command: EMIT_REQUEST_COMMAND,
          arguments: [{ uri: TEST_URI, format: 'cli' }],
        },
      },
    ]);
    const noParameters = computeEmitRequestActions(
      createDocument(template, eol),
      settings(),
      environment({ disabledSupport: false, parametersText: undefined }),
      ['source'],
    );
    expect(noParameters.map((action) => action.title)).toEqual([
      'Emit CreateImagePipeline request: unavailable: no build.pipeline.json',
    ]);
  });

  it('refuses a service refusal that a suppression comment hides (the editor still shows nothing), and says so', () => {
    const document = createDocument(
      '# buildcontent-ignore-file NotEmptyCommandContent.RESTART\nRUN a\nRESTART now\n',
      eol,
    );
    const actions = computeEmitRequestActions(document, settings(), environment(), ['source.emitRequest.json']);
    expect(actions.map((action) => [action.command, action.disabled?.reason])).toEqual([
      [
        undefined,
        expect.stringMatching(
          /^The template has 1 error \(line 3: .*A buildcontent-ignore comment hides this in the editor and in lint, but the service refuses NotEmptyCommandContent\.RESTART: no request is built\.\)$/,
        ),
      ],
    ]);
    expect(computeEmitRequestText(document, settings(), environment(), 'json').reason).toContain(
      'the service refuses NotEmptyCommandContent.RESTART',
    );
  });

  it('sends # escape=` continuations as \\, and refuses when a command would read differently', () => {
    const sent = computeEmitRequestText(
      createDocument('# escape=`\nRUN echo a `\n  && echo done\n', eol),
      settings(),
      environment(),
      'json',
    );
    expect(JSON.parse(sent.text!).BuildContent).toBe('RUN echo a \\\n  && echo done');
    const refused = computeEmitRequestText(
      createDocument('# escape=`\nWORKDIR C:\\dir\n', eol),
      settings(),
      environment(),
      'json',
    );
    expect(refused.reason).toMatch(
      /^The template has 1 error \(line 1: The template uses # escape=`.*WORKDIR on line 2 would read differently/,
    );
  });

  it('with keepComments, refuses a comment line inside a continued command', () => {
    const document = createDocument('RUN a \\\n  # why\n  && b\n', eol);
    expect(computeEmitRequestText(document, settings({ keepComments: true }), environment(), 'json').reason).toMatch(
      /^The template has 1 error \(line 2: With keepComments this comment line/,
    );
    expect(JSON.parse(computeEmitRequestText(document, settings(), environment(), 'json').text!).BuildContent).toBe(
      'RUN a \\\n  && b',
    );
  });

  it('needs a saved file', () => {
    const document = createDocument(template, eol);
    const unsaved = computeEmitRequestActions(document, settings(), environment({ templatePath: undefined }), [
      'source.emitRequest.cli',
    ]);
    expect(unsaved[0].disabled?.reason).toMatch(/^Save the template/);
  });

  it('is left out when the client asks for other kinds', () => {
    const document = createDocument(template, eol);
    expect(computeEmitRequestActions(document, settings(), environment(), ['quickfix'])).toEqual([]);
    expect(emitRequestTitle('query')).toBe('Emit CreateImagePipeline request (query)');
  });
});
