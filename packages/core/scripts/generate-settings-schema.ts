// Writes packages/core/schemas/buildcontentrc.schema.json from the settings table.
// Run: npx tsx packages/core/scripts/generate-settings-schema.ts (a test fails when the committed file is stale).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { settingsJsonSchema } from '../src/project/settings-schema.js';

export const SETTINGS_SCHEMA_FILE = fileURLToPath(new URL('../schemas/buildcontentrc.schema.json', import.meta.url));

export function settingsSchemaFileText(): string {
  return `${JSON.stringify(settingsJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SETTINGS_SCHEMA_FILE, settingsSchemaFileText());
  console.log(`wrote ${SETTINGS_SCHEMA_FILE}`);
}
