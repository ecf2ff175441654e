// The CreateImageComponent request: parameter model vs the official SDK, validation with the service's
// codes, every format, and the schema of *.component.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildComponentRequest, COMPONENT_PARAMETERS, emitRequest } from '../../src/index.js';
import { componentSchemaFileText, COMPONENT_SCHEMA_FILE } from '../../scripts/generate-component-schema.js';

const require = createRequire(import.meta.url);
const sdk = require('@alicloud/ecs20140526') as Record<string, { names(): Record<string, string> }>;

const YAML =
  'Parameters:\n  port: {Type: Number, DefaultValue: 80}\nTasks:\n  - Name: serve\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo "it\'s $HOME" {{ port }}\n';
const PARAMS = {
  RegionId: 'cn-hangzhou',
  Name: 'nginx',
  ComponentVersion: '1.0.3',
  Description: 'The web server',
  Tag: [{ Key: 'team', Value: 'web' }],
};

describe('the parameter model matches CreateImageComponentRequest of @alicloud/ecs20140526', () => {
  it('every SDK field, with its wire name, and nothing else', () => {
    const fromModel = Object.fromEntries(COMPONENT_PARAMETERS.map((spec) => [spec.sdkName, spec.name]));
    expect(fromModel).toEqual(sdk.CreateImageComponentRequest.names());
    const tag = COMPONENT_PARAMETERS.find((spec) => spec.name === 'Tag')!.value;
    expect(
      tag.kind === 'list' && tag.items.kind === 'object'
        ? [tag.items.sdkClass, Object.fromEntries(tag.items.fields.map((f) => [f.sdkName, f.name]))]
        : undefined,
    ).toEqual(['CreateImageComponentRequestTag', sdk.CreateImageComponentRequestTag.names()]);
  });
});

describe('buildComponentRequest', () => {
  it('a YAML component is sent as written, parameters in model order', () => {
    const result = buildComponentRequest(YAML, 'yaml', PARAMS);
    expect(result.diagnostics).toEqual([]);
    expect(result.parameterDiagnostics).toEqual([]);
    expect(result.request).toEqual({
      Action: 'CreateImageComponent',
      Version: '2014-05-26',
      RegionId: 'cn-hangzhou',
      Name: 'nginx',
      Description: 'The web server',
      Content: YAML,
      ComponentVersion: '1.0.3',
      Tag: [{ Key: 'team', Value: 'web' }],
    });
  });
  it('a Dockerfile-format component is sent as a template is (comments stripped)', () => {
    expect(
      buildComponentRequest('# setup\r\nRUN yum update -y\r\n\r\nRESTART\r\n', 'dockerfile', { RegionId: 'r' }).request
        ?.Content,
    ).toBe('RUN yum update -y\nRESTART');
  });
  it("service codes at the parameter's place in the file", () => {
    const paramsText =
      '{\n  "RegionId": "r",\n  "Name": "1x",\n  "SystemType": "Mac",\n  "ComponentType": "Deploy",\n  "ComponentVersion": "1.0"\n}';
    const result = buildComponentRequest(YAML, 'yaml', undefined, { paramsText });
    expect(
      result.parameterDiagnostics.map((d) => [
        d.code,
        d.range.start.line,
        d.range.start.character,
        d.range.end.character,
      ]),
    ).toEqual([
      ['InvalidName.Malformed', 2, 10, 14],
      ['InvalidSystemType.NotSupportedValue', 3, 16, 21],
      ['InvalidComponentType.NotSupportedValue', 4, 19, 27],
      ['InvalidParameter.ComponentVersion', 5, 22, 27],
    ]);
    expect(result.blocked).toBe(true);
    expect(result.request).toBeUndefined();
  });
  it("RegionId is required; the component's own findings block the request", () => {
    expect(buildComponentRequest(YAML, 'yaml', {}).parameterDiagnostics.map((d) => d.code)).toEqual([
      'missing-parameter',
    ]);
    const broken = buildComponentRequest('FROM IMAGE:m-1\nRUN a\n', 'dockerfile', { RegionId: 'r' });
    expect([broken.diagnostics.map((d) => d.code), broken.request]).toEqual([['NotSupportedCommand.FROM'], undefined]);
    expect(
      buildComponentRequest('FROM IMAGE:m-1\nRUN a\n', 'dockerfile', { RegionId: 'r' }, { force: true }).request
        ?.Content,
    ).toBe('FROM IMAGE:m-1\nRUN a');
  });
  it('SystemType of the parameters reaches the component rules', () => {
    expect(
      buildComponentRequest(YAML, 'yaml', { RegionId: 'r', SystemType: 'Windows' }).diagnostics.map((d) => d.code),
    ).toEqual(['component-system-type']);
  });
});

describe('the formats', () => {
  const request = buildComponentRequest(YAML, 'yaml', PARAMS).request!;
  it('json', () => {
    expect(JSON.parse(emitRequest(request, 'json'))).toEqual(request);
    expect(
      emitRequest(request, 'json').startsWith('{\n  "Action": "CreateImageComponent",\n  "Version": "2014-05-26",'),
    ).toBe(true);
  });
  it('query: flattened, sorted, percent-encoded', () => {
    expect(emitRequest(request, 'query')).toBe(
      `Action=CreateImageComponent&ComponentVersion=1.0.3&Content=${encodeURIComponent(YAML).replace(/'/g, '%27').replace(/\(/g, '%28').replace(/\)/g, '%29')}&Description=The%20web%20server&Name=nginx&RegionId=cn-hangzhou&Tag.1.Key=team&Tag.1.Value=web&Version=2014-05-26\n`,
    );
  });
  it('cli: aliyun ecs CreateImageComponent, Content last and quoted for bash', () => {
    const cli = emitRequest(request, 'cli');
    expect(cli.split(' \\\n  ')).toEqual([
      'aliyun ecs CreateImageComponent',
      '--RegionId cn-hangzhou',
      '--Name nginx',
      "--Description 'The web server'",
      '--ComponentVersion 1.0.3',
      '--Tag.1.Key team',
      '--Tag.1.Value web',
      // Multi-line values go on one line in ANSI-C quotes (paste-safe in interactive bash and zsh).
      `--Content $'${YAML.replaceAll('\n', '\\n').replaceAll("'", '\\x27')}'\n`,
    ]);
  });

  // sdk: compiled against @alicloud/ecs20140526 and sent through its client in request/emit-sdk.test.ts, in the
  // one TypeScript program of that file (a program loads the SDK's declarations: seconds each).
});

describe('component.schema.json', () => {
  it('is the committed output of scripts/generate-component-schema.ts', () => {
    expect(readFileSync(COMPONENT_SCHEMA_FILE, 'utf8')).toBe(componentSchemaFileText());
  });
  it('holds every parameter but Content, RegionId required, the enums of SystemType and ComponentType', () => {
    const schema = JSON.parse(componentSchemaFileText());
    expect(Object.keys(schema.properties)).toEqual([
      '$schema',
      ...COMPONENT_PARAMETERS.filter((p) => p.name !== 'Content').map((p) => p.name),
    ]);
    expect(schema.required).toEqual(['RegionId']);
    expect([schema.properties.SystemType.enum, schema.properties.ComponentType.enum]).toEqual([
      ['Linux', 'Windows'],
      ['Build', 'Test'],
    ]);
  });
});
