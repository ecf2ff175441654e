import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildComponentRequest } from '../../src/index.js';
import { emitRequest, flattenRequest, type CreateImagePipelineRequest } from '../../src/request/index.js';
import { FULL_PARAMETERS, NASTY_CONTENTS, OSS_PARAMETERS, requestWith } from './fixtures.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
let dir: string;

beforeAll(() => {
  // Inside the repository (in the ignored .tmp/), so the snippet resolves the installed @alicloud/ecs20140526.
  mkdirSync(join(REPO, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(REPO, '.tmp', 'sdk-check-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Type-checks snippets, each as an ES module (.ts in a "type": "module" package) and as CommonJS (.cts), in ONE
 * program: creating a program loads the SDK's declarations, which costs far more than checking a snippet.
 * Returns the errors of each snippet by name.
 */
function typeErrorsOf(snippets: Record<string, string>): Record<string, string[]> {
  const fileOf = new Map<string, string>();
  for (const [name, snippet] of Object.entries(snippets)) {
    for (const file of [join(dir, `${name}.ts`), join(dir, `${name}.cts`)]) {
      writeFileSync(file, snippet);
      fileOf.set(file, name);
    }
  }
  const program = ts.createProgram([...fileOf.keys()], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: ['node'],
  });
  const errors: Record<string, string[]> = Object.fromEntries(Object.keys(snippets).map((name) => [name, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file ? fileOf.get(d.file.fileName) : undefined;
    // A diagnostic outside the snippets (a global one, or in a declaration file) fails every snippet.
    const targets = name === undefined ? Object.keys(errors) : [name];
    const text = `${d.file ? d.file.fileName.slice(dir.length + 1) : ''}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    for (const target of targets) errors[target].push(text);
  }
  return errors;
}

/** The SDK method a snippet's exported function calls, and the id field of the service's answer. */
const CALLS = {
  CreateImagePipeline: { method: 'createImagePipeline', id: 'ImagePipelineId' },
  CreateImageComponent: { method: 'createImageComponent', id: 'ImageComponentId' },
} as const;

/** Runs a snippet and sends its request through the real SDK client, stopping before the network. */
async function sdkQuery(
  snippet: string,
  name: string,
  action: keyof typeof CALLS = 'CreateImagePipeline',
): Promise<{ action: string; version: string; query: Record<string, string> }> {
  const js = ts.transpileModule(snippet, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, js);
  const module = (await import(pathToFileURL(file).href)) as Record<string, (client: unknown) => Promise<unknown>>;

  const requireFromSdk = createRequire(createRequire(import.meta.url).resolve('@alicloud/ecs20140526'));
  const Ecs = requireFromSdk('@alicloud/ecs20140526') as { default: new (config: unknown) => object };
  const { $OpenApiUtil } = requireFromSdk('@alicloud/openapi-core') as {
    $OpenApiUtil: { Config: new (map: object) => unknown };
  };
  let captured: { action: string; version: string; query: Record<string, string> } | undefined;
  class CapturingClient extends Ecs.default {
    async callApi(params: { action: string; version: string }, request: { query: Record<string, string> }) {
      captured = { action: params.action, version: params.version, query: request.query };
      return { statusCode: 200, headers: {}, body: { [CALLS[action].id]: 'id-test', RequestId: 'req' } };
    }
  }
  const client = new CapturingClient(
    new $OpenApiUtil.Config({
      accessKeyId: 'id',
      accessKeySecret: 'secret',
      regionId: 'cn-hangzhou',
      endpoint: '127.0.0.1:9',
    }),
  );
  expect(await module[CALLS[action].method](client)).toBe('id-test');
  return captured!;
}

describe('emitSdk', () => {
  const cases: Array<[string, CreateImagePipelineRequest]> = [
    ['every kind of parameter', requestWith(FULL_PARAMETERS, NASTY_CONTENTS.join('\n'))],
    ['an OSS import', requestWith(OSS_PARAMETERS, 'RUN echo imported\nRESTART')],
    ['the bare minimum', requestWith({ RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1' })],
  ];

  // The CreateImageComponent request of component-request.test.ts, every kind of parameter.
  const YAML =
    'Parameters:\n  port: {Type: Number, DefaultValue: 80}\nTasks:\n  - Name: serve\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo "it\'s $HOME" {{ port }}\n';
  const component = buildComponentRequest(YAML, 'yaml', {
    RegionId: 'cn-hangzhou',
    Name: 'nginx',
    ComponentVersion: '1.0.3',
    Description: 'The web server',
    Tag: [{ Key: 'team', Value: 'web' }],
  }).request!;

  // Every snippet of this file, checked together once (see typeErrorsOf); the tests read their part.
  const broken = emitRequest(requestWith(FULL_PARAMETERS, 'RUN x'), 'sdk');
  let errors: Record<string, string[]>;
  beforeAll(() => {
    errors = typeErrorsOf({
      ...Object.fromEntries(cases.map(([, request], i) => [`snippet${i}`, emitRequest(request, 'sdk')])),
      component: emitRequest(component, 'sdk'),
      misspelt: broken.replace('regionId:', 'regionID:'),
      nested: broken.replace('key: "team"', 'kee: "team"'),
      mistyped: broken.replace('systemDiskSize: 40', 'systemDiskSize: "40"'),
    });
  });

  it.each(cases.map(([name, request], i) => [name, request, i] as const))(
    '%s: compiles against @alicloud/ecs20140526',
    (_name, request, i) => {
      expect(emitRequest(request, 'sdk')).toContain('new CreateImagePipelineRequest({');
      expect(errors[`snippet${i}`]).toEqual([]);
    },
  );

  it.each(cases.map(([name, request], i) => [name, request, i] as const))(
    '%s: the SDK sends exactly the query of --format query',
    async (_name, request, i) => {
      const sent = await sdkQuery(emitRequest(request, 'sdk'), `run${i}`);
      expect(sent.action).toBe('CreateImagePipeline');
      expect(sent.version).toBe('2014-05-26');
      expect(sent.query).toEqual(Object.fromEntries(flattenRequest(request).slice(2)));
    },
  );

  it('a component: compiles against @alicloud/ecs20140526, and the SDK sends exactly the query of --format query', async () => {
    const snippet = emitRequest(component, 'sdk');
    expect(snippet).toContain('new CreateImageComponentRequest({');
    expect(errors.component).toEqual([]);
    const sent = await sdkQuery(snippet, 'component', 'CreateImageComponent');
    expect(sent).toEqual({
      action: 'CreateImageComponent',
      version: '2014-05-26',
      query: Object.fromEntries(flattenRequest(component).slice(2)),
    });
  });

  it('fails to compile when a field is misspelt or mistyped (the check has teeth)', () => {
    for (const from of ['regionId:', 'key: "team"', 'systemDiskSize: 40']) {
      expect(broken, `the emitted snippet holds ${from}`).toContain(from);
    }
    expect(errors.misspelt.join('\n')).toMatch(/TS2561 .*'regionID' does not exist/);
    expect(errors.nested.join('\n')).toMatch(/TS(2353|2561) .*'kee' does not exist/);
    expect(errors.mistyped.join('\n')).toMatch(/TS2322/);
    // Each error is in its own snippet only: the one program keeps them apart.
    expect(errors.misspelt.join('\n')).not.toMatch(/'kee'/);
  });

  it('writes multi-line texts one line per element', () => {
    const snippet = emitRequest(
      requestWith({ RegionId: 'r', BaseImageType: 'IMAGE', BaseImage: 'm' }, 'RUN a \\\n  && b\nRESTART'),
      'sdk',
    );
    expect(snippet).toContain(
      `  buildContent: [\n    "RUN a \\\\",\n    "  && b",\n    "RESTART",\n  ].join('\\n'),\n`,
    );
  });
});
