// Every constraint of the parameter model, as a parameters object that breaks it: the validator
// test checks each is reported with its code, the schema test that the JSON Schema refuses it too.
import {
  OWN_CODES,
  formatWireName,
  specAt,
  walkParameters,
  type JsonPath,
  type ParameterSpec,
  type StringRule,
  type ValueSpec,
} from '../../src/request/index.js';
import { describeRule } from '../../src/request/validate-parameters.js';

export const BASE = { RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-bp67acfmxazb4p1234' };

function setAt(target: Record<string, unknown>, path: JsonPath, value: unknown): void {
  let container: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i];
    container[segment] ??= typeof path[i + 1] === 'number' ? [] : {};
    container = container[segment] as Record<string | number, unknown>;
  }
  container[path[path.length - 1]] = value;
}

/** A value the model accepts, for filling lists and required siblings. */
function validValue(spec: ValueSpec, index = 0): unknown {
  switch (spec.kind) {
    case 'string': {
      const oneOf = spec.rules.find((rule) => rule.kind === 'enum');
      return oneOf?.kind === 'enum' ? oneOf.values[0] : `valid-${index}`;
    }
    case 'integer':
      return spec.minimum ?? 1;
    case 'boolean':
      return true;
    case 'list':
      return [validValue(spec.items)];
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const field of spec.fields) if (field.required) out[field.name] = validValue(field.value, index);
      return out;
    }
  }
}

/** Strings that break a pattern rule; the first one the rule rejects is used. */
const PATTERN_BREAKERS = ['9starts-with-digit', 'has#hash', '-leading-hyphen', 'Upper-Case'];

function stringViolations(rule: StringRule): Array<{ label: string; value: string }> {
  switch (rule.kind) {
    case 'length':
      return [
        ...(rule.min > 0 ? [{ label: `shorter than ${rule.min}`, value: 'a'.repeat(rule.min - 1) }] : []),
        { label: `longer than ${rule.max}`, value: 'a'.repeat(rule.max + 1) },
      ];
    case 'bytes':
      return [{ label: `over ${rule.max} bytes`, value: '\u00e9'.repeat(rule.max / 2 + 1) }];
    case 'enum':
      return [{ label: 'not a listed value', value: 'NOT-A-LISTED-VALUE' }];
    case 'pattern': {
      const breaker = PATTERN_BREAKERS.find((text) => !new RegExp(rule.pattern, 'u').test(text));
      if (!breaker) throw new Error(`no breaker for ${rule.pattern}`);
      return [{ label: `breaks ${rule.pattern}`, value: breaker }];
    }
    case 'not-prefix':
      return rule.prefixes.map((prefix) => ({ label: `starts with ${prefix}`, value: `${prefix}abc` }));
    case 'not-contain':
      return rule.substrings.map((substring) => ({ label: `contains ${substring}`, value: `ab${substring}x` }));
    case 'ascii':
      return [{ label: 'non-ASCII', value: 't\u00f6ken' }];
  }
}

export interface Violation {
  title: string;
  params: Record<string, unknown>;
  path: JsonPath;
  code: string;
  severity: 'error' | 'warning';
  /** Words the message must contain: which rule fired. */
  allowed?: string;
  /** JSON Schema can state it (not byte sizes, not unique keys). */
  inSchema: boolean;
}

/** One violation for every constraint in the parameter model. */
export function everyConstraint(): Violation[] {
  const out: Violation[] = [];
  const base = (): Record<string, unknown> => structuredClone(BASE);

  const valueViolations = (spec: ValueSpec, path: JsonPath): void => {
    const wire = formatWireName(path);
    if (spec.kind === 'string') {
      for (const rule of spec.rules) {
        for (const { label, value } of stringViolations(rule)) {
          const params = base();
          setAt(params, path, value);
          out.push({
            title: `${wire} ${label}`,
            params,
            path,
            code: rule.code ?? spec.code,
            severity: rule.inferred ? 'warning' : 'error',
            allowed: describeRule(rule),
            inSchema: rule.kind !== 'bytes',
          });
        }
      }
    } else if (spec.kind === 'integer') {
      for (const [label, value] of [
        ['below minimum', spec.minimum === undefined ? undefined : spec.minimum - 1],
        ['above maximum', spec.maximum === undefined ? undefined : spec.maximum + 1],
      ] as const) {
        if (value === undefined) continue;
        const params = base();
        setAt(params, path, value);
        out.push({ title: `${wire} ${label}`, params, path, code: spec.code, severity: 'error', inSchema: true });
      }
    } else if (spec.kind === 'list') {
      if (spec.maxItems !== undefined) {
        const params = base();
        setAt(
          params,
          path,
          Array.from({ length: spec.maxItems + 1 }, (_, i) => validValue(spec.items, i)),
        );
        out.push({
          title: `${wire} with ${spec.maxItems + 1} items`,
          params,
          path,
          code: spec.maxItemsCode!,
          severity: 'error',
          inSchema: true,
        });
      }
      if (spec.uniqueField) {
        const params = base();
        const item = { ...(validValue(spec.items) as object), [spec.uniqueField.name]: 'same' };
        setAt(params, path, [item, { ...item }]);
        out.push({
          title: `${wire} with a repeated ${spec.uniqueField.name}`,
          params,
          path: [...path, 1, spec.uniqueField.name],
          code: spec.uniqueField.code,
          severity: 'error',
          inSchema: false,
        });
      }
      // Items that are plain values carry their own constraints (objects' fields are walked below).
      if (spec.items.kind !== 'object') valueViolations(spec.items, [...path, 0]);
    }
  };

  walkParameters((parameter: ParameterSpec, path: JsonPath) => {
    if (parameter.fromTemplate) return;
    valueViolations(parameter.value, path);
    if (parameter.required) {
      const params = base();
      if (path.length === 1) delete params[parameter.name];
      else {
        // The object that lacks it, with every other required field present.
        const owner = specAt(path.slice(0, -1))!.value;
        const siblings: Record<string, unknown> = {};
        if (owner.kind === 'object')
          for (const f of owner.fields)
            if (f.required && f.name !== parameter.name) siblings[f.name] = validValue(f.value);
        setAt(params, path.slice(0, -1), siblings);
      }
      out.push({
        title: `${formatWireName(path)} missing`,
        params,
        path,
        code: parameter.requiredCode ?? OWN_CODES.missingParameter,
        severity: 'error',
        inSchema: true,
      });
    }
    if (parameter.deprecated) {
      const params = base();
      setAt(params, path, validValue(parameter.value));
      out.push({
        title: `${formatWireName(path)} deprecated`,
        params,
        path,
        code: OWN_CODES.deprecatedParameter,
        severity: 'warning',
        inSchema: false,
      });
    }
  });
  return out;
}
