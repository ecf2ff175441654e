// The request builder in one import for its tests: what core's index exports of it, and the internals the tests
// reach (wire names, JSON paths, quoting). Consumers import `@buildcontent/core` (src/index.ts), never this file.
export {
  OWN_CODES,
  PIPELINE_PARAMETERS,
  formatJsonPath,
  formatWireName,
  specAt,
  walkParameters,
  type CreateImagePipelineRequest,
  type JsonPath,
  type ParameterSpec,
  type PipelineParameters,
  type StringRule,
  type ValueSpec,
} from './parameters.js';
export { validateParameters } from './validate-parameters.js';
export { parseJsonDocument } from './json-locator.js';
export { applyWireAssignments, parseWireName } from './wire-assignments.js';
export { buildRequest } from './build-request.js';
export { emitRequest } from './emit-request.js';
export { flattenRequest } from './flatten-request.js';
export { percentEncode } from './emit-query.js';
export { quoteForBash } from './emit-cli.js';
export { pipelineJsonSchema } from './pipeline-schema.js';
