// One entry point for every output format, so the CLI and the language server print the same bytes.
import { emitCli } from './emit-cli.js';
import { emitJson } from './emit-json.js';
import { emitQuery } from './emit-query.js';
import { emitSdk } from './emit-sdk.js';
import type { AnyRequest } from './component-request-model.js';

/** The formats {@link emitRequest} writes: `json` (the request object), `query` (RPC query string), `cli` (an `aliyun` command), `sdk` (TypeScript using the ECS SDK). */
export const REQUEST_FORMATS = ['json', 'query', 'cli', 'sdk'] as const;
/** One of {@link REQUEST_FORMATS}. */
export type RequestFormat = (typeof REQUEST_FORMATS)[number];

const EMITTERS: Record<RequestFormat, (request: AnyRequest) => string> = {
  json: emitJson,
  query: emitQuery,
  cli: emitCli,
  sdk: emitSdk,
};

/** The request in one format; every format ends with one newline. */
export function emitRequest(request: AnyRequest, format: RequestFormat): string {
  return EMITTERS[format](request);
}
