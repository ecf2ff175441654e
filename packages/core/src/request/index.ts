// Public API of the request builder: parameters model, validation, the request and its formats.
export {
  ACTION,
  API_VERSION,
  OWN_CODES,
  PARAMETERS_DOC,
  PIPELINE_PARAMETERS,
  formatJsonPath,
  formatWireName,
  specAt,
  walkParameters,
  type CreateImagePipelineRequest,
  type JsonPath,
  type ParameterDefault,
  type ParameterSpec,
  type PipelineParameters,
  type StringRule,
  type ValueSpec,
} from './parameters.js';
export { validateParameters, type ParameterDiagnostic, type ValidateParametersOptions } from './validate-parameters.js';
export { parseJsonDocument, type JsonDocument, type JsonNode } from './json-locator.js';
export { applyWireAssignments, parseWireName } from './wire-assignments.js';
export { buildContentAsSent, type BuildContentOptions } from './strip-comments.js';
export {
  buildRequest,
  type AppliedDefault,
  type BuildRequestOptions,
  type BuildRequestResult,
  type EffectiveSource,
} from './build-request.js';
export { emitRequest, REQUEST_FORMATS, type RequestFormat } from './emit-request.js';
export { flattenRequest, type WirePair } from './flatten-request.js';
export { percentEncode } from './emit-query.js';
export { quoteForBash } from './emit-cli.js';
export { pipelineJsonSchema } from './pipeline-schema.js';
export {
  COMPONENT_ACTION,
  COMPONENT_PARAMETERS,
  COMPONENT_SDK_REQUEST_CLASS,
  type CreateImageComponentRequest,
} from './component-parameters.js';
export { requestModelOf, type AnyRequest, type RequestModel } from './component-request-model.js';
export { buildComponentRequest, type BuildComponentRequestResult } from './component-build-request.js';
export { componentJsonSchema, COMPONENT_SCHEMA_ID } from './component-schema.js';
