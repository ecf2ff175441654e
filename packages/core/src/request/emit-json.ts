// `--format json`: the request as structured JSON, Action and Version first, then the parameters.
import { ACTION, API_VERSION, type CreateImagePipelineRequest } from './parameters.js';

export function emitJson(request: CreateImagePipelineRequest): string {
  const { Action: _action, Version: _version, ...parameters } = request;
  return `${JSON.stringify({ Action: ACTION, Version: API_VERSION, ...parameters }, null, 2)}\n`;
}
