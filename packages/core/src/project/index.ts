// The project model: what belongs to a template, read through a FileSystemProvider.
export * from './file-system-provider.js';
export * from './in-memory-file-system.js';
export * from './load-project.js';
export * from './parameters-file-check.js';
export { jsonStringOffsets, TEST_CONTENT_TWICE_CODE } from './test-content.js';
export { dirnameOf, basenameOf, joinPath } from './paths.js';
export {
  SETTINGS_FILE,
  validateSettings,
  unknownCodeProblem,
  knownCodes,
  REQUEST_DEFAULT_KEYS,
  type SettingsProblem,
  type ValidatedSettings,
} from './settings.js';
export { settingsJsonSchema, SETTINGS_SCHEMA_ID } from './settings-schema.js';
