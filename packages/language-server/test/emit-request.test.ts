import { buildRequest, emitRequest } from '@buildcontent/core';
import type { CreateFile, TextDocumentEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import {
  computeEmitRequestActions,
  EMIT_REQUEST_COMMAND,
  EMIT_REQUEST_KIND,
  emitRequestTitle,
  WRITE_REQUEST_COMMAND,
  writeFileEdit,
  type EmitEnvironment,
} from '../src/features/emit-request.js';
import { createDocument, LINE_ENDINGS, settings, TEST_URI } from './test-kit.js';

const PARAMETERS = '{\n  "RegionId": "cn-hangzhou",\n  "BaseImageType": "IMAGE",\n  "BaseImage": "m-bp67acfmxazb4p0001",\n  "Name": "web"\n}\n';

function environment(overrides: Partial<EmitEnvironment> = {}): EmitEnvironment {
  return {
    templatePath: '/work/project/build.buildcontent',
    parametersPath: '/work/project/build.pipeline.json',
    parametersText: PARAMETERS,
    requestFile: (extension) => ({ uri: `file:///work/project/build.request.${extension}` }),
    canCreateFiles: true,
    disabledSupport: true,
    ...overrides,
  };
}

function writtenText(edit: { documentChanges?: Array<CreateFile | TextDocumentEdit | unknown> } | undefined): string {
  const textEdit = edit?.documentChanges?.find((change): change is TextDocumentEdit => (change as TextDocumentEdit).edits !== undefined);
  return textEdit!.edits.map((e) => ('newText' in e ? e.newText : '')).join('');
}

describe.each(LINE_ENDINGS)('computeEmitRequestActions ($name)', ({ eol }) => {
  const template = '# web\nRUN yum install -y nginx\nRESTART\n';

  it('offers one source action per format, each creating its sibling file with the bytes core emits', () => {
    const document = createDocument(template, eol);
    const actions = computeEmitRequestActions(document, settings(), environment());
    expect(actions.map((action) => [action.title, action.kind])).toEqual([
      ['Emit CreateImagePipeline request (aliyun CLI)', `${EMIT_REQUEST_KIND}.cli`],
      ['Emit CreateImagePipeline request (JSON)', `${EMIT_REQUEST_KIND}.json`],
      ['Emit CreateImagePipeline request (query)', `${EMIT_REQUEST_KIND}.query`],
      ['Emit CreateImagePipeline request (TypeScript SDK)', `${EMIT_REQUEST_KIND}.sdk`],
    ]);
    const built = buildRequest(document.getText(), undefined, { paramsText: PARAMETERS });
    const cli = actions[0].edit!;
    expect(cli.documentChanges![0]).toEqual({ kind: 'create', uri: 'file:///work/project/build.request.sh', options: { overwrite: false, ignoreIfExists: true } });
    expect(writtenText(cli)).toBe(emitRequest(built.request!, 'cli'));
    expect(writtenText(actions[1].edit)).toBe(emitRequest(built.request!, 'json'));
    expect(writtenText(actions[2].edit)).toBe(emitRequest(built.request!, 'query'));
    expect((actions[1].edit!.documentChanges![0] as CreateFile).uri).toBe('file:///work/project/build.request.json');
    expect((actions[2].edit!.documentChanges![0] as CreateFile).uri).toBe('file:///work/project/build.request.txt');
  });

  it('replaces the whole text of an existing request file', () => {
    const document = createDocument(template, eol);
    const old = 'old line 1\r\nold line 2';
    const actions = computeEmitRequestActions(document, settings(), environment({ requestFile: (extension) => ({ uri: `file:///r.${extension}`, existingText: old }) }), ['source.emitRequest.json']);
    expect(actions).toHaveLength(1);
    const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri: 'file:///r.json', version: null });
    expect(change.edits[0].range).toEqual({ start: { line: 0, character: 0 }, end: { line: 1, character: 10 } });
  });

  it('is offered disabled, with the reason, while the template has errors', () => {
    const document = createDocument('RUN yum install -y nginx\nRESTART now\n', eol);
    const actions = computeEmitRequestActions(document, settings(), environment(), ['source']);
    expect(actions).toHaveLength(4);
    expect(actions[0].edit).toBeUndefined();
    expect(actions[0].disabled?.reason).toMatch(/^The template has 1 error \(line 2: .*RESTART/);
  });

  it('is offered disabled while the parameters have errors, naming the file', () => {
    const document = createDocument(template, eol);
    const actions = computeEmitRequestActions(document, settings(), environment({ parametersText: '{"RegionId": "cn-hangzhou"' }), ['source.emitRequest.cli']);
    expect(actions[0].disabled?.reason).toMatch(/^build\.pipeline\.json has \d+ errors? \(/);
    const missing = computeEmitRequestActions(document, settings(), environment({ parametersText: undefined }), ['source.emitRequest.cli']);
    expect(missing[0].disabled?.reason).toMatch(/^No parameters: create build\.pipeline\.json beside the template, or set the request defaults \(RegionId/);
  });

  it('fills RegionId, BaseImageType and BaseImage from the settings under the file', () => {
    const document = createDocument(template, eol);
    const defaults = settings({ request: { regionId: 'cn-beijing', baseImageType: 'IMAGE_FAMILY', baseImage: 'acme-base' } });
    const withoutFile = computeEmitRequestActions(document, defaults, environment({ parametersText: undefined }), ['source.emitRequest.json']);
    const json = JSON.parse(writtenText(withoutFile[0].edit));
    expect(json).toMatchObject({ RegionId: 'cn-beijing', BaseImageType: 'IMAGE_FAMILY', BaseImage: 'acme-base' });
    const fileWins = computeEmitRequestActions(document, defaults, environment(), ['source.emitRequest.json']);
    expect(JSON.parse(writtenText(fileWins[0].edit))).toMatchObject({ RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE' });
  });

  it('gives clients without disabled support one short entry whose command says why', () => {
    const document = createDocument('RESTART now\nEXPOSE 80\n', eol);
    const actions = computeEmitRequestActions(document, settings(), environment({ disabledSupport: false }), ['source']);
    expect(actions).toEqual([
      {
        title: 'Emit CreateImagePipeline request: unavailable: 2 errors',
        kind: `${EMIT_REQUEST_KIND}.cli`,
        command: { title: 'Emit CreateImagePipeline request: unavailable: 2 errors', command: EMIT_REQUEST_COMMAND, arguments: [{ uri: TEST_URI, format: 'cli' }] },
      },
    ]);
    const noParameters = computeEmitRequestActions(createDocument(template, eol), settings(), environment({ disabledSupport: false, parametersText: undefined }), ['source']);
    expect(noParameters.map((action) => action.title)).toEqual(['Emit CreateImagePipeline request: unavailable: no build.pipeline.json']);
  });

  it('needs a saved file', () => {
    const document = createDocument(template, eol);
    const unsaved = computeEmitRequestActions(document, settings(), environment({ templatePath: undefined }), ['source.emitRequest.cli']);
    expect(unsaved[0].disabled?.reason).toMatch(/^Save the template/);
  });

  it('has the server write and show the file for clients that show documents, or that cannot create files', () => {
    const document = createDocument(template, eol);
    for (const overrides of [{ showDocument: true }, { canCreateFiles: false }]) {
      const [action] = computeEmitRequestActions(document, settings(), environment(overrides), ['source.emitRequest.json']);
      expect(action).toEqual({
        title: 'Emit CreateImagePipeline request (JSON)',
        kind: `${EMIT_REQUEST_KIND}.json`,
        command: { title: 'Emit CreateImagePipeline request (JSON)', command: WRITE_REQUEST_COMMAND, arguments: [{ uri: TEST_URI, format: 'json' }] },
      });
    }
    // An existing file is replaced by an edit when the client cannot create files but can edit.
    const existing = computeEmitRequestActions(document, settings(), environment({ canCreateFiles: false, requestFile: (extension) => ({ uri: `file:///r.${extension}`, existingText: 'old' }) }), ['source.emitRequest.json']);
    expect(Object.keys(existing[0].edit?.changes ?? {})).toEqual(['file:///r.json']);
  });

  it('is left out when the client asks for other kinds', () => {
    const document = createDocument(template, eol);
    expect(computeEmitRequestActions(document, settings(), environment(), ['quickfix'])).toEqual([]);
    expect(emitRequestTitle('query')).toBe('Emit CreateImagePipeline request (query)');
  });
});

describe('writeFileEdit', () => {
  it('uses plain changes to replace an existing file for clients without document changes', () => {
    expect(writeFileEdit('file:///a', 'new', 'x\ny', false)).toEqual({
      changes: { 'file:///a': [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 1 } }, newText: 'new' }] },
    });
    expect(writeFileEdit('file:///a', 'new', undefined, false)).toBeUndefined();
  });
});
