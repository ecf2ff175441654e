// Public API of @buildcontent/core. Everything exported here is listed in packages/core/api/core.api.md; a change
// to that surface fails test/api-report.test.ts until `npm run api:update` accepts it (CONTRIBUTING.md).

// Syntax: the parser, the typed AST and positions.
export * from './syntax/ast.js';
export { parse } from './syntax/parse.js';
export { reparse } from './syntax/incremental-parse.js';
export { lineBreakOf, offsetAt, positionAt, type LineIndex } from './syntax/line-index.js';
export {
  COMMAND_REFERENCE,
  COMMANDS_DOC_URL,
  CREATE_IMAGE_PIPELINE_DOC_URL,
  FROM_SOURCE_TYPES,
  commandReference,
  type CommandForm,
  type CommandReference,
  type FormParameter,
  type SourceType,
} from './syntax/command-reference.js';

// Checks: linting, the rule list and the fixes.
export type { Diagnostic, Fix, TextEdit, Severity, SeveritySetting } from './checks/diagnostic.js';
export type { LintOptions, FromBehavior, RequestDefaults, ProjectSettings } from './options.js';
export { lint, rules, sortDiagnostics, type LintRun, type RuleInfo } from './checks/registry.js';
export { applyFixes } from './checks/apply-fixes.js';
export { checksOfCommand, ruleOf, type CommandCheck } from './checks/command-checks.js';
export { readSuppression, type Suppression } from './checks/suppressions.js';

// The CreateImagePipeline / CreateImageComponent requests: the parameter models, validation, building and
// emitting. The helpers these are built from (wire names, JSON locations, quoting) stay internal.
export {
  ACTION,
  API_VERSION,
  OWN_CODES,
  PIPELINE_PARAMETERS,
  type BooleanValue,
  type CreateImagePipelineRequest,
  type DiskDeviceMapping,
  type ImportImageOptionsParameter,
  type IntegerValue,
  type JsonPath,
  type ListValue,
  type ObjectValue,
  type ParameterDefault,
  type ParameterSpec,
  type PipelineParameters,
  type StringRule,
  type StringValue,
  type TagParameter,
  type ValueSpec,
} from './request/parameters.js';
export {
  validateParameters,
  type ParameterDiagnostic,
  type ValidateParametersOptions,
} from './request/validate-parameters.js';
export type { BuildContentOptions } from './request/strip-comments.js';
export {
  buildRequest,
  type AppliedDefault,
  type BuildRequestOptions,
  type BuildRequestResult,
  type EffectiveSource,
} from './request/build-request.js';
export { emitRequest, REQUEST_FORMATS, type RequestFormat } from './request/emit-request.js';
export { flattenRequest, type WirePair } from './request/flatten-request.js';
export {
  parseJsonDocument,
  type JsonDocument,
  type JsonNode,
  type JsonProblem,
  type JsonProperty,
  type NodeBase as JsonNodeBase,
} from './request/json-locator.js';
export { pipelineJsonSchema, type JsonSchema } from './request/pipeline-schema.js';
export {
  COMPONENT_ACTION,
  COMPONENT_PARAMETERS,
  type CreateImageComponentRequest,
} from './request/component-parameters.js';
export type { AnyRequest } from './request/component-request-model.js';
export { buildComponentRequest, type BuildComponentRequestResult } from './request/component-build-request.js';
export { componentJsonSchema } from './request/component-schema.js';

// The project model (settings, parameters file, test template) read through a FileSystemProvider.
export * from './project/index.js';

// Image components: component files, their checks, and COMPONENT references.
export * from './component/index.js';
