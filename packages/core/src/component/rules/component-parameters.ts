import { isMap } from 'yaml';
import { closestWord } from '../../util/closest-word.js';
import { PARAMETER_TYPES, fitsType, type ParameterType } from '../actions.js';
import { COMPONENT_CONTENT_INVALID, defineYamlRule } from '../component-rule.js';

const DECLARATION_KEYS = ['Type', 'DefaultValue'];

export const componentParameters = defineYamlRule({
  id: 'component-parameters',
  codes: [COMPONENT_CONTENT_INVALID, 'component-parameter-declaration'],
  severity: 'error',
  description: 'Parameters entries have a Type (String, Number or Boolean) and a DefaultValue of that type.',
  check: (component, context) => {
    const code = 'component-parameter-declaration';
    const entry = component.parametersEntry;
    if (!entry || entry.value === null) return;
    if (!entry.node || !isMap(entry.node)) {
      context.report({
        code: COMPONENT_CONTENT_INVALID,
        message: 'Parameters is a mapping: <name>: { Type: String | Number | Boolean, DefaultValue: <value> }.',
        range: entry.valueSpan.range,
      });
      return;
    }
    for (const parameter of component.parameters) {
      if (!parameter.isMap) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: `Parameter ${parameter.name} is a mapping: { Type: String | Number | Boolean }.`,
          range: parameter.valueSpan.range,
        });
        continue;
      }
      for (const key of parameter.entries) {
        if (!DECLARATION_KEYS.includes(key.key)) {
          const near = closestWord(key.key, DECLARATION_KEYS, Math.max(2, Math.floor(key.key.length / 3)));
          context.report({
            code,
            severity: 'warning',
            message: `${JSON.stringify(key.key)} is not a key of a parameter (Type, DefaultValue)${near ? `: did you mean "${near}"?` : '.'}`,
            range: key.keySpan.range,
          });
        }
      }
      const type = parameter.type;
      if (!type) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: `Parameter ${parameter.name} has no Type (String, Number or Boolean).`,
          range: parameter.nameSpan.range,
        });
        continue;
      }
      if (!(PARAMETER_TYPES as readonly unknown[]).includes(type.value)) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: `The Type of ${parameter.name} is String, Number or Boolean, not ${JSON.stringify(type.value)}.`,
          range: type.node ? type.valueSpan.range : type.keySpan.range,
        });
        continue;
      }
      const value = parameter.defaultValue;
      if (value && value.value !== null && !fitsStrictly(value.value, type.value as ParameterType)) {
        context.report({
          code,
          severity: 'warning',
          message: `The DefaultValue of ${parameter.name} is not a ${String(type.value)}: ${JSON.stringify(value.value)}.`,
          range: value.valueSpan.range,
        });
      }
    }
  },
});

/** In YAML the type is what the scalar resolves to: `8080` is a Number, `"8080"` a String, `yes` a String. */
function fitsStrictly(value: unknown, type: ParameterType): boolean {
  if (type === 'String') return fitsType(value, type) && typeof value !== 'object';
  return typeof value === (type === 'Number' ? 'number' : 'boolean') && fitsType(value, type);
}
