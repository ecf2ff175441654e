// The request as flat wire pairs (`Tag.1.Key` = `team`), the way the SDK's OpenApiUtil flattens it
// for the query string: nested objects join names with `.`, lists count from 1, booleans and
// numbers become their `toString()`, absent values are left out.
import { requestModelOf, type AnyRequest } from './component-request-model.js';
import { API_VERSION, type ParameterSpec, type ValueSpec } from './parameters.js';

/** One RPC query parameter of a request: its wire name (`Tag.1.Key`) and value. */
export type WirePair = [name: string, value: string];

/** A scalar as its text; an object or list where the model expects a scalar (validation reports it) as JSON. */
function scalarText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return JSON.stringify(value) ?? '';
  }
}

function flattenValue(value: unknown, spec: ValueSpec, name: string, out: WirePair[]): void {
  if (value === undefined || value === null) return;
  if (spec.kind === 'object' && typeof value === 'object' && !Array.isArray(value)) {
    flattenFields(value as Record<string, unknown>, spec.fields, `${name}.`, out);
  } else if (spec.kind === 'list' && Array.isArray(value)) {
    value.forEach((item, index) => flattenValue(item, spec.items, `${name}.${index + 1}`, out));
  } else {
    out.push([name, scalarText(value)]);
  }
}

function flattenFields(
  object: Record<string, unknown>,
  fields: readonly ParameterSpec[],
  prefix: string,
  out: WirePair[],
): void {
  for (const field of fields) flattenValue(object[field.name], field.value, `${prefix}${field.name}`, out);
}

/** Action, Version, then every parameter in model order. Keys the model does not know are not sent. */
export function flattenRequest(request: AnyRequest): WirePair[] {
  const model = requestModelOf(request);
  const out: WirePair[] = [
    ['Action', model.action],
    ['Version', API_VERSION],
  ];
  flattenFields(request, model.fields, '', out);
  return out;
}
