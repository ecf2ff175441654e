// The JSON Schema of a `<name>.component.json` parameters file, derived from the component parameter
// model as pipeline.schema.json is from the pipeline's. scripts/generate-component-schema.ts writes it.
import { COMPONENT_PARAMETERS } from './component-parameters.js';
import { objectSchema } from './pipeline-schema.js';

const COMPONENT_SCHEMA_ID =
  'https://raw.githubusercontent.com/buildcontent/buildcontent/main/packages/core/schemas/component.schema.json';

/** The JSON Schema (draft-07) of a `*.component.json` parameters file; also published as `schemas/component.schema.json`. */
export function componentJsonSchema(): Record<string, unknown> {
  const root = objectSchema(COMPONENT_PARAMETERS);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: COMPONENT_SCHEMA_ID,
    title: 'CreateImageComponent parameters',
    description:
      'Request parameters of the ECS CreateImageComponent API, kept beside a component (nginx.component.yaml or nginx.component.buildcontent + nginx.component.json). Content itself comes from the component file. Generated from the parameter model of @buildcontent/core.',
    ...root,
    // Content is required by the service but comes from the component file, never from this one.
    required: (root.required as string[]).filter((name) => name !== 'Content'),
    properties: {
      $schema: { description: 'The JSON Schema of this file, for editors.', type: 'string' },
      ...(root.properties as Record<string, unknown>),
    },
  };
}
