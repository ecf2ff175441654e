import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pipelineJsonSchema } from '../../src/request/index.js';
import { SCHEMA_FILE, schemaFileText } from '../../scripts/generate-schema.js';
import { BASE, everyConstraint } from './constraint-cases.js';
import { FULL_PARAMETERS, OSS_PARAMETERS } from './fixtures.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const Ajv = createRequire(import.meta.url)('ajv').default as new (options: object) => {
  compile(schema: object): Validate;
};
const validate = new Ajv({ strict: false, allErrors: true }).compile(pipelineJsonSchema());
const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

describe('schemas/pipeline.schema.json', () => {
  it('is what scripts/generate-schema.ts writes today (run `npx tsx packages/core/scripts/generate-schema.ts` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaFileText());
  });

  it('is a draft-07 schema that ajv compiles', () => {
    expect(pipelineJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(typeof validate).toBe('function');
  });
});

describe('the schema agrees with the validator', () => {
  const violations = everyConstraint().filter((v) => v.severity === 'error' && v.inSchema);

  it.each(violations.map((v) => [v.title, v] as const))('refuses %s', (_title, violation) => {
    expect(validate(violation.params)).toBe(false);
  });

  it.each([
    ['the minimal parameters', BASE],
    ['every kind of parameter', FULL_PARAMETERS],
    ['an OSS import', OSS_PARAMETERS],
  ])('accepts %s', (_name, params) => {
    expect(validate(params), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(readdirSync(EXAMPLES).filter((name) => name.endsWith('.pipeline.json')))('accepts examples/%s', (name) => {
    const params = JSON.parse(readFileSync(`${EXAMPLES}${name}`, 'utf8')) as unknown;
    expect(validate(params), JSON.stringify(validate.errors)).toBe(true);
  });

  it('requires ImportImageOptions with a disk for OSS, as the validator does', () => {
    expect(validate({ RegionId: 'r', BaseImageType: 'OSS' })).toBe(false);
    expect(validate({ RegionId: 'r', BaseImageType: 'OSS', ImportImageOptions: {} })).toBe(false);
  });

  it('shows documented defaults as defaults and describes the rest', () => {
    const properties = pipelineJsonSchema().properties as Record<
      string,
      { default?: unknown; description: string; deprecationMessage?: string }
    >;
    expect(properties.SystemDiskSize.default).toBe(40);
    expect(properties.InternetMaxBandwidthOut.default).toBe(0);
    expect(properties.DeleteInstanceOnFailure.default).toBe(true);
    expect(properties.InstanceType.default).toBeUndefined();
    expect(properties.InstanceType.description).toContain('Default: the smallest available type');
    expect(properties.ImageName.deprecationMessage).toBe('Deprecated: use ImageOptions.ImageName.');
    expect(properties.BuildContent).toBeUndefined();
  });
});
