import { isMap } from 'yaml';
import { closestWord } from '../../util/closest-word.js';
import { actionNamed, fitsType } from '../actions.js';
import { COMPONENT_CONTENT_INVALID, defineYamlRule } from '../component-rule.js';

export const componentProperties = defineYamlRule({
  id: 'component-properties',
  codes: [COMPONENT_CONTENT_INVALID, 'component-property'],
  severity: 'error',
  description: "A task's Properties hold the keys its Action needs, no unknown keys, each value of its type.",
  check: (component, context) => {
    for (const task of component.tasks) {
      const action = typeof task.action?.value === 'string' ? actionNamed(task.action.value) : undefined;
      if (!task.isMap || !action) continue;
      const properties = task.properties;
      if (properties?.node && !isMap(properties.node)) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: `Properties of ${action.name} is a mapping of ${action.properties.map((p) => p.name).join(', ')}.`,
          range: properties.valueSpan.range,
        });
        continue;
      }
      const written = new Set(task.propertyEntries.map((entry) => entry.key));
      const missing = action.properties.filter((property) => property.required && !written.has(property.name));
      if (missing.length > 0) {
        context.report({
          code: COMPONENT_CONTENT_INVALID,
          message: `${action.name} needs ${missing.map((p) => p.name).join(', ')} in Properties.`,
          range: properties ? properties.keySpan.range : task.action!.valueSpan.range,
        });
      }
      const names = action.properties.map((p) => p.name);
      for (const entry of task.propertyEntries) {
        const property = action.properties.find((p) => p.name === entry.key);
        if (!property) {
          const near = closestWord(entry.key, names, Math.max(2, Math.floor(entry.key.length / 3)));
          context.report({
            code: 'component-property',
            severity: 'warning',
            message: `${JSON.stringify(entry.key)} is not a property of ${action.name} (${names.join(', ')})${near ? `: did you mean "${near}"?` : '.'}`,
            range: entry.keySpan.range,
          });
          continue;
        }
        if (entry.value === null) {
          if (property.required)
            context.report({
              code: COMPONENT_CONTENT_INVALID,
              message: `${property.name} of ${action.name} has no value.`,
              range: entry.keySpan.range,
            });
          continue;
        }
        // `key: {{ x }}` unquoted is a YAML flow mapping, not the text "{{ x }}".
        if (entry.node && isMap(entry.node) && component.text.startsWith('{{', entry.valueSpan.offset)) {
          context.report({
            code: 'component-property',
            severity: 'warning',
            message: `A value that starts with {{ is a YAML mapping: quote it ("{{ ... }}").`,
            range: entry.valueSpan.range,
          });
          continue;
        }
        const reference = typeof entry.value === 'string' && entry.value.includes('{{');
        if (!reference && !fitsType(entry.value, property.type)) {
          context.report({
            code: 'component-property',
            severity: 'warning',
            message: `${property.name} of ${action.name} is a ${property.type}, not ${Array.isArray(entry.value) ? 'a list' : typeof entry.value === 'object' ? 'a mapping' : JSON.stringify(entry.value)}.`,
            range: entry.valueSpan.range,
          });
        }
      }
    }
  },
});
