import { describe, expect, it } from 'vitest';
import { computeComponentEmitRequestActions } from '../src/features/component-emit-request.js';
import { EMIT_REQUEST_COMMAND, EMIT_REQUEST_KIND, WRITE_REQUEST_COMMAND } from '../src/features/emit-request.js';
import type { EmitEnvironment } from '../src/features/emit-request.js';
import { createDocument, LINE_ENDINGS, settings } from '../../../test/kit/index.js';

const URI = 'file:///work/project/setup.component.buildcontent';

function environment(overrides: Partial<EmitEnvironment> = {}): EmitEnvironment {
  return { templatePath: '/work/project/setup.component.buildcontent', disabledSupport: true, ...overrides };
}

const withRegion = settings({ request: { regionId: 'cn-hangzhou' } });

// The template's menu is tested in emit-request.test.ts; the same builder (emit-menu.ts) serves components.
describe.each(LINE_ENDINGS)('computeComponentEmitRequestActions ($name)', ({ eol }) => {
  it('offers one action per format, each running the command that writes the sibling file', () => {
    const actions = computeComponentEmitRequestActions(
      createDocument('RUN yum update -y\n', eol, URI),
      withRegion,
      environment(),
    );
    expect(
      actions.map((action) => [action.title, action.kind, action.command?.command, action.command?.arguments]),
    ).toEqual(
      (
        [
          ['cli', 'aliyun CLI'],
          ['json', 'JSON'],
          ['query', 'query'],
          ['sdk', 'TypeScript SDK'],
        ] as const
      ).map(([format, label]) => [
        `Emit CreateImageComponent request (${label})`,
        `${EMIT_REQUEST_KIND}.${format}`,
        WRITE_REQUEST_COMMAND,
        [{ uri: URI, format }],
      ]),
    );
  });

  it('is offered disabled, with the reason, while the component has errors', () => {
    const document = createDocument('RUN a\nRESTART now\n', eol, URI);
    const actions = computeComponentEmitRequestActions(document, withRegion, environment(), [
      'source.emitRequest.json',
    ]);
    expect(actions).toEqual([
      {
        title: 'Emit CreateImageComponent request (JSON)',
        kind: `${EMIT_REQUEST_KIND}.json`,
        disabled: { reason: expect.stringMatching(/^Errors stand in the component, line 2: /) as unknown },
      },
    ]);
  });

  it('gives clients without disabled support one short entry whose command says why, as templates do', () => {
    const document = createDocument('RESTART now\nEXPOSE 80\n', eol, URI);
    const actions = computeComponentEmitRequestActions(document, withRegion, environment({ disabledSupport: false }), [
      'source',
    ]);
    expect(actions).toEqual([
      {
        title: 'Emit CreateImageComponent request: unavailable: 2 errors',
        kind: `${EMIT_REQUEST_KIND}.cli`,
        command: {
          title: 'Emit CreateImageComponent request: unavailable: 2 errors',
          command: EMIT_REQUEST_COMMAND,
          arguments: [{ uri: URI, format: 'cli' }],
        },
      },
    ]);
  });

  it('needs a saved file', () => {
    const document = createDocument('RUN yum update -y\n', eol, URI);
    const disabled = computeComponentEmitRequestActions(
      document,
      withRegion,
      environment({ templatePath: undefined }),
      ['source.emitRequest.cli'],
    );
    expect(disabled.map((action) => action.disabled?.reason)).toEqual([
      'Save the component to a file first: the request is written beside it',
    ]);
    const unavailable = computeComponentEmitRequestActions(
      document,
      withRegion,
      environment({ templatePath: undefined, disabledSupport: false }),
      ['source'],
    );
    expect(unavailable).toEqual([
      {
        title: 'Emit CreateImageComponent request: unavailable: save the component first',
        kind: `${EMIT_REQUEST_KIND}.cli`,
      },
    ]);
  });
});
