// Writes packages/core/schemas/component.schema.json from the component parameter model.
// Run: npx tsx packages/core/scripts/generate-component-schema.ts (a test fails when the committed file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { componentJsonSchema } from '../src/request/component-schema.js';

export const COMPONENT_SCHEMA_FILE = fileURLToPath(new URL('../schemas/component.schema.json', import.meta.url));

export function componentSchemaFileText(): string {
  return `${JSON.stringify(componentJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(COMPONENT_SCHEMA_FILE, componentSchemaFileText());
  console.log(`wrote ${COMPONENT_SCHEMA_FILE}`);
}
