// `--format json`: the request as structured JSON, Action and Version first, then the parameters.
import { requestModelOf, type AnyRequest } from './component-request-model.js';
import { API_VERSION } from './parameters.js';

export function emitJson(request: AnyRequest): string {
  const { Action: _action, Version: _version, ...parameters } = request;
  return `${JSON.stringify({ Action: requestModelOf(request).action, Version: API_VERSION, ...parameters }, null, 2)}\n`;
}
