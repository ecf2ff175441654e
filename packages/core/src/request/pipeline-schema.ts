// The JSON Schema (draft-07, which every editor understands) of a `*.pipeline.json` parameters file,
// derived from the parameter model. scripts/generate-schema.ts writes it to schemas/pipeline.schema.json.
import { PIPELINE_PARAMETERS, type ParameterSpec, type StringRule, type ValueSpec } from './parameters.js';
import { describeIntegerRange, describeRule } from './validate-parameters.js';

/** A JSON Schema (draft-07) document, as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

const PIPELINE_SCHEMA_ID =
  'https://raw.githubusercontent.com/buildcontent/buildcontent/main/packages/core/schemas/pipeline.schema.json';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The schema keywords of one string rule; byte sizes have no keyword and stay in the description. */
function ruleSchema(rule: StringRule): JsonSchema | undefined {
  switch (rule.kind) {
    case 'length':
      return rule.min > 0 ? { minLength: rule.min, maxLength: rule.max } : { maxLength: rule.max };
    case 'enum':
      return { enum: [...rule.values] };
    case 'pattern':
      return { pattern: rule.pattern };
    case 'not-prefix':
      return { not: { pattern: `^(?:${rule.prefixes.map(escapeRegExp).join('|')})` } };
    case 'not-contain':
      return { not: { pattern: rule.substrings.map(escapeRegExp).join('|') } };
    case 'ascii':
      return { pattern: '^[\\u0000-\\u007F]*$' };
    case 'bytes':
      return undefined;
  }
}

/** Inferred rules are warnings in the validator, so the schema (which has only errors) leaves them out. */
function valueSchema(spec: ValueSpec): JsonSchema {
  switch (spec.kind) {
    case 'string': {
      const parts = spec.rules
        .filter((rule) => !rule.inferred)
        .map(ruleSchema)
        .filter((part): part is JsonSchema => part !== undefined);
      const schema: JsonSchema = { type: 'string' };
      const combined: JsonSchema[] = [];
      for (const part of parts) {
        // Keywords that repeat (two patterns, two `not`s) go into allOf; the rest merge.
        if (Object.keys(part).some((keyword) => keyword in schema)) combined.push(part);
        else Object.assign(schema, part);
      }
      if (combined.length) schema.allOf = combined;
      return schema;
    }
    case 'integer': {
      const schema: JsonSchema = { type: 'integer' };
      if (spec.minimum !== undefined) schema.minimum = spec.minimum;
      if (spec.maximum !== undefined) schema.maximum = spec.maximum;
      // A long (account ID) may also be a string of digits, exact above 2^53.
      return spec.long ? { anyOf: [schema, { type: 'string', pattern: '^[0-9]+$' }] } : schema;
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'list': {
      const schema: JsonSchema = { type: 'array', items: valueSchema(spec.items) };
      if (spec.maxItems !== undefined) schema.maxItems = spec.maxItems;
      return schema;
    }
    case 'object':
      return objectSchema(spec.fields);
  }
}

function constraintsInWords(spec: ValueSpec): string[] {
  switch (spec.kind) {
    case 'string':
      return spec.rules.map((rule) => `${describeRule(rule)}${rule.inferred ? ' (assumed; a warning)' : ''}`);
    case 'integer':
      return [describeIntegerRange(spec.minimum, spec.maximum)];
    case 'list':
      return [
        ...(spec.maxItems !== undefined ? [`at most ${spec.maxItems} items`] : []),
        ...(spec.uniqueField ? [`each ${spec.uniqueField.name} once`] : []),
        ...constraintsInWords(spec.items).map((words) => `each item: ${words}`),
      ];
    default:
      return [];
  }
}

function parameterSchema(parameter: ParameterSpec): JsonSchema {
  const schema = valueSchema(parameter.value);
  const words = [parameter.doc];
  if (parameter.default) words.push(`Default: ${parameter.default.text}.`);
  if (parameter.deprecated) words.push(`Deprecated: ${parameter.deprecated}.`);
  const constraints = constraintsInWords(parameter.value);
  if (constraints.length && parameter.value.kind !== 'object') words.push(`Allowed: ${constraints.join('; ')}.`);
  const out: JsonSchema = { description: words.join(' '), ...schema };
  if (parameter.default?.value !== undefined) out.default = parameter.default.value;
  if (parameter.deprecated) out.deprecationMessage = `Deprecated: ${parameter.deprecated}.`;
  return out;
}

export function objectSchema(fields: readonly ParameterSpec[]): JsonSchema {
  const properties: JsonSchema = {};
  for (const field of fields) {
    if (!field.fromTemplate) properties[field.name] = parameterSchema(field);
  }
  const required = fields.filter((field) => field.required).map((field) => field.name);
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/** The schema of a parameters file. */
export function pipelineJsonSchema(): JsonSchema {
  const root = objectSchema(PIPELINE_PARAMETERS);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: PIPELINE_SCHEMA_ID,
    title: 'CreateImagePipeline parameters',
    description:
      'Request parameters of the ECS CreateImagePipeline API, kept beside a BuildContent template (web.buildcontent + web.pipeline.json). BuildContent itself comes from the template. Generated from the parameter model of @buildcontent/core.',
    ...root,
    properties: {
      $schema: { description: 'The JSON Schema of this file, for editors.', type: 'string' },
      ...(root.properties as JsonSchema),
    },
    // The one cross rule a schema can state: OSS sources need ImportImageOptions with a disk. (BaseImage
    // needs the template too, because a FROM there replaces it, so only the validator checks it.)
    if: { properties: { BaseImageType: { const: 'OSS' } }, required: ['BaseImageType'] },
    then: {
      required: ['ImportImageOptions'],
      properties: { ImportImageOptions: { required: ['DiskDeviceMappings'] } },
    },
  };
}
