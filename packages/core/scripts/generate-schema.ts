// Writes packages/core/schemas/pipeline.schema.json from the parameter model.
// Run: npx tsx packages/core/scripts/generate-schema.ts (a test fails when the committed file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pipelineJsonSchema } from '../src/request/pipeline-schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schemas/pipeline.schema.json', import.meta.url));

export function schemaFileText(): string {
  return `${JSON.stringify(pipelineJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaFileText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
