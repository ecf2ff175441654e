// Sets parameters by their flattened wire names (`Tag.1.Key=team`), reading each value as the model
// types it. `--set` uses this, and so does reading a query string back into a request.
import { specAt, type JsonPath, type ValueSpec } from './parameters.js';

export interface WireAssignmentResult {
  /** A copy of the parameters with the assignments applied. */
  params: Record<string, unknown>;
  /** The JSON paths that were assigned, for telling set values from file values. */
  assignedPaths: JsonPath[];
  /** Assignments that could not be made (the value itself is checked later, by the validator). */
  problems: Array<{ name: string; message: string }>;
}

/** Names that reach into JavaScript's object machinery; never parameter names, always refused. */
const RESERVED_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

export function isReservedName(name: string): boolean {
  return RESERVED_NAMES.has(name);
}

/** The message for a wire name or key that holds a reserved name. */
export const RESERVED_NAME_MESSAGE = 'is refused: __proto__, constructor and prototype are never parameter names';

/** Turns `Tag.1.Key` into `['Tag', 0, 'Key']`: a number is an index where the model has a list there. */
export function parseWireName(name: string): JsonPath {
  const path: Array<string | number> = [];
  for (const segment of name.split('.')) {
    const here = path.length ? specAt(path) : undefined;
    if (here?.value.kind === 'list' && /^[1-9]\d*$/.test(segment)) path.push(Number(segment) - 1);
    else path.push(segment);
  }
  return path;
}

/**
 * Reads a text as the type the model gives the parameter: integers and booleans are converted when
 * they parse; lists and objects are JSON. A text that does not fit stays a string, so the validator
 * reports it with the parameter's own message.
 */
function readWireValue(text: string, spec: ValueSpec | undefined): unknown {
  switch (spec?.kind) {
    case 'integer':
      // A long above 2^53 stays a string of digits, which the model accepts and sends exactly.
      return /^-?\d+$/.test(text) && !(spec.long && !Number.isSafeInteger(Number(text))) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'list':
    case 'object':
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    default:
      return text;
  }
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Applies `name=value` assignments (wire names) to a copy of `params`, in order. */
export function applyWireAssignments(
  params: unknown,
  assignments: Iterable<readonly [string, string]>,
): WireAssignmentResult {
  const result: Record<string, unknown> =
    typeof params === 'object' && params !== null && !Array.isArray(params)
      ? clone(params as Record<string, unknown>)
      : {};
  const assignedPaths: JsonPath[] = [];
  const problems: WireAssignmentResult['problems'] = [];

  for (const [name, text] of assignments) {
    if (name === '' || name.split('.').some((segment) => segment === '')) {
      problems.push({ name, message: `"${name}" is not a parameter name` });
      continue;
    }
    // Before any lookup: `result.__proto__` is Object.prototype, and writing through it would change every object.
    if (name.split('.').some(isReservedName)) {
      problems.push({ name, message: `"${name}" ${RESERVED_NAME_MESSAGE}` });
      continue;
    }
    const path = parseWireName(name);
    let container: Record<string, unknown> | unknown[] = result;
    let failed = false;
    for (let i = 0; i < path.length - 1 && !failed; i++) {
      const segment = path[i];
      const nextIsIndex = typeof path[i + 1] === 'number';
      // Own properties only: nothing is ever read from (or written through) a prototype.
      const existing: unknown = Object.hasOwn(container, segment)
        ? (container as Record<string | number, unknown>)[segment]
        : undefined;
      let child: unknown = existing;
      if (existing === undefined) {
        if (Array.isArray(container) && (segment as number) > container.length) {
          problems.push({
            name,
            message: `${name.split('.').slice(0, i).join('.')} has ${container.length} items; number the next one ${container.length + 1}`,
          });
          failed = true;
          break;
        }
        child = nextIsIndex ? [] : {};
        if (Array.isArray(container)) container[segment as number] = child;
        else container[segment as string] = child;
      } else if (typeof existing !== 'object' || existing === null || Array.isArray(existing) !== nextIsIndex) {
        problems.push({
          name,
          message: `the parameters already hold a value of another shape at ${name
            .split('.')
            .slice(0, i + 1)
            .join('.')}`,
        });
        failed = true;
        break;
      }
      container = child as Record<string, unknown> | unknown[];
    }
    if (failed) continue;
    const last = path[path.length - 1];
    const value = readWireValue(text, specAt(path)?.value);
    if (Array.isArray(container)) {
      if (typeof last !== 'number' || last > container.length) {
        problems.push({ name, message: `${name} does not name the next item of the list` });
        continue;
      }
      container[last] = value;
    } else {
      Object.defineProperty(container, String(last), { value, enumerable: true, writable: true, configurable: true });
    }
    assignedPaths.push(path);
  }
  return { params: result, assignedPaths, problems };
}
