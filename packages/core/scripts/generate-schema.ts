// Writes the JSON Schemas in packages/core/schemas/: pipeline.schema.json from the parameter model and
// buildcontentrc.schema.json from the settings table.
// Run: npx tsx packages/core/scripts/generate-schema.ts (a test fails when a committed file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { settingsJsonSchema } from '../src/project/settings-schema.js';
import { pipelineJsonSchema } from '../src/request/pipeline-schema.js';

const schemaText = (schema: unknown) => `${JSON.stringify(schema, null, 2)}\n`;

export const SCHEMA_FILE = fileURLToPath(new URL('../schemas/pipeline.schema.json', import.meta.url));
export const SETTINGS_SCHEMA_FILE = fileURLToPath(new URL('../schemas/buildcontentrc.schema.json', import.meta.url));

export function schemaFileText(): string {
  return schemaText(pipelineJsonSchema());
}

export function settingsSchemaFileText(): string {
  return schemaText(settingsJsonSchema());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaFileText());
  writeFileSync(SETTINGS_SCHEMA_FILE, settingsSchemaFileText());
  console.log(`wrote ${SCHEMA_FILE} and ${SETTINGS_SCHEMA_FILE}`);
}
