// Which parameter model and SDK names a request uses, by its Action: the emitters serve both
// CreateImagePipeline and CreateImageComponent requests with the same quoting and flattening.
import {
  COMPONENT_ACTION,
  COMPONENT_PARAMETERS,
  COMPONENT_SDK_REQUEST_CLASS,
  type CreateImageComponentRequest,
} from './component-parameters.js';
import {
  ACTION,
  PIPELINE_PARAMETERS,
  SDK_REQUEST_CLASS,
  type CreateImagePipelineRequest,
  type ParameterSpec,
} from './parameters.js';

/** A request of either action. */
export type AnyRequest = CreateImagePipelineRequest | CreateImageComponentRequest;

export interface RequestModel {
  action: string;
  fields: readonly ParameterSpec[];
  sdkRequestClass: string;
  /** The SDK client's method, and the response body's id field. */
  sdkMethod: string;
  sdkResponseClass: string;
  sdkIdField: string;
  /** Long texts (the contents) go last in a command line. */
  contentParameters: readonly string[];
}

const PIPELINE_MODEL: RequestModel = {
  action: ACTION,
  fields: PIPELINE_PARAMETERS,
  sdkRequestClass: SDK_REQUEST_CLASS,
  sdkMethod: 'createImagePipeline',
  sdkResponseClass: 'CreateImagePipelineResponse',
  sdkIdField: 'imagePipelineId',
  contentParameters: ['BuildContent', 'TestContent'],
};

const COMPONENT_MODEL: RequestModel = {
  action: COMPONENT_ACTION,
  fields: COMPONENT_PARAMETERS,
  sdkRequestClass: COMPONENT_SDK_REQUEST_CLASS,
  sdkMethod: 'createImageComponent',
  sdkResponseClass: 'CreateImageComponentResponse',
  sdkIdField: 'imageComponentId',
  contentParameters: ['Content'],
};

export function requestModelOf(request: { Action?: string }): RequestModel {
  return request.Action === COMPONENT_ACTION ? COMPONENT_MODEL : PIPELINE_MODEL;
}
