// `--format sdk`: a TypeScript module that builds the request with `@alicloud/ecs20140526`.
// Field names and model classes come from the parameter model; each object literal is checked with
// `satisfies Fields<Model>`, so a misspelt or mistyped field fails to compile.
import { requestModelOf, type AnyRequest } from './component-request-model.js';
import type { ParameterSpec, ValueSpec } from './parameters.js';

const SDK_PACKAGE = '@alicloud/ecs20140526';

/** A string literal; a multi-line text is written one line per element so it stays readable. */
function stringLiteral(text: string, indent: string): string {
  if (!text.includes('\n')) return JSON.stringify(text);
  const inner = `${indent}  `;
  return `[\n${text
    .split('\n')
    .map((line) => `${inner}${JSON.stringify(line)},`)
    .join('\n')}\n${indent}].join('\\n')`;
}

function modelLiteral(
  sdkClass: string,
  object: Record<string, unknown>,
  fields: readonly ParameterSpec[],
  indent: string,
  classes: Set<string>,
): string {
  classes.add(sdkClass);
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const field of fields) {
    const value = object[field.name];
    if (value === undefined || value === null) continue;
    lines.push(`${inner}${field.sdkName}: ${valueLiteral(value, field.value, inner, classes)},`);
  }
  return `new ${sdkClass}({\n${lines.join('\n')}\n${indent}} satisfies Fields<${sdkClass}>)`;
}

function valueLiteral(value: unknown, spec: ValueSpec, indent: string, classes: Set<string>): string {
  if (spec.kind === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return modelLiteral(spec.sdkClass, value as Record<string, unknown>, spec.fields, indent, classes);
  }
  if (spec.kind === 'list' && Array.isArray(value)) {
    if (spec.items.kind === 'object') {
      const inner = `${indent}  `;
      return `[\n${value.map((item) => `${inner}${valueLiteral(item, spec.items, inner, classes)},`).join('\n')}\n${indent}]`;
    }
    return `[${value.map((item) => valueLiteral(item, spec.items, indent, classes)).join(', ')}]`;
  }
  // A long given as a string of digits (above 2^53): the SDK sends it with toString(), so it stays exact.
  if (typeof value === 'string' && spec.kind === 'integer') return `${JSON.stringify(value)} as unknown as number`;
  if (typeof value === 'string') return stringLiteral(value, indent);
  // Numbers and booleans as written; a forced request may hold a wrong type, which then fails to compile.
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

export function emitSdk(request: AnyRequest): string {
  const model = requestModelOf(request);
  const classes = new Set<string>();
  const body = modelLiteral(model.sdkRequestClass, request, model.fields, '', classes);
  const imports = [...classes].sort().map((name) => `  ${name},`);
  return `// ${model.action} request, written by \`buildcontent request --format sdk\`.
import {
${imports.join('\n')}
  type ${model.sdkResponseClass},
} from '${SDK_PACKAGE}';

/** The data fields of an SDK model (without its index signature and methods), so a misspelt field fails to compile. */
type Fields<Model> = {
  [Key in keyof Model as string extends Key ? never : Model[Key] extends (...args: never[]) => unknown ? never : Key]?: Model[Key];
};

export const request = ${body};

/** Sends the request with a client you have configured (credentials, endpoint); returns the new ${model.sdkIdField.replace(/^i/, 'I')}. */
export async function ${model.sdkMethod}(client: {
  ${model.sdkMethod}(request: ${model.sdkRequestClass}): Promise<${model.sdkResponseClass}>;
}): Promise<string | undefined> {
  const response = await client.${model.sdkMethod}(request);
  return response.body?.${model.sdkIdField};
}
`;
}
