// The JSON Schema (draft-07, like pipeline.schema.json) of `.buildcontentrc.json`, from the same table the
// validator uses. scripts/generate-schema.ts writes it to schemas/buildcontentrc.schema.json.
import { FROM_BEHAVIOURS, knownCodes, REQUEST_DEFAULT_KEYS, SETTINGS_KEYS, SEVERITY_SETTINGS } from './settings.js';

/** The `$id` of the settings file's JSON Schema (`schemas/buildcontentrc.schema.json` in the repository). */
export const SETTINGS_SCHEMA_ID =
  'https://raw.githubusercontent.com/buildcontent/buildcontent/main/packages/core/schemas/buildcontentrc.schema.json';

/** The JSON Schema (draft-07) of `.buildcontentrc.json`; also published as `schemas/buildcontentrc.schema.json`. */
export function settingsJsonSchema(): Record<string, unknown> {
  const requestProperties: Record<string, unknown> = {};
  for (const { aliases, description } of REQUEST_DEFAULT_KEYS) {
    for (const alias of aliases) requestProperties[alias] = { type: 'string', description };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SETTINGS_SCHEMA_ID,
    title: 'BuildContent settings (.buildcontentrc.json)',
    description:
      "Settings shared by the buildcontent CLI, the language server and the editors; found from the template's folder upwards.",
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: SETTINGS_KEYS.$schema },
      from: { enum: [...FROM_BEHAVIOURS], description: SETTINGS_KEYS.from },
      severity: {
        type: 'object',
        description: SETTINGS_KEYS.severity,
        propertyNames: { enum: knownCodes() },
        additionalProperties: { enum: [...SEVERITY_SETTINGS] },
      },
      keepComments: { type: 'boolean', description: SETTINGS_KEYS.keepComments },
      request: {
        type: 'object',
        description: SETTINGS_KEYS.request,
        additionalProperties: false,
        properties: requestProperties,
      },
      components: {
        type: 'object',
        description: SETTINGS_KEYS.components,
        additionalProperties: { type: 'string', minLength: 1 },
      },
    },
  };
}
